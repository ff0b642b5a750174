# NEN 7513: every read and write leaves exactly one row with the right fields;
# when the row cannot be written, the change does not happen (fail closed).
n=$(audit_count)
req GET /izp/1 casemanager
check "one row per read" [ "$(audit_count)" = $((n + 1)) ]
row=$(sqlq "SELECT CONCAT_WS('|', LENGTH(event_id), action, outcome, user_id, user_name, user_display_name, user_role, on_behalf_of, patient_id, object_type, object_id, client_address, program, TIMESTAMPDIFF(SECOND, occurred_at, UTC_TIMESTAMP(3)) < 60, occurred_at LIKE '%.___') FROM audit_log ORDER BY id DESC LIMIT 1")
check "row has all NEN 7513 fields" [ "$row" = "36|read|success|3|casemanager|Mirjam Model|casemanager|casemanager|3|care_plan|1|127.0.0.1|plan-show|1|1" ]

n=$(audit_count)
req GET /izp/987654 casemanager
check "a refused read leaves one row too" [ "$(audit_count)" = $((n + 1)) ]
check "refused read outcome" [ "$(last_audit "CONCAT(outcome,'/',object_id)")" = "refused/987654" ]

# Application accounts cannot change or remove the log.
for account in read child plan access audit emergency; do
  check "izp_$account may INSERT into the audit log" as_account $account "INSERT INTO audit_log (event_id, action, occurred_at, outcome, user_name, object_type, program) VALUES (UUID(), 'read', UTC_TIMESTAMP(3), 'success', 'grant-test', 'test', 'test')"
  check "izp_$account cannot UPDATE the audit log" refused $account "UPDATE audit_log SET outcome = 'success'"
  check "izp_$account cannot DELETE from the audit log" refused $account "DELETE FROM audit_log"
done

# Fail closed: take away the audit grant and try to register a child.
sqlq "REVOKE INSERT ON izp.audit_log FROM 'izp_child'@'localhost'"
form_tokens /kinderen/nieuw verpleegkundige
before=$(snapshot)
post /kinderen/nieuw verpleegkundige "$(child_body Zonderlog)"
check "no audit row possible: the change is refused" [ "$status" -ge 500 ]
check "no audit row possible: nothing written" [ "$before" = "$(snapshot)" ]
check "no audit row possible: no such child" [ "$(sqlq "SELECT COUNT(*) FROM children WHERE given_name = 'Zonderlog'")" = 0 ]
sqlq "GRANT INSERT ON izp.audit_log TO 'izp_child'@'localhost'"
form_tokens /kinderen/nieuw verpleegkundige
post /kinderen/nieuw verpleegkundige "$(child_body Metlog)"
check "with the grant back it works" status_is 303

# The responsible user: a portal may say on whose behalf someone acts (its
# auth_request sets IZP_ON_BEHALF_OF); a client header cannot.
req GET /izp/1 casemanager -H 'X-On-Behalf-Of: kinderarts' -H 'On-Behalf-Of: kinderarts'
check "client cannot claim to act for another" [ "$(last_audit on_behalf_of)" = casemanager ]
resp=$(REMOTE_USER=casemanager IZP_ON_BEHALF_OF=kinderarts IZP_ID=1 REQUEST_METHOD=GET \
  QUERY_STRING= REMOTE_ADDR=127.0.0.1 cgi-fcgi -bind -connect "$IZP_STACK/run/plan-show.sock" 2>/dev/null)
check "portal's on-behalf reaches the program" grep -q '^Status: 200' <<<"$resp"
check "audit row names the responsible user" [ "$(last_audit "CONCAT(user_name,'/',on_behalf_of)")" = "casemanager/kinderarts" ]
