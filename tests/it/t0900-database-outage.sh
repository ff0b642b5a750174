# The database goes away: Dutch 503 pages, nothing half-written; when it is
# back the running programs reconnect by themselves (no restart).
form_tokens /kinderen/nieuw verpleegkundige
before=$(snapshot)
"$IZP_REPO/tools/izp-stack" stop-db "$IZP_STACK"
req GET / kinderarts
check "database down: 503" status_is 503
check "database down: Dutch" body_has "tijdelijk niet bereikbaar"
post /kinderen/nieuw verpleegkundige "$(child_body Tijdensstoring)"
check "write while down: 503" status_is 503
"$IZP_REPO/tools/izp-stack" start-db "$IZP_STACK" >/dev/null
after=$(snapshot)
check "write while down: nothing stored" [ "$before" = "$after" ]
[ "$before" = "$after" ] || echo "    before: $before / after: $after" >&2
req GET / kinderarts
check "back up: programs reconnect" status_is 200
post /kinderen/nieuw verpleegkundige "$(child_body Nastoring)"
check "back up: the same form can be sent again" status_is 303
