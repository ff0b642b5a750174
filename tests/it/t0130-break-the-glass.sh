# Break-the-glass: without a grant, a caregiver may open the emergency summary
# (only that) after stating the emergency; flagged in the log, reviewed by the
# privacy officer, and only for a short time.
lotte=$(sqlq "SELECT id FROM children WHERE given_name = 'Lotte'")
lotte_plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $lotte")
glass_count() { sqlq "SELECT COUNT(*) FROM emergency_access FOR SYSTEM_TIME ALL"; }

req GET "/kinderen/$lotte/spoed" kinderarts
check "with access: summary at once" status_is 200
check "summary names the child" body_has "Lotte Demo (fictief), 11 jaar"
check "summary shows the hoofdbehandelaar's phone" body_has "010-0000002"
check "summary warns that no limits are recorded" body_has "Er zijn GEEN behandelgrenzen vastgelegd"
check "summary read audited as a read" [ "$(last_audit "CONCAT(action,'/',outcome,'/',patient_id,'/',object_type)")" = "read/success/$lotte/emergency_summary" ]
check "summary XML validates" req GET "/kinderen/$lotte/spoed" kinderarts -H 'Accept: application/xml'
check "summary XML validates (schema)" valid_xml

n=$(audit_count)
req GET "/kinderen/$lotte/spoed" verpleegkundige2
check "no grant: 403" status_is 403
check "no grant: break-the-glass offered" body_has "noodtoegang mogelijk"
check "no grant: nothing of the child shown" body_lacks "Lotte"
check "no grant: audited as denied" [ "$(last_audit "CONCAT(outcome,'/',patient_id)")/$(( $(audit_count) - n ))" = "denied/$lotte/1" ]

csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1)
rid=$(sed -n 's/.*name="request_id" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1)
before=$(glass_count)
post "/kinderen/$lotte/spoed" verpleegkundige2 "csrf_token=$csrf&request_id=$rid&reason="
check "no reason: 400" status_is 400
check "no reason: Dutch" body_has "Vul dit veld in."
post "/kinderen/$lotte/spoed" verpleegkundige2 "csrf_token=$csrf&request_id=$rid&reason=nood"
check "too short a reason: 400" status_is 400
check "refused: nothing stored" [ "$before" = "$(glass_count)" ]
form_tokens /kinderen/nieuw verpleegkundige
post "/kinderen/$lotte/spoed" privacy "csrf_token=$csrf&request_id=$rid&reason=ik+wil+even+kijken"
check "privacy officer cannot break the glass" status_is 403

req GET "/kinderen/$lotte/spoed" verpleegkundige2
csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1)
rid=$(sed -n 's/.*name="request_id" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1)
post "/kinderen/$lotte/spoed" verpleegkundige2 "csrf_token=$csrf&request_id=$rid&reason=Kind+benauwd+op+de+HAP%3B+%3Cscript%3Ealert(1)%3C%2Fscript%3E"
check "breaking the glass: 303 to the summary" location_is "/kinderen/$lotte/spoed"
check "breaking the glass: one access stored" [ "$(glass_count)" = $((before + 1)) ]
check "breaking the glass: audited as emergency" [ "$(last_audit "CONCAT(action,'/',outcome,'/',patient_id,'/',object_type)")" = "emergency/success/$lotte/emergency_access" ]
req GET "/kinderen/$lotte/spoed" verpleegkundige2
check "after breaking: summary shown" status_is 200
check "after breaking: flagged on the page" body_has "Noodtoegang, geldig tot"
check "after breaking: each read flagged in the log" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type)")" = "emergency/success/emergency_summary" ]
req GET "/izp/$lotte_plan" verpleegkundige2
check "the glass opens the summary only, not the plan" status_is 403
req GET "/kinderen/$lotte/toegang" verpleegkundige2
check "the glass opens the summary only, not the grants" status_is 403

req GET /privacy/noodtoegang privacy
check "privacy officer sees the emergency access" body_has "Ruben Elders (verpleegkundige2)"
check "with its reason, inert" body_has "Kind benauwd op de HAP; &lt;script&gt;alert(1)&lt;/script&gt;"
req GET /privacy/noodtoegang privacy -H 'Accept: application/xml'
check "review XML validates" valid_xml
req GET /privacy/noodtoegang kinderarts
check "only the privacy officer reviews" status_is 403

sqlq "UPDATE emergency_access SET expires_at = NOW(3) - INTERVAL 1 MINUTE WHERE user_id = 6"
req GET "/kinderen/$lotte/spoed" verpleegkundige2
check "expired: the glass is closed again" status_is 403
req GET /kinderen/987654/spoed verpleegkundige2
check "unknown child: 404" status_is 404
