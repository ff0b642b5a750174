# Invoeren doel and Afsluiten doel: by the plan's team only, validated, on
# the overview, closed ones still present, nothing added to a closed plan.
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
req GET "/izp/$plan/doelen/nieuw" huisarts
check "GP (reads only) gets no goal form" status_is 403
req GET "/izp/$plan/doelen/nieuw" kinderarts
check "no access, no goal form" status_is 403
form_tokens "/izp/$plan/doelen/nieuw" verpleegkundige
check "the nurse who drew the plan up may add goals" status_is 200
goal_body() { echo "csrf_token=$csrf&request_id=$rid&description=${1-Sem+kan+naar+de+verjaardag+van+zijn+zus}&dimension=${2-sociaal}&serves=Sem+wil+zo+lang+mogelijk+meedoen&target_date=2027-01-15&responsible_id=${3-3}"; }
before=$(snapshot)
post "/izp/$plan/doelen/nieuw" verpleegkundige "$(goal_body '')"
check "goal without description: 400" status_is 400
check "typed text kept" body_has "Sem wil zo lang mogelijk meedoen"
post "/izp/$plan/doelen/nieuw" verpleegkundige "$(goal_body x financieel)"
check "unknown dimension: 400" status_is 400
post "/izp/$plan/doelen/nieuw" verpleegkundige "$(goal_body x sociaal 999)"
check "unknown responsible: 400" status_is 400
check "unknown responsible: Dutch" body_has "Kies een zorgverlener uit de lijst: alleen wie dit kind mag zien."
check "refused goals changed nothing" [ "$before" = "$(snapshot)" ]
post "/izp/$plan/doelen/nieuw" verpleegkundige "$(goal_body)"
check "goal added: 303" status_is 303
check "back to the goals of the plan" location_is "/izp/$plan#doelen"
goal=$(sqlq "SELECT MAX(id) FROM goals WHERE plan_id = $plan")
check "goal stored" [ "$(sqlq "SELECT CONCAT(dimension,'|',target_date,'|',responsible_id,'|',status,'|',created_by) FROM goals WHERE id = $goal")" = "sociaal|2027-01-15|3|actief|1" ]
check "goal audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',patient_id,'/',object_type,'/',object_id)")" = "create/success/$sem/goal/$goal" ]
post "/izp/$plan/doelen/nieuw" verpleegkundige "$(goal_body)"
check "the same form twice adds one goal" [ "$(sqlq "SELECT COUNT(*) FROM goals WHERE plan_id = $plan")" = 1 ]
req GET "/izp/$plan" huisarts
check "goal on the overview" body_has "Sem kan naar de verjaardag van zijn zus"
check "GP sees no goal actions" body_lacks "Doel afsluiten"
req GET "/izp/$plan.xml" huisarts
check "overview XML with goals validates" valid_xml

# Closing the goal.
form_tokens "/doelen/$goal/afsluiten" casemanager
check "close form carries the goal's version" body_has 'name="version" value="1"'
before=$(snapshot)
today=$(date +%Y-%m-%d)
post "/doelen/$goal/afsluiten" casemanager "csrf_token=$csrf&request_id=$rid&version=1&outcome=bereikt&closed_on=$today"
check "no comment: 400" status_is 400
post "/doelen/$goal/afsluiten" casemanager "csrf_token=$csrf&request_id=$rid&version=7&outcome=bereikt&closed_on=$today&close_comment=Gelukt"
check "stale goal version: 409" status_is 409
check "refused closings changed nothing" [ "$before" = "$(snapshot)" ]
post "/doelen/$goal/afsluiten" casemanager "csrf_token=$csrf&request_id=$rid&version=1&outcome=bereikt&closed_on=$today&close_comment=Het+feest+was+fijn"
check "goal closed: 303" status_is 303
check "goal closed with outcome" [ "$(sqlq "SELECT CONCAT(status,'|',closed_on,'|',close_comment,'|',version) FROM goals WHERE id = $goal")" = "bereikt|$today|Het feest was fijn|2" ]
check "goal history kept" [ "$(sqlq "SELECT COUNT(*) FROM goals FOR SYSTEM_TIME ALL WHERE id = $goal")" = 2 ]
req GET "/izp/$plan" casemanager
check "closed goal still present" body_has "Afgesloten doelen (1)"
check "closed goal shows its outcome" body_has "Het feest was fijn"
post "/doelen/$goal/afsluiten" casemanager "csrf_token=$csrf&request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d " \n")&version=2&outcome=bereikt&closed_on=$today&close_comment=nogmaals"
check "closing twice: 409" status_is 409
# Its request id from someone else is not a double click of hers: the
# rules apply (he may not see the child).
closed_by_her=$rid
csrf=$(csrf_for verpleegkundige2 "/doelen/$goal/afsluiten")
post "/doelen/$goal/afsluiten" verpleegkundige2 "csrf_token=$csrf&request_id=$closed_by_her&version=1&outcome=bereikt&closed_on=$today&close_comment=Het+feest+was+fijn"
check "her request id from a user who may not see the child: 403" status_is 403
check "...audited as refused" [ "$(last_audit "CONCAT(outcome,'/',user_name)")" = "denied/verpleegkundige2" ]
req GET /doelen/987654/afsluiten casemanager
check "unknown goal: 404" status_is 404

closed=$(sqlq "SELECT id FROM care_plans WHERE status = 'afgesloten' LIMIT 1")
if [ -n "$closed" ]; then
  form_tokens /kinderen/nieuw casemanager; csrf=$(csrf_for casemanager "/izp/$closed/doelen/nieuw")
  post "/izp/$closed/doelen/nieuw" casemanager "$(goal_body)"
  check "no goals added to a closed plan" status_is 409
fi
