# The health check for a load balancer (/gezondheid): no login, no audit
# row, nothing of any child or user; 200 while the database answers and
# the stylesheets are readable, 503 saying which check fails (the database
# going away is in t0900, which may stop it).
health() {  # health [curl args]: GET /gezondheid without any login
  status=$(curl -s -o "$out/body" -D "$out/headers" -w '%{http_code}' "$@" "$IZP_URL/gezondheid")
}
logged=$(audit_count)
health
check "health: 200 without logging in" status_is 200
check "health: says the node works" body_has "IZP werkt</h1>"
check "health: the database ok" body_has "<dt>Database</dt><dd>ok</dd>"
check "health: the stylesheets ok" body_has "<dt>Stylesheets</dt><dd>ok</dd>"
check "health: not cached" header_has "Cache-Control: no-store"
health -H "Accept: application/xml"
check "health (XML): 200" status_is 200
check "health (XML): two checks, both ok" body_has '<health database="ok" stylesheets="ok"/>'
check "health (XML): valid against the schema" valid_xml
check "health (XML): names nobody" body_has '<session/>'
health -I
check "health (HEAD): 200" status_is 200
health -X POST -H 'Content-Type: application/x-www-form-urlencoded' --data-binary 'x=1'
check "health (POST): 405" status_is 405
# A header naming a user changes nothing: the check never asks who it is.
health -H "Authorization: Basic $(printf 'kinderarts:demo' | base64)"
check "health with a login: the same page, nobody named" body_lacks "Kinderarts"
check "health: no audit row for any of these" [ "$(audit_count)" = "$logged" ]
# Nothing of any child, however many there are.
check "health: no child's name" bash -c '! grep -qE "Noor|Sem|Lotte|Daan" "$1"' _ "$out/body"

# The stylesheets gone from where a new worker reads them: 503, saying so.
# The stack's program runs under multiwatch, which starts a killed worker
# again; a new worker reads the configuration and the stylesheets anew.
restart_health() {
  local i
  restart_workers health || return 1
  for i in $(seq 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$IZP_URL/gezondheid")" != 502 ] && return 0
    sleep 0.1
  done
  return 1
}
xslt_dir=$(sed -n 's/^xslt.dir = //p' "$IZP_STACK/izp.conf")
moved="$IZP_STACK/xslt-moved"
rm -rf "$moved"; cp -r "$xslt_dir" "$moved"
sed -i "s|^xslt.dir = .*|xslt.dir = $moved|" "$IZP_STACK/izp.conf"
check "health workers started again (a new configuration)" restart_health
mv "$moved/html/main.xsl" "$moved/html/main.xsl.away"
health
check "stylesheets unreadable: 503" status_is 503
check "stylesheets unreadable: says which check" body_has "fout: de stylesheets zijn niet leesbaar"
check "stylesheets unreadable: the database still ok" body_has "<dt>Database</dt><dd>ok</dd>"
mv "$moved/html/main.xsl.away" "$moved/html/main.xsl"
health
check "stylesheets back: 200" status_is 200
sed -i "s|^xslt.dir = .*|xslt.dir = $xslt_dir|" "$IZP_STACK/izp.conf"
check "health workers started again (the stack's own configuration)" restart_health
rm -rf "$moved"
health
check "back to the stack's own stylesheets: 200" status_is 200
