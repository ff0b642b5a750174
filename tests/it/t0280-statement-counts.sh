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
budget "spoedoverzicht" "/kinderen/$sem/spoed" casemanager 6
budget "plan overview" "/izp/$plan" casemanager 6
budget "start page" "/" casemanager 4
budget "worklists" "/werklijsten" casemanager 10
budget "FHIR treatment-limit search" "/fhir/Consent?patient=$sem&scope=http://terminology.hl7.org/CodeSystem/consentscope|treatment&category=http://snomed.info/sct|129125009&_include=Consent:actor" casemanager 11
