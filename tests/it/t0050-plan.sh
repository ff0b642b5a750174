# Invoeren nieuw IZP and Overzicht tonen: create, show, refusals.
child=$(sqlq "SELECT id FROM children WHERE given_name = 'Eva' AND family_name = 'Fictief'")
form_tokens "/kinderen/$child/izp/nieuw" verpleegkundige
check "plan form shows the child" body_has "Nieuw IZP voor Eva Fictief"
check "hoofdbehandelaar choices are pediatricians" body_has '<option value="5">dr. Fatima Test</option>'

plan_body() {
  echo "csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=${1:-2}&casemanager_id=${2:-3}&child_participated=${3:-ja}&parents_present=Moeder+en+vader"
}

before=$(snapshot)
post "/kinderen/$child/izp/nieuw" verpleegkundige "$(plan_body 3 3)"
check "casemanager as hoofdbehandelaar refused" status_is 400
check "hoofdbehandelaar message" body_has "Kies een kinderarts als hoofdbehandelaar."
check "choice kept after error" body_has '<option value="3" selected'
post "/kinderen/$child/izp/nieuw" verpleegkundige "$(plan_body 2 3 nee)"
check "child absent without reason refused" status_is 400
check "absent reason message" body_has "Leg uit waarom"
post "/kinderen/$child/izp/nieuw" verpleegkundige "$(plan_body 2 3 deels)"
check "child took part in part, without saying which: 400" status_is 400
check "part without which: Dutch" body_has "Zeg bij welk deel van het gesprek het kind meedeed."
check "the three choices offered" body_has "Deels, een deel van het gesprek"
post "/kinderen/$child/izp/nieuw" verpleegkundige "$(plan_body 2 999)"
check "unknown casemanager refused" status_is 400
post "/kinderen/$child/izp/nieuw" verpleegkundige "$(plan_body 2 3 misschien)"
check "bad enum refused" status_is 400
check "refusals wrote nothing" [ "$before" = "$(snapshot)" ]

n=$(audit_count)
post "/kinderen/$child/izp/nieuw" verpleegkundige "$(plan_body 2 3 nee)&child_absent_reason=Eva+is+2+jaar."
check "valid plan: 303" status_is 303
check "redirect to the plan" location_is '/izp/[0-9]+'
plan=$(location | sed 's|/izp/||')
check "plan stored as concept" [ "$(sqlq "SELECT CONCAT(status,'|',child_id,'|',hoofdbehandelaar_id,'|',casemanager_id,'|',drawn_up_by) FROM care_plans WHERE id = $plan")" = "concept|$child|2|3|1" ]
check "plan create audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',patient_id,'/',object_type,'/',object_id)")" = "create/success/$child/care_plan/$plan" ]
check "exactly one audit row" [ "$(audit_count)" = $((n + 1)) ]

req GET "/izp/$plan" huisarts
check "GP without the family's grant: 403" status_is 403
check "the 403 does not name the child" body_lacks "Eva"
req GET "/izp/$plan" verpleegkundige
check "plan shown" status_is 200
check "plan shows hoofdbehandelaar" body_has "dr. Pieter Proef"
check "plan shows concept state" body_has "status-concept"
check "plan shows absent reason" body_has "Nee: Eva is 2 jaar."
check "plan read audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',patient_id,'/',object_id,'/',user_name)")" = "read/success/$child/$plan/verpleegkundige" ]
req GET "/izp/$plan.xml" verpleegkundige
check "plan XML" header_has 'Content-Type: application/xml'
check "plan XML validates" valid_xml
check "plan XML carries the BSN-less child" body_has "given-name=\"Eva\""

# A second open plan for the same child is refused, by the program and the database.
req GET "/kinderen/$child/izp/nieuw" verpleegkundige
check "form says a plan exists" body_has "heeft al een open IZP"
check "no form offered then" body_lacks 'name="csrf_token"'
form_tokens /kinderen/nieuw verpleegkundige; csrf=$(csrf_for verpleegkundige "/kinderen/$child/izp/nieuw")
before=$(snapshot)
post "/kinderen/$child/izp/nieuw" verpleegkundige "$(plan_body)"
check "second open plan: 409" status_is 409
check "second open plan: Dutch" body_has "al een open IZP"
check "second open plan: nothing written" [ "$before" = "$(snapshot)" ]
second_plan_in_sql() {
  ! sqlq "INSERT INTO care_plans (child_id, hoofdbehandelaar_id, casemanager_id, drawn_up_by, child_participated, parents_present, created_at, changed_by, change_reason) VALUES ($child, 2, 3, 1, 'ja', 'x', NOW(), 1, 'x')" 2>"$out/sql-error" &&
    grep -q "care_plans_one_open" "$out/sql-error"
}
check "database refuses it too" second_plan_in_sql

# Unknown ids.
n=$(audit_count)
req GET /izp/987654 kinderarts
check "unknown plan: 404" status_is 404
check "unknown plan: Dutch" body_has "Dit IZP bestaat niet."
req GET /kinderen/987654/izp/nieuw kinderarts
check "unknown child: 404" status_is 404
form_tokens /kinderen/nieuw kinderarts; csrf=$(csrf_for kinderarts /kinderen/987654/izp/nieuw)
before=$(snapshot)
post /kinderen/987654/izp/nieuw kinderarts "$(plan_body)"
check "plan for unknown child: 404" status_is 404
check "plan for unknown child: nothing written" [ "$before" = "$(snapshot)" ]
req GET /izp/abc kinderarts
check "non-numeric id: 404" status_is 404
req GET /izp/99999999999 kinderarts
check "overlong id: 404" status_is 404
req GET /kinderen/1/izp/nieuw huisarts
check "GP may not create a plan" status_is 403
n=$(audit_count)
req GET "/kinderen/$child/izp/nieuw" huisarts
check "denied attempt on a child's record is audited" [ "$(last_audit "CONCAT(outcome,'/',patient_id,'/',user_name)")" = "denied/$child/huisarts" ]
check "exactly one row for the denial" [ "$(audit_count)" = $((n + 1)) ]
