# Afsluiten afspraak: date and reason, version checked, gone from the current
# list but kept in the history; closing twice is refused (a resent form is
# answered as the first).
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
agreement=$(sqlq "SELECT MAX(id) FROM agreements WHERE plan_id = $plan AND status = 'actief'")
version=$(sqlq "SELECT version FROM agreements WHERE id = $agreement")
form_tokens "/afspraken/$agreement/afsluiten" casemanager
check "close form names the agreement" body_has "Versie van"
req GET "/afspraken/$agreement/afsluiten" huisarts
check "GP may not close agreements" status_is 403
today=$(date +%Y-%m-%d)
before=$(snapshot)
post "/afspraken/$agreement/afsluiten" casemanager "csrf_token=$csrf&request_id=$rid&version=$version&closed_on=$today"
check "no reason: 400" status_is 400
post "/afspraken/$agreement/afsluiten" casemanager "csrf_token=$csrf&request_id=$rid&version=$version&closed_on=2099-01-01&close_reason=x"
check "future date: 400" status_is 400
post "/afspraken/$agreement/afsluiten" casemanager "csrf_token=$csrf&request_id=$rid&version=$version&closed_on=2020-01-01&close_reason=x"
check "before it started: 400" status_is 400
check "before it started: Dutch" body_has "vóór ze inging"
post "/afspraken/$agreement/afsluiten" casemanager "csrf_token=$csrf&request_id=$rid&version=$((version + 3))&closed_on=$today&close_reason=x"
check "stale version: 409" status_is 409
check "refused closings changed nothing" [ "$before" = "$(snapshot)" ]
post "/afspraken/$agreement/afsluiten" casemanager "csrf_token=$csrf&request_id=$rid&version=$version&closed_on=$today&close_reason=Pijn+goed+onder+controle"
check "closed: 303" status_is 303
check "closed with date and reason" [ "$(sqlq "SELECT CONCAT(status,'|',closed_on,'|',close_reason) FROM agreements WHERE id = $agreement")" = "afgesloten|$today|Pijn goed onder controle" ]
check "closing audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id,'/',patient_id)")" = "update/success/agreement/$agreement/$sem" ]
req GET "/izp/$plan" casemanager
check "closed agreement leaves the current list" body_has "Afgesloten afspraken (1)"
check "the plan says there are no current agreements" body_has "Er zijn geen lopende afspraken."
check "history keeps it" [ "$(sqlq "SELECT COUNT(*) FROM agreements FOR SYSTEM_TIME ALL WHERE id = $agreement")" = 2 ]
post "/afspraken/$agreement/afsluiten" casemanager "csrf_token=$csrf&request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d " \n")&version=$((version + 1))&closed_on=$today&close_reason=nogmaals"
check "closing twice: 409" status_is 409
req GET /afspraken/987654/afsluiten casemanager
check "unknown agreement: 404" status_is 404
