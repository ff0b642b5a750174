# The start page a page at a time (50), the most urgent first, with the
# count beside it, and a search by name, BSN or date of birth; the audit
# row names exactly the children on the page.  The worklists likewise show
# their 50 most urgent rows and how many there are.  Sixty children of
# another team (KCT Elders, verpleegkundige2's), all near or past their
# 8-week term, are set up in the database first.
sqlq "INSERT INTO children (given_name, family_name, birth_date, diagnosis,
  diagnosis_date, registration_kind, registration_org, registration_date,
  changed_by, change_reason)
  SELECT CONCAT('Paginakind', seq), 'Elders (fictief)', DATE('2016-05-01') + INTERVAL (seq % 9) DAY,
  'Testdiagnose', CURDATE() - INTERVAL 10 DAY, 'KCT', 'KCT Elders',
  CURDATE() - INTERVAL (50 + seq % 30) DAY, 6, 'Test paging' FROM seq_1_to_60;
  INSERT INTO access_grants (child_id, team_id, decided_by_kind, decided_by_name,
  entered_by, entered_at)
  SELECT id, 3, 'ouder', 'Test', 6, NOW(3) FROM children
  WHERE change_reason = 'Test paging' AND given_name LIKE 'Paginakind%'
  AND id NOT IN (SELECT child_id FROM access_grants WHERE team_id = 3)"
total=$(sqlq "SELECT COUNT(DISTINCT c.id) FROM children c WHERE EXISTS (SELECT 1 FROM access_grants g
  LEFT JOIN team_members t ON t.team_id = g.team_id WHERE g.child_id = c.id AND g.revoked_at IS NULL
  AND (g.user_id = 6 OR t.user_id = 6)) OR EXISTS (SELECT 1 FROM care_plans p WHERE p.open_child_id = c.id
  AND 6 IN (p.hoofdbehandelaar_id, p.casemanager_id))")
check "more children than one page" [ "$total" -gt 50 ]

req GET / verpleegkundige2
check "page 1: 200" status_is 200
check "page 1: 50 rows" [ "$(grep -o '<tr class="deadline-' "$out/body" | wc -l)" = 50 ]
check "page 1: numbered, without a count (she sees more than lists.many_from)" body_has "Kinderen 1–50;"
order=$(sqlq "SELECT c.given_name FROM children c WHERE c.id IN (SELECT g.child_id FROM access_grants g
  LEFT JOIN team_members t ON t.team_id = g.team_id WHERE g.revoked_at IS NULL AND (g.user_id = 6 OR t.user_id = 6))
  OR c.id IN (SELECT p.open_child_id FROM care_plans p WHERE 6 IN (p.hoofdbehandelaar_id, p.casemanager_id))
  ORDER BY CASE WHEN EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = c.id AND p.status = 'concept') THEN 1
  WHEN EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = c.id AND p.status = 'actueel') THEN 2
  WHEN EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = c.id) THEN 3 ELSE 0 END,
  COALESCE(c.registration_date, c.diagnosis_date), c.family_name, c.given_name, c.id LIMIT 50" | tr '\n' ' ')
check "page 1: the 50 most urgent, in order (no plan by term, concepts, current plans, closed)" \
  [ "$(grep -o '<tr class="deadline-[a-z-]*"><td>[^ <]*' "$out/body" | sed 's/.*<td>//' | tr '\n' ' ')" = "$order" ]
check "page 1: a next page" body_has 'name="pagina" value="2">Volgende pagina'
check "page 1: no previous page" body_lacks "Vorige pagina"
check "the audit row names exactly the 50 on the page" [ "$(sqlq "SELECT COUNT(*) FROM audit_log_patients WHERE audit_id = (SELECT MAX(id) FROM audit_log)")" = 50 ]
check "the most urgent first: an overdue child before any in term" bash -c '
  first_ok=$(grep -o "deadline-[a-z-]*" "$1" | grep -n "deadline-ok" | head -n 1 | cut -d: -f1)
  last_overdue=$(grep -o "deadline-[a-z-]*" "$1" | grep -n "deadline-overdue" | tail -n 1 | cut -d: -f1)
  [ -z "$first_ok" ] || [ -z "$last_overdue" ] || [ "$last_overdue" -lt "$first_ok" ]' _ "$out/body"
