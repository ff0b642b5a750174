# The spoedoverzicht as the on-call doctor needs it (issue 11): who the
# child is (date of birth and age), which plan as of when (status, moment,
# revision) at the top, the HAP's number, the next step, each person once;
# and one click away from the start page and from every page of the child.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
planless=$(sqlq "SELECT MIN(c.id) FROM children c WHERE NOT EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = c.id AND p.status <> 'afgesloten') AND EXISTS (SELECT 1 FROM access_grants g WHERE g.child_id = c.id AND g.user_id = 2)")
step=$(sqlq "SELECT description FROM next_steps WHERE plan_id = $plan ORDER BY id DESC LIMIT 1")
birth=$(sqlq "SELECT DATE_FORMAT(birth_date, '%d-%m-%Y') FROM children WHERE id = $sem")
age=$(sqlq "SELECT TIMESTAMPDIFF(YEAR, birth_date, CURDATE()) FROM children WHERE id = $sem")
revision=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")

req GET "/kinderen/$sem/spoed" huisarts
check "spoedoverzicht: 200" status_is 200
check "name and age" body_has "Proefpersoon (fictief), $age jaar</h1>"
check "date of birth, to identify the child" body_has "Geboren $birth"
check "status, moment and revision at the top" grep -qE "<p class=\"plan-state\">IZP <span class=\"status status-actueel\">Actueel</span> · stand van $(date +%d-%m-%Y) [0-2][0-9]:[0-5][0-9], <abbr title=\"Elke wijziging in het IZP[^\"]*\">revisie $revision</abbr> \(laatst gewijzigd " "$out/body"
state=$(grep -bo 'class="plan-state"' "$out/body" | head -n 1 | cut -d: -f1)
limits=$(grep -bo 'id="behandelgrenzen"' "$out/body" | head -n 1 | cut -d: -f1)
check "the status comes before the limits" [ "$state" -lt "$limits" ]
check "the status is no longer at the bottom" body_lacks '<p class="meta">IZP:'
check "the HAP's phone number" body_has "<dt>Huisartsenpost (avond, nacht, weekend)</dt><dd>Huisartsenpost Demostad · <strong>0900-0000099</strong>"
check "the next step" body_has "<section id=\"volgende-stap\"><h2>Volgende stap</h2><p><strong>$step</strong>"
check "a link to the whole plan" body_has "<a href=\"/izp/$plan\">Het hele IZP</a>"
req GET "/kinderen/$sem/spoed" huisarts -H 'Accept: application/xml'
check "XML valid with moment, revision and next step" valid_xml
check "XML: the moment" grep -qE "<izp page=\"emergency\" shown-at=\"$(date +%Y-%m-%d) " "$out/body"
check "XML: the revision" body_has "revision=\"$revision\""

# Each person once: the casemanager, also in the team as reachable 24/7.
casemanager=$(sqlq "SELECT u.display_name FROM care_plans p JOIN users u ON u.id = p.casemanager_id WHERE p.id = $plan")
form_tokens "/izp/$plan/team/nieuw" casemanager
post "/izp/$plan/team/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&role=casemanager&name=$(printf %s "$casemanager" | sed 's/ /+/g')&phone=0600000003&reachable_24_7=ja&tasks=Spil+van+de+zorg"
check "casemanager added to the team: 303" status_is 303
form_tokens "/izp/$plan/team/nieuw" casemanager
post "/izp/$plan/team/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&role=kinderverpleegkundige&name=Nachtzuster+Fictief&phone=0600000077&reachable_24_7=ja&tasks=Nachtdienst"
check "night nurse added: 303" status_is 303
req GET "/kinderen/$sem/spoed" huisarts
check "the casemanager is listed once" [ "$(grep -o "<dd>$casemanager" "$out/body" | wc -l)" = 1 ]
check "another 24/7 team member is listed" body_has "<dd>Nachtzuster Fictief · <strong>0600000077</strong>"
check "the revision grew with the team" body_has ">revisie $((revision + 2))</abbr>"

# A child without an open plan: said at the top, with the moment.
req GET "/kinderen/$planless/spoed" kinderarts
check "no open plan: said at the top" body_has '<p class="banner banner-missing">Dit kind heeft geen open IZP (stand van '

