# Every route of the route table, through both identity doors (the portal's
# login and the TLS client certificate), as the same user: the same answer
# and the same audit row.  The routes come from conf/nginx/izp-routes.conf.in
# itself, so a new route is covered without anyone remembering it; a route
# whose IZP_OBJECT this file cannot find an example of fails here.  It runs
# after the other tests, so that every kind of object exists.
tls_port=$(sed -n 's/.*listen 127.0.0.1:\([0-9]*\) ssl;.*/\1/p' "$IZP_STACK/nginx/nginx.conf")
tls="$IZP_STACK/tls"
user=casemanager	# casemanager of Sem's plan, in the team every family allowed
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")

door() {  # door portal|cert METHOD PATH [curl args]: sets $status, body in $out/body
  local d=$1 method=$2 path=$3; shift 3
  if [ "$d" = portal ]; then
    status=$(curl -s -o "$out/body" -D "$out/headers" -w '%{http_code}' -X "$method" \
      -u "$user:demo" "$@" "$IZP_URL$path")
  else
    status=$(curl -s -o "$out/body" -D "$out/headers" -w '%{http_code}' -X "$method" \
      --cacert "$tls/ca.pem" --cert "$tls/$user.pem" --key "$tls/$user.key" "$@" \
      "https://127.0.0.1:$tls_port$path")
  fi
}

table_of() {  # the table behind an IZP_OBJECT kind
  case $1 in
    child) echo children ;; care_plan) echo care_plans ;; goal) echo goals ;;
    agreement) echo agreements ;; access_grant) echo access_grants ;;
    treatment_limit) echo treatment_limits ;; advance_directive) echo advance_directives ;;
    representative) echo representatives ;; crisis_plan) echo crisis_plans ;;
    crisis_medication) echo crisis_medications ;; aftercare) echo aftercare ;;
    care_team_member) echo care_team ;; wish) echo wishes ;; problem) echo problems ;;
    place_wish) echo place_wishes ;; acp_conversation) echo acp_conversations ;;
    user) echo users ;; destination) echo destinations ;;
    *) return 1 ;;
  esac
}

# The log's size and its newest row: a request must add exactly one row.
log_state() { sqlq "SELECT CONCAT(COUNT(*), '#', (SELECT CONCAT_WS('|', action, outcome, user_name, IFNULL(patient_id, '-'), object_type, IFNULL(object_id, '-'), program) FROM audit_log ORDER BY id DESC LIMIT 1)) FROM audit_log"; }

# The routes: "PATTERN OBJECT FORMAT" per FastCGI location; a location
# without login (the health check, t0370) has no user and no audit row.
routes=$(awk '
  /^location/ { pat = $0; sub(/^location (= |~ )"?/, "", pat); sub(/@BASE@/, "", pat); sub(/"? \{$/, "", pat); obj = "-"; fmt = 0; prog = 0; open = 0 }
  /auth_basic off/ { open = 1 }
  /fastcgi_param IZP_OBJECT/ { obj = $3; sub(/;$/, "", obj) }
  /izp_format/ { fmt = 1 }
  /fastcgi_pass/ { prog = 1 }
  /^}/ { if (prog && !open) print pat, obj, fmt; prog = 0 }
' "$IZP_REPO/conf/nginx/izp-routes.conf.in")
check "the route table has its routes" [ "$(wc -l <<<"$routes")" -ge 30 ]

while read -r pattern object format; do
  path=${pattern#^}; path=${path%\$}
  path=${path//'(?<izp_format>\.xml)?'/}
  expect_patient=-
  if [ "$object" != - ]; then
    if ! t=$(table_of "$object"); then
      fail "route $pattern: no example for IZP_OBJECT $object (add it to this test)"; continue
    fi
    read -r id expect_patient <<<"$(sqlq "SELECT x.id, IFNULL(patient_of('$object', x.id), '-') FROM (SELECT COALESCE(MIN(CASE WHEN patient_of('$object', id) = $sem THEN id END), MIN(id)) AS id FROM $t) x")"
    [ -n "$id" ] && [ "$id" != NULL ] || { fail "route $pattern: no $t row in the data"; continue; }
    path=${path//'(?<izp_id>[0-9]{1,10})'/$id}
  fi
  case $path in *'('*|*'['*) fail "route $pattern: cannot make an example path ($path)"; continue ;; esac
  suffixes=""; [ "$format" = 1 ] && suffixes=".xml"
  for suffix in "" $suffixes; do
    p=$path$suffix
    for method in GET POST; do
      extra=(); [ $method = POST ] && extra=(-H 'Content-Type: application/x-www-form-urlencoded' --data-binary 'request_id=0123456789abcdef0123456789abcdef')
      # The log's size before: as the last request left it (read once).
      [ -n "${n_after:-}" ] || { n_after=$(log_state); n_after=${n_after%%#*}; }
      n=$n_after
      door portal $method "$p" "${extra[@]}"; s1=$status; t1=$(grep -i '^Content-Type:' "$out/headers" | tr -d '\r')
      state=$(log_state); r1=${state#*#}
      check "$method $p (portal): one audit row" [ "${state%%#*}" = $((n + 1)) ]
      door cert $method "$p" "${extra[@]}"; s2=$status; t2=$(grep -i '^Content-Type:' "$out/headers" | tr -d '\r')
      state=$(log_state); r2=${state#*#}
      check "$method $p (certificate): one audit row" [ "${state%%#*}" = $((n + 2)) ]
      n_after=${state%%#*}
      check "$method $p: same status through both doors ($s1, $s2)" [ "$s1" = "$s2" ]
      check "$method $p: same content type through both doors" [ "$t1" = "$t2" ]
      check "$method $p: same audit row through both doors ($r1 / $r2)" [ "$r1" = "$r2" ]
      check "$method $p: not 'not found' ($s2)" [ "$s2" != 404 ]
      check "$method $p: the audit row names the patient ($expect_patient)" [ "$(cut -d'|' -f4 <<<"$r2")" = "$expect_patient" ]
      if [ $method = GET ] && [ "$suffix" = .xml ]; then
        check "$method $p: XML through the certificate door" grep -qi 'application/xml' <<<"$t2"
      fi
      if [ $method = POST ]; then
        # Without a form token: refused, and nothing else happened.
        check "$method $p: a post without a token is refused ($s2)" grep -qx '403\|405' <<<"$s2"
      fi
    done
  done
done <<<"$routes"
