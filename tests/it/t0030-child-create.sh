# Register a child: form, success, redirect, audit, idempotent double submit.
req GET /kinderen/nieuw verpleegkundige
check "registration form" status_is 200
check "form has CSRF token" body_has 'name="csrf_token"'
check "form XML validates" req GET /kinderen/nieuw verpleegkundige -H 'Accept: application/xml'
check "form XML validates (schema)" valid_xml

form_tokens /kinderen/nieuw verpleegkundige
n=$(audit_count)
post /kinderen/nieuw verpleegkundige "$(child_body Ilse)&bsn=1112.22.334&registration_kind=KCT&registration_org=KCT+Test&registration_date=2026-10-01" 
check "invalid BSN refused" status_is 400
check "BSN message in Dutch" body_has "elfproef"
check "typed values kept" body_has 'value="Ilse"'
check "typed values kept (org)" body_has 'value="KCT Test"'
for agb in "02123456:begint met 01" "0112345:8 cijfers" "01-12345:alleen uit cijfers"; do
  post /kinderen/nieuw verpleegkundige "$(child_body Ilse)&registration_kind=KCT&registration_org=KCT+Test&registration_date=2026-10-01&gp_name=H.+Fictief&gp_agb=${agb%%:*}"
  check "AGB code ${agb%%:*} refused" status_is 400
  check "AGB code ${agb%%:*}: Dutch (${agb#*:})" body_has "${agb#*:}"
  check "AGB code ${agb%%:*}: kept" body_has "value=\"${agb%%:*}\""
done

post /kinderen/nieuw verpleegkundige "$(child_body Ilse)&registration_kind=KCT&registration_org=KCT+Test&registration_date=2026-10-01&gp_name=H.+Fictief&gp_agb=01234567"
check "valid registration: 303" status_is 303
check "redirect to the new child's IZP form" location_is '/kinderen/[0-9]+/izp/nieuw\?geregistreerd=1'
child=$(location | sed -n 's|/kinderen/\([0-9]*\)/.*|\1|p')
check "child stored" [ "$(sqlq "SELECT CONCAT(given_name,'|',birth_date,'|',registration_kind,'|',changed_by) FROM children WHERE id = $child")" = "Ilse|2018-05-04|KCT|1" ]
check "audit rows: the refused tries and create" [ "$(audit_count)" = $((n + 5)) ]
check "the GP's AGB code stored" [ "$(sqlq "SELECT gp_agb FROM children WHERE id = $child")" = 01234567 ]
check "create audited with patient" [ "$(last_audit "CONCAT(action,'/',outcome,'/',patient_id,'/',object_type,'/',object_id,'/',user_role,'/',program)")" = "create/success/$child/child/$child/verpleegkundige/child-create" ]

# The same form sent again (double click): no second child.
before=$(snapshot)
post /kinderen/nieuw verpleegkundige "$(child_body Ilse)&registration_kind=KCT&registration_org=KCT+Test&registration_date=2026-10-01&gp_name=H.+Fictief"
check "resubmission redirects to the same child" location_is "/kinderen/$child/izp/nieuw\\?geregistreerd=1"
check "resubmission stores nothing" [ "$before" = "$(snapshot)" ]

req GET "/kinderen/$child/izp/nieuw?geregistreerd=1" verpleegkundige
check "confirmation shown" body_has "Het kind is geregistreerd"
check "the card shows the GP's AGB code" body_has "AGB-code 01234567"

# Script in a name is stored literally and shown inert.
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "$(child_body '%3Cscript%3Ealert(1)%3C%2Fscript%3E' 'O%27Brien%22%3B+DROP+TABLE+children%3B--')"
check "hostile name accepted as text" status_is 303
req GET / verpleegkundige
check "script rendered inert" body_has '&lt;script&gt;alert(1)&lt;/script&gt;'
check "no live script" body_lacks '<script>alert(1)'
check "SQL meta characters shown literally" body_has "O'Brien\"; DROP TABLE children;--"
check "SQL meta characters stored literally" [ "$(sqlq "SELECT COUNT(*) FROM children WHERE family_name = 'O\\'Brien\"; DROP TABLE children;--'")" = 1 ]

# An infant's age in months, on the card, the start page and the spoedoverzicht.
form_tokens /kinderen/nieuw verpleegkundige
born=$(sqlq "SELECT CURDATE() - INTERVAL 8 MONTH - INTERVAL 3 DAY")
post /kinderen/nieuw verpleegkundige "csrf_token=$csrf&request_id=$rid&given_name=Zuigeling&family_name=Maanden+(fictief)&birth_date=$born&diagnosis=Testdiagnose&diagnosis_date=$born"
check "an infant registered" status_is 303
infant=$(location | sed -n 's|/kinderen/\([0-9]*\)/.*|\1|p')
req GET "/kinderen/$infant/izp/nieuw" verpleegkundige
check "the card gives an infant's age in months" body_has "(8 maanden)"
req GET "/?zoek=Zuigeling" verpleegkundige
check "the start page too" body_has "<td>8 maanden</td>"
req GET "/kinderen/$infant/spoed" verpleegkundige
check "the spoedoverzicht too" body_has "Maanden (fictief), 8 maanden</h1>"
