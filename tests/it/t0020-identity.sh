# Identity comes from nginx only: no credentials, unknown users, forged headers.
req GET / ""
check "no credentials: nginx asks for them" status_is 401
req GET / onbekend
check "unknown user: 403" status_is 403
check "unknown user: Dutch message" body_has "Uw account is niet bekend"
req GET / huisarts -H 'Remote-User: kinderarts' -H 'X-Remote-User: kinderarts'
check "forged identity header ignored" body_has 'Henk Fictief'
check "forged identity header ignored (role)" body_lacks 'dr. Pieter Proef · '
# The program itself refuses a request without identity (nginx not in front).
n=$(audit_count)
resp=$(SCRIPT_FILENAME=/ REQUEST_METHOD=GET QUERY_STRING= REMOTE_ADDR=127.0.0.1 \
  cgi-fcgi -bind -connect "$IZP_STACK/run/home.sock" 2>/dev/null)
check "no identity at the program: 403" grep -q '^Status: 403' <<<"$resp"
check "no identity at the program: Dutch" grep -q 'U bent niet aangemeld' <<<"$resp"
check "no identity: one row, of nobody" [ "$(audit_count)" = "$((n + 1))" ]
check "no identity: the row names no user" [ "$(last_audit "CONCAT_WS(' ', IFNULL(user_id, 'null'), user_name, outcome)")" = "null (niet aangemeld) denied" ]
