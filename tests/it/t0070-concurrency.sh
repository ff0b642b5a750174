# Two caregivers create a plan for the same child at the same moment:
# exactly one plan results, the other gets 409.
child=$(sqlq "SELECT id FROM children WHERE given_name = 'Daan'")
form_tokens "/kinderen/$child/izp/nieuw" verpleegkundige
body1="csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=2&casemanager_id=3&child_participated=ja&parents_present=Vader"
form_tokens "/kinderen/$child/izp/nieuw" casemanager
body2="csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=5&casemanager_id=3&child_participated=ja&parents_present=Moeder"
for i in 1 2; do
  user=verpleegkundige; b=$body1
  [ $i = 2 ] && { user=casemanager; b=$body2; }
  curl -s -o /dev/null -w '%{http_code}\n' -u "$user:demo" \
    -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "$b" \
    "$IZP_URL/kinderen/$child/izp/nieuw" > "$out/race$i" &
done
wait
codes=$(sort "$out/race1" "$out/race2" | tr '\n' ' ')
check "one 303 and one 409 (got $codes)" [ "$codes" = "303 409 " ]
check "exactly one open plan" [ "$(sqlq "SELECT COUNT(*) FROM care_plans WHERE child_id = $child")" = 1 ]

# Twenty clients amend the same agreement at the same moment, each from
# the form of the same version: one version chain (the agreement and one
# successor), one 303, the others 409, each answer audited, nothing lost.
# On the plan just made for Daan, whose casemanager is casemanager either
# way; the later files count Sem's agreements.
race_plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $child")
form_tokens "/izp/$race_plan/afspraken/nieuw" casemanager
post "/izp/$race_plan/afspraken/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&activity=Twintig+tegelijk&problem=Onrust&party_child=ja&party_parents=ja&performer=ouders&start_date=2026-11-01"
check "an agreement for the race: 303" status_is 303
raced=$(sqlq "SELECT MAX(id) FROM agreements WHERE plan_id = $race_plan")
form_tokens "/afspraken/$raced/aanpassen" casemanager
audit_before=$(sqlq "SELECT MAX(id) FROM audit_log")
for i in $(seq 20); do
  rid=$(printf 'ace%029d' "$i")
  curl -s -o /dev/null -w '%{http_code}\n' -u "casemanager:demo" -H "Origin: $IZP_URL" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary "csrf_token=$csrf&request_id=$rid&activity=Versie+$i&problem=Onrust&party_child=ja&party_parents=ja&performer=ouders&start_date=2026-11-01&change_reason=Tegelijk+$i&version=1" \
    "$IZP_URL/afspraken/$raced/aanpassen" > "$out/amend$i" &
done
wait
codes=$(cat "$out"/amend* | sort | uniq -c | awk '{ printf "%s*%s ", $1, $2 }')
check "twenty amendments at once: one 303, nineteen 409 (got $codes)" [ "$codes" = "1*303 19*409 " ]
winner=$(grep -l 303 "$out"/amend* | sed 's/.*amend//')
check "one successor of the agreement" [ "$(sqlq "SELECT COUNT(*) FROM agreements WHERE replaces_id = $raced")" = 1 ]
check "the successor holds the winner's text, the original is replaced" \
  [ "$(sqlq "SELECT CONCAT(n.activity, '|', o.status, '|', o.change_reason) FROM agreements n JOIN agreements o ON o.id = n.replaces_id WHERE o.id = $raced")" = "Versie $winner|vervangen|Tegelijk $winner" ]
check "no other version of it anywhere" [ "$(sqlq "SELECT COUNT(*) FROM agreements WHERE activity LIKE 'Versie %' AND plan_id = $race_plan")" = 1 ]
check "every answer audited: one update, nineteen refused" \
  [ "$(sqlq "SELECT GROUP_CONCAT(outcome, '*', n ORDER BY CONCAT(outcome)) FROM (SELECT outcome, COUNT(*) AS n FROM audit_log WHERE id > $audit_before AND action = 'update' AND object_type = 'agreement' GROUP BY outcome) x")" = "refused*19,success*1" ]
rm -f "$out"/amend*
