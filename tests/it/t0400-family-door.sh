# The family's door (issue 14): parents, guardians and the child read their
# plan from their own log-in, on a server of its own (the stack's port + 181)
# that has only the family's routes.  Caregivers link the log-ins; the WGBO
# decides what each sees on the day of the request.
fam_url="http://127.0.0.1:$(( ${IZP_URL##*:} + 181 ))"
freq() { door_url=$fam_url req "$@"; }  # as req, at the family's door
fpost() {  # fpost PATH USER BODY [curl args]: as post, from the family's door
  local path=$1 user=$2 body=$3; shift 3
  door_url=$fam_url post "$path" "$user" "$body" -H "Origin: $fam_url" "$@"
}
rid_new() { head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
fleur=$(sqlq "SELECT id FROM children WHERE given_name = 'Fleur'")
lotte=$(sqlq "SELECT id FROM children WHERE given_name = 'Lotte'")
noor=$(sqlq "SELECT id FROM children WHERE given_name = 'Noor'")
anja=$(sqlq "SELECT id FROM representatives WHERE name LIKE 'Anja%'")

# ---- The door: only the family's routes, only family log-ins.
freq GET / ouder-sem
check "a parent's start page: 200" status_is 200
check "... names the child" body_has "Sem Proefpersoon (fictief)"
check "... no caregiver menu" body_lacks "Werklijsten"
for p in /izp/2 /kinderen/$sem/spoed /werklijsten /privacy/logboek /kinderen/$sem/toegang /kinderen/nieuw /fhir/Patient/$sem /beheer/bestemmingen /kinderen/$sem/gezin; do
  freq GET "$p" ouder-sem
  check "the family's door has no $p: nginx 404" status_is 404
  check "... nothing of the child" body_lacks "Sem"
done
freq POST "/izp/2/doelen/nieuw" ouder-sem -d "description=x"
check "a caregiver form at the family's door: 404" status_is 404
if body_has "voor kind en ouders" && body_has "Terug naar de startpagina" && body_lacks "overzicht van kinderen" && body_lacks "Individueel Zorgplan"; then ok; else fail "... nginx's page in the family's own chrome and words"; fi
status=$(curl -s -o "$out/body" -w '%{http_code}' -u ouder-sem:fout "$fam_url/")
if [ "$status" = 401 ] && body_has "patiëntenportaal" && body_has "voor kind en ouders" && body_lacks "Individueel Zorgplan"; then ok; else fail "a wrong password at the family's door: 401, to log in again at the patient portal"; fi
status=$(curl -s -o "$out/body" -w '%{http_code}' -u kinderarts:fout "$IZP_URL/")
if [ "$status" = 401 ] && body_has "Individueel Zorgplan" && body_lacks "patiëntenportaal"; then ok; else fail "... the caregivers' door keeps its own page"; fi
head -c 2000000 /dev/zero | tr '\0' 'x' > "$out/big"
status=$(curl -s -o "$out/body" -w '%{http_code}' -u ouder-sem:demo -H "Origin: $fam_url" --data-binary "@$out/big" "$fam_url/kind/$sem/toegang")
if [ "$status" = 413 ] && body_has "Maak de tekst korter" && body_has "voor kind en ouders"; then ok; else fail "a form far too large at the family's door: 413 in its words"; fi
req GET / ouder-sem
check "a family log-in at the caregivers' door: refused by nginx (401)" status_is 401
req GET / kinderarts
check "... a caregiver still gets in there" status_is 200
freq GET / kinderarts
check "a family log-in that bears a caregiver's name is no caregiver" body_lacks "Werklijsten"
check "... and is linked to no child" body_has "nog niet aan een kind gekoppeld"
# The programs themselves: a family program without a family log-in, and
# a caregiver program given only a family log-in, refuse.
resp=$(SCRIPT_FILENAME=/ REQUEST_METHOD=GET QUERY_STRING= REMOTE_ADDR=127.0.0.1 REMOTE_USER=kinderarts \
  cgi-fcgi -bind -connect "$IZP_STACK/run/family-home.sock" 2>/dev/null)
check "a family program with a caregiver's REMOTE_USER only: 403" grep -q '^Status: 403' <<<"$resp"
check "... nothing shown" bash -c '! grep -q "Sem" <<<"$1"' _ "$resp"
resp=$(SCRIPT_FILENAME=/ REQUEST_METHOD=GET QUERY_STRING= REMOTE_ADDR=127.0.0.1 IZP_FAMILY_USER=ouder-sem \
  IZP_ID=2 IZP_OBJECT=care_plan cgi-fcgi -bind -connect "$IZP_STACK/run/plan-show.sock" 2>/dev/null)
check "a caregiver program with a family log-in only: 403" grep -q '^Status: 403' <<<"$resp"
check "... nothing shown" bash -c '! grep -q "Proefpersoon" <<<"$1"' _ "$resp"

# ---- Reading the plan, in plain Dutch, audited as the family's.
n=$(audit_count)
freq GET "/kind/$sem" ouder-sem
check "a parent with authority (child 14) reads the plan" status_is 200
check "... in the printout's words" body_has "Afspraken over behandelingen"
check "... the limits as agreed" body_has "Reanimatie: niet doen"
check "... the crisis step plan" body_has "Geef midazolam in de wangzak"
check "... who to call" body_has "Wie kunt u bellen?"
check "... who to ask, with a space before the name" grep -qE "heeft u vragen\? Bel [A-Z]" "$out/body"
check "... no caregiver's form or link" body_lacks "/izp/2/"
check "one audit row" [ "$(audit_count)" = $((n + 1)) ]
check "... the family's read of Sem's plan, by the log-in, as mother" \
  [ "$(last_audit "CONCAT_WS('|', action, outcome, IFNULL(user_id, 'null'), user_name, user_display_name, user_role, patient_id, object_type, program)")" = \
    "read|success|null|ouder-sem|Anja Proefpersoon (fictief)|moeder|$sem|care_plan|family-plan" ]
freq GET "/kind/$sem" sem
check "the child itself at 14 reads the plan" status_is 200
check "... who to ask, with a space before the name" grep -qE "heb je vragen\? Bel [A-Z]" "$out/body"
if body_has "Wie kun je bellen?" && body_has "Je vaste contactpersoon" && body_has "met jou en je ouders" && body_lacks "Wie kunt u bellen?" && body_lacks "uw kind"; then ok; else fail "... spoken to as 'je', not as a parent"; fi
check "... audited as the child" [ "$(last_audit "CONCAT_WS('|', user_name, user_role)")" = "sem|kind" ]
freq GET "/kind/$noor" ouder-noor
check "a child without a plan: 200" status_is 200
check "... says there is no plan yet" body_has "Er is nog geen zorgplan"
if body_has "met u is besproken" && body_has "de arts van uw kind"; then ok; else fail "... to the parent as 'u'"; fi
mila=$(sqlq "SELECT id FROM children WHERE given_name = 'Mila'")
freq GET "/kind/$mila" mila
check "Mila (13) reads what there is of her own" status_is 200
check "... no plan yet" body_has "Er is nog geen zorgplan"
if body_has "met je is besproken" && body_has "Heb je vragen" && body_lacks "uw kind"; then ok; else fail "... in words for her"; fi
freq GET / mila
if body_has "met je is besproken" && body_lacks "met u is"; then ok; else fail "her start page speaks to her as 'je'"; fi
freq GET / sem
if body_has "kun je bij spoed laten zien" && body_lacks "kunt u"; then ok; else fail "Sem's start page: the spoedoverzicht is his to show"; fi
if body_has "Mijn zorgplan" && body_lacks "Mijn kinderen"; then ok; else fail "... his own plan, not his children"; fi
freq GET / ouder-sem
check "his mother's start page: her children" body_has "<title>Mijn kinderen"

# ---- The spoedoverzicht on a phone, for the ambulance or the HAP.
n=$(audit_count)
freq GET "/kind/$sem/spoed" ouder-sem -A "Mozilla/5.0 (iPhone)"
check "the parent's spoedoverzicht: 200" status_is 200
check "... the limits first" body_has "NIET reanimeren"
check "... the crisis medication" body_has "midazolam"
check "... leads back to the family's plan" body_has "href=\"/kind/$sem\""
check "... and to no caregiver's page" body_lacks 'href="/izp/'
check "... audited as the family's read of the summary" \
  [ "$(last_audit "CONCAT_WS('|', action, outcome, user_name, patient_id, object_type, program)")" = "read|success|ouder-sem|$sem|emergency_summary|family-emergency" ]
check "... one row" [ "$(audit_count)" = $((n + 1)) ]
freq GET "/kind/$fleur/spoed" ouder-fleur
check "the spoedoverzicht follows the WGBO too: 403" status_is 403
check "... nothing of it" body_lacks "Ewing"
freq GET "/kind/$fleur/spoed" ouder-sem
check "another child's spoedoverzicht: 404" status_is 404

# ---- Who looked: the child's access overview, in plain Dutch.
req GET / casemanager
post "/kinderen/$sem/spoed" verpleegkundige2 "csrf_token=$(csrf_for verpleegkundige2 "/kinderen/$sem/spoed")&request_id=$(rid_new)&reason=Ambulance+belt+over+Sem,+acute+benauwdheid"
check "a nurse of another team breaks the glass on Sem" status_is 303
req GET "/kinderen/$sem/spoed" verpleegkundige2
freq GET "/kind/$sem" gezin-onbekend
last=$(sqlq "SELECT MAX(id) FROM audit_log")
freq GET "/kind/$sem/wie-keek" sem
check "Sem sees who looked: 200" status_is 200
check "... the break-the-glass, by name and organisation" body_has "Ruben Elders"
check "... marked as noodtoegang" body_has "noodtoegang"
if body_has "zag je naam in de lijst" && body_lacks "uw kind"; then ok; else fail "... the list views, in words for him"; fi
check "... the overview is said to be for him" body_has "Dit overzicht is voor jou"
check "... nothing of another family's log-in that tried his id" body_lacks "gezin-onbekend"
check "... not the family's own reads (they would push the caregivers' out)" body_lacks "(gezinstoegang)"
rows=$(grep -o '<tr>' "$out/body" | wc -l)
expected=$(sqlq "SELECT COUNT(*) FROM (SELECT a.id FROM audit_log a WHERE a.id <= $last AND (a.patient_id = $sem OR a.id IN (SELECT audit_id FROM audit_log_patients WHERE patient_id = $sem)) AND a.program NOT LIKE 'family-%' ORDER BY a.id DESC LIMIT 500) t")
check "... every event of Sem and only his ($expected)" [ "$rows" = "$((expected + 1))" ]
check "... audited as a read of his overview" \
  [ "$(last_audit "CONCAT_WS('|', action, outcome, user_name, patient_id, object_type, program)")" = "read|success|sem|$sem|access_overview|family-log" ]
# The log keeps UTC; the family reads the time zone of the server, as
# every other time of the pages.  Seen with the server's zone moved to
# +05:00 for family-log's workers (new workers connect in the new zone).
zone=$(sqlq "SELECT @@global.time_zone")
listed=$(sqlq "SELECT MAX(id) FROM audit_log WHERE id <= $last AND patient_id = $sem AND program NOT LIKE 'family-%'")
sqlq "SET GLOBAL time_zone = '+05:00'"
restart_workers family-log
freq GET "/kind/$sem/wie-keek" sem
sqlq "SET GLOBAL time_zone = '$zone'"
restart_workers family-log
shifted=$(sqlq "SELECT DATE_FORMAT(occurred_at + INTERVAL 5 HOUR, '%d-%m-%Y %H:%i') FROM audit_log WHERE id = $listed")
utc=$(sqlq "SELECT DATE_FORMAT(occurred_at, '%d-%m-%Y %H:%i') FROM audit_log WHERE id = $listed")
if body_has "<td>$shifted</td>" && body_lacks "<td>$utc</td>" && body_lacks "(UTC)"; then ok; else fail "... the times in the server's time zone, not UTC ($shifted, not $utc)"; fi
freq GET "/kind/$sem/wie-keek" sem
check "... and again in the stack's own zone" body_has "<td>$(sqlq "SELECT DATE_FORMAT(CONVERT_TZ(occurred_at, '+00:00', '$zone'), '%d-%m-%Y %H:%i') FROM audit_log WHERE id = $listed")</td>"
# A child no caregiver has opened yet: the overview says so.
quiet=$(sqlq "INSERT INTO children (given_name, family_name, birth_date, diagnosis, diagnosis_date, changed_by, change_reason) VALUES ('Stil', 'Kind (fictief)', CURDATE() - INTERVAL 13 YEAR, 'Testdiagnose', CURDATE(), 1, 'Test'); SELECT LAST_INSERT_ID()")
sqlq "INSERT INTO family_accounts (login, child_id, kind, linked_by, linked_at) VALUES ('gezin-5', $quiet, 'kind', 3, NOW(3))"
freq GET "/kind/$quiet/wie-keek" gezin-5
if status_is 200 && body_has "Nog geen zorgverlener heeft het dossier geopend"; then ok; else fail "an overview with nothing in it: 200, says nobody looked yet"; fi
freq GET "/kind/$sem/wie-keek" sem
check "... not said where someone did" body_lacks "Nog geen zorgverlener"
freq GET "/kind/$fleur/wie-keek" ouder-fleur
check "the overview follows the WGBO: 403" status_is 403
freq GET "/kind/$fleur/wie-keek" ouder-sem
check "another child's overview: 404" status_is 404
freq GET "/kind/$sem/wie-keek" ouder-sem
if status_is 200 && body_has "zag de naam van uw kind in de lijst" && body_has "Dit overzicht is voor de ouders"; then ok; else fail "his mother's overview speaks of her child"; fi

# ---- The family decides who sees the plan, at its own door.
grants_now() { sqlq "SELECT COUNT(*) FROM access_grants FOR SYSTEM_TIME ALL"; }
access() {  # access USER BODY [PATH] [curl args]
  local path=${3:-/kind/$sem/toegang}
  fpost "$path" "$1" "csrf_token=$(csrf_for "$1" "$path")&request_id=$(rid_new)&$2" "${@:4}"
}
freq GET "/kind/$sem/toegang" ouder-sem
check "the mother sees who may see Sem's plan" status_is 200
check "... the teams the family let in" body_has "KCT Demostad"
check "... and may change it" body_has "Toegang geven"
check "... with Sem (14): 'U en uw kind bepalen'" body_has "U en uw kind bepalen"
freq GET "/kind/$sem/toegang" sem
if status_is 200 && body_has "Jij en je ouders bepalen" && body_lacks "uw kind"; then ok; else fail "Sem himself: 'Jij en je ouders bepalen'"; fi
freq GET "/kind/$fleur/toegang" fleur
if status_is 200 && body_has "Jij bepaalt welke zorgverleners je zorgplan" && body_lacks "uw kind"; then ok; else fail "Fleur (16): 'Jij bepaalt'"; fi
req GET /izp/2 verpleegkundige2
check "a nurse of another team cannot see Sem's plan yet: 403" status_is 403
g0=$(grants_now)
access ouder-sem "user_id=6&team_id=1"
check "a caregiver and a team at once: 400" status_is 400
check "... said in Dutch" body_has "Kies één zorgverlener óf één team."
access ouder-sem "user_id=&team_id="
check "nobody: 400" status_is 400
access ouder-sem "user_id=999"
check "an unknown caregiver: 400" status_is 400
access ouder-sem "user_id=7"
check "the privacy officer is no caregiver to let in: 400" status_is 400
fpost "/kind/$sem/toegang" ouder-sem "csrf_token=nep&request_id=$(rid_new)&user_id=6"
check "without a valid token: 403" status_is 403
access ouder-sem "user_id=6" "" -H "Origin: http://evil.example"
check "from another origin: 403" status_is 403
access ouder-sem "user_id=6" "/kind/$fleur/toegang"
check "for another child: 404" status_is 404
check "refused decisions changed nothing" [ "$(grants_now)" = "$g0" ]
access ouder-sem "user_id=6"
check "the mother lets the nurse of KCT Elders in: 303" status_is 303
check "... back to the list" location_is "/kind/$sem/toegang"
grant=$(sqlq "SELECT MAX(id) FROM access_grants WHERE child_id = $sem AND user_id = 6")
check "... recorded as hers, from the family's door" \
  [ "$(sqlq "SELECT CONCAT_WS('|', decided_by_kind, decided_by_name, IFNULL(entered_by, 'null'), f.login) FROM access_grants g JOIN family_accounts f ON f.id = g.entered_by_family WHERE g.id = $grant")" = \
    "ouder|Anja Proefpersoon (fictief)|null|ouder-sem" ]
check "... audited as the family's" \
  [ "$(last_audit "CONCAT_WS('|', action, outcome, user_name, patient_id, object_type, object_id)")" = "create|success|ouder-sem|$sem|access_grant|$grant" ]
req GET /izp/2 verpleegkundige2
check "... and the nurse sees Sem's plan now" status_is 200
req GET "/kinderen/$sem/toegang" kinderarts2
check "the caregivers see the family decided it" body_has "het gezin zelf (ouder-sem, via de gezinstoegang)"
g2=$(grants_now)
access ouder-sem "user_id=6"
check "the same caregiver twice: 400" status_is 400
check "... said in Dutch" body_has "Deze zorgverlener mag het zorgplan al zien."
access ouder-sem "team_id=1"
check "a team already in: 400" status_is 400
check "... nothing changed" [ "$(grants_now)" = "$g2" ]
freq GET "/kind/$sem/toegang" ouder-sem
check "the page's two forms carry their own request ids" \
  [ "$(grep -o 'name="request_id" value="[0-9a-f]*"' "$out/body" | sort -u | wc -l)" = 2 ]
access sem "team_id=3"
check "Sem (14) may decide too: 303" status_is 303
check "... recorded as his" [ "$(sqlq "SELECT decided_by_kind FROM access_grants ORDER BY id DESC LIMIT 1")" = kind ]
semgrant=$(sqlq "SELECT MAX(id) FROM access_grants WHERE child_id = $sem AND team_id = 3")
access sem "grant_id=$semgrant&revoke_reason=Toch+niet" "/kind/$sem/toegang/intrekken"
check "... and revoke it again: 303" status_is 303
r0=$(sqlq "SELECT COUNT(*) FROM access_grants FOR SYSTEM_TIME ALL WHERE revoked_at IS NOT NULL")
lotte_grant=$(sqlq "SELECT MIN(id) FROM access_grants WHERE child_id = $lotte AND revoked_at IS NULL")
access ouder-sem "grant_id=$lotte_grant&revoke_reason=Probeersel" "/kind/$sem/toegang/intrekken"
check "revoking another child's grant: 400" status_is 400
access ouder-sem "grant_id=$grant&revoke_reason=" "/kind/$sem/toegang/intrekken"
check "revoking without a reason: 400" status_is 400
check "... said in Dutch" body_has "Waarom niet meer"
check "refused revocations changed nothing" [ "$(sqlq "SELECT COUNT(*) FROM access_grants FOR SYSTEM_TIME ALL WHERE revoked_at IS NOT NULL")" = "$r0" ]
access ouder-sem "team_id=3"
hostile=$(sqlq "SELECT MAX(id) FROM access_grants WHERE child_id = $sem AND team_id = 3 AND revoked_at IS NULL")
access ouder-sem "grant_id=$hostile&revoke_reason=%3Cscript%3Ealert(1)%3C%2Fscript%3E+%26+%22quotes%22" "/kind/$sem/toegang/intrekken"
check "a revocation with markup in its reason: 303" status_is 303
req GET "/kinderen/$sem/toegang" kinderarts2
check "... shown to the caregivers as text, escaped" body_has "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\""
check "... never as markup" body_lacks "<script>alert(1)"
rrid=$(rid_new)
fpost "/kind/$sem/toegang/intrekken" ouder-sem "csrf_token=$(csrf_for ouder-sem "/kind/$sem/toegang/intrekken")&request_id=$rrid&grant_id=$grant&revoke_reason=We+willen+alleen+het+eigen+team"
check "the mother revokes it: 303" status_is 303
fpost "/kind/$sem/toegang/intrekken" ouder-sem "csrf_token=$(csrf_for ouder-sem "/kind/$sem/toegang/intrekken")&request_id=$rrid&grant_id=$grant&revoke_reason=We+willen+alleen+het+eigen+team"
check "... the same form twice: answered as the first (303)" status_is 303
check "... audited as resent" [ "$(last_audit outcome)" = resent ]
check "... recorded as hers" [ "$(sqlq "SELECT CONCAT_WS('|', IFNULL(revoked_by, 'null'), f.login, revoke_reason) FROM access_grants g JOIN family_accounts f ON f.id = g.revoked_by_family WHERE g.id = $grant")" = "null|ouder-sem|We willen alleen het eigen team" ]
req GET /izp/2 verpleegkundige2
check "... and the nurse is refused again" status_is 403
req GET "/kinderen/$sem/toegang" kinderarts2
check "the caregivers see who revoked it" body_has "Ingetrokken op"
access ouder-sem "grant_id=$grant&revoke_reason=Nog+eens" "/kind/$sem/toegang/intrekken"
check "revoking twice: 400" status_is 400

# ---- A parent tries another child's ids: nothing revealed, audited.
for id in $fleur $lotte 999999; do
  n=$(audit_count)
  freq GET "/kind/$id" ouder-sem
  check "a parent of Sem on child $id: 404" status_is 404
  check "... nothing of that child" body_lacks "Fleur"
  check "... audited as refused, by the log-in" \
    [ "$(last_audit "CONCAT_WS('|', outcome, user_name, object_type, object_id)")" = "refused|ouder-sem|child|$id" ]
  check "... one row" [ "$(audit_count)" = $((n + 1)) ]
done
freq GET "/kind/$fleur/ouders" ouder-sem
check "... nor her parents' page: 404" status_is 404

# ---- Linking, by a caregiver with access; refused inputs change nothing.
form_tokens "/kinderen/$sem/gezin" casemanager
check "the casemanager's family page lists the links" body_has "ouder-sem"
check "... with who they are" body_has "Anja Proefpersoon (fictief)"
link() { post "/kinderen/$1/gezin" casemanager "csrf_token=$csrf&request_id=$rid&$2"; }
before=$(sqlq "SELECT COUNT(*) FROM family_accounts FOR SYSTEM_TIME ALL")
link $sem "login=&who=kind"
check "no log-in: 400" status_is 400
check "... said in Dutch" body_has "Inlognaam in het patiëntenportaal"
link $sem "login=gezin-2&who=vertegenwoordiger"
check "a representative not chosen: 400" status_is 400
check "... said in Dutch" body_has "Kies welke vertegenwoordiger"
check "... the log-in kept" body_has 'value="gezin-2"'
other_rep=$(sqlq "SELECT id FROM representatives WHERE child_id <> $sem LIMIT 1")
link $sem "login=gezin-2&who=vertegenwoordiger&representative_id=$other_rep"
check "another child's representative: 400" status_is 400
link $sem "login=ouder-sem&who=vertegenwoordiger&representative_id=$anja"
check "a log-in linked twice: 400" status_is 400
check "... said in Dutch" body_has "al aan dit kind gekoppeld"
link $sem "login=gezin-2&who=ouder"
check "an unknown kind of person: 400" status_is 400
link $sem "login=gezin-2&who=kind&representative_id=$anja"
check "the child with a representative: 400" status_is 400
link $sem "login=gezin-2&who=kind"
check "a second log-in as the child itself: 400" status_is 400
check "... said in Dutch" body_has "Het kind heeft al een eigen inlognaam"
link $sem "login=gezin%092&who=vertegenwoordiger&representative_id=$anja"
check "a log-in with a tab: 400" status_is 400
link $sem "login=%C3%A9%E2%80%AEfleur&who=vertegenwoordiger&representative_id=$anja"
check "a log-in with a right-to-left override: 400" status_is 400
check "... said in Dutch" body_has "Een inlognaam bestaat uit letters, cijfers"
check "refused links changed nothing" [ "$(sqlq "SELECT COUNT(*) FROM family_accounts FOR SYSTEM_TIME ALL")" = "$before" ]
post "/kinderen/$sem/gezin" huisarts "csrf_token=$(csrf_for huisarts "/kinderen/$sem/gezin")&request_id=$(rid_new)&login=gezin-2&who=kind"
check "the GP may not link: 403" status_is 403
post "/kinderen/$sem/gezin" verpleegkundige2 "csrf_token=$(csrf_for verpleegkundige2 "/kinderen/$sem/gezin")&request_id=$(rid_new)&login=gezin-2&who=kind"
check "a nurse without access may not link: 403" status_is 403
req GET "/kinderen/$sem/gezin" verpleegkundige2
check "... nor see who is linked: 403" status_is 403
check "... nothing of the family" body_lacks "ouder-sem"
post "/kinderen/$sem/gezin" casemanager "csrf_token=x&request_id=$(rid_new)&login=gezin-2&who=kind"
check "a link without a valid token: 403" status_is 403
check "still nothing changed" [ "$(sqlq "SELECT COUNT(*) FROM family_accounts FOR SYSTEM_TIME ALL")" = "$before" ]
link $sem "login=gezin-2&who=vertegenwoordiger&representative_id=$anja"
check "a parent linked: 303" status_is 303
check "... back to the family page" location_is "/kinderen/$sem/gezin"
check "... stored, by the casemanager" [ "$(sqlq "SELECT CONCAT_WS('|', child_id, kind, representative_id, linked_by) FROM family_accounts WHERE login = 'gezin-2'")" = "$sem|vertegenwoordiger|$anja|3" ]
check "... audited" [ "$(last_audit "CONCAT_WS('|', action, outcome, user_name, patient_id, object_type)")" = "create|success|casemanager|$sem|family_account" ]
link $sem "login=gezin-2&who=vertegenwoordiger&representative_id=$anja"
check "the same form twice links once" [ "$(sqlq "SELECT COUNT(*) FROM family_accounts WHERE login = 'gezin-2'")" = 1 ]
freq GET "/kind/$sem" gezin-2
check "the newly linked parent reads the plan" status_is 200

# Ending a link: the log-in sees nothing from that moment.
acct=$(sqlq "SELECT id FROM family_accounts WHERE login = 'gezin-2' AND ended_at IS NULL")
form_tokens "/kinderen/$sem/gezin" casemanager
unlink() { post "/kinderen/$1/gezin/beeindigen" casemanager "csrf_token=$(csrf_for casemanager "/kinderen/$1/gezin/beeindigen")&request_id=$(rid_new)&$2"; }
unlink $sem "family_account_id=$acct&end_reason="
check "ending a link without a reason: 400" status_is 400
check "... said in Dutch" body_has "Waarom (voor het dossier)"
unlink $lotte "family_account_id=$acct&end_reason=Geen+gezag+meer"
check "ending it through another child: 400" status_is 400
check "... still linked" [ "$(sqlq "SELECT ended_at IS NULL FROM family_accounts WHERE id = $acct")" = 1 ]
post "/kinderen/$sem/gezin/beeindigen" huisarts "csrf_token=$(csrf_for huisarts "/kinderen/$sem/gezin/beeindigen")&request_id=$(rid_new)&family_account_id=$acct&end_reason=x"
check "the GP may not end it: 403" status_is 403
unlink $sem "family_account_id=$acct&end_reason=Geen+gezag+meer"
check "the casemanager ends the link: 303" status_is 303
check "... kept, with who and why" [ "$(sqlq "SELECT CONCAT_WS('|', ended_by, end_reason) FROM family_accounts WHERE id = $acct")" = "3|Geen gezag meer" ]
check "... audited" [ "$(last_audit "CONCAT_WS('|', action, outcome, user_name, patient_id, object_type, object_id)")" = "update|success|casemanager|$sem|family_account|$acct" ]
freq GET "/kind/$sem" gezin-2
check "... the log-in sees nothing any more: 404" status_is 404
req GET "/kinderen/$sem/gezin" casemanager
check "... the family page keeps it as ended, with who and why" body_has "beëindigd op"
check "... the reason" body_has "Geen gezag meer"
unlink $sem "family_account_id=$acct&end_reason=Nog+eens"
check "ending it twice: 400" status_is 400

# ---- WGBO: under 12 the child does not read it; no authority sees nothing.
form_tokens "/kinderen/$lotte/gezin" casemanager
link $lotte "login=gezin-1&who=kind"
check "Lotte (11) linked as herself: 303" status_is 303
freq GET "/kind/$lotte" gezin-1
check "a child of 11 does not read the plan: 403" status_is 403
check "... told why, in words for a child" body_has "Tot je 12 jaar bent"
check "... nothing of the plan" body_lacks "Afspraken over behandelingen"
freq GET "/kind/$lotte/toegang" gezin-1
check "... and decides nothing about access: 403" status_is 403
form_tokens "/kinderen/$sem/vertegenwoordigers/nieuw" casemanager
post "/kinderen/$sem/vertegenwoordigers/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&name=Oma+Proefpersoon+(fictief)&relation=overig&phone=06-00000043"
check "a grandmother without authority recorded" status_is 303
oma=$(sqlq "SELECT id FROM representatives WHERE name = 'Oma Proefpersoon (fictief)'")
form_tokens "/kinderen/$sem/gezin" casemanager
link $sem "login=oma-sem&who=vertegenwoordiger&representative_id=$oma"
check "... linked" status_is 303
freq GET "/kind/$sem" oma-sem
check "a representative without authority: 403" status_is 403
check "... told why" body_has "Alleen ouders of voogden met gezag"
check "... nothing of the plan" body_lacks "Reanimatie"
freq GET / oma-sem
check "... her start page says so too" body_has "Alleen ouders of voogden met gezag"
freq GET "/kind/$sem/toegang" oma-sem
check "... and she decides nothing about access: 403" status_is 403

# ---- From 16 the child decides; the parent not until then.
freq GET "/kind/$fleur" ouder-fleur
check "the mother of Fleur (16), not let in: 403" status_is 403
check "... told that Fleur decides" body_has "Vanaf 16 jaar beslist uw kind zelf"
check "... nothing of the plan" body_lacks "examen"
freq GET "/kind/$fleur" fleur
check "Fleur reads her plan" status_is 200
check "... and her goal" body_has "Fleur haalt haar examen."
check "... and whether her parents see it" body_has "Je ouders zien je zorgplan niet"
check "... agreed with her, her parents not named (16)" body_has "samen met jou hebben afgesproken"
parents() { fpost "/kind/$fleur/ouders" "$1" "csrf_token=$(csrf_for "$1" "/kind/$fleur/ouders")&request_id=$(rid_new)&parents_may_see=$2" "${@:3}"; }
decisions() { sqlq "SELECT COUNT(*) FROM parent_access_decisions WHERE child_id = $fleur"; }
d0=$(decisions)
parents ouder-fleur ja
check "her mother cannot let herself in: 403" status_is 403
parents fleur misschien
check "a choice that is not one: 400" status_is 400
check "... said in Dutch" body_has "Mogen je ouders je zorgplan zien?"
fpost "/kind/$fleur/ouders" fleur "csrf_token=nep&request_id=$(rid_new)&parents_may_see=ja"
check "without a valid token: 403" status_is 403
parents fleur ja -H "Origin: http://evil.example"
check "from another origin: 403" status_is 403
check "refused decisions stored nothing" [ "$(decisions)" = "$d0" ]
parents fleur ja
check "Fleur lets her parents in: 303" status_is 303
check "... back to her plan" location_is "/kind/$fleur"
check "... kept as hers" [ "$(sqlq "SELECT CONCAT_WS('|', d.parents_may_see, f.login) FROM parent_access_decisions d JOIN family_accounts f ON f.id = d.decided_by ORDER BY d.id DESC LIMIT 1")" = "1|fleur" ]
freq GET "/kind/$fleur" ouder-fleur
check "... her mother reads it now" status_is 200
check "... the goal" body_has "Fleur haalt haar examen."
freq GET "/kind/$fleur/toegang" ouder-fleur
check "... and sees who may see it" status_is 200
check "... but Fleur alone decides that" body_has "veranderen kan alleen uw kind"
if body_has "Vanaf 16 jaar bepaalt uw kind zelf" && body_lacks "U en uw kind bepalen"; then ok; else fail "... the page says so from the start"; fi
g1=$(sqlq "SELECT COUNT(*) FROM access_grants FOR SYSTEM_TIME ALL")
fpost "/kind/$fleur/toegang" ouder-fleur "csrf_token=$(csrf_for ouder-fleur "/kind/$fleur/toegang")&request_id=$(rid_new)&user_id=6"
check "... so her grant is refused: 403" status_is 403
check "... nothing changed" [ "$(sqlq "SELECT COUNT(*) FROM access_grants FOR SYSTEM_TIME ALL")" = "$g1" ]
parents fleur nee
freq GET "/kind/$fleur" ouder-fleur
check "Fleur withdraws it: her mother is refused again" status_is 403
check "every decision kept" [ "$(decisions)" = $((d0 + 2)) ]
# The 16th birthday: the day it comes, the parents need the child's leave.
# Two children registered here: Jarig turns 16 today, Morgen tomorrow; one
# father of both (a log-in may be linked to several children).  No plans:
# representatives come in SQL (the form needs an open plan).
register() {  # register NAME BIRTH_DATE: sets $child
  form_tokens /kinderen/nieuw verpleegkundige
  post /kinderen/nieuw verpleegkundige "$(child_body "$1" Zestien+\(fictief\) | sed "s/birth_date=[0-9-]*/birth_date=$2/")"
  check "$1 registered" status_is 303
  child=$(sqlq "SELECT MAX(id) FROM children WHERE given_name = '$1'")
  sqlq "INSERT INTO representatives (child_id, name, relation, has_authority, phone, created_by, created_at, changed_by, change_reason) VALUES ($child, 'Vader Zestien (fictief)', 'vader', TRUE, '06-00000031', 1, NOW(3), 1, 'Test')"
}
flink() {  # flink CHILD LOGIN WHO [REPRESENTATIVE]
  form_tokens "/kinderen/$1/gezin" verpleegkundige
  post "/kinderen/$1/gezin" verpleegkundige "csrf_token=$csrf&request_id=$rid&login=$2&who=$3&representative_id=${4:-}"
  check "$2 linked to child $1 by the nurse who registered it" status_is 303
}
register Jarig "$(date -d "$(date +%F) -16 years" +%F)"; jarig=$child
register Morgen "$(date -d "$(date +%F) -16 years +1 day" +%F)"; morgen=$child
flink $jarig gezin-3 vertegenwoordiger "$(sqlq "SELECT id FROM representatives WHERE child_id = $jarig")"
flink $morgen gezin-3 vertegenwoordiger "$(sqlq "SELECT id FROM representatives WHERE child_id = $morgen")"
flink $jarig gezin-4 kind
freq GET / gezin-3
check "the father's start page lists Jarig" body_has "Jarig Zestien"
check "... and Morgen" body_has "Morgen Zestien"
freq GET "/kind/$morgen" gezin-3
check "the day before Morgen's 16th birthday her father sees what there is" status_is 200
freq GET "/kind/$jarig" gezin-3
check "on Jarig's 16th birthday he needs her leave: 403" status_is 403
check "... told that she decides" body_has "Vanaf 16 jaar beslist uw kind zelf"
freq GET "/kind/$jarig" gezin-4
check "... and Jarig, 16 today, decides" body_has "Je ouders zien je zorgplan niet"
