# Killed under load: a worker (SIGKILL) is started again by its multiwatch;
# a killed multiwatch (SIGKILL) is started again by its supervisor
# (tools/izp-supervise: the local stack's Restart=always), its old workers
# end with it (PR_SET_PDEATHSIG), and the socket stays open meanwhile, so
# nothing is lost beyond the requests in flight.  A reader asks the start
# page over and over while this happens; a writer saves goals.
workers=$(pgrep -P "$(cat "$IZP_STACK/run/home.pid")" | wc -l)
check "the start page runs under multiwatch with workers ($workers)" [ "$workers" -ge 1 ]

rm -f "$out/stop" "$out/load-codes"
( while [ ! -f "$out/stop" ]; do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 -u verpleegkundige:demo "$IZP_URL/" >> "$out/load-codes"
  done ) & load_pid=$!
sleep 0.5

back_within() {  # back_within SECONDS PIDFILE OLD-MULTIWATCH OLD-WORKERS...
  local t=$(( $1 * 10 )) pidfile=$2 old_mw=$3 mw p; shift 3
  while [ $t -gt 0 ]; do
    sleep 0.1; t=$((t - 1))
    mw=$(cat "$pidfile" 2>/dev/null) || continue
    [ -n "$old_mw" ] && [ "$mw" = "$old_mw" ] && continue
    for p in "$@"; do kill -0 "$p" 2>/dev/null && continue 2; done
    [ "$(pgrep -P "$mw" | wc -l)" = "$workers" ] && return 0
  done
  return 1
}

# A worker.
mw=$(cat "$IZP_STACK/run/home.pid")
victim=$(pgrep -P "$mw" | head -n 1)
kill -9 "$victim"
check "a worker killed with SIGKILL is started again within 2 s" back_within 2 "$IZP_STACK/run/home.pid" "" "$victim"
check "... by the same multiwatch" [ "$(cat "$IZP_STACK/run/home.pid")" = "$mw" ]

# Its multiwatch.
old_workers=$(pgrep -P "$mw" | tr '\n' ' ')
kill -9 "$mw"
check "a multiwatch killed with SIGKILL is started again within 2 s, with fresh workers" \
  back_within 2 "$IZP_STACK/run/home.pid" "$mw" $old_workers
check "... its old workers are gone, not serving unsupervised" \
  bash -c 'for p in $1; do [ -d /proc/$p ] && [ "$(cut -d" " -f3 /proc/$p/stat)" != Z ] && exit 1; done; exit 0' _ "$old_workers"
sleep 0.5
touch "$out/stop"; wait "$load_pid"
total=$(wc -l < "$out/load-codes")
lost=$(grep -vc '^200$' "$out/load-codes")
if \
  [ "$total" -ge 20 ] && [ "$lost" -le 2 ]; then ok; else fail "under load ($total requests) at most the two in flight were lost ($lost: $(sort "$out/load-codes" | uniq -c | tr '\n' ' '))"; fi
req GET / verpleegkundige
check "the start page answers after both kills" status_is 200

# A write through a killed-and-restarted program: the goal form's program.
mw=$(cat "$IZP_STACK/run/goal-create.pid")
kill -9 "$mw"
check "goal-create's multiwatch is back" back_within 3 "$IZP_STACK/run/goal-create.pid" "$mw"
sup_plan=$(sqlq "SELECT p.id FROM care_plans p JOIN children c ON c.id = p.child_id WHERE c.given_name = 'Daan'")
goals_before=$(sqlq "SELECT COUNT(*) FROM goals WHERE plan_id = $sup_plan")
form_tokens "/izp/$sup_plan/doelen/nieuw" casemanager
post "/izp/$sup_plan/doelen/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&description=Na+de+herstart&dimension=sociaal&serves=Rust&responsible_id=3"
check "a goal saved after the restart: 303" status_is 303
check "... and in the database once" [ "$(sqlq "SELECT COUNT(*) FROM goals WHERE plan_id = $sup_plan")" = $((goals_before + 1)) ]
check "the supervisor said why it started multiwatch again" \
  grep -q "izp-supervise: the multiwatch of .*/goal-create ended" "$IZP_STACK/log/programs.log"
