# Script, markup and SQL meta characters in every text field of a child and a
# plan: stored literally, inert on every page that shows them.
evil='%3Cscript%3Ealert(1)%3C%2Fscript%3E%22+onmouseover%3D%22x%27+--+%3B'
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "csrf_token=$csrf&request_id=$rid&given_name=Evil$evil&family_name=$evil&birth_date=2019-01-01&diagnosis=$evil&diagnosis_date=2025-01-01&registration_kind=KCT&registration_org=$evil&registration_date=2026-11-01&gp_name=$evil&gp_practice=$evil&gp_phone=010-1234567"
check "hostile child accepted as text" status_is 303
child=$(location | sed -n 's|/kinderen/\([0-9]*\)/.*|\1|p')
check "stored literally" [ "$(sqlq "SELECT diagnosis FROM children WHERE id = $child")" = "<script>alert(1)</script>\" onmouseover=\"x' -- ;" ]
family_lets_see "$child" team_id=1
form_tokens "/kinderen/$child/izp/nieuw" verpleegkundige
post "/kinderen/$child/izp/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=2&casemanager_id=3&child_participated=nee&child_absent_reason=$evil&parents_present=$evil"
check "hostile plan accepted as text" status_is 303
plan=$(location | sed 's|/izp/||')
# Text may contain the characters; no real tag may carry the attribute.
no_injected_attribute() { ! grep -qE '<[^>]*[[:space:]]onmouseover="' "$out/body"; }
inert() {  # inert PATH USER: the page has no live script or injected attribute
  req GET "$1" "$2"
  check "$1 answers" status_is 200
  check "$1: no live script" body_lacks "<script>"
  check "$1: no injected attribute" no_injected_attribute
  check "$1: the text is shown" body_has "&lt;script&gt;alert(1)&lt;/script&gt;"
}
inert / verpleegkundige
inert "/izp/$plan" verpleegkundige
inert "/kinderen/$child/spoed" verpleegkundige
inert "/kinderen/$child/toegang" verpleegkundige
req GET "/izp/$plan.xml" verpleegkundige
check "hostile XML still validates" valid_xml
check "hostile XML escaped" body_has "&lt;script&gt;alert(1)&lt;/script&gt;"
# A failed form shows the hostile value back, inert.
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "csrf_token=$csrf&request_id=$rid&given_name=$evil&family_name=x&birth_date=nooit"
check "hostile value in a refused form" status_is 400
check "hostile value in a refused form is inert" no_injected_attribute
check "hostile value kept as typed" body_has 'value="&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x'"'"' -- ;"'
