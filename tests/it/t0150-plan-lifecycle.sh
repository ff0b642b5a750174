# Invoeren -> actueel maken -> afsluiten: only the hoofdbehandelaar or the
# casemanager, based on the version they saw, a closed plan is read-only and
# every state stays in the history.  Then a new plan can start.
lotte=$(sqlq "SELECT id FROM children WHERE given_name = 'Lotte'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $lotte AND status = 'concept'")
version=$(sqlq "SELECT version FROM care_plans WHERE id = $plan")
csrf=$(csrf_for casemanager "/izp/$plan/actueel-maken"); rid=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d " \n")
req GET "/izp/$plan" casemanager
check "casemanager is offered activation" body_has "IZP actueel maken"
req GET "/izp/$plan" verpleegkundige
check "others are not offered activation" body_lacks "IZP actueel maken"

before=$(snapshot)
post "/izp/$plan/actueel-maken" verpleegkundige "csrf_token=$csrf&request_id=$rid&version=$version"
check "nurse (not hb/cm) may not activate" status_is 403
csrf=$(csrf_for casemanager "/izp/$plan/actueel-maken")
post "/izp/$plan/actueel-maken" casemanager "csrf_token=$csrf&request_id=$rid&version=99"
check "stale version: 409" status_is 409
check "stale version: explains and links to the current state" body_has "Iemand anders heeft dit IZP intussen gewijzigd"
check "stale version: link to the plan" body_has "href=\"/izp/$plan\""
post "/izp/$plan/actueel-maken" casemanager "csrf_token=$csrf&request_id=$rid"
check "missing version: 400" status_is 400
check "refused activations changed nothing" [ "$before" = "$(snapshot)" ]

# Two caregivers press the button at the same moment: one wins.
for i in 1 2; do
  curl -s -o /dev/null -w '%{http_code}\n' -u casemanager:demo \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary "csrf_token=$csrf&request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')&version=$version" \
    "$IZP_URL/izp/$plan/actueel-maken" > "$out/act$i" &
done
wait
codes=$(sort "$out/act1" "$out/act2" | tr '\n' ' ')
check "concurrent activation: one 303, one 409 (got $codes)" [ "$codes" = "303 409 " ]
check "activated once" [ "$(sqlq "SELECT CONCAT(status,'|',version,'|',activated_by) FROM care_plans WHERE id = $plan")" = "actueel|$((version + 1))|3" ]
check "the term ends the day the first plan became actueel" [ "$(sqlq "SELECT first_actueel_on = CURDATE() FROM children WHERE id = $lotte")" = 1 ]
req GET "/werklijsten.xml?lijst=termijn" casemanager
check "worklist: Lotte's plan became actueel within the term" bash -c 'xmllint --xpath "string(//worklist[@name=\"made-current\"]/item[@child-id=$1]/@actueel-days-after-term)" "$2" | grep -q "^-"' _ "$lotte" "$out/body"
req GET "/werklijsten?lijst=termijn" casemanager
check "worklist: says actueel and in time" body_has 'spoedoverzicht</a>): actueel op '
check "worklist: flagged in time" body_has '<span class="flag flag-ok">op tijd</span>'
check "activation audited" [ "$(sqlq "SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND outcome = 'success' AND object_type = 'care_plan' AND object_id = $plan AND patient_id = $lotte")" = 1 ]
post "/izp/$plan/actueel-maken" casemanager "csrf_token=$csrf&request_id=$rid&version=$((version + 1))"
check "activating twice: 409" status_is 409
check "activating twice: Dutch" body_has "Dit IZP is al actueel."

