# Every invalid input: the right status, a Dutch message, nothing written.
form_tokens /kinderen/nieuw verpleegkundige

bad() {  # bad DESCRIPTION STATUS MESSAGE BODY [curl args]
  local desc=$1 want=$2 msg=$3 body=$4; shift 4
  local before; before=$(snapshot)
  post /kinderen/nieuw verpleegkundige "$body" "$@"
  check "$desc: status $want" status_is "$want"
  check "$desc: Dutch message" body_has "$msg"
  check "$desc: nothing written" [ "$before" = "$(snapshot)" ]
}

bad "missing required field" 400 "Vul dit veld in." "$(child_body '')"
bad "overlong text" 400 "Deze tekst is te lang." "$(child_body "$(printf 'a%.0s' $(seq 101))")"
bad "invalid UTF-8" 400 "ongeldige tekens" "$(child_body 'Zo%C3%28')"
bad "overlong UTF-8 encoding" 400 "ongeldige tekens" "$(child_body '%C0%AF')"
bad "NUL byte" 400 "ongeldige tekens" "$(child_body 'a%00b')"
bad "impossible date" 400 "Deze datum bestaat niet." "$(child_body X | sed 's/birth_date=2018-05-04/birth_date=2023-02-29/')"
bad "not a date" 400 "Geen geldige datum" "$(child_body X | sed 's/birth_date=2018-05-04/birth_date=morgen/')"
bad "birth in the future" 400 "ligt in de toekomst" "$(child_body X | sed 's/birth_date=2018-05-04/birth_date=2099-01-01/')"
bad "diagnosis before birth" 400 "vóór" "$(child_body X | sed 's/diagnosis_date=2025-01-10/diagnosis_date=2010-01-10/')"
bad "bad BSN" 400 "elfproef" "$(child_body X)&bsn=123456789"
bad "unknown registration kind" 400 "Kies een van de" "$(child_body X)&registration_kind=XYZ&registration_org=a&registration_date=2026-01-01"
bad "registration incomplete" 400 "Vul de datum" "$(child_body X)&registration_kind=KCT&registration_org=a"
bad "field sent twice" 400 "meer dan eens" "$(child_body X)&given_name=Y"
bad "missing CSRF token" 403 "verlopen of niet geldig" "$(child_body X | sed 's/csrf_token=[^&]*&//')"
bad "damaged request id" 400 "beschadigd" "$(child_body X | sed 's/request_id=[^&]*/request_id=xyz/')"
bad "foreign site origin" 403 "verlopen of niet geldig" "$(child_body X)" -H 'Origin: https://evil.example'
big=$(head -c 70000 /dev/zero | tr '\0' 'a')
bad "body over the limit" 413 "te groot" "$(child_body X)&diagnosis=$big"

# A token made for another user is worthless.
mine=$csrf
form_tokens /kinderen/nieuw casemanager
bad "another user's CSRF token" 403 "verlopen of niet geldig" "$(child_body X)"
csrf=$mine

before=$(snapshot)
req PUT /kinderen/nieuw verpleegkundige --data 'a=b'
check "PUT: 405" status_is 405
check "405 names allowed methods, HEAD with GET" header_has 'Allow: GET, HEAD, POST'
check "405 in Dutch" body_has "niet toegestaan"
req DELETE /izp/1 kinderarts
check "DELETE: 405" status_is 405
post /izp/1 kinderarts "csrf_token=$csrf"
check "POST to a read-only page: 405" status_is 405
req POST /kinderen/nieuw verpleegkundige -H 'Content-Type: text/plain' --data-binary "$(child_body X)"
check "wrong content type refused" status_is 415
check "wrong methods wrote nothing" [ "$before" = "$(snapshot)" ]

# Roles: a GP reads but does not register.
form_tokens /kinderen/nieuw huisarts || true
req GET /kinderen/nieuw huisarts
check "GP may not register: 403" status_is 403
check "GP 403 in Dutch" body_has "kunnen een kind registreren"

# What a browser on this very site sends passes the Origin check.
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "$(child_body Origintest)" -H "Origin: $IZP_URL"
check "same-site Origin accepted" status_is 303
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "$(child_body Origintest2)" -H "Origin: null"
check "Origin null refused" status_is 403

form_tokens /kinderen/nieuw verpleegkundige
bad "request id missing" 400 "onvolledig verstuurd" "$(child_body X | sed 's/request_id=[^&]*&//')"
