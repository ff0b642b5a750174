# The access and audit holes an attack on the running stack found (issue 9):
# each section fails on the code before it was fixed.
today=$(date +%Y-%m-%d)
tls_port=$(sed -n 's/.*listen 127.0.0.1:\([0-9]*\) ssl;.*/\1/p' "$IZP_STACK/nginx/nginx.conf")
tls="$IZP_STACK/tls"
# Names unique to this run, so that the file can run again on the same data.
tag=$(date +%s%N | tail -c 7)
new_rid() { head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
# post_as USER PATH BODY: a form post with a token for exactly that form
post_as() { post "$2" "$1" "csrf_token=$(csrf_for "$1" "$2")&request_id=$(new_rid)&$3"; }
audit_row() { last_audit "CONCAT_WS('|', action, outcome, user_name, IFNULL(user_id, '-'), IFNULL(patient_id, '-'), object_type, program)"; }

# --- 2. Care roles give access only while their plan is open -------------
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "$(child_body Afgesloten$tag Gesloten)"
child=$(sqlq "SELECT id FROM children WHERE given_name = 'Afgesloten$tag'")
family_lets_see "$child" user_id=6
post_as verpleegkundige "/kinderen/$child/izp/nieuw" "hoofdbehandelaar_id=2&casemanager_id=6&child_participated=ja&parents_present=Moeder"
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $child")
check "closed-plan child: plan made" [ -n "$plan" ]
for u in kinderarts verpleegkundige2; do
  req GET "/izp/$plan" $u
  check "$u (care role of the open plan) reads it" status_is 200
done
post_as kinderarts "/izp/$plan/afsluiten" "closed_on=$today&close_reason=niet_palliatief&version=1"
check "plan closed" status_is 303
for grant in $(sqlq "SELECT id FROM access_grants WHERE child_id = $child AND revoked_at IS NULL ORDER BY id DESC"); do  # the registrant's last
  post_as verpleegkundige "/toegang/$grant/intrekken" "revoke_reason=Ouders+willen+het+niet+meer"
  check "the family's grants revoked ($grant)" status_is 303
done
for u in kinderarts verpleegkundige2; do
  for p in "/izp/$plan" "/izp/$plan.xml" "/izp/$plan/geschiedenis" "/izp/$plan/afdruk" "/kinderen/$child/toegang"; do
    req GET "$p" $u
    check "closed and revoked: $u refused $p ($status)" status_is 403
    check "closed and revoked: $u sees nothing of the child on $p" body_lacks "Afgesloten$tag"
  done
  req GET "/kinderen/$child/spoed" $u
  check "closed and revoked: $u gets no spoedoverzicht without breaking the glass" status_is 403
  req GET / $u
  check "closed and revoked: $u's start page lacks the child" body_lacks "Afgesloten$tag"
done
before=$(snapshot)
post_as kinderarts "/kinderen/$child/izp/nieuw" "hoofdbehandelaar_id=2&casemanager_id=3&child_participated=ja&parents_present=Moeder"
check "former hoofdbehandelaar cannot start a new plan naming others" status_is 403
check "no new plan, no new access" [ "$before" = "$(snapshot)" ]
req GET "/izp/$plan" casemanager
check "the one it would have named has no access either" status_is 403

# --- 3. Probing a BSN is attributable and shows nothing of the child -----
noor=$(sqlq "SELECT id FROM children WHERE given_name = 'Noor'")
noor_bsn=$(sqlq "SELECT bsn FROM children WHERE id = $noor")
before=$(snapshot)
form_tokens /kinderen/nieuw verpleegkundige2
n=$(audit_count)
post /kinderen/nieuw verpleegkundige2 "$(child_body Probeer)&bsn=$noor_bsn"
check "known BSN: 400" status_is 400
check "known BSN: says so in Dutch" body_has "Er is al een kind met dit BSN geregistreerd"
check "known BSN: says the attempt is recorded" body_has "deze poging is vastgelegd"
check "known BSN: nothing of the child shown" body_lacks "Noor"
check "known BSN: not the child's diagnosis" body_lacks "$(sqlq "SELECT diagnosis FROM children WHERE id = $noor")"
check "known BSN: nothing stored" [ "$before" = "$(snapshot)" ]
check "known BSN: one audit row" [ "$(audit_count)" = $((n + 1)) ]
check "known BSN: audited on that child" [ "$(last_audit "CONCAT_WS('|', action, outcome, user_name, patient_id, object_type)")" = "create|refused|verpleegkundige2|$noor|bsn_match" ]
req GET "/privacy/kinderen/$noor/inzage" privacy
check "known BSN: on the child's access overview" body_has "probeerde een kind te registreren met het BSN van uw kind"
check "known BSN: with who tried" body_has "Ruben Elders"
req GET /privacy/noodtoegang privacy
check "known BSN: on the privacy officer's review list" body_has "Registratie geweigerd: BSN al bekend"
check "known BSN: review names who tried" body_has "Ruben Elders (verpleegkundige2)"
req GET /privacy/noodtoegang privacy -H 'Accept: application/xml'
check "review XML validates" valid_xml

# --- 4. Every request that reaches a program leaves exactly one row -------
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
sem_plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
one_row() {  # one_row DESCRIPTION EXPECTED-ROW COMMAND...: exactly one new row, as expected
  local n; n=$(audit_count)
  "${@:3}"
  check "$1: exactly one audit row" [ "$(audit_count)" = $((n + 1)) ]
  check "$1: the row ($(audit_row))" [ "$(audit_row)" = "$2" ]
}
one_row "bad form token" "update|denied|casemanager|3|$sem|care_plan|goal-create" \
  post "/izp/$sem_plan/doelen/nieuw" casemanager "csrf_token=00.bad&request_id=$(new_rid)"
check "bad form token: 403" status_is 403
big=$(head -c 70000 /dev/zero | tr '\0' 'a')
one_row "body over the limit" "update|refused|casemanager|3|$sem|care_plan|goal-create" \
  post "/izp/$sem_plan/doelen/nieuw" casemanager "description=$big"
check "body over the limit: 413" status_is 413
one_row "wrong content type" "update|refused|casemanager|3|$sem|care_plan|goal-create" \
  req POST "/izp/$sem_plan/doelen/nieuw" casemanager -H 'Content-Type: text/plain' --data-binary 'x'
check "wrong content type: 415" status_is 415
one_row "bad encoding" "update|refused|casemanager|3|$sem|care_plan|goal-create" \
  post "/izp/$sem_plan/doelen/nieuw" casemanager "csrf_token=%ZZ&description=%C3%28"
check "bad encoding: 400" status_is 400
one_row "user unknown to the IZP" "read|denied|onbekend|-|-|page|home" req GET / onbekend
one_row "user unknown to the IZP, on a child's plan" "read|denied|onbekend|-|$sem|care_plan|plan-show" \
  req GET "/izp/$sem_plan" onbekend
sem_grant=$(sqlq "SELECT MIN(id) FROM access_grants WHERE child_id = $sem")
one_row "refused revocation" "update|denied|verpleegkundige2|6|$sem|access_grant|access-revoke" \
  post_as verpleegkundige2 "/toegang/$sem_grant/intrekken" "revoke_reason=x"
one_row "impossible moment" "read|refused|casemanager|3|$sem|care_plan|plan-show" \
  req GET "/izp/$sem_plan?at=0000-00-00" casemanager
check "impossible moment: 400" status_is 400
one_row "denied access overview" "search|denied|kinderarts|2|$sem|audit_log|audit-log" \
  req GET "/privacy/kinderen/$sem/inzage" kinderarts
one_row "wrong method" "update|refused|casemanager|3|$sem|care_plan|plan-show" \
  req PUT "/izp/$sem_plan" casemanager
check "wrong method: 405" status_is 405

# List views record which children they showed.
req GET / verpleegkundige
shown=$(grep -c 'href="/izp/[0-9]*"\|href="/kinderen/[0-9]*/izp/nieuw"' "$out/body")
listed=$(sqlq "SELECT COUNT(*) FROM audit_log_patients WHERE audit_id = (SELECT MAX(id) FROM audit_log)")
check "start page: its row names the children shown ($listed)" [ "$listed" -ge 5 ]
check "start page: Sem among them" [ "$(sqlq "SELECT COUNT(*) FROM audit_log_patients WHERE audit_id = (SELECT MAX(id) FROM audit_log) AND patient_id = $sem")" = 1 ]
check "start page: no child it did not show" [ "$(sqlq "SELECT COUNT(*) FROM audit_log_patients WHERE audit_id = (SELECT MAX(id) FROM audit_log) AND patient_id = $child")" = 0 ]
req GET /werklijsten verpleegkundige
check "worklists: their row names the children on them" [ "$(sqlq "SELECT COUNT(*) FROM audit_log_patients WHERE audit_id = (SELECT MAX(id) FROM audit_log)")" -ge 1 ]
req GET "/privacy/kinderen/$sem/inzage" privacy
check "access overview: a user who saw the child on a list" body_has "zag de naam van uw kind in de lijst van kinderen"
check "access overview: refused attempts too" body_has "geprobeerd, geweigerd: geen toegang"
req GET "/privacy/kinderen/$sem/inzage" privacy -H 'Accept: application/xml'
check "access overview XML validates" valid_xml

# --- 5. The database stamps every audit row -------------------------------
as_account plan "INSERT INTO audit_log (id, event_id, action, occurred_at, outcome, user_name, object_type, program, db_account) VALUES (4000000000, 'vervalst', 'read', '2001-01-01 00:00:00', 'success', 'kinderarts', 'care_plan', 'vervalst', 'root@localhost')"
check "forged row: the time is the database's" [ "$(sqlq "SELECT TIMESTAMPDIFF(SECOND, occurred_at, UTC_TIMESTAMP()) < 60 FROM audit_log WHERE program = 'vervalst' ORDER BY id DESC LIMIT 1")" = 1 ]
check "forged row: the id is the database's" [ "$(sqlq "SELECT id < 4000000000 FROM audit_log WHERE program = 'vervalst' ORDER BY id DESC LIMIT 1")" = 1 ]
check "forged row: the event id is the database's" [ "$(sqlq "SELECT event_id <> 'vervalst' FROM audit_log WHERE program = 'vervalst' ORDER BY id DESC LIMIT 1")" = 1 ]
check "forged row: names the account that wrote it" [ "$(sqlq "SELECT db_account FROM audit_log WHERE program = 'vervalst' ORDER BY id DESC LIMIT 1")" = "izp_plan@localhost" ]
check "no account files children to an audit row itself" refused plan "INSERT INTO audit_log_patients (audit_id, patient_id) VALUES (1, $sem)"
check "not even after setting LAST_INSERT_ID" refused plan "DO LAST_INSERT_ID(1); INSERT INTO audit_log_patients (audit_id, patient_id) VALUES (1, $sem)"
check "application rows carry their account too" [ "$(sqlq "SELECT db_account FROM audit_log WHERE program = 'plan-show' ORDER BY id DESC LIMIT 1")" = "izp_read@localhost" ]

# --- 6. User names compare exactly -----------------------------------------
for cn in KINDERARTS Kinderarts; do
  ( cd "$tls" && openssl req -newkey rsa:2048 -nodes -subj "/O=Demo/CN=$cn" -keyout "case-$cn.key" -out "case-$cn.csr" &&
    openssl x509 -req -in "case-$cn.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out "case-$cn.pem" ) >/dev/null 2>&1
  n=$(audit_count)
  status=$(curl -s -o "$out/body" -w '%{http_code}' --cacert "$tls/ca.pem" --cert "$tls/case-$cn.pem" \
    --key "$tls/case-$cn.key" "https://127.0.0.1:$tls_port/izp/$sem_plan")
  check "certificate CN $cn is not kinderarts: 403" status_is 403
  check "certificate CN $cn: unknown account" body_has "Uw account is niet bekend"
  check "certificate CN $cn: nothing of the plan" body_lacks "Sem"
  check "certificate CN $cn: audited under that name, no user" [ "$(audit_row)" = "read|denied|$cn|-|$sem|care_plan|plan-show" ]
done

# Only the subject's one CN names the user: a CN hidden in another attribute
# (an escaped comma, a multi-valued RDN) or a second CN names nobody.
crafted=0
while IFS='|' read -r subject opts; do
  crafted=$((crafted + 1))
  ( cd "$tls" && openssl req -new -newkey rsa:2048 -nodes $opts -subj "$subject" -keyout "crafted$crafted.key" -out "crafted$crafted.csr" &&
    openssl x509 -req -in "crafted$crafted.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out "crafted$crafted.pem" ) >/dev/null 2>&1
  status=$(curl -s -o "$out/body" -w '%{http_code}' --cacert "$tls/ca.pem" --cert "$tls/crafted$crafted.pem" \
    --key "$tls/crafted$crafted.key" "https://127.0.0.1:$tls_port/privacy/logboek")
  check "certificate subject $subject: nobody (403)" status_is 403
  check "certificate subject $subject: not logged in as anyone" body_has "U bent niet aangemeld"
  check "certificate subject $subject: no log shown" body_lacks "Logboek (NEN 7513)"
done <<'SUBJECTS'
/CN=evil\,CN=privacy|
/OU=x,CN=privacy/CN=onbekend|
/CN=huisarts/CN=privacy|
/O=Demo+CN=privacy/CN=onbekend|-multivalue-rdn
SUBJECTS
( cd "$tls" && openssl req -new -newkey rsa:2048 -nodes -subj "/CN=privacy/O=Demo" -keyout crafted-ok.key -out crafted-ok.csr &&
  openssl x509 -req -in crafted-ok.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out crafted-ok.pem ) >/dev/null 2>&1
status=$(curl -s -o "$out/body" -w '%{http_code}' --cacert "$tls/ca.pem" --cert "$tls/crafted-ok.pem" \
  --key "$tls/crafted-ok.key" "https://127.0.0.1:$tls_port/privacy/logboek")
check "a plain subject with its CN first still works" status_is 200

# --- 7. A double click: every copy answers as the first -------------------
burst() {  # burst PATH USER BODY: ten identical posts at once; "code location" per line
  local i
  for i in $(seq 10); do
    curl -s -o /dev/null -w '%{http_code} %{redirect_url}\n' -u "$2:demo" \
      -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "$3" "$IZP_URL$1" &
  done > "$out/burst"
  wait
  sort "$out/burst" | uniq -c | sed 's/^ *//'
}
twins() {  # twins DESCRIPTION PATH USER BODY CHANGED-ROWS-SQL
  local r
  r=$(burst "$2" "$3" "$4")
  if [ "$(wc -l <<<"$r")" = 1 ] && [ "${r%% *}" = 10 ]; then ok; else fail "$1: ten copies, ten redirects to one place ($r)"; fi
  check "$1: all 303 ($r)" grep -q '^10 303 http' <<<"$r"
  check "$1: stored once" [ "$(sqlq "$5")" = 1 ]
  check "$1: one success and nine resent copies in the log" [ "$(sqlq "SELECT GROUP_CONCAT(outcome, ':', n ORDER BY outcome) FROM (SELECT outcome, COUNT(*) n FROM (SELECT outcome FROM audit_log ORDER BY id DESC LIMIT 10) l GROUP BY outcome) g")" = "success:1,resent:9" ]
}
form_tokens /kinderen/nieuw verpleegkundige
twins "child registration" /kinderen/nieuw verpleegkundige "$(child_body Dubbelklik$tag)" \
  "SELECT COUNT(*) FROM children WHERE given_name = 'Dubbelklik$tag'"
twin=$(sqlq "SELECT id FROM children WHERE given_name = 'Dubbelklik$tag'")
family_lets_see "$twin" user_id=3
csrf=$(csrf_for verpleegkundige "/kinderen/$twin/izp/nieuw"); rid=$(new_rid)
twins "plan creation" "/kinderen/$twin/izp/nieuw" verpleegkundige "csrf_token=$csrf&request_id=$rid&hoofdbehandelaar_id=2&casemanager_id=3&child_participated=ja&parents_present=Moeder" \
  "SELECT COUNT(*) FROM care_plans WHERE child_id = $twin"
twin_plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $twin")
twins "plan activation" "/izp/$twin_plan/actueel-maken" casemanager \
  "csrf_token=$(csrf_for casemanager "/izp/$twin_plan/actueel-maken")&request_id=$(new_rid)&version=1" \
  "SELECT COUNT(*) FROM care_plans FOR SYSTEM_TIME ALL WHERE id = $twin_plan AND status = 'actueel'"
twins "goal" "/izp/$twin_plan/doelen/nieuw" casemanager \
  "csrf_token=$(csrf_for casemanager "/izp/$twin_plan/doelen/nieuw")&request_id=$(new_rid)&description=Dubbel+doel+$tag&dimension=sociaal&serves=Meedoen&target_date=2027-01-15&responsible_id=3" \
  "SELECT COUNT(*) FROM goals WHERE description = 'Dubbel doel $tag'"
goal=$(sqlq "SELECT id FROM goals WHERE description = 'Dubbel doel $tag'")
ag="goal_id=$goal&party_child=ja&party_parents=ja&performer=zorgverlener&performer_id=1&coordinator_id=3&start_date=2026-11-01&end_date=2027-02-01&evaluate_on=2026-12-15"
post_as casemanager "/izp/$twin_plan/afspraken/nieuw" "activity=Eerste+versie+$tag&$ag"
agreement=$(sqlq "SELECT id FROM agreements WHERE activity = 'Eerste versie $tag'")
twins "agreement amendment" "/afspraken/$agreement/aanpassen" casemanager \
  "csrf_token=$(csrf_for casemanager "/afspraken/$agreement/aanpassen")&request_id=$(new_rid)&activity=Tweede+versie&$ag&change_reason=Dubbel&version=1" \
  "SELECT COUNT(*) FROM agreements WHERE replaces_id = $agreement"
second=$(sqlq "SELECT id FROM agreements WHERE replaces_id = $agreement")
twins "evaluation" "/izp/$twin_plan/evaluaties/nieuw" casemanager \
  "csrf_token=$(csrf_for casemanager "/izp/$twin_plan/evaluaties/nieuw")&request_id=$(new_rid)&held_on=$today&participants=Ouders+en+casemanager&child_participated=nee&child_absent_reason=Te+ziek&summary=Dubbel&next_on=2027-03-01&agreements_seen=$second&outcome_$second=voortzetten" \
  "SELECT COUNT(*) FROM evaluations WHERE plan_id = $twin_plan"
twins "agreement closing" "/afspraken/$second/afsluiten" casemanager \
  "csrf_token=$(csrf_for casemanager "/afspraken/$second/afsluiten")&request_id=$(new_rid)&closed_on=$today&close_reason=Klaar&version=$(sqlq "SELECT version FROM agreements WHERE id = $second")" \
  "SELECT COUNT(*) FROM agreements FOR SYSTEM_TIME ALL WHERE id = $second AND status = 'afgesloten'"
twins "goal closing" "/doelen/$goal/afsluiten" casemanager \
  "csrf_token=$(csrf_for casemanager "/doelen/$goal/afsluiten")&request_id=$(new_rid)&outcome=bereikt&closed_on=$today&close_comment=Gelukt&version=1" \
  "SELECT COUNT(*) FROM goals FOR SYSTEM_TIME ALL WHERE id = $goal AND status <> 'actief'"
twin_grant=$(sqlq "SELECT MAX(id) FROM access_grants WHERE child_id = $twin")  # the casemanager's
twins "revocation" "/toegang/$twin_grant/intrekken" casemanager \
  "csrf_token=$(csrf_for casemanager "/toegang/$twin_grant/intrekken")&request_id=$(new_rid)&revoke_reason=Dubbel" \
  "SELECT COUNT(*) FROM access_grants FOR SYSTEM_TIME ALL WHERE id = $twin_grant AND revoked_at IS NOT NULL"
twins "plan closing" "/izp/$twin_plan/afsluiten" casemanager \
  "csrf_token=$(csrf_for casemanager "/izp/$twin_plan/afsluiten")&request_id=$(new_rid)&closed_on=$today&close_reason=niet_palliatief&version=$(sqlq "SELECT version FROM care_plans WHERE id = $twin_plan")" \
  "SELECT COUNT(*) FROM care_plans FOR SYSTEM_TIME ALL WHERE id = $twin_plan AND status = 'afgesloten'"
check "plan closing: every copy lands where the first did (the start page, the child no longer seen)" \
  grep -q "^10 303 http://.*/?afgesloten=1\$" <<<"$(sort "$out/burst" | uniq -c | sed 's/^ *//')"
req GET "/?afgesloten=1" casemanager
check "closed by role only: the start page says why the child is gone" body_has "Het IZP is afgesloten."
check "closed by role only: and the child is gone" body_lacks "Dubbelklik$tag"

# --- 8. A form token belongs to one form; Origin is this site -------------
form_tokens "/izp/$sem_plan/doelen/nieuw" casemanager
goal_form_csrf=$csrf
before=$(snapshot)
post "/izp/$sem_plan/problemen/nieuw" casemanager "csrf_token=$goal_form_csrf&request_id=$(new_rid)&description=Ander+formulier&kind=huidig&dimension=lichamelijk"
check "a goal form's token on the problem form: 403" status_is 403
post "/izp/$sem_plan/doelen/nieuw" casemanager "csrf_token=$goal_form_csrf&request_id=$(new_rid)&description=Met+Origin&dimension=sociaal&serves=x&target_date=2027-01-15&responsible_id=3" \
  -H "Origin: http://evil.example" -H "Host: evil.example"
check "Origin and Host both foreign (a DNS rebinding): 403" status_is 403
post "/izp/$sem_plan/doelen/nieuw" casemanager "csrf_token=$goal_form_csrf&request_id=$(new_rid)&description=Met+Origin&dimension=sociaal&serves=x&target_date=2027-01-15&responsible_id=3" \
  -H "Origin: ${IZP_URL%:*}:1"
check "Origin of another port: 403" status_is 403
post "/izp/$sem_plan/doelen/nieuw" casemanager "csrf_token=$goal_form_csrf&request_id=$(new_rid)&description=Met+Origin&dimension=sociaal&serves=x&target_date=2027-01-15&responsible_id=3" \
  -H "Origin: https://127.0.0.1:$tls_port"
check "Origin of the other door (a configured origin, not this door's): 403" status_is 403
post "/izp/$sem_plan/doelen/nieuw" casemanager "csrf_token=$goal_form_csrf&request_id=$(new_rid)&description=Met+Origin&dimension=sociaal&serves=x&target_date=2027-01-15&responsible_id=3" \
  -H "Origin: $IZP_URL" -H "Origin: http://evil.example"
check "a second, foreign Origin header: 403" status_is 403
post "/izp/$sem_plan/doelen/nieuw" casemanager "csrf_token=$goal_form_csrf&request_id=$(new_rid)&description=Met+Origin&dimension=sociaal&serves=x&target_date=2027-01-15&responsible_id=3" \
  -H "Sec-Fetch-Site: cross-site"
check "a browser that says the form came from another site: 403" status_is 403
check "refused forms stored nothing" [ "$before" = "$(snapshot)" ]
post "/izp/$sem_plan/doelen/nieuw" casemanager "csrf_token=$goal_form_csrf&request_id=$(new_rid)&description=Met+Origin&dimension=sociaal&serves=x&target_date=2027-01-15&responsible_id=3" \
  -H "Origin: $IZP_URL"
check "the site's own Origin and the form's own token: 303" status_is 303

# --- 9. nginx's own refusals: Dutch pages with the programs' headers ------
nginx_page() {  # nginx_page DESCRIPTION STATUS TITLE
  check "$1: $2" status_is "$2"
  check "$1: Dutch title" body_has "<h1>$3</h1>"
  check "$1: no-store" header_has "Cache-Control: no-store"
  check "$1: HTML in UTF-8" header_has "Content-Type: text/html; charset=utf-8"
  check "$1: CSP" header_has "Content-Security-Policy: default-src 'none'"
  check "$1: nosniff" header_has "X-Content-Type-Options: nosniff"
  check "$1: not English" body_lacks "<center>"
}
req GET /izp/abc casemanager
nginx_page "id that is not a number" 404 "Niet gevonden"
req GET "/$(head -c 20000 /dev/zero | tr '\0' a)" casemanager
nginx_page "address too long" 414 "Adres of verzoek te lang"
req GET / casemanager -H "X-Groot: $(head -c 20000 /dev/zero | tr '\0' a)"
nginx_page "header too large" 400 "Adres of verzoek te lang"
req POST "/izp/$sem_plan/volgende-stap" casemanager -H "Transfer-Encoding: gzip" --data-binary a=b
nginx_page "unsupported transfer encoding" 501 "Verzoek niet verwerkt"
req GET /static/izp.css casemanager -H "Range: bytes=999999-"
check "range beyond the file: 416" status_is 416
check "range beyond the file: Dutch" body_has "<h1>Verzoek niet verwerkt</h1>"
check "range beyond the file: no-store" header_has "Cache-Control: no-store"
req GET /bestaat/niet casemanager
nginx_page "no such route" 404 "Niet gevonden"
req GET / ""
nginx_page "not logged in" 401 "Niet aangemeld"
check "not logged in: the browser is still asked to log in" header_has "WWW-Authenticate: Basic"
head -c 1100000 /dev/zero | tr '\0' 'a' > "$out/huge"
req POST "/izp/$sem_plan/doelen/nieuw" casemanager -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$out/huge"
nginx_page "body over nginx's limit" 413 "Te groot"
status=$( { printf 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n' | curl -s -D "$out/headers" -o "$out/body" -w '%{http_code}' \
  telnet://127.0.0.1:"${IZP_URL##*:}" >/dev/null; } 2>/dev/null; sed -n '1s/^HTTP\/1.1 \([0-9]*\).*/\1/p' "$out/body")
sed -i '1,/^\r$/d' "$out/body"
check "request without Host: 400" [ "$status" = 400 ]
check "request without Host: Dutch" body_has "Verzoek niet leesbaar"
status=$(curl -s -o "$out/body" -D "$out/headers" -w '%{http_code}' --cacert "$tls/ca.pem" "https://127.0.0.1:$tls_port/izp/$sem_plan")
nginx_page "no client certificate" 400 "Geen geldig certificaat"
check "no client certificate: HSTS on the TLS door" header_has "Strict-Transport-Security"
