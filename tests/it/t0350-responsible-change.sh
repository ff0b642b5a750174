# A plan's hoofdbehandelaar or casemanager changes: one of them names the
# new one, with why, on the version seen; the one named confirms taking it
# over, and until then the plan and the worklist say the handover is not
# complete.  Bad choices, stale versions and others are refused unchanged.
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "$(child_body Overdracht Wissel)"
child=$(location | sed -n 's|/kinderen/\([0-9]*\)/.*|\1|p')
form_tokens "/kinderen/$child/izp/nieuw" verpleegkundige
# A new plan's casemanager, too, must be someone the family let see the child.
check "a new plan: a nurse of another team is not offered as casemanager" body_lacks ">Ruben Elders</option>"
check "a new plan: the KCT nurse who may see the child is" body_has ">Sanne Voorbeeld</option>"
check "a new plan: any kinderarts may be asked to lead" body_has ">dr. Pieter Proef</option>"
post "/kinderen/$child/izp/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=2&casemanager_id=6&child_participated=ja&parents_present=Moeder+Anna"
check "a new plan naming someone without consent: 400" status_is 400
if body_has "Kies een casemanager die dit kind mag zien" && body_has "href=\"/kinderen/$child/toegang\""; then ok; else fail "a new plan without consent: Dutch, with the way to access"; fi
check "a new plan without consent: what was typed is kept" body_has 'value="Moeder Anna"'
check "a new plan without consent: no plan, no grant" [ "$(sqlq "SELECT (SELECT COUNT(*) FROM care_plans WHERE child_id = $child) + (SELECT COUNT(*) FROM access_grants WHERE child_id = $child AND user_id = 6)")" = 0 ]
family_lets_see "$child" team_id=1
form_tokens "/kinderen/$child/izp/nieuw" verpleegkundige
post "/kinderen/$child/izp/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=2&casemanager_id=3&child_participated=ja&parents_present=Moeder"
plan=$(location | sed 's|/izp/||')
if [ -n "$plan" ] && [ -n "$child" ]; then ok; else fail "a plan to hand over"; fi
check "the first people need not confirm" [ "$(sqlq "SELECT hoofdbehandelaar_confirmed_at IS NOT NULL AND casemanager_confirmed_at IS NOT NULL FROM care_plans WHERE id = $plan")" = 1 ]
path="/izp/$plan/verantwoordelijken"

req GET "/izp/$plan" casemanager
check "the casemanager is offered the change" body_has "href=\"$path\">Hoofdbehandelaar of casemanager wijzigen</a>"
req GET "$path" verpleegkundige
check "the nurse who drew it up may not: 403" status_is 403
form_tokens "$path" casemanager
check "the form starts from the people now" body_has '<option value="3" selected'
version=$(sqlq "SELECT version FROM care_plans WHERE id = $plan")
change() { post "$path" casemanager "csrf_token=$csrf&request_id=$rid&$1"; }
before=$(snapshot)
change "hoofdbehandelaar_id=2&casemanager_id=1&version=$version"
check "without a reason: 400" status_is 400
check "without a reason: the choice is kept" body_has '<option value="1" selected'
change "hoofdbehandelaar_id=3&casemanager_id=1&change_reason=Verlof&version=$version"
check "a casemanager as hoofdbehandelaar: 400" status_is 400
check "not a kinderarts: Dutch" body_has "Kies een kinderarts als hoofdbehandelaar."
change "hoofdbehandelaar_id=2&casemanager_id=3&change_reason=Niets&version=$version"
check "the same people: 400" status_is 400
check "the same people: Dutch" body_has "Er is niets gewijzigd"
change "hoofdbehandelaar_id=2&casemanager_id=1&change_reason=Verlof&version=$((version + 5))"
check "on another version: 409" status_is 409
check "refused changes stored nothing" [ "$before" = "$(snapshot)" ]

