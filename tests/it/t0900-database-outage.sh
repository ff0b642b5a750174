# The database goes away: Dutch 503 pages, nothing half-written; when it is
# back the running programs reconnect by themselves (no restart).
form_tokens /kinderen/nieuw verpleegkundige
before=$(snapshot)
workers_before=$(pgrep -P "$(cat "$IZP_STACK/run/home.pid")" | sort | tr '\n' ' ')
# Under load: a reader asks the start page over and over throughout.
rm -f "$out/stop" "$out/outage-codes"
( while [ ! -f "$out/stop" ]; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 10 -u kinderarts:demo "$IZP_URL/" >> "$out/outage-codes"
  done ) & outage_load=$!
sleep 0.3
"$IZP_REPO/tools/izp-stack" stop-db "$IZP_STACK"
req GET / kinderarts
check "database down: 503" status_is 503
check "database down: the answer comes within 2 s" \
  [ "$(curl -s -o /dev/null -w '%{time_total}' -u kinderarts:demo "$IZP_URL/" | cut -d. -f1)" -lt 2 ]
check "database down: Dutch" body_has "tijdelijk niet bereikbaar"
post /kinderen/nieuw verpleegkundige "$(child_body Tijdensstoring)"
check "write while down: 503" status_is 503
health_status=$(curl -s -o "$out/health" -w '%{http_code}' --max-time 5 "$IZP_URL/gezondheid")
check "database down: the health check says 503" [ "$health_status" = 503 ]
check "database down: the health check names the database" grep -q "fout: de database is niet bereikbaar" "$out/health"
check "database down: the stylesheets still ok" grep -q "<dt>Stylesheets</dt><dd>ok</dd>" "$out/health"
sleep 0.5
"$IZP_REPO/tools/izp-stack" start-db "$IZP_STACK" >/dev/null
up_at=$(date +%s%N)
until [ "$(curl -s -o /dev/null -w '%{http_code}' -u kinderarts:demo "$IZP_URL/")" = 200 ] ||
      [ $(( ($(date +%s%N) - up_at) / 1000000 )) -gt 5000 ]; do sleep 0.05; done
resumed_ms=$(( ($(date +%s%N) - up_at) / 1000000 ))
check "back up: service resumes by itself within 2 s (${resumed_ms} ms)" [ "$resumed_ms" -le 2000 ]
sleep 0.3
touch "$out/stop"; wait "$outage_load"
check "under load: every answer 200 or 503, none from a crash ($(cut -d' ' -f1 "$out/outage-codes" | sort | uniq -c | tr '\n' ' '))" \
  bash -c "! cut -d' ' -f1 '$out/outage-codes' | grep -qvE '^(200|503)$'"
check "under load: the outage was seen (503s) and the end of it (200s)" \
  bash -c "grep -q '^503 ' '$out/outage-codes' && tail -n 1 '$out/outage-codes' | grep -q '^200 '"
check "under load: no answer took 2 s or more" \
  bash -c "! awk '\$2 >= 2 { found = 1 } END { exit !found }' '$out/outage-codes'"
check "no worker crashed or was restarted (same workers)" \
  [ "$(pgrep -P "$(cat "$IZP_STACK/run/home.pid")" | sort | tr '\n' ' ')" = "$workers_before" ]
after=$(snapshot)
check "write while down: nothing stored" [ "$before" = "$after" ]
[ "$before" = "$after" ] || echo "    before: $before / after: $after" >&2
req GET / kinderarts
check "back up: programs reconnect" status_is 200
check "back up: the health check says 200" [ "$(curl -s -o /dev/null -w '%{http_code}' "$IZP_URL/gezondheid")" = 200 ]
post /kinderen/nieuw verpleegkundige "$(child_body Nastoring)"
check "back up: the same form can be sent again" status_is 303

# The delivery with the database gone: its own exit code, nothing recorded.
# A plan made due first (a wish), so the run would have something to send.
plan=$(sqlq "SELECT p.id FROM care_plans p JOIN deliveries v ON v.plan_id = p.id WHERE p.status = 'actueel' ORDER BY p.id LIMIT 1")
if [ -n "$plan" ]; then
  post "/izp/$plan/wensen/nieuw" casemanager "csrf_token=$(csrf_for casemanager "/izp/$plan/wensen/nieuw")&request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')&dimension=sociaal&kind=wens&description=Tijdens+de+storing"
fi
delivered() { sqlq "SELECT CONCAT_WS(',', (SELECT COUNT(*) FROM deliveries), (SELECT SUM(revision) FROM deliveries), (SELECT COUNT(*) FROM audit_log WHERE program = 'izp-export'), (SELECT COUNT(*) FROM delivery_runs))"; }
before=$(delivered)
outboxes=$(find "$IZP_STACK/outbox" -name 'izp-*' | wc -l)
check "a plan due for delivery" [ -n "$plan" ]
"$IZP_REPO/tools/izp-stack" stop-db "$IZP_STACK"
"$IZP_REPO/${IZP_BUILD:-build}/tools/izp-export" --config "$IZP_STACK/izp.conf" >"$out/export.out" 2>"$out/export.err"; rc=$?
"$IZP_REPO/tools/izp-stack" start-db "$IZP_STACK" >/dev/null
check "delivery without a database: exit 3" [ "$rc" = 3 ]
check "delivery without a database: says so" grep -q "database unavailable" "$out/export.err"
if [ "$before" = "$(delivered)" ] && [ "$outboxes" = "$(find "$IZP_STACK/outbox" -name 'izp-*' | wc -l)" ]; then ok; else fail "delivery without a database: no file, nothing recorded"; fi
"$IZP_REPO/${IZP_BUILD:-build}/tools/izp-export" --config "$IZP_STACK/izp.conf" >"$out/export.out" 2>"$out/export.err"; rc=$?
if [ "$rc" = 0 ] && ! grep -q ": 0 geleverd" "$out/export.out"; then ok; else fail "the database back: the run delivers what was due"; fi
