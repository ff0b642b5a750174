# Back up while caregivers write (README, "Back-up en herstel"): mariadb-dump
# --single-transaction --dump-history takes the database while two writers
# amend one agreement again and again and add goals, through nginx; the dump
# is restored into a fresh datadir and must be consistent: every agreement
# chain complete, every change with its audit row (and no audit row without
# its change), every history row the live database has, the same schema.
# On Daan's plan (t0070), which later files do not count.
bplan=$(sqlq "SELECT p.id FROM care_plans p JOIN children c ON c.id = p.child_id WHERE c.given_name = 'Daan'")
bchild=$(sqlq "SELECT child_id FROM care_plans WHERE id = $bplan")
form_tokens "/izp/$bplan/afspraken/nieuw" casemanager
post "/izp/$bplan/afspraken/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&activity=Keten+0&problem=Onrust&party_child=ja&party_parents=ja&performer=ouders&start_date=2026-11-01"
check "an agreement to amend during the backup: 303" status_is 303

random_id() { head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
writer_amend() {  # amends the chain's current version until $out/stop
  local n=0 cur version code
  while [ ! -f "$out/stop" ]; do
    n=$((n + 1))
    read -r cur version <<<"$(sqlq "SELECT id, version FROM agreements WHERE plan_id = $bplan AND activity LIKE 'Keten %' AND status = 'actief'")"
    code=$(curl -s -o /dev/null -w '%{http_code}' -u casemanager:demo -H "Origin: $IZP_URL" \
      --data-binary "csrf_token=$(csrf_for casemanager "/afspraken/$cur/aanpassen")&request_id=$(random_id)&activity=Keten+$n&problem=Onrust&party_child=ja&party_parents=ja&performer=ouders&start_date=2026-11-01&change_reason=Backup+$n&version=$version" \
      "$IZP_URL/afspraken/$cur/aanpassen")
    echo "$code" >> "$out/amend-codes"
  done
}
writer_goals() {  # adds goals until $out/stop
  local n=0 code
  while [ ! -f "$out/stop" ]; do
    n=$((n + 1))
    code=$(curl -s -o /dev/null -w '%{http_code}' -u casemanager:demo -H "Origin: $IZP_URL" \
      --data-binary "csrf_token=$(csrf_for casemanager "/izp/$bplan/doelen/nieuw")&request_id=$(random_id)&description=Doel+tijdens+backup+$n&dimension=sociaal&serves=Rust&responsible_id=3" \
      "$IZP_URL/izp/$bplan/doelen/nieuw")
    echo "$code" >> "$out/goal-codes"
  done
}
rm -f "$out/stop" "$out/amend-codes" "$out/goal-codes"
writer_amend & amend_pid=$!
writer_goals & goals_pid=$!
sleep 1
written_before=$(cat "$out/amend-codes" "$out/goal-codes" 2>/dev/null | grep -c 303)
mariadb-dump --no-defaults --socket="$IZP_STACK/run/db.sock" -u root --single-transaction \
  --dump-history --routines --triggers --databases izp > "$out/backup.sql" 2>"$out/dump-err"
dump_rc=$?
sleep 1
touch "$out/stop"; wait "$amend_pid" "$goals_pid"
written=$(cat "$out/amend-codes" "$out/goal-codes" | grep -c 303)
if [ "$dump_rc" = 0 ]; then ok; else fail "the backup was taken (mariadb-dump exit 0)"; cat "$out/dump-err" >&2; fi
if \
  [ "$written_before" -gt 0 ] && [ "$written" -gt "$written_before" ]; then ok; else fail "writes went on before and after it ($written_before, then $written saved)"; fi
check "every write answered 303 or 409, none failed ($(sort "$out/amend-codes" "$out/goal-codes" | uniq -c | tr '\n' ' '))" \
  bash -c "! grep -vqE '^(303|409)$' '$out/amend-codes' '$out/goal-codes'"

# Restored into a fresh datadir of its own.
restore=$(mktemp -d /tmp/izp-restore.XXXXXX)
IZP_QUIET=1 "$IZP_REPO/tools/izp-stack" start-db "$restore" >"$out/restore-start" 2>&1
rsql() { "$IZP_REPO/tools/izp-stack" sql "$restore" -N -B izp -e "$1"; }
"$IZP_REPO/tools/izp-stack" sql "$restore" -e "DROP DATABASE izp"
"$IZP_REPO/tools/izp-stack" sql "$restore" < "$out/backup.sql" 2>"$out/restore-err"
if [ $? = 0 ]; then ok; else fail "the backup restores into a fresh datadir"; cat "$out/restore-err" >&2; fi

chain=$(rsql "SELECT COUNT(*) FROM agreements WHERE plan_id = $bplan AND activity LIKE 'Keten %'")
check "the restored chain holds versions written during the backup ($chain)" [ "$chain" -gt 1 ]
check "every agreement chain complete: each successor's predecessor is there, replaced" \
  [ "$(rsql "SELECT COUNT(*) FROM agreements a LEFT JOIN agreements o ON o.id = a.replaces_id WHERE a.replaces_id IS NOT NULL AND (o.id IS NULL OR o.status <> 'vervangen')")" = 0 ]
check "... and each replaced agreement has its one successor" \
  [ "$(rsql "SELECT COUNT(*) FROM agreements o WHERE o.status = 'vervangen' AND (SELECT COUNT(*) FROM agreements n WHERE n.replaces_id = o.id) <> 1")" = 0 ]
check "... one current version of the chain" \
  [ "$(rsql "SELECT COUNT(*) FROM agreements WHERE plan_id = $bplan AND activity LIKE 'Keten %' AND status = 'actief'")" = 1 ]
check "every amendment has its audit row, and every audit row its amendment" \
  [ "$(rsql "SELECT COUNT(*) FROM agreements a JOIN care_plans p ON p.id = a.plan_id WHERE p.child_id = $bchild AND a.replaces_id IS NOT NULL")" = \
    "$(rsql "SELECT COUNT(*) FROM audit_log WHERE program = 'agreement-amend' AND action = 'update' AND outcome = 'success' AND patient_id = $bchild")" ]
check "every goal has its audit row, and every audit row its goal" \
  [ "$(rsql "SELECT COUNT(*) FROM goals g JOIN care_plans p ON p.id = g.plan_id WHERE p.child_id = $bchild")" = \
    "$(rsql "SELECT COUNT(*) FROM audit_log WHERE program = 'goal-create' AND action = 'create' AND outcome = 'success' AND patient_id = $bchild")" ]
# History: every ended row version of the copy, all its columns, is one of
# the live database's (the copy's current rows may have ended since).
missing=0
for t in $(rsql "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'izp' AND TABLE_TYPE = 'SYSTEM VERSIONED'"); do
  cols=$(rsql "SELECT GROUP_CONCAT(CONCAT('\`', COLUMN_NAME, '\`') ORDER BY ORDINAL_POSITION) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'izp' AND TABLE_NAME = '$t' AND COLUMN_NAME NOT IN ('row_start', 'row_end')")
  q="SELECT CONCAT_WS('|', $cols, ROW_START, ROW_END) FROM \`$t\` FOR SYSTEM_TIME ALL WHERE ROW_END < '2038-01-01'"
  rsql "$q" | sort > "$out/hist-restored"
  sqlq "$q" | sort > "$out/hist-live"
  n=$(comm -23 "$out/hist-restored" "$out/hist-live" | wc -l)
  [ "$n" = 0 ] || { echo "    $t: $n history rows of the copy not in the live database" >&2; missing=$((missing + n)); }
done
check "every history row of the copy is the live database's" [ "$missing" = 0 ]
check "the copy has the chain's history (replaced versions)" \
  [ "$(rsql "SELECT COUNT(*) FROM agreements FOR SYSTEM_TIME ALL WHERE plan_id = $bplan AND activity LIKE 'Keten %' AND ROW_END < '2038-01-01'")" -ge 1 ]
check "the copy's schema version is the live one" \
  [ "$(rsql "SELECT MAX(version) FROM schema_version")" = "$(sqlq "SELECT MAX(version) FROM schema_version")" ]
check "the copy has every trigger and routine" \
  [ "$(rsql "SELECT (SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'izp') + (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'izp')")" = \
    "$(sqlq "SELECT (SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'izp') + (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'izp')")" ]
"$IZP_REPO/tools/izp-stack" stop "$restore" >/dev/null 2>&1
rm -rf "$restore" "$out/backup.sql"