req GET "/?pagina=2" verpleegkundige2
check "page 2: the rest" [ "$(grep -o '<tr class="deadline-' "$out/body" | wc -l)" = $((total - 50)) ]
check "page 2: its numbers" body_has "Kinderen 51–$total;"
check "page 2: no next page" body_lacks "Volgende pagina"
check "page 2: a previous page" body_has 'name="pagina" value="1">Vorige pagina'
page1=$(curl -s -u verpleegkundige2:demo "$IZP_URL/" | grep -o 'Paginakind[0-9]*' | sort -u)
check "no child on both pages" [ -z "$(comm -12 <(echo "$page1") <(grep -o 'Paginakind[0-9]*' "$out/body" | sort -u))" ]
req GET "/?pagina=99" verpleegkundige2
check "past the end: says so, with a way back" body_has "Deze pagina bestaat niet (meer)."
for bad in "pagina=0" "pagina=abc" "pagina=1&pagina=2" "zoek=$(head -c 101 /dev/zero | tr '\0' x)"; do
  req GET "/?$bad" verpleegkundige2
  if [ "$status" = 400 ] && body_has "lang="; then ok; else fail "start page ?$bad: 400 in Dutch"; fi
done

req GET "/?zoek=Paginakind37" verpleegkundige2
if body_has "Kinderen 1–1 bij" && body_has "Paginakind37 Elders"; then ok; else fail "search by name: the one child"; fi
check "search: the term stays in the box" body_has 'name="zoek" maxlength="100" value="Paginakind37"'
req GET "/?zoek=%25" verpleegkundige2
check "a % is a character, not a wildcard" body_has "Geen kind gevonden bij"
req GET "/?zoek=123456782" kinderarts
if body_has "Kinderen 1–1 van 1 bij" && body_has "Lotte"; then ok; else fail "search by BSN"; fi
lotte_birth=$(sqlq "SELECT DATE_FORMAT(birth_date, '%d-%m-%Y') FROM children WHERE given_name = 'Lotte'")
req GET "/?zoek=$lotte_birth" kinderarts
check "search by date of birth (dd-mm-jjjj)" body_has "Lotte"
req GET "/?zoek=Paginakind37" kinderarts
check "search finds only children the user may see" body_has "Geen kind gevonden bij"
req GET "/?zoek=Paginakind" verpleegkundige2 -H 'Accept: application/xml'
check "the XML of a search validates" valid_xml

# Worklists: the 50 most urgent, and the count of all.
due=$(sqlq "SELECT COUNT(*) FROM children c WHERE c.change_reason = 'Test paging' AND NOT EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = c.id) AND DATEDIFF(COALESCE(c.registration_date, c.diagnosis_date) + INTERVAL 8 WEEK, CURDATE()) <= 14")
req GET "/werklijsten?lijst=termijn" verpleegkundige2 -H 'Accept: application/xml'
check "worklist XML validates" valid_xml
check "worklist: the count of all ($due or more)" [ "$(sed -n 's/.*<worklist name="deadline"[^>]* total="\([0-9]*\)".*/\1/p' "$out/body")" -ge "$due" ]
check "worklist: at most 50 shown" [ "$(grep -c '<item ' "$out/body")" = 50 ]
check "worklist: the most overdue first" bash -c 'days=$(grep -o "days-left=\"[-0-9]*\"" "$1" | cut -d\" -f2); [ -n "$days" ] && [ "$days" = "$(sort -n <<<"$days")" ]' _ "$out/body"
req GET "/werklijsten?lijst=termijn" verpleegkundige2
check "worklist page says it shows the most urgent" body_has "dringendste van"

# All lists at once: the ten most urgent of each, the same first ten as the
# list alone, and a link to the whole list.
req GET "/werklijsten?lijst=termijn" verpleegkundige2 -H 'Accept: application/xml'
first_ten=$(grep -o '<item [^>]*>' "$out/body" | head -10)
req GET /werklijsten verpleegkundige2 -H 'Accept: application/xml'
check "all worklists: valid XML" valid_xml
check "all worklists: ten of the term list, its most urgent" \
  [ "$(sed -n '/<worklist name="deadline"/,/<\/worklist>/p' "$out/body" | grep -o '<item [^>]*>')" = "$first_ten" ]
check "all worklists: no list shows more than ten" \
  bash -c '! awk "/<worklist /{n=0} /<item /{n++; if (n > 10) bad=1} END{exit !bad}" "$1"' _ "$out/body"
req GET /werklijsten verpleegkundige2
check "all worklists: a link to the whole list of the term" body_has 'href="/werklijsten?lijst=termijn#deadline"'
check "all worklists: says how many it shows" body_has "De 10 dringendste"

# The two ways a worklist is read give the same rows.  KCT Elders is given
# every child verpleegkundige sees; verpleegkundige2 (60 children and more:
# read in each list's own order, no count) then has in each list exactly
# the rows verpleegkundige (fewer children: read from her children, counted)
# has, apart from the 60 children without a plan on the list of the term.
sqlq "INSERT INTO access_grants (child_id, team_id, decided_by_kind, decided_by_name, entered_by, entered_at, request_id)
  SELECT DISTINCT g.child_id, 3, 'ouder', 'Test twee lezingen', 6, NOW(3), MD5(CONCAT('t0790-', g.child_id))
  FROM access_grants g LEFT JOIN team_members t ON t.team_id = g.team_id
  WHERE g.revoked_at IS NULL AND (g.user_id = 1 OR t.user_id = 1)
  AND g.child_id NOT IN (SELECT child_id FROM access_grants WHERE team_id = 3 AND revoked_at IS NULL)
  UNION SELECT p.open_child_id, 3, 'ouder', 'Test twee lezingen', 6, NOW(3), MD5(CONCAT('t0790-', p.open_child_id))
  FROM care_plans p WHERE 1 IN (p.hoofdbehandelaar_id, p.casemanager_id) AND p.open_child_id IS NOT NULL
  AND p.open_child_id NOT IN (SELECT child_id FROM access_grants WHERE team_id = 3 AND revoked_at IS NULL)"
items() {  # the rows of one list, as sorted lines
  grep -o '<item [^>]*>' "$out/body" | sed 's/ total="[0-9]*"//' | sort
}
compared=0
for list in evaluaties volgende-stap verantwoordelijken behandelgrenzen; do
  req GET "/werklijsten?lijst=$list" verpleegkundige -H 'Accept: application/xml'
  few=$(items); few_total=$(grep -c '<worklist [^>]*total=' "$out/body")
  req GET "/werklijsten?lijst=$list" verpleegkundige2 -H 'Accept: application/xml'
  check "worklist $list: valid XML when read in its own order" valid_xml
  # (read in its own order, a group has no total; an empty group says
  # total="0", and the children without limits are counted either way)
  if [ "$few_total" -ge 1 ] && [ "$(grep -c '<worklist name="[^"]*" list="[^"]*">' "$out/body")" -ge 1 ] ||
    [ "$(grep -c '<item ' "$out/body")" = 0 ]; then ok
  else fail "worklist $list: counted for verpleegkundige, not (all) for verpleegkundige2"; fi
  check "worklist $list: the same rows either way" [ "$(items)" = "$few" ]
  compared=$((compared + $(grep -c '<item ' "$out/body")))
done
check "the lists compared were not all empty ($compared rows)" [ "$compared" -gt 0 ]
sqlq "UPDATE access_grants SET revoked_at = NOW(3), revoked_by = 6, revoke_reason = 'Test'
  WHERE decided_by_name = 'Test twee lezingen' AND revoked_at IS NULL"

# The order the start page reads is kept by triggers on care_plans: after
# every test before this one opened, activated and closed plans, each
# child's list_state still says what its plans say.
check "children.list_state agrees with the plans of every child" [ "$(sqlq "SELECT COUNT(*) FROM children c
  WHERE c.list_state <> CASE WHEN EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = c.id AND p.status = 'concept') THEN 1
  WHEN EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = c.id AND p.status = 'actueel') THEN 2
  WHEN EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = c.id) THEN 3 ELSE 0 END")" = 0 ]

# Whether she sees many is remembered by the worker that asked
# (lists.many_remember_seconds), not asked on every page: of ten start
# pages, a worker's second one needs one statement less.
executes() { sqlq "SHOW GLOBAL STATUS LIKE 'Com_stmt_execute'" | awk '{ print $2 }'; }
fewest=99
for i in 1 2 3 4 5 6 7 8 9 10; do
  before=$(executes)
  req GET / verpleegkundige2
  n=$(( $(executes) - before ))
  [ "$n" -lt "$fewest" ] && fewest=$n
done
check "a user who sees many: the start page in 3 statements once remembered (fewest $fewest)" [ "$fewest" = 3 ]
check "...and still numbered without a count" body_has "Kinderen 1–50;"
