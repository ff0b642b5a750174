# Helpers for the integration tests: HTTP through nginx with curl, the
# database through the stack's own client, and the pass/fail bookkeeping.
# Needs IZP_URL, IZP_STACK and IZP_REPO in the environment.

passed=0
failed=0
current=""
out=${IZP_IT_OUT:?IZP_IT_OUT: a scratch folder}

ok()   { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL [$current] $*" >&2; }

check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then ok; else fail "$1"; fi
}

# req METHOD PATH USER [curl args]: sets $status, body in $out/body, headers in
# $out/headers; through $door_url when set (another door), else IZP_URL
req() {
  local method=$1 path=$2 user=$3; shift 3
  local auth=()
  [ -n "$user" ] && auth=(-u "$user:demo")
  status=$(curl -s -o "$out/body" -D "$out/headers" -w '%{http_code}' \
    -X "$method" "${auth[@]}" "$@" "${door_url:-$IZP_URL}$path")
}

post() {  # post PATH USER BODY [curl args]
  local path=$1 user=$2 body=$3; shift 3
  req POST "$path" "$user" -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary "$body" "$@"
}

body_has()     { grep -qF -- "$1" "$out/body"; }
body_lacks()   { ! grep -qF -- "$1" "$out/body"; }
header_has()   { grep -qiF -- "$1" "$out/headers"; }
status_is()    { [ "$status" = "$1" ] || { echo "    expected $1, got $status" >&2; return 1; }; }
location_is()  { grep -qiE "^Location: $1"$'\r'"?$" "$out/headers"; }
location()     { sed -n 's/^Location: \(.*\)\r$/\1/Ip' "$out/headers"; }

# form_tokens PATH USER: sets $csrf and $rid from the form on that page
form_tokens() {
  req GET "$1" "$2"
  csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1)
  rid=$(sed -n 's/.*name="request_id" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1)
  [ -n "$csrf" ] && [ -n "$rid" ]
}

# The stack's own client as root, directly (not through tools/izp-stack:
# thousands of queries, a bash start each would add a minute).
sqlq() { mariadb --no-defaults --socket="$IZP_STACK/run/db.sock" -u root -N -B izp -e "$1"; }

# A fingerprint of every clinical table: equal before and after means unchanged.
# The tables are system-versioned, so any insert, update or delete changes the
# number of row versions, the newest row_start or the oldest row_end.
snapshot() {
  local t q=""
  for t in children care_plans goals agreements evaluations evaluation_outcomes treatment_limits advance_directives representatives crisis_medications aftercare crisis_plans crisis_steps next_steps place_wishes access_grants emergency_access; do
    q="$q SELECT '$t', COUNT(*), MAX(row_start), MIN(row_end) FROM $t FOR SYSTEM_TIME ALL;"
  done
  sqlq "$q" | tr '\n' ' '
}

audit_count() { sqlq "SELECT COUNT(*) FROM audit_log"; }
last_audit()  { sqlq "SELECT $1 FROM audit_log ORDER BY id DESC LIMIT 1"; }

valid_xml() {
  xmllint --noout --schema "$IZP_REPO/xslt/schema/izp.xsd" "$out/body" 2>"$out/xmllint" ||
    { cat "$out/xmllint" >&2; return 1; }
}

# A fresh valid child registration body; callers append or replace fields.
child_body() {  # child_body [GIVEN_NAME [FAMILY_NAME]]
  echo "csrf_token=$csrf&request_id=$rid&given_name=${1-Test}&family_name=${2-Kind+(fictief)}&birth_date=2018-05-04&diagnosis=Testdiagnose&diagnosis_date=2025-01-10"
}

# family_lets_see CHILD GRANTEE: the registrant (verpleegkundige) records that
# the family lets GRANTEE ("team_id=1", "user_id=6") see a new child, as a
# plan's casemanager must be someone who may.
family_lets_see() {
  local rid_; rid_=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
  post "/kinderen/$1/toegang" verpleegkundige "csrf_token=$(csrf_for verpleegkundige "/kinderen/$1/toegang")&request_id=$rid_&decided_by_kind=ouder&decided_by_name=Moeder&$2"
  [ "$status" = 303 ] || echo "family_lets_see $1 $2: $status" >&2
}

# unchanged_after DESCRIPTION COMMAND...: runs it, checks clinical tables unchanged
unchanged_after() {
  local before after
  before=$(snapshot)
  "${@:2}"
  after=$(snapshot)
  check "$1: nothing changed" [ "$before" = "$after" ]
}

as_account() {  # as_account CLASS SQL: runs SQL as that application account
  local pw; pw=$(sed -n "s/^db.password.$1 = //p" "$IZP_STACK/izp.conf")
  mariadb --no-defaults -S "$IZP_STACK/run/db.sock" -u "izp_$1" -p"$pw" izp -e "$2" 2>"$out/sql-error"
}
# refused CLASS SQL: the account is denied (not merely failing for another reason)
refused() { ! as_account "$@" && grep -q "command denied" "$out/sql-error"; }

# csrf_for USER PATH: a token as the programs issue it on the form that posts
# to PATH, made with the stack's secret; for a form the page no longer offers
# (opened before someone else changed the plan).
csrf_for() {
  local secret issued mac
  secret=$(sed -n 's/^csrf.secret = //p' "$IZP_STACK/izp.conf")
  issued=$(printf '%x' "$(date +%s)")
  mac=$(printf '%s\0%s\0%s' "$1" "$2" "$issued" |
    openssl dgst -sha256 -mac HMAC -macopt "key:$secret" | sed 's/.*= //')
  echo "$issued.$mac"
}

# restart_workers PROGRAM: its workers killed; true once multiwatch has
# started new ones (which read the configuration and open their database
# connections anew), false after 5 s.
restart_workers() {
  local i p multiwatch old
  multiwatch=$(cat "$IZP_STACK/run/$1.pid"); old=$(pgrep -P "$multiwatch" | tr '\n' ' ')
  pkill -P "$multiwatch"
  for i in $(seq 50); do
    sleep 0.1
    for p in $old; do kill -0 "$p" 2>/dev/null && continue 2; done
    [ -n "$(pgrep -P "$multiwatch")" ] && return 0
  done
  return 1
}
