# Start page: children with IZP state and the 8-week term; XML validates.
n=$(audit_count)
req GET / kinderarts
check "start page answers 200" status_is 200
check "overdue child flagged" body_has 'deadline-overdue"><td>Noor Testkind (fictief)'
check "due-soon child flagged" body_has 'deadline-due-soon"><td>Daan Voorbeeld (fictief)'
check "child in term shown ok" body_has 'deadline-ok"><td>Eva Fictief'
check "plan linked for its hoofdbehandelaar" body_has 'href="/izp/1"'
check "children without a grant are not listed" body_lacks "Sem Proefpersoon"
check "patient pages are not cached" header_has 'Cache-Control: no-store'
check "CSP sent" header_has "Content-Security-Policy: default-src 'none'"
check "referrer policy keeps Origin for our own posts" header_has 'Referrer-Policy: same-origin'
check "one audit row for the listing" [ "$(audit_count)" = $((n + 1)) ]
check "listing audited as search" [ "$(last_audit "CONCAT(action,'/',outcome,'/',user_name,'/',object_type)")" = "search/success/kinderarts/children" ]

req GET / kinderarts -H 'Accept: application/xml'
check "XML by Accept" header_has 'Content-Type: application/xml'
check "start page XML validates" valid_xml
check "deadline state in XML" body_has 'deadline-status="overdue"'
# A browser's Accept lists application/xml too, but wants HTML.
req GET / kinderarts -H 'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
check "browser gets HTML" header_has 'Content-Type: text/html'
