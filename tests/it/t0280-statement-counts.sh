# How many statements each page sends to MariaDB: a deterministic count
# (the server's Com_stmt_execute around one request, with nothing else
# running), so a page cannot grow round trips unnoticed.  Issue 15's
# budget; lower the numbers here when a page gets cheaper.
executes() { sqlq "SHOW GLOBAL STATUS LIKE 'Com_stmt_execute'" | awk '{ print $2 }'; }
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
budget() {  # budget NAME PATH USER EXPECTED: the executes of one request
  local before n
  before=$(executes)
  req GET "$2" "$3"
  n=$(( $(executes) - before ))
  check "$1: 200" status_is 200
  check "$1: $4 statements (measured $n)" [ "$n" = "$4" ]
}
budget "spoedoverzicht" "/kinderen/$sem/spoed" casemanager 4
budget "plan overview" "/izp/$plan" casemanager 4
budget "start page" "/" casemanager 4
budget "worklists" "/werklijsten" casemanager 10
budget "FHIR treatment-limit search" "/fhir/Consent?patient=$sem&scope=http://terminology.hl7.org/CodeSystem/consentscope|treatment&category=http://snomed.info/sct|129125009&_include=Consent:actor" casemanager 9

# A saved amendment reads what it checks and writes, not what only the form
# would show again (goals, people, the plan and the child for display).
agreement_body() {  # agreement_body ACTIVITY: an agreement for a problem
  echo "csrf_token=$csrf&request_id=$rid&activity=$1&problem=Onrust+in+de+nacht&party_child=ja&party_parents=ja&performer=ouders&start_date=2026-11-01"
}
form_tokens "/izp/$plan/afspraken/nieuw" casemanager
post "/izp/$plan/afspraken/nieuw" casemanager "$(agreement_body Telt+de+statements)"
check "an agreement to amend: 303" status_is 303
amend_budget() {  # amend_budget NAME FIELDS EXPECTED: one amendment's executes
  local before n
  amended=$(sqlq "SELECT MAX(id) FROM agreements WHERE plan_id = $plan")
  form_tokens "/afspraken/$amended/aanpassen" casemanager
  before=$(executes)
  post "/afspraken/$amended/aanpassen" casemanager "csrf_token=$csrf&request_id=$rid&$2&party_parents=ja&start_date=2026-11-01&change_reason=Statements+geteld&version=$(sqlq "SELECT version FROM agreements WHERE id = $amended")"
  n=$(( $(executes) - before ))
  check "$1 (POST): 303 (got $status)" status_is 303
  check "$1 (POST): $3 statements (measured $n)" [ "$n" = "$3" ]
}
amend_budget "amendment" "activity=Geteld&problem=Onrust+in+de+nacht&performer=ouders" 7

# The form's choices (goal, performer, coordinator) are checked in one
# statement together, not one each.
me=$(sqlq "SELECT id FROM users WHERE username = 'casemanager'")
sqlq "INSERT INTO goals (plan_id, dimension, description, serves, target_date, responsible_id, created_by, created_at, changed_by, change_reason) VALUES ($plan, 'sociaal', 'Doel om keuzes te tellen', 'Sem wil naar school', CURDATE() + INTERVAL 1 MONTH, $me, $me, NOW(3), $me, 'Test')"
goal=$(sqlq "SELECT MAX(id) FROM goals WHERE plan_id = $plan")
amend_budget "amendment with choices" "activity=Met+keuzes&goal_id=$goal&performer=zorgverlener&performer_id=$me&coordinator_id=$me" 8
check "amendment with choices: saved with them" [ "$(sqlq "SELECT CONCAT_WS(',', goal_id, performer_id, coordinator_id) FROM agreements WHERE replaces_id = $amended")" = "$goal,$me,$me" ]