# Closing.
version=$((version + 1))
form_tokens "/izp/$plan/afsluiten" kinderarts
check "close form carries the version seen" body_has "name=\"version\" value=\"$version\""
req GET "/izp/$plan/afsluiten" verpleegkundige
check "nurse (not hb/cm) gets no close form" status_is 403
before=$(snapshot)
close() { post "/izp/$plan/afsluiten" kinderarts "csrf_token=$csrf&request_id=$rid&version=$version&$1"; }
today=$(date +%Y-%m-%d)
close "closed_on=$today"
check "no reason: 400" status_is 400
close "closed_on=$today&close_reason=anders"
check "'anders' without a note: 400" status_is 400
check "'anders' message" body_has "Licht de reden toe."
close "closed_on=2099-01-01&close_reason=overleden"
check "future date: 400" status_is 400
close "closed_on=2001-01-01&close_reason=overleden"
check "before the plan existed: 400" status_is 400
check "before the plan existed: Dutch" body_has "vóór het werd opgesteld"
check "typed reason kept" body_has '<option value="overleden" selected'
close "closed_on=$today&close_reason=overleden&version=1"
check "refused closings changed nothing" [ "$before" = "$(snapshot)" ]
close "closed_on=$today&close_reason=volwassenenzorg&close_note=Lotte+wordt+18"
check "close: 303" status_is 303
check "closed with date and reason" [ "$(sqlq "SELECT CONCAT(status,'|',closed_on,'|',close_reason,'|',close_note,'|',changed_by) FROM care_plans WHERE id = $plan")" = "afgesloten|$today|volwassenenzorg|Lotte wordt 18|2" ]
# The request id that closed the plan, sent again with another form, is
# no way around the rules: only a resent copy of the closing itself, by
# whoever closed it, answers as the first did.
closing_rid=$rid
before=$(snapshot)
csrf=$(csrf_for casemanager "/izp/$plan/doelen/nieuw")
post "/izp/$plan/doelen/nieuw" casemanager "csrf_token=$csrf&request_id=$closing_rid&description=Na+het+afsluiten&dimension=sociaal&serves=Test&responsible_id=2"
check "the closing's request id on a new goal of the closed plan: 409" status_is 409
check "...with the read-only message" body_has "afgesloten en kan niet meer worden gewijzigd"
csrf=$(csrf_for casemanager "/izp/$plan/afspraken/nieuw")
post "/izp/$plan/afspraken/nieuw" casemanager "csrf_token=$csrf&request_id=$closing_rid&activity=Na+het+afsluiten&problem=Test&party_parents=ja&performer=ouders&start_date=$today"
check "the closing's request id on a new agreement of the closed plan: 409" status_is 409
csrf=$(csrf_for verpleegkundige2 "/izp/$plan/doelen/nieuw")
post "/izp/$plan/doelen/nieuw" verpleegkundige2 "csrf_token=$csrf&request_id=$closing_rid&description=Zonder+toegang&dimension=sociaal&serves=Test&responsible_id=6"
check "the closing's request id from a user who may not see Lotte: 403" status_is 403
check "...without her name" body_lacks "Lotte"
check "...audited as refused, on Lotte" [ "$(last_audit "CONCAT(outcome,'/',patient_id)")" = "denied/$lotte" ]
check "nothing saved with the closing's request id" [ "$before" = "$(snapshot)" ]
csrf=$(csrf_for kinderarts "/izp/$plan/afsluiten")
close "closed_on=$today&close_reason=volwassenenzorg&close_note=Lotte+wordt+18"
check "the closing sent again by who closed it: 303, as the first" status_is 303
check "...and changed nothing" [ "$before" = "$(snapshot)" ]
req GET "/izp/$plan" casemanager
check "closed plan says so" body_has "Dit IZP is afgesloten op"
check "closed plan offers no changes" body_lacks "IZP afsluiten</a>"
csrf=$(csrf_for casemanager "/izp/$plan/actueel-maken")
post "/izp/$plan/actueel-maken" casemanager "csrf_token=$csrf&request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d " \n")&version=$((version + 1))"
check "a closed plan is read-only" status_is 409
check "read-only message" body_has "afgesloten en kan niet meer worden gewijzigd"
check "every state kept in the history" [ "$(sqlq "SELECT GROUP_CONCAT(status ORDER BY row_start) FROM care_plans FOR SYSTEM_TIME ALL WHERE id = $plan")" = "concept,actueel,afgesloten" ]

# Starting again means a new plan.
form_tokens "/kinderen/$lotte/izp/nieuw" casemanager
check "after closing, a new plan can be made" body_has 'name="hoofdbehandelaar_id"'
post "/kinderen/$lotte/izp/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=2&casemanager_id=3&child_participated=ja&parents_present=Moeder"
check "new plan after the closed one: 303" status_is 303
check "one open plan again" [ "$(sqlq "SELECT COUNT(*) FROM care_plans WHERE child_id = $lotte AND status <> 'afgesloten'")" = 1 ]
check "a second plan does not move the term's end" [ "$(sqlq "SELECT first_actueel_on = CURDATE() FROM children WHERE id = $lotte")" = 1 ]
req GET / casemanager
check "start page: the term was met by the first plan, though a new concept is open" body_has 'deadline-met"><td>Lotte Demo (fictief)'
