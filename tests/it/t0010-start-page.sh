# Start page: children with IZP state and the 8-week term; XML validates.
n=$(audit_count)
req GET / kinderarts
check "start page answers 200" status_is 200
check "overdue child flagged" body_has 'deadline-overdue"><td>Noor Testkind (fictief)'
check "due-soon child flagged" body_has 'deadline-due-soon"><td>Daan Voorbeeld (fictief)'
check "child in term shown ok" body_has 'deadline-ok"><td>Eva Fictief'
check "plan linked for its hoofdbehandelaar" body_has 'href="/izp/1"'
check "a concept keeps its term: Lotte's row still counts the 8 weeks" body_has 'deadline-ok"><td>Lotte Demo (fictief)'
check "children without a grant are not listed" body_lacks "Sem Proefpersoon"
check "patient pages are not cached" header_has 'Cache-Control: no-store'
check "CSP sent" header_has "Content-Security-Policy: default-src 'none'"
check "referrer policy keeps Origin for our own posts" header_has 'Referrer-Policy: same-origin'
check "one audit row for the listing" [ "$(audit_count)" = $((n + 1)) ]
check "listing audited as search" [ "$(last_audit "CONCAT(action,'/',outcome,'/',user_name,'/',object_type)")" = "search/success/kinderarts/children" ]
# The term counts until the plan is actueel: Sem's became actueel late.
req GET / casemanager
check "a plan made actueel late is marked late" body_has 'deadline-late"><td>Sem Proefpersoon (fictief)'
sem_on=$(sqlq "SELECT DATE_FORMAT(first_actueel_on, '%d-%m-%Y') FROM children WHERE given_name = 'Sem'")
sem_late=$(sqlq "SELECT DATEDIFF(first_actueel_on, COALESCE(registration_date, diagnosis_date) + INTERVAL 8 WEEK) FROM children WHERE given_name = 'Sem'")
check "Sem's term: the day it became actueel is the activation" [ "$sem_on" = "$(sqlq "SELECT DATE_FORMAT(activated_at, '%d-%m-%Y') FROM care_plans WHERE child_id = (SELECT id FROM children WHERE given_name = 'Sem')")" ]
check "the start page says when and how late" body_has "Te laat actueel</span> op $sem_on ($sem_late dagen na"
sem_plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = (SELECT id FROM children WHERE given_name = 'Sem') AND status = 'actueel'")
req GET "/izp/$sem_plan" casemanager
check "the child's page says when the plan became actueel, and late" body_has "IZP actueel op $sem_on, $sem_late dagen na het einde van de termijn"
check "the child's page says where the term counts from" body_has "De termijn telt vanaf de aanmelding bij het KCT op"
req GET "/izp/$(sqlq "SELECT id FROM care_plans WHERE child_id = (SELECT id FROM children WHERE given_name = 'Lotte') AND status = 'concept'")" casemanager
check "a concept's page: the term still runs" body_has "Nog geen actueel IZP; uiterlijk"

req GET / kinderarts -H 'Accept: application/xml'
check "XML by Accept" header_has 'Content-Type: application/xml'
check "start page XML validates" valid_xml
check "deadline state in XML" body_has 'deadline-status="overdue"'
# A browser's Accept lists application/xml too, but wants HTML.
req GET / kinderarts -H 'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
check "browser gets HTML" header_has 'Content-Type: text/html'
