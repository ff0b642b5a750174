# History of every version with who, when and why; the plan as it stood at a
# moment (?at=); the printout for the family, audited as a print.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
goal=$(sqlq "SELECT MAX(id) FROM goals WHERE plan_id = $plan AND status = 'actief'")

req GET "/izp/$plan/geschiedenis" casemanager
check "history page: 200" status_is 200
check "history shows who changed the plan" body_has "Evaluatie gehouden"
check "history shows why an agreement changed" body_has "Evaluatie: voortzetten"
check "history shows an evaluation's closing" body_has "Afgesloten bij evaluatie"
check "history links an amended agreement to its predecessor" body_has "(nieuwe versie van een eerdere afspraak)"
check "history names who" body_has "<td>Mirjam Model</td>"
check "history offers the plan as of a moment" body_has 'type="datetime-local"'
check "history audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id,'/',patient_id)")" = "read/success/care_plan_history/$plan/$sem" ]
versions=$(sqlq "SELECT COUNT(*) FROM agreements FOR SYSTEM_TIME ALL WHERE plan_id = $plan")
req GET "/izp/$plan/geschiedenis.xml" casemanager
check "history XML valid" valid_xml
check "history XML has every agreement version" [ "$(grep -c '<agreement-version ' "$out/body")" = "$versions" ]
req GET "/izp/$plan/geschiedenis" verpleegkundige2
check "history without access: 403" status_is 403
check "403 shows nothing of the child" body_lacks "Sem"
req GET /izp/987654/geschiedenis casemanager
check "history of an unknown plan: 404" status_is 404

# The plan as it stood at a moment, before a goal was added.
sleep 1
moment=$(sqlq "SELECT DATE_FORMAT(NOW(), '%Y-%m-%dT%H:%i:%s')")
sleep 1.2
form_tokens "/izp/$plan/doelen/nieuw" verpleegkundige
post "/izp/$plan/doelen/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&description=Sem+gaat+met+de+klas+naar+de+dierentuin&dimension=sociaal&serves=Wens%3A+uitje&responsible_id=3"
check "goal added after the moment" status_is 303
req GET "/izp/$plan?at=$moment" casemanager
check "as of a moment: 200" status_is 200
check "as of a moment: says so" body_has "U ziet dit IZP zoals het was op"
check "as of a moment: the later goal is absent" body_lacks "dierentuin"
check "as of a moment: read-only" body_lacks "Doel toevoegen"
check "as of a moment: the evaluation held before is there" body_has "met Moeder, Sem, casemanager"
check "as of a moment audited as a read" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id)")" = "read/success/care_plan/$plan" ]
req GET "/izp/$plan.xml?at=$moment" casemanager
check "as of a moment: XML valid" valid_xml
check "as of a moment: XML says when" body_has "at=\"${moment/T/ }\""
req GET "/izp/$plan" casemanager
check "now: the goal is there" body_has "dierentuin"
req GET "/izp/$plan?at=2099-01-01T10:00" casemanager
check "a moment in the future: 400" status_is 400
check "future: Dutch" body_has "Dat moment ligt in de toekomst."
# A date alone: a past day means its end, today means now, tomorrow is refused.
today=$(sqlq "SELECT CURDATE()")
req GET "/izp/$plan.xml?at=$today" casemanager
check "today as a date: 200" status_is 200
check "today as a date: the goal just added is there" body_has "dierentuin"
check "today as a date: the plan as it stands, not tonight" body_lacks "at=\"$today 23:59:59\""
check "today as a date: the plan as it stands, editable" body_has "<plan "
# The stack was made today, so at the end of yesterday the plan did not exist.
req GET "/izp/$plan?at=$(sqlq "SELECT CURDATE() - INTERVAL 1 DAY")" casemanager
check "yesterday as a date: the end of yesterday, before the plan" status_is 404
check "yesterday as a date: Dutch" body_has "Op dat moment bestond dit IZP nog niet."
req GET "/izp/$plan?at=$(sqlq "SELECT CURDATE() + INTERVAL 1 DAY")" casemanager
check "tomorrow as a date: 400" status_is 400
check "tomorrow as a date: Dutch" body_has "Dat moment ligt in de toekomst."
req GET "/izp/$plan?at=gisteren" casemanager
check "not a moment: 400" status_is 400
check "not a moment: Dutch" body_has "Geen geldig moment"
req GET "/izp/$plan?at=2026-02-30T10:00" casemanager
check "a day that does not exist: 400" status_is 400
req GET "/izp/$plan?at=2026-11-01T25:00" casemanager
check "an hour that does not exist: 400" status_is 400
req GET "/izp/$plan?at=2001-01-01T10:00" casemanager
check "before the plan existed: 404" status_is 404
check "before the plan existed: Dutch" body_has "Op dat moment bestond dit IZP nog niet."
req GET "/izp/$plan?at=$moment" verpleegkundige2
check "the past is not open to those without access now" status_is 403

