# The second front door: TLS client certificates.  Only a certificate from the
# configured CA counts; its CN is the user; client headers never are.
tls_port=$(sed -n 's/.*listen 127.0.0.1:\([0-9]*\) ssl;.*/\1/p' "$IZP_STACK/nginx/nginx.conf")
tls="$IZP_STACK/tls"
treq() {  # treq CERTNAME PATH [curl args]: GET over TLS with that client certificate
  local cert=$1 path=$2; shift 2
  local c=()
  [ -n "$cert" ] && c=(--cert "$tls/$cert.pem" --key "$tls/$cert.key")
  status=$(curl -s -o "$out/body" -D "$out/headers" -w '%{http_code}' --cacert "$tls/ca.pem" \
    "${c[@]}" "$@" "https://127.0.0.1:$tls_port$path")
}
treq kinderarts /
check "certificate of a known user: 200" status_is 200
check "certificate CN is the user" body_has "dr. Pieter Proef · Kinderarts"
check "HSTS on the TLS door" header_has "Strict-Transport-Security"
treq kinderarts / -H 'Remote-User: huisarts' -H 'X-Remote-User: huisarts' -H 'X-SSL-Client-S-DN: CN=huisarts'
check "forged identity headers ignored over TLS" body_has "dr. Pieter Proef · Kinderarts"
treq "" /
check "no certificate: refused by nginx" status_is 400
check "no certificate: no IZP page" body_lacks "Pieter"
check "no certificate: a Dutch page says why" body_has "Geen geldig certificaat"
treq "" / -u kinderarts:demo
check "a password does not replace the certificate" status_is 400
treq forged /
check "certificate from another CA: refused" status_is 400
check "certificate from another CA: no IZP page" body_lacks "Pieter"
treq onbekend /
check "valid certificate, unknown user: 403" status_is 403
check "valid certificate, unknown user: Dutch" body_has "Uw account is niet bekend"

# A form over the TLS door: token, Origin and all.
treq verpleegkundige /kinderen/nieuw
csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1)
rid=$(sed -n 's/.*name="request_id" value="\([^"]*\)".*/\1/p' "$out/body" | head -n 1)
treq verpleegkundige /kinderen/nieuw -H 'Content-Type: application/x-www-form-urlencoded' \
  -H "Origin: https://127.0.0.1:$tls_port" --data-binary "$(child_body Certificaat)"
check "registration over TLS: 303" status_is 303
check "registered by the certificate's user" [ "$(sqlq "SELECT u.username FROM children c JOIN users u ON u.id = c.changed_by WHERE c.given_name = 'Certificaat'")" = verpleegkundige ]
