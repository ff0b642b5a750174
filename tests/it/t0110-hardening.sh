# Production and local configuration: sockets never world-writable, programs
# never root in production, security headers on every answer.
units="$IZP_REPO/conf/systemd"
check "production sockets are 0660" grep -q '^SocketMode=0660$' "$units/izp@.socket.in"
check "production programs run as izp" grep -q '^User=izp$' "$units/izp@.service.in"
check "no root in the production unit" bash -c "! grep -qE '^(User|Group)=root' '$units/izp@.service.in'"
check "programs may not gain privileges" grep -q '^NoNewPrivileges=yes$' "$units/izp@.service.in"
# MariaDB's own socket is password-protected; the FastCGI ones trust REMOTE_USER.
world_writable=$(find "$IZP_STACK/run" -name '*.sock' ! -name db.sock -perm -o=w | wc -l)
check "local FastCGI sockets are not world-writable" [ "$world_writable" = 0 ]
check "local socket folder is private" [ "$(stat -c %a "$IZP_STACK/run")" = 700 ]
check "local stack has its sockets" [ "$(find "$IZP_STACK/run" -name '*.sock' | wc -l)" -ge 6 ]
for path in / /kinderen/nieuw /izp/1 /izp/987654; do
  req GET "$path" casemanager
  check "CSP on $path ($status)" header_has "Content-Security-Policy: default-src 'none'"
  check "nosniff on $path" header_has "X-Content-Type-Options: nosniff"
  check "no-store on $path" header_has "Cache-Control: no-store"
  check "frame-ancestors on $path" header_has "frame-ancestors 'none'"
done
check "no inline script anywhere in the stylesheets" bash -c "! grep -rqiE '<script|on(click|load|error)=|javascript:' '$IZP_REPO/xslt'"
check "disable-output-escaping never used" bash -c "! grep -rqE 'disable-output-escaping *= *.yes' '$IZP_REPO/xslt'"