# The printout for the child and the parents.
# The revision counts every version of what the printout shows.
count_versions() {  # count_versions TABLE COLUMN ID
  sqlq "SELECT COUNT(*) FROM $1 FOR SYSTEM_TIME ALL WHERE $2 = $3"
}
revision=$(count_versions care_plans id "$plan")
for t in treatment_limits advance_directives representatives crisis_medications; do
  revision=$((revision + $(count_versions $t child_id "$sem")))
done
revision=$((revision + $(count_versions children id "$sem")))
for t in goals agreements evaluations crisis_plans next_steps place_wishes care_team wishes problems acp_conversations plan_topics guideline_deviations aftercare; do
  revision=$((revision + $(count_versions $t plan_id "$plan")))
done
req GET "/izp/$plan/afdruk" casemanager
check "printout: 200" status_is 200
check "printout for the family" body_has "Zorgplan van Sem"
check "printout has the printing date" body_has "Afgedrukt op $(date +%d-%m-%Y)"
check "printout has the revision" body_has "Revisie $revision "
check "printout explains the number" body_has "Elke wijziging in het IZP, in welk onderdeel ook, telt één revisie op"
check "printout: no second kind of number" body_lacks "Versie "
check "printout in plain words, not codes" body_has "Gaat over: Gezin, vrienden en school"
check "printout names whom to call" body_has "Uw vaste contactpersoon"
check "printout leaves out closed agreements" body_lacks "Logeren bij oma"
check "printout shows the next evaluation" body_has "Wanneer bekijken we het plan weer samen?"
check "printing audited as print" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id,'/',patient_id)")" = "print/success/care_plan/$plan/$sem" ]
check "A4 print layout" grep -q "size: A4" "$IZP_REPO/xslt/html/static/izp.css"
req GET "/izp/$plan" casemanager
check "the plan page shows the same revision" body_has ">Revisie $revision</abbr>"
req GET "/kinderen/$sem/spoed" casemanager
check "the spoedoverzicht shows the same revision" body_has ">revisie $revision</abbr>"
req GET "/izp/$plan/geschiedenis" casemanager
check "the history says the same revision" body_has "Het IZP staat nu op <strong>revisie $revision</strong>"
check "the history explains it" body_has "Bij elke wijziging hieronder staat de revisie waarop het IZP daarmee kwam."
req GET "/izp/$plan/geschiedenis.xml" casemanager
check "history XML valid, each version with its revision" valid_xml
check "the latest change in the history made the current revision" [ "$(grep -o ' revision="[0-9]*"' "$out/body" | grep -o '[0-9]*' | sort -n | tail -n 1)" = "$revision" ]
check "the plan's own versions: revisions that only grow" bash -c 'xmllint --xpath "//plan-version/@revision" "$1" | grep -o "[0-9]*" > "$1.r"; sort -n -c "$1.r" && [ "$(wc -l < "$1.r")" -ge 2 ]' _ "$out/body"
req GET "/izp/$plan/afdruk.xml" casemanager
check "printout XML valid" valid_xml
req GET "/izp/$plan/afdruk" verpleegkundige2
check "printout without access: 403" status_is 403
check "refused print audited as denied" [ "$(last_audit "CONCAT(action,'/',outcome)")" = "print/denied" ]
req POST "/izp/$plan/afdruk" casemanager
check "printout is GET only" status_is 405

# Hostile text in a goal, an agreement and an evaluation: inert on the new pages.
form_tokens "/izp/$plan/doelen/nieuw" verpleegkundige
post "/izp/$plan/doelen/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&description=$evil&dimension=psychisch&serves=$evil&responsible_id=3"
evil_goal=$(sqlq "SELECT MAX(id) FROM goals WHERE plan_id = $plan")
form_tokens "/izp/$plan/afspraken/nieuw" verpleegkundige
post "/izp/$plan/afspraken/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&activity=$evil&goal_id=$evil_goal&party_parents=ja&performer=ouders&start_date=$(date +%Y-%m-%d)"
check "hostile agreement accepted as text" status_is 303
inert "/izp/$plan/afdruk" casemanager
inert "/izp/$plan/geschiedenis" casemanager
inert "/izp/$plan/evaluaties/nieuw" casemanager
req GET "/izp/$plan/geschiedenis.xml" casemanager
check "hostile history XML valid" valid_xml