# One click: every child's row on the start page, every page of the child.
req GET / verpleegkundige
check "start page: each child's row links to its spoedoverzicht" [ "$(grep -o 'class="emergency-link" href="/kinderen/[0-9]*/spoed"' "$out/body" | wc -l)" = "$(grep -o '<tr class="deadline-' "$out/body" | wc -l)" ]
check "start page: Sem's row" body_has "<a class=\"emergency-link\" href=\"/kinderen/$sem/spoed\">Spoedoverzicht</a>"
for page in "/izp/$plan" "/izp/$plan/geschiedenis" "/izp/$plan/afdruk" "/kinderen/$sem/toegang" "/kinderen/$sem/behandelgrenzen/nieuw" "/izp/$plan/team/nieuw"; do
  req GET "$page" kinderarts2
  check "$page links to the spoedoverzicht" body_has "<a class=\"emergency-link\" href=\"/kinderen/$sem/spoed\">Spoedoverzicht</a>"
done

# The plan's contents bar names every section, and each link has its target.
req GET "/izp/$plan" kinderarts2
bar=$(grep -o '<nav class="plan-contents"[^>]*>.*</nav>' "$out/body" | sed 's|</nav>.*|</nav>|')
for name in Wilsverklaringen "Levensbeschouwing en nazorg" Afwijkingen; do
  check "contents bar: $name" grep -qF ">$name</a>" <<<"$bar"
done
targets_found() {
  local t
  for t in $(grep -o 'href="#[a-z-]*"' <<<"$bar" | sed 's/href="#\(.*\)"/\1/'); do
    grep -qF "id=\"$t\"" "$out/body" || { echo "    no section #$t" >&2; return 1; }
  done
  [ "$(grep -o 'href="#' <<<"$bar" | wc -l)" -ge 15 ]
}
check "every link of the contents bar has its section" targets_found
check "every section of the plan is in the contents bar" bash -c '
  for id in $(grep -o "<section class=\"plan-goals[^\"]*\" id=\"[a-z-]*\"" "$1" | sed "s/.*id=\"\(.*\)\"/\1/"); do
    grep -qF "href=\"#$id\"" <<<"$2" || { echo "    section #$id not in the bar" >&2; exit 1; }
  done' _ "$out/body" "$bar"

# The history speaks Dutch prose, never the codes behind it.
req GET "/izp/$plan/geschiedenis" kinderarts2
check "history: a crisis plan by its situation" body_has "Stappenplan: Massaal bloedverlies"
check "history: a place wish in words" body_has "Plaats van overlijden: thuis"
check "history: no codes" body_lacks "Wens: overlijden"
check "history: no situation code" body_lacks "Stappenplan: bloeding"
req GET "/izp/$plan/geschiedenis" kinderarts2 -H 'Accept: application/xml'
check "history XML valid with the codes apart" valid_xml
form_tokens "/izp/$plan/team/nieuw" casemanager
post "/izp/$plan/team/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&role=anders&name=Juf+Fictief&tasks=Belt+wekelijks+met+de+ouders"
req GET "/izp/$plan/afdruk" kinderarts2
check "printout: no '(anders)' for a team member" body_lacks "(anders)"
check "printout: the team member named" body_has "<strong>Juf Fictief</strong> (betrokkene)"

# Each person once, however the name was typed: a parent, the GP or the
# casemanager added to the team as reachable day and night is listed once.
father=$(sqlq "SELECT name FROM representatives WHERE child_id = $sem AND status = 'actief' ORDER BY id LIMIT 1")
gp=$(sqlq "SELECT gp_name FROM children WHERE id = $sem")
for who in "$(tr '[:lower:]' '[:upper:]' <<<"$father")" "$gp" "$(sed 's/ /  /' <<<"$casemanager")"; do
  form_tokens "/izp/$plan/team/nieuw" casemanager
  post "/izp/$plan/team/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&role=mantelzorger&name=$(sed 's/ /+/g; s/(/%28/g; s/)/%29/g' <<<"$who")&phone=0600000088&reachable_24_7=ja&tasks=Bereikbaar"
done
req GET "/kinderen/$sem/spoed" huisarts
check "a parent also in the team: once" [ "$(grep -oiF "<dd>$father" "$out/body" | wc -l)" = 1 ]
check "the GP also in the team: once" [ "$(grep -oF "<dd>$gp" "$out/body" | wc -l)" = 1 ]
check "the casemanager typed with two spaces: once" [ "$(grep -oF "<dd>$(sed 's/ .*//' <<<"$casemanager")" "$out/body" | wc -l)" = 1 ]
check "the night nurse added twice: once" [ "$(grep -oF "Nachtzuster Fictief" "$out/body" | wc -l)" = 1 ]
check "the printout names the HAP" bash -c 'curl -s -u kinderarts2:demo "$1/izp/$2/afdruk" | grep -qF "de huisartsenpost</dt><dd>Huisartsenpost Demostad, telefoon 0900-0000099"' _ "$IZP_URL" "$plan"

# A child without a GP or HAP recorded says so, instead of leaving it out.
eva=$(sqlq "SELECT id FROM children WHERE given_name = 'Eva'")
if [ -z "$(sqlq "SELECT CONCAT_WS('', gp_name, gp_phone, hap_name, hap_phone) FROM children WHERE id = $eva")" ]; then
  req GET "/kinderen/$eva/spoed" casemanager
  check "no GP recorded: said" body_has '<dt>Huisarts</dt><dd class="empty">niet vastgelegd</dd>'
  check "no HAP recorded: said" body_has '<dt>Huisartsenpost (avond, nacht, weekend)</dt><dd class="empty">niet vastgelegd</dd>'
fi

# The worklists reach the spoedoverzicht from every row.
req GET /werklijsten casemanager
rows=$(grep -o '<li><a href="/[a-z]*/[0-9]*[^"]*">[^<]*</a> (<a class="emergency-link" href="/kinderen/[0-9]*/spoed">' "$out/body" | wc -l)
if [ "$rows" -gt 0 ] && [ "$rows" = "$(grep -o '<li><a href="/' "$out/body" | wc -l)" ]; then ok; else fail "worklist rows link to the child's spoedoverzicht ($rows)"; fi
# A GP cannot make a plan, so the start page does not offer it.
req GET / huisarts
check "the GP is not offered 'IZP aanmaken'" body_lacks "IZP aanmaken"
check "the GP sees that there is no plan yet" body_has "Nog geen IZP"
