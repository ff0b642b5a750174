# The family decides who has access: grants to a caregiver or a team, revoked
# with a reason; without a grant 403 (audited as denied, nothing revealed);
# the hoofdbehandelaar and casemanager always have access.
lotte=$(sqlq "SELECT id FROM children WHERE given_name = 'Lotte'")
noor=$(sqlq "SELECT id FROM children WHERE given_name = 'Noor'")
lotte_plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $lotte")

req GET / verpleegkundige2
check "no grants: no children listed" body_lacks "Lotte"
n=$(audit_count)
req GET "/izp/$lotte_plan" verpleegkundige2
check "no grant: 403" status_is 403
check "no grant: Dutch, explains who decides" body_has "Het kind en de ouders bepalen"
check "no grant: the child is not named" body_lacks "Lotte"
check "no grant: one audit row, denied, on the child" [ "$(last_audit "CONCAT(outcome,'/',patient_id,'/',user_name)")/$(( $(audit_count) - n ))" = "denied/$lotte/verpleegkundige2/1" ]
req GET "/izp/$lotte_plan.xml" verpleegkundige2
check "no grant: no data in the XML either" body_lacks "Lotte"
req GET "/kinderen/$lotte/toegang" verpleegkundige2
check "no grant: access page refused too" status_is 403
req GET "/kinderen/$noor/izp/nieuw" verpleegkundige2
check "no grant: cannot start a plan" status_is 403
req GET / kinderarts2
check "hoofdbehandelaar sees the child without a grant" body_has "Sem Proefpersoon"

# Recording the family's decision.
form_tokens "/kinderen/$lotte/toegang" casemanager
check "access page lists the grants" body_has "Ouders van Lotte"
check "access page names who always has access" body_has "dr. Pieter Proef (hoofdbehandelaar)"
check "access page XML validates" req GET "/kinderen/$lotte/toegang" casemanager -H 'Accept: application/xml'
check "access page XML validates (schema)" valid_xml
grant_body() { echo "csrf_token=$csrf&request_id=$rid&decided_by_kind=ouder&decided_by_name=Moeder+van+Lotte&$1"; }
before=$(snapshot)
post "/kinderen/$lotte/toegang" casemanager "$(grant_body "user_id=6&team_id=3")"
check "user and team at once: 400" status_is 400
check "user and team at once: Dutch" body_has "Kies één zorgverlener óf één team."
post "/kinderen/$lotte/toegang" casemanager "$(grant_body "")"
check "no grantee: 400" status_is 400
post "/kinderen/$lotte/toegang" casemanager "$(grant_body "user_id=999")"
check "unknown caregiver: 400" status_is 400
check "unknown caregiver: Dutch" body_has "Kies een zorgverlener uit de lijst."
post "/kinderen/$lotte/toegang" casemanager "csrf_token=$csrf&request_id=$rid&user_id=6&decided_by_kind=buurman&decided_by_name=x"
check "unknown decider: 400" status_is 400
post "/kinderen/$lotte/toegang" casemanager "csrf_token=$csrf&request_id=$rid&user_id=6&decided_by_kind=ouder&decided_by_name="
check "decider's name required" status_is 400
check "refused grants changed nothing" [ "$before" = "$(snapshot)" ]
post "/kinderen/$lotte/toegang" huisarts "$(grant_body "user_id=6")"
check "GP may not record grants" status_is 403
form_tokens "/kinderen/$noor/izp/nieuw" kinderarts
post "/kinderen/$lotte/toegang" verpleegkundige2 "$(grant_body "user_id=6")"
check "no one grants themselves access" status_is 403
check "refused grants changed nothing (2)" [ "$before" = "$(snapshot)" ]

form_tokens "/kinderen/$lotte/toegang" casemanager
post "/kinderen/$lotte/toegang" casemanager "$(grant_body "user_id=6")"
check "grant to a caregiver: 303" status_is 303
grant=$(sqlq "SELECT MAX(id) FROM access_grants WHERE child_id = $lotte AND user_id = 6")
check "grant stored with who decided and who entered" [ "$(sqlq "SELECT CONCAT(decided_by_kind,'|',decided_by_name,'|',entered_by) FROM access_grants WHERE id = $grant")" = "ouder|Moeder van Lotte|3" ]
check "grant audited" [ "$(last_audit "CONCAT(action,'/',outcome,'/',patient_id,'/',object_type,'/',object_id)")" = "create/success/$lotte/access_grant/$grant" ]
req GET "/izp/$lotte_plan" verpleegkundige2
check "with the grant: plan visible" status_is 200

form_tokens "/kinderen/$noor/toegang" casemanager
post "/kinderen/$noor/toegang" casemanager "$(grant_body "team_id=3")"
check "grant to a team: 303" status_is 303
req GET / verpleegkundige2
check "team member sees the child" body_has "Noor Testkind"

# Revoking.
form_tokens "/toegang/$grant/intrekken" casemanager
check "revoke form names the grantee" body_has "Ruben Elders heeft nu toegang"
before=$(snapshot)
post "/toegang/$grant/intrekken" casemanager "csrf_token=$csrf&request_id=$rid&revoke_reason="
check "revoke without reason: 400" status_is 400
check "revoke without reason: Dutch" body_has "Vul dit veld in."
check "revoke without reason: nothing changed" [ "$before" = "$(snapshot)" ]
post "/toegang/$grant/intrekken" casemanager "csrf_token=$csrf&request_id=$rid&revoke_reason=Moeder+wil+dit+niet+meer"
check "revoke: 303 back to the list" location_is "/kinderen/$lotte/toegang"
req GET "/izp/$lotte_plan" verpleegkundige2
check "revoked: 403 again" status_is 403
check "revoked grant keeps its history" [ "$(sqlq "SELECT COUNT(*) FROM access_grants FOR SYSTEM_TIME ALL WHERE id = $grant")" = 2 ]
req GET "/kinderen/$lotte/toegang" casemanager
check "list shows who revoked and why" body_has "Mirjam Model: Moeder wil dit niet meer"
form_tokens "/kinderen/$lotte/toegang" casemanager; csrf=$(csrf_for casemanager "/toegang/$grant/intrekken")
post "/toegang/$grant/intrekken" casemanager "csrf_token=$csrf&request_id=$rid&revoke_reason=nogmaals"
check "revoking twice: 409" status_is 409
req GET /toegang/987654/intrekken casemanager
check "unknown grant: 404" status_is 404