change "hoofdbehandelaar_id=2&casemanager_id=1&change_reason=Mirjam+gaat+met+verlof&version=$version"
check "the new casemanager named: 303" status_is 303
check "stored: the new casemanager asked to confirm, the hoofdbehandelaar not" [ "$(sqlq "SELECT CONCAT(casemanager_id, '|', casemanager_confirmed_at IS NULL, '|', hoofdbehandelaar_confirmed_at IS NULL, '|', change_reason, '|', version) FROM care_plans WHERE id = $plan")" = "1|1|0|Mirjam gaat met verlof|$((version + 1))" ]
check "audited as an update of the plan" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',object_id,'/',patient_id)")" = "update/success/care_plan/$plan/$child" ]

req GET "/izp/$plan" kinderarts
check "everyone sees the handover is not complete" body_has 'nog niet bevestigd</span>'
check "only the one named is asked" body_lacks "Overname bevestigen"
req GET "/werklijsten?lijst=verantwoordelijken" kinderarts
check "the worklist lists the unconfirmed handover" body_has "heeft de overname nog niet bevestigd"
req GET "/izp/$plan" verpleegkundige
check "the new casemanager is asked to confirm" body_has "U bent als casemanager van dit IZP genoemd."
token=$(sed -n 's/.*action="\/izp\/[0-9]*\/overname-bevestigen".*name="csrf_token" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1)
[ -n "$token" ] || token=$(grep -o 'overname-bevestigen"[^€]*' "$out/body" | grep -o 'name="csrf_token" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"//')
check "with a form to confirm" [ -n "$token" ]
version=$(sqlq "SELECT version FROM care_plans WHERE id = $plan")
post "/izp/$plan/overname-bevestigen" kinderarts "csrf_token=$(csrf_for kinderarts "/izp/$plan/overname-bevestigen")&request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')&version=$version"
check "the hoofdbehandelaar has nothing to confirm: 409" status_is 409
check "nothing to confirm: Dutch" body_has "Er is niets te bevestigen"
post "/izp/$plan/overname-bevestigen" verpleegkundige "csrf_token=$token&request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')&version=$version"
check "confirmed: 303" status_is 303
check "confirmed: stored" [ "$(sqlq "SELECT casemanager_confirmed_at IS NOT NULL FROM care_plans WHERE id = $plan")" = 1 ]
req GET "/izp/$plan" kinderarts
check "the handover is complete" body_lacks 'nog niet bevestigd</span>'
req GET "/izp/$plan.xml" kinderarts
check "plan XML valid" valid_xml
req GET "/izp/$plan/geschiedenis" kinderarts
check "the history says who changed what and why" body_has "Mirjam gaat met verlof"
check "and the confirmation" body_has "Overname bevestigd"

# No second hoofdbehandelaar through the treatment team.
form_tokens "/izp/$plan/team/nieuw" kinderarts
before=$(snapshot)
post "/izp/$plan/team/nieuw" kinderarts "csrf_token=$csrf&request_id=$rid&role=hoofdbehandelaar&name=dr.+Jansen&tasks=Nachtdienst&phone=0611111111&reachable_24_7=ja"
check "a team member named as another hoofdbehandelaar: 400" status_is 400
check "says who the hoofdbehandelaar is and how to change it" body_has "De hoofdbehandelaar van dit IZP is dr. Pieter Proef."
check "nothing stored" [ "$before" = "$(snapshot)" ]
post "/izp/$plan/team/nieuw" kinderarts "csrf_token=$csrf&request_id=$rid&role=hoofdbehandelaar&name=DR.+Pieter++Proef&tasks=Eindverantwoordelijk&phone=0611111111"
check "the plan's own hoofdbehandelaar as a team member: 303" status_is 303

# A casemanager the family did not let see the child is not offered, nor taken.
form_tokens "$path" kinderarts
check "a nurse of another team is not offered as casemanager" body_lacks ">Ruben Elders</option>"
check "the KCT nurse who may see the child is" body_has ">Sanne Voorbeeld</option>"
version=$(sqlq "SELECT version FROM care_plans WHERE id = $plan")
before=$(snapshot)
post "$path" kinderarts "csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=2&casemanager_id=6&change_reason=Test&version=$version"
check "naming someone without the family's consent: 400" status_is 400
check "without consent: Dutch" body_has "Kies een casemanager die dit kind mag zien"
check "without consent: nothing stored, no access given" [ "$before" = "$(snapshot)" ]
