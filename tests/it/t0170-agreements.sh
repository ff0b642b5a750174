# Invoeren nieuwe afspraak and Aanpassen afspraak: validated like zib
# ZorgAfspraak, never edited in place, stale versions refused, and two
# caregivers amending at once give exactly one new version and one 409.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
closed_goal=$(sqlq "SELECT MIN(id) FROM goals WHERE plan_id = $plan AND status <> 'actief'")
form_tokens "/izp/$plan/doelen/nieuw" verpleegkundige
post "/izp/$plan/doelen/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&description=Sem+heeft+zo+min+mogelijk+pijn&dimension=lichamelijk&serves=Pijn&responsible_id=5"
goal=$(sqlq "SELECT MAX(id) FROM goals WHERE plan_id = $plan AND status = 'actief'")

form_tokens "/izp/$plan/afspraken/nieuw" verpleegkundige
check "agreement form offers the open goal" body_has "Sem heeft zo min mogelijk pijn</option>"
ag() { echo "csrf_token=$csrf&request_id=$rid&activity=${1-Morfine+volgens+pijnschema}&goal_id=${2-$goal}&party_child=ja&party_parents=ja&performer=${3-zorgverlener}&performer_id=${4-1}&coordinator_id=3&start_date=2026-11-01&end_date=${5-2027-02-01}&evaluate_on=2026-12-15"; }
before=$(snapshot)
post "/izp/$plan/afspraken/nieuw" verpleegkundige "$(ag '')"
check "no activity: 400" status_is 400
post "/izp/$plan/afspraken/nieuw" verpleegkundige "$(ag x '')"
check "neither goal nor problem: 400" status_is 400
check "goal-or-problem message" body_has "Kies het doel of beschrijf het probleem"
post "/izp/$plan/afspraken/nieuw" verpleegkundige "$(ag | sed 's/party_child=ja&party_parents=ja&//')"
check "nobody agreed: 400" status_is 400
check "parties message" body_has "met wie de afspraak is gemaakt"
post "/izp/$plan/afspraken/nieuw" verpleegkundige "$(ag x $goal zorgverlener '')"
check "caregiver performs but none chosen: 400" status_is 400
post "/izp/$plan/afspraken/nieuw" verpleegkundige "$(ag x $goal zorgverlener 1 2026-01-01)"
check "ends before it starts: 400" status_is 400
if [ -n "$closed_goal" ] && [ "$closed_goal" != NULL ]; then
  post "/izp/$plan/afspraken/nieuw" verpleegkundige "$(ag x $closed_goal)"
  check "agreement on a closed goal: 400" status_is 400
  check "closed goal message" body_has "Dit doel is afgesloten; er kunnen geen afspraken meer bij."
fi
# Choices the form does not offer, two at once: each gets its own message.
other_goal=$(sqlq "SELECT MIN(id) FROM goals WHERE plan_id <> $plan")
elders=$(sqlq "SELECT id FROM users WHERE username = 'verpleegkundige2'")
post "/izp/$plan/afspraken/nieuw" verpleegkundige "$(ag x $other_goal | sed "s/coordinator_id=3/coordinator_id=$elders/")"
check "another plan's goal and a coordinator who may not see Sem: 400" status_is 400
check "another plan's goal: Dutch" body_has "Kies een doel van dit IZP."
check "coordinator who may not see Sem: Dutch" body_has "Kies een zorgverlener uit de lijst: een verpleegkundige, kinderarts, casemanager of huisarts die dit kind mag zien."
check "the form keeps what was typed" body_has ">x</textarea>"
post "/izp/$plan/afspraken/nieuw" verpleegkundige "$(ag | sed 's/party_child=ja/party_child=nee/')"
check "a check box is ja or absent: 400" status_is 400
check "refused agreements changed nothing" [ "$before" = "$(snapshot)" ]

