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
