# Bereavement care (nazorg) after the child died: a plan closed because the
# child died stays read-only but for the aftercare, which its
# hoofdbehandelaar or casemanager records: who contacts the family, when,
# and what was agreed.  Not on an open plan, not on a plan closed for
# another reason, not by others; every refusal changes nothing.
rid_new() { head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
as() { post "$2" "$1" "csrf_token=$(csrf_for "$1" "$2")&request_id=$(rid_new)&$3"; }
today=$(date +%Y-%m-%d)
tag=$(date +%s%N | tail -c 7)
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "$(child_body Nazorg$tag Overleden)"
child=$(location | sed -n 's|/kinderen/\([0-9]*\)/.*|\1|p')
family_lets_see "$child" user_id=3
as verpleegkundige "/kinderen/$child/izp/nieuw" "hoofdbehandelaar_id=2&casemanager_id=3&child_participated=nee&child_absent_reason=Te+ziek&parents_present=Moeder"
plan=$(location | sed 's|/izp/||')
if [ -n "$plan" ] && [ -n "$child" ]; then ok; else fail "a plan for the child"; fi
# The family let KCT Demostad go on after the plan ends.
sqlq "INSERT INTO access_grants (child_id, team_id, decided_by_kind, decided_by_name, entered_by, entered_at) VALUES ($child, 1, 'ouder', 'Moeder', 3, NOW(3))"

path="/izp/$plan/nazorg/nieuw"
good="contact_by=Mirjam+Model%2C+casemanager&contact_on=$today&agreed=Nagesprek+over+de+laatste+dagen%3B+aandacht+voor+broertje"
before=$(snapshot)
req GET "$path" casemanager
check "an open plan takes no aftercare: 409" status_is 409
check "says when aftercare is recorded" body_has "Nazorg wordt vastgelegd nadat het IZP is afgesloten omdat het kind is overleden."
as casemanager "$path" "$good"
check "posting it on an open plan: 409" status_is 409
check "nothing stored on an open plan" [ "$before" = "$(snapshot)" ]

version=$(sqlq "SELECT version FROM care_plans WHERE id = $plan")
as kinderarts "/izp/$plan/afsluiten" "version=$version&closed_on=$today&close_reason=overleden&close_note=Thuis+overleden"
check "the plan closed: the child died" status_is 303
check "the child is known to have died" [ "$(sqlq "SELECT died_on = CURDATE() FROM children WHERE id = $child")" = 1 ]
req GET "/kinderen/$child/izp/nieuw" verpleegkundige
check "no new plan for a child who died: 409" status_is 409
check "no new plan: says why" body_has "Dit kind is overleden; er wordt geen nieuw IZP meer gemaakt."
before=$(snapshot)
as verpleegkundige "/kinderen/$child/izp/nieuw" "hoofdbehandelaar_id=2&casemanager_id=3&child_participated=ja&parents_present=Moeder"
if [ "$status" = 409 ] && [ "$before" = "$(snapshot)" ]; then ok; else fail "posting a new plan anyway: 409, nothing stored"; fi
req GET "/?zoek=Nazorg$tag" verpleegkundige
if body_has "Overleden op $(date +%d-%m-%Y)" && body_lacks "/kinderen/$child/izp/nieuw"; then ok; else fail "the start page says the child died, and offers no plan"; fi
req GET "/kinderen/$child/spoed" verpleegkundige
check "the spoedoverzicht says the child died" body_has "Dit kind is overleden op $(date +%d-%m-%Y)."
req GET "/izp/$plan" casemanager
check "the closed plan says only aftercare is still recorded" body_has "alleen de nazorg voor het gezin wordt nog vastgelegd"
check "the aftercare section invites the casemanager" body_has "Er is nog geen nazorg vastgelegd."
check "with a button for the casemanager" body_has "href=\"$path\">Nazorg vastleggen</a>"
check "no other change is offered" body_lacks "Doel toevoegen"
req GET "/izp/$plan" verpleegkundige
check "others see no button" body_lacks "Nazorg vastleggen</a>"
req GET "/kinderen/$child/spoed" casemanager
check "the spoedoverzicht says the last plan was closed, when and why" body_has "Het laatste IZP is afgesloten op $(date +%d-%m-%Y): het kind is overleden (Thuis overleden)."

form_tokens "$path" casemanager
check "the casemanager gets the form" body_has 'name="contact_by"'
give() { post "$path" "${2-casemanager}" "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot); revision=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")
give "${good/contact_by=Mirjam+Model%2C+casemanager/contact_by=}"
check "nobody to contact the family: 400" status_is 400
check "what was typed is kept" body_has "Nagesprek over de laatste dagen; aandacht voor broertje"
give "${good/contact_on=$today/contact_on=2001-01-01}"
check "a contact before the death: 400" status_is 400
check "before the death: Dutch" body_has "Die datum ligt vóór het overlijden, toen het IZP werd afgesloten."
give "${good/contact_on=$today/contact_on=31-02-2026}"
check "a date that does not exist: 400" status_is 400
as verpleegkundige "$path" "$good"
check "a nurse of the team may not: 403" status_is 403
if [ "$before" = "$(snapshot)" ] && [ "$(sqlq "SELECT COUNT(*) FROM aftercare WHERE plan_id = $plan")" = 0 ]; then ok; else fail "refusals stored nothing"; fi
give "$good"
check "aftercare recorded: 303" status_is 303
check "back to the aftercare on the plan" location_is ".*/izp/$plan#nazorg"
check "audited as a create for the child" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',patient_id)")" = "create/success/aftercare/$child" ]
check "stored once, by the casemanager" [ "$(sqlq "SELECT CONCAT(COUNT(*), '|', MAX(contact_by), '|', MAX(created_by)) FROM aftercare WHERE plan_id = $plan")" = "1|Mirjam Model, casemanager|3" ]
give "$good"
check "the same form again: still once" [ "$(sqlq "SELECT COUNT(*) FROM aftercare WHERE plan_id = $plan")" = 1 ]
check "the resend audited as such" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',patient_id)")" = "create/resent/aftercare/$child" ]
check "the plan's revision counts it" [ "$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")" = $((revision + 1)) ]
check "the plan itself stays closed" [ "$(sqlq "SELECT status FROM care_plans WHERE id = $plan")" = afgesloten ]
req GET "/izp/$plan" casemanager
check "the plan shows the aftercare" body_has "Nagesprek over de laatste dagen; aandacht voor broertje"
req GET "/izp/$plan.xml" casemanager
check "plan XML valid with the aftercare" valid_xml
req GET "/izp/$plan/geschiedenis" casemanager
check "the history lists it" body_has "Nazorg: Nagesprek over de laatste dagen"

# A plan closed for another reason takes none.
other=$(sqlq "SELECT id FROM care_plans WHERE status = 'afgesloten' AND close_reason <> 'overleden' ORDER BY id LIMIT 1")
if [ -n "$other" ]; then
  owner=$(sqlq "SELECT u.username FROM care_plans p JOIN users u ON u.id = p.casemanager_id WHERE p.id = $other")
  before=$(snapshot)
  as "$owner" "/izp/$other/nazorg/nieuw" "$good"
  if [ "$status" = 409 ] || [ "$status" = 403 ]; then ok; else fail "a plan closed for another reason: 409 or no access ($status)"; fi
  check "nothing stored there" [ "$before" = "$(snapshot)" ]
fi