post "/izp/$plan/afspraken/nieuw" verpleegkundige "$(ag)"
check "agreement added: 303" status_is 303
agreement=$(sqlq "SELECT MAX(id) FROM agreements WHERE plan_id = $plan")
check "agreement stored" [ "$(sqlq "SELECT CONCAT(goal_id,'|',party_child,party_parents,party_caregivers,'|',performer,'|',performer_id,'|',coordinator_id,'|',evaluate_on,'|',status) FROM agreements WHERE id = $agreement")" = "$goal|110|zorgverlener|1|3|2026-12-15|actief" ]
check "agreement audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',patient_id,'/',object_type,'/',object_id)")" = "create/success/$sem/agreement/$agreement" ]
req GET "/izp/$plan" huisarts
check "agreement on the overview" body_has "Morfine volgens pijnschema"

# Amending.
form_tokens "/afspraken/$agreement/aanpassen" casemanager
check "amend form starts from the agreement" body_has "Morfine volgens pijnschema</textarea>"
check "amend form carries the version" body_has 'name="version" value="1"'
am() { echo "$(ag "${1-Morfine+en+extra+dosis+bij+doorbraakpijn}")&change_reason=${2-Meer+pijn+bij+bewegen}&version=${3-1}"; }
before=$(snapshot)
post "/afspraken/$agreement/aanpassen" casemanager "$(am x '')"
check "no reason: 400" status_is 400
check "typed change kept" body_has 'x</textarea>'
post "/afspraken/$agreement/aanpassen" casemanager "$(am x Reden 5)"
check "stale version: 409" status_is 409
check "stale version: links to the current state" body_has "href=\"/izp/$plan#afspraken\""
check "refused amendments changed nothing" [ "$before" = "$(snapshot)" ]
post "/afspraken/$agreement/aanpassen" casemanager "$(am)"
check "amended: 303" status_is 303
new=$(sqlq "SELECT id FROM agreements WHERE replaces_id = $agreement")
check "old version replaced, not edited" [ "$(sqlq "SELECT CONCAT(status,'|',activity,'|',change_reason) FROM agreements WHERE id = $agreement")" = "vervangen|Morfine volgens pijnschema|Meer pijn bij bewegen" ]
check "new version holds the change" [ "$(sqlq "SELECT CONCAT(status,'|',activity,'|',changed_by) FROM agreements WHERE id = $new")" = "actief|Morfine en extra dosis bij doorbraakpijn|3" ]
check "amendment audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id)")" = "update/success/agreement/$new" ]
req GET "/izp/$plan" casemanager
check "overview shows the new version" body_has "Morfine en extra dosis bij doorbraakpijn"
check "overview says why it changed" body_has "reden: Meer pijn bij bewegen"
form_tokens "/afspraken/$new/aanpassen" casemanager
post "/afspraken/$agreement/aanpassen" casemanager "$(am x Reden 2 | sed "s/csrf_token=[^&]*/csrf_token=$(csrf_for casemanager "/afspraken/$agreement/aanpassen")/")"
check "amending a replaced version: 409" status_is 409

# Two caregivers amend the same version at the same moment.
for i in 1 2; do
  user=casemanager; [ $i = 2 ] && user=verpleegkundige
  curl -s -o "$out/amend-body$i" -w '%{http_code}\n' -u "$user:demo" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary "$(am "Versie+van+$user" "Gelijktijdig+$i" 1 | sed "s/request_id=[^&]*/request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')/; s/csrf_token=[^&]*/csrf_token=$( [ $i = 1 ] && echo "$csrf" || csrf_for verpleegkundige "/afspraken/$new/aanpassen")/")" \
    "$IZP_URL/afspraken/$new/aanpassen" > "$out/amend$i" &
done
wait
codes=$(sort "$out/amend1" "$out/amend2" | tr '\n' ' ')
check "concurrent amendments: one 303, one 409 (got $codes)" [ "$codes" = "303 409 " ]
[ "$codes" = "303 409 " ] || grep -ho "<p class=\"message\">[^<]*" "$out"/amend-body* >&2
check "exactly one newer version" [ "$(sqlq "SELECT COUNT(*) FROM agreements WHERE replaces_id = $new")" = 1 ]
check "one current agreement in the chain" [ "$(sqlq "SELECT COUNT(*) FROM agreements WHERE plan_id = $plan AND status = 'actief'")" = 1 ]
