# Every page also as a fragment for a portal or an iframe (?weergave=
# fragment): the content without the IZP's chrome, its links leading to the
# IZP in the whole window (base target _top), the same access checks
# and audit rows as the page itself.  tests/browser/embed.mjs embeds them.
frag_checks() {  # frag_checks PATH USER NAME
  req GET "$1?weergave=fragment" "$2"
  check "$3 as a fragment: 200" status_is 200
  check "$3 as a fragment: no chrome" body_lacks '<header class="top">'
  check "$3 as a fragment: links open the IZP in the whole window" body_has '<base target="_top">'
  check "$3 as a fragment: links within the page stay in the frame" bash -c '! grep -q "<a href=\"#" "$1"' _ "$out/body"
  check "$3 as a fragment: marked" body_has ' fragment">'
}
frag_checks /izp/2 kinderarts2 "the overview"
check "the overview as a fragment: its content" body_has "IZP van Sem"
frag_checks /kinderen/4/spoed huisarts "the spoedoverzicht"
check "the spoedoverzicht as a fragment: the limits" body_has "NIET reanimeren"
frag_checks / verpleegkundige "the start page"
frag_checks /werklijsten casemanager "the worklists"
frag_checks /izp/2/afdruk kinderarts2 "the printout"
req GET /izp/2 kinderarts2
check "without it: the whole page" body_has '<header class="top">'
req GET "/izp/2?weergave=iets" kinderarts2
check "another value: the whole page" body_has '<header class="top">'
req GET "/izp/2?weergave=fragment" kinderarts2 -H "Accept: application/xml"
check "the fragment's XML says so and validates" bash -c 'grep -q "view=\"fragment\"" "$1" && xmllint --noout --schema "$2" "$1" 2>/dev/null' _ "$out/body" "$IZP_REPO/xslt/schema/izp.xsd"
# Access is the page's: a fragment reveals nothing to whom the page would not.
audit_before=$(sqlq "SELECT MAX(id) FROM audit_log")
req GET "/izp/2?weergave=fragment" verpleegkundige2
check "a fragment of a child one may not see: 403" status_is 403
check "... showing nothing of the child" body_lacks "Sem"
check "... audited as denied" [ "$(sqlq "SELECT outcome FROM audit_log WHERE id > $audit_before ORDER BY id LIMIT 1")" = denied ]
req GET "/izp/2?weergave=fragment" kinderarts2
check "a fragment read is audited as a read of the plan" \
  [ "$(sqlq "SELECT CONCAT(action, '|', outcome, '|', object_type) FROM audit_log WHERE id > $audit_before AND user_name = 'kinderarts2' ORDER BY id DESC LIMIT 1")" = "read|success|care_plan" ]
check "the frame-ancestors header is there on fragments too" header_has "frame-ancestors"
