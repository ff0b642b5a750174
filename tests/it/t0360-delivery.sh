# Delivery to the GP practice and the HAP (tools/izp-export): the due plans
# as valid files in each destination's formats, nothing twice, a changed plan
# again, limits first with --urgent, the family's revocation obeyed, a run
# killed half-way completed by the next, and clear exit codes when an outbox
# or the configuration is wrong.  (A stopped database: t0900.)
exporter() { "$IZP_REPO/${IZP_BUILD:-build}/tools/izp-export" --config "$IZP_STACK/izp.conf" "$@" >"$out/export.out" 2>"$out/export.err"; export_rc=$?; }
outbox() { sqlq "SELECT outbox FROM destinations WHERE agb = '$1'"; }
files() { find "$1" -maxdepth 1 -name 'izp-*.xml' | wc -l; }
state() { sqlq "SELECT CONCAT_WS(',', (SELECT COUNT(*) FROM deliveries), (SELECT IFNULL(SUM(revision), 0) FROM deliveries), (SELECT COUNT(*) FROM audit_log WHERE program = 'izp-export'))"; }
gp=$(outbox 01999991); hap=$(outbox 06999990)
tag=$(date +%s%N | tail -c 7)
new_rid() { head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
as() { post "$2" "$1" "csrf_token=$(csrf_for "$1" "$2")&request_id=$(new_rid)&$3"; }
if [ -d "$gp" ] && [ -d "$hap" ]; then ok; else fail "the demo destinations have their outboxes"; fi

# A child of the demo practice, whose family lets the KCT, the practice and
# the HAP see the plan; an actueel plan with a limit.  A second child of the
# practice has a concept only.
new_child() {  # new_child NAME: registers, prints the child's id
  form_tokens /kinderen/nieuw verpleegkundige
  post /kinderen/nieuw verpleegkundige "$(child_body "$1")&gp_name=Henk+Fictief&gp_agb=01999991"
  location | sed -n 's|/kinderen/\([0-9]*\)/.*|\1|p'
}
new_plan() {  # new_plan CHILD: a concept plan, prints its id
  for team in 1 2 4; do family_lets_see "$1" team_id=$team; done
  as verpleegkundige "/kinderen/$1/izp/nieuw" "hoofdbehandelaar_id=2&casemanager_id=3&child_participated=nee&child_absent_reason=Te+jong&parents_present=Moeder"
  location | sed 's|/izp/||'
}
child=$(new_child "Levering$tag"); plan=$(new_plan "$child")
concept_child=$(new_child "Concept$tag"); concept=$(new_plan "$concept_child")
as casemanager "/izp/$plan/actueel-maken" "version=1"
if [ -n "$plan" ] && [ "$(sqlq "SELECT status FROM care_plans WHERE id = $plan")" = actueel ]; then ok; else fail "a plan to deliver, actueel"; fi
as kinderarts "/kinderen/$child/behandelgrenzen/nieuw" "treatment=89666000&decision=niet&discussed_on=$(date +%Y-%m-%d)&party_parents=ja&party_caregiver=ja"
check "with a limit" status_is 303

# --- A dry run lists what is due and changes nothing ----------------------
before=$(state)
exporter --dry-run
check "dry run: exit 0" [ "$export_rc" = 0 ]
check "dry run: lists the plan for the practice and the HAP" [ "$(grep -c "IZP $plan " "$out/export.out")" = 2 ]
if [ ! -f "$gp/izp-$plan-r$(sqlq "SELECT revision FROM care_plans WHERE id = $plan").nhg.xml" ] && [ "$before" = "$(state)" ]; then ok; else fail "dry run: no files, nothing recorded"; fi

# --- The first run delivers the demo plans, each file valid ---------------
revision=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")
exporter
check "first run: exit 0" [ "$export_rc" = 0 ]
if [ "$(wc -l < "$out/export.out")" = 1 ] && grep -q "geleverd" "$out/export.out"; then ok; else fail "first run: one summary line without a terminal"; fi
if [ -f "$gp/izp-$plan-r$revision.nhg.xml" ] && [ -f "$gp/izp-$plan-r$revision.ada.xml" ]; then ok; else fail "the practice gets NHG and ADA of the plan"; fi
check "the HAP gets the FHIR Bundle" [ -f "$hap/izp-$plan-r$revision.fhir.xml" ]
check "a concept is not delivered" [ -z "$(find "$gp" "$hap" -name "izp-$concept-*")" ]
check "the NHG file is valid" xmllint --noout --schema "$IZP_REPO/xslt/nhg/izp-nhg.xsd" "$gp/izp-$plan-r$revision.nhg.xml"
ada_ok=1
for r in patient_registratie behandel_aanwijzing2_registratie zorgverlener_registratie; do
  xmllint --xpath "/adaxml/data/$r" "$gp/izp-$plan-r$revision.ada.xml" >"$out/part.xml" 2>/dev/null &&
    xmllint --noout --schema "$IZP_REPO/../shared/standards/nictiz-ada-zib2020/$r.xsd" "$out/part.xml" 2>/dev/null || ada_ok=0
done
check "the ADA file's registrations are valid" [ $ada_ok = 1 ]
check "the FHIR file is valid" node "$IZP_REPO/tests/fhir/validate.js" "$hap/izp-$plan-r$revision.fhir.xml"
req GET "/kinderen/$child/berichten/nhg" huisarts
check "the file is what the pull route gives" cmp -s "$out/body" "$gp/izp-$plan-r$revision.nhg.xml"
check "one audit row per plan per destination, naming the receiver" [ "$(sqlq "SELECT GROUP_CONCAT(receiver ORDER BY receiver SEPARATOR '|') FROM audit_log WHERE program = 'izp-export' AND action = 'export' AND object_id = $plan AND patient_id = $child")" = "huisartsenpost 06999990 (Huisartsenpost Demostad)|huisartsenpraktijk 01999991 (Huisartsenpraktijk De Proeftuin)" ]
check "no temporary file left" [ -z "$(find "$gp" "$hap" -name '.*')" ]
check "the run is recorded" [ "$(sqlq "SELECT delivered >= 2 AND exit_code = 0 FROM delivery_runs ORDER BY id DESC LIMIT 1")" = 1 ]
req GET "/izp/$plan" casemanager
check "the overview: the GP holds the current limits" body_has "Huisarts (Huisartsenpraktijk De Proeftuin): bijgewerkt"
check "the overview: so does the HAP" body_has "Huisartsenpost (Huisartsenpost Demostad): bijgewerkt"

# --- Idempotent: a second run sends nothing --------------------------------
before=$(state); n_gp=$(files "$gp"); n_hap=$(files "$hap")
exporter
if [ "$export_rc" = 0 ] && grep -q ": 0 geleverd" "$out/export.out"; then ok; else fail "second run: exit 0, nothing delivered"; fi
if [ "$(files "$gp")" = "$n_gp" ] && [ "$(files "$hap")" = "$n_hap" ] && [ "$before" = "$(state)" ]; then ok; else fail "second run: no new file, nothing recorded"; fi

# --- On a terminal: progress (done / total, rate, time left) ---------------
as casemanager "/izp/$plan/wensen/nieuw" "dimension=sociaal&kind=wens&description=Fiets+$tag"
script -qec "$IZP_REPO/${IZP_BUILD:-build}/tools/izp-export --config $IZP_STACK/izp.conf --destination 01999991" /dev/null > "$out/export.tty" 2>&1
check "on a terminal: progress with rate and time left" grep -q "1 / 1 plannen, .* per seconde, nog .* s" "$out/export.tty"

# --- A change that is not a limit: the nightly run, not --urgent -----------
as casemanager "/izp/$plan/wensen/nieuw" "dimension=sociaal&kind=wens&description=Naar+zee+$tag"
check "a wish added" status_is 303
exporter --urgent
if [ "$export_rc" = 0 ] && grep -q ": 0 geleverd" "$out/export.out"; then ok; else fail "--urgent: a wish is no reason"; fi
req GET "/izp/$plan" casemanager
check "the overview: limits still current at the GP" body_has "Huisarts (Huisartsenpraktijk De Proeftuin): bijgewerkt"
exporter
revision2=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")
if [ "$export_rc" = 0 ] && [ -f "$gp/izp-$plan-r$revision2.nhg.xml" ] && [ "$revision2" -gt "$revision" ]; then ok; else fail "the nightly run sends the changed plan again"; fi
check "the new file has the wish" grep -q "Naar zee $tag" "$hap/izp-$plan-r$revision2.fhir.xml"

# --- A limit changes: the overview warns, --urgent delivers ----------------
as kinderarts "/kinderen/$child/behandelgrenzen/nieuw" "treatment=OTH&treatment_other=Nierdialyse+$tag&decision=niet&discussed_on=$(date +%Y-%m-%d)&party_parents=ja&party_caregiver=ja"
check "a limit added (no dialysis)" status_is 303
req GET "/izp/$plan" casemanager
check "the overview warns: the GP does not have the current limits" body_has "Huisarts (Huisartsenpraktijk De Proeftuin): <strong>heeft de huidige behandelgrenzen of status nog niet"
revision3=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")
check "the plan is marked for priority delivery" [ "$(sqlq "SELECT limits_revision FROM care_plans WHERE id = $plan")" = "$revision3" ]
exporter --urgent
if [ "$export_rc" = 0 ] && [ -f "$gp/izp-$plan-r$revision3.nhg.xml" ] && [ -f "$hap/izp-$plan-r$revision3.fhir.xml" ]; then ok; else fail "--urgent delivers the changed limits"; fi
check "--urgent: the new limit is in the file" grep -q "Nierdialyse $tag" "$gp/izp-$plan-r$revision3.nhg.xml"
req GET "/izp/$plan" casemanager
if body_lacks "heeft de huidige behandelgrenzen of status nog niet" && body_has "Huisarts (Huisartsenpraktijk De Proeftuin): bijgewerkt"; then ok; else fail "the overview: current again"; fi

# --- --destination limits a run; a bad one is a configuration error -------
as casemanager "/izp/$plan/wensen/nieuw" "dimension=sociaal&kind=wens&description=Paard+$tag"
exporter --destination 06999990
revision4=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")
if [ "$export_rc" = 0 ] && [ -f "$hap/izp-$plan-r$revision4.fhir.xml" ] && [ ! -f "$gp/izp-$plan-r$revision4.nhg.xml" ]; then ok; else fail "--destination: only the HAP"; fi
before=$(state)
exporter --destination 01234567
if [ "$export_rc" = 2 ] && grep -q "no such destination" "$out/export.err"; then ok; else fail "an unknown destination: exit 2, says so"; fi
exporter --destination 12ab
check "a malformed AGB: exit 2" [ "$export_rc" = 2 ]
exporter --bogus
check "an unknown option: exit 1" [ "$export_rc" = 1 ]
"$IZP_REPO/${IZP_BUILD:-build}/tools/izp-export" --config "$out/nowhere.conf" >/dev/null 2>"$out/export.err"; export_rc=$?
if [ "$export_rc" = 2 ] && grep -q "nowhere.conf" "$out/export.err"; then ok; else fail "a missing configuration: exit 2, names the file"; fi
"$IZP_REPO/${IZP_BUILD:-build}/tools/izp-export" --config "$out" >/dev/null 2>"$out/export.err"; export_rc=$?
if [ "$export_rc" = 2 ] && grep -q "Is a directory" "$out/export.err"; then ok; else fail "a folder as the configuration: exit 2, says it is a folder"; fi
grep -v '^db.password.export' "$IZP_STACK/izp.conf" > "$out/partial.conf"
"$IZP_REPO/${IZP_BUILD:-build}/tools/izp-export" --config "$out/partial.conf" >/dev/null 2>"$out/export.err"; export_rc=$?
if [ "$export_rc" = 2 ] && grep -q "db.password.export" "$out/export.err"; then ok; else fail "a missing key: exit 2, names the key"; fi
check "configuration errors recorded nothing" [ "$before" = "$(state)" ]

# --- An outbox that is not there or not a folder: exit 4, nothing claimed --
root="$IZP_STACK/outbox"
sqlq "UPDATE destinations SET outbox = '$root/missing-$tag' WHERE agb = '01999991'"
before=$(state)
exporter
check "a missing outbox: exit 4" [ "$export_rc" = 4 ]
check "a missing outbox: the message names it" grep -q "missing-$tag" "$out/export.err"
exporter --dry-run
if [ "$export_rc" = 4 ] && grep -q "missing-$tag" "$out/export.err"; then ok; else fail "a missing outbox: the dry run says so too (exit 4)"; fi
check "a missing outbox: the practice's plan not recorded as delivered" [ "$(sqlq "SELECT revision FROM deliveries WHERE destination_id = (SELECT id FROM destinations WHERE agb = '01999991') AND plan_id = $plan")" = "$revision3" ]
: > "$root/file-$tag"
sqlq "UPDATE destinations SET outbox = '$root/file-$tag' WHERE agb = '01999991'"
exporter
check "an outbox that is a file: exit 4" [ "$export_rc" = 4 ]
check "the run says it" [ "$(sqlq "SELECT exit_code FROM delivery_runs ORDER BY id DESC LIMIT 1")" = 4 ]
sqlq "UPDATE destinations SET outbox = '$gp' WHERE agb = '01999991'"
exporter
if [ "$export_rc" = 0 ] && [ -f "$gp/izp-$plan-r$revision4.nhg.xml" ]; then ok; else fail "the outbox back: the practice gets what it missed"; fi

# --- The family revokes the HAP's access: nothing more, and why -----------
grant=$(sqlq "SELECT id FROM access_grants WHERE child_id = $child AND team_id = 4 AND revoked_at IS NULL")
as casemanager "/toegang/$grant/intrekken" "revoke_reason=Ouders+willen+het+niet+meer"
check "the HAP's grant revoked" status_is 303
req GET "/izp/$plan" casemanager
check "the overview: the HAP holds a copy but gets no new versions" body_has "Huisartsenpost (Huisartsenpost Demostad): <strong>heeft revisie"
as casemanager "/izp/$plan/wensen/nieuw" "dimension=sociaal&kind=wens&description=Hond+$tag"
revision5=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")
exporter
if [ "$export_rc" = 0 ] && [ -f "$gp/izp-$plan-r$revision5.nhg.xml" ]; then ok; else fail "after the revocation: the practice gets the change"; fi
check "after the revocation: the HAP gets nothing" [ ! -f "$hap/izp-$plan-r$revision5.fhir.xml" ]
check "after the revocation: the run records what it held back and why" [ "$(sqlq "SELECT CONCAT(w.revision, '|', w.reason) FROM delivery_withheld w JOIN destinations d ON d.id = w.destination_id WHERE d.agb = '06999990' AND w.plan_id = $plan")" = "$revision5|de familie heeft de toegang ingetrokken" ]
check "after the revocation: counted in the run" [ "$(sqlq "SELECT withheld FROM delivery_runs ORDER BY id DESC LIMIT 1")" = 1 ]
exporter
check "held back once per revision" [ "$(sqlq "SELECT COUNT(*) FROM delivery_withheld WHERE plan_id = $plan")" = 1 ]

# --- The beheerder keeps the destinations; nobody else may ----------------
req GET /beheer/bestemmingen casemanager
check "a casemanager may not see the destinations: 403" status_is 403
req GET /beheer/bestemmingen beheerder
if status_is 200 && body_has "Huisartsenpraktijk De Proeftuin" && body_has "01999991"; then ok; else fail "the beheerder sees the destinations"; fi
check "the beheerder sees the runs, the refused one too" body_has "outbox niet beschrijfbaar (code 4)"
check "the page is audited" [ "$(last_audit "CONCAT_WS('|', action, object_type, user_name, IFNULL(patient_id, '-'))")" = "read|destination|beheerder|-" ]
before=$(sqlq "SELECT COUNT(*) FROM destinations FOR SYSTEM_TIME ALL")
as beheerder /beheer/bestemmingen "kind=huisartsenpraktijk&agb=02123456&name=Praktijk+Zuid+$tag&hap_id=99&team_id=2&outbox=var/outbox"
check "a bad destination: 400" status_is 400
if body_has "begint met 01" && body_has "Kies minstens één formaat" && body_has "De outbox moet een map binnen de map voor outboxen zijn" && body_has "Kies een huisartsenpost uit de lijst" && body_has "Dit team hoort al bij een andere bestemming"; then ok; else fail "a bad destination: every rule at once, those the database decides too"; fi
check "a bad destination: what was typed is kept" body_has "value=\"Praktijk Zuid $tag\""
as beheerder /beheer/bestemmingen "kind=huisartsenpost&agb=06777777&name=HAP+$tag&hap_id=1&team_id=2&format_fhir=ja&outbox=/tmp/x"
if status_is 400 && body_has "Alleen een praktijk hoort bij de regio" && body_has "Kies het team van de huisartsenpost."; then ok; else fail "a HAP in a HAP's region, with a practice's team: 400"; fi
for bad in "/" "/tmp/elders" "$IZP_STACK/outbox" "$IZP_STACK/outbox/./x" "$IZP_STACK/outbox//x" "$IZP_STACK/outbox/../x" "$IZP_STACK/outbox/x/"; do
  as beheerder /beheer/bestemmingen "kind=huisartsenpost&agb=06777777&name=HAP+$tag&team_id=4&format_fhir=ja&outbox=$bad"
  if status_is 400 && body_has "outbox"; then ok; else fail "an outbox '$bad': 400"; fi
done
sqlq "INSERT INTO teams (name, kind) VALUES ('Praktijk Zuid $tag', 'huisartsenpraktijk')"
zuid_team=$(sqlq "SELECT id FROM teams WHERE name = 'Praktijk Zuid $tag'")
as beheerder /beheer/bestemmingen "kind=huisartsenpraktijk&agb=0177${tag: -4}&name=Zuid&team_id=2&format_nhg=ja&outbox=$gp"
if status_is 400 && body_has "Dit team hoort al bij een andere bestemming" && body_has "Deze map is al de outbox van een andere bestemming."; then ok; else fail "another destination's team and outbox: 400, both said"; fi
as beheerder /beheer/bestemmingen "kind=huisartsenpost&agb=06999990&name=HAP+$tag&team_id=4&format_fhir=ja&outbox=/tmp/x"
if status_is 400 && body_has "Er is al een bestemming met deze AGB-code."; then ok; else fail "an AGB code taken: 400, says so"; fi
for inside in "$gp/hap" "$hap/sub/dir"; do
  as beheerder /beheer/bestemmingen "kind=huisartsenpost&agb=0677${tag: -4}&name=HAP+$tag&team_id=$(sqlq "SELECT id FROM teams WHERE name = 'Huisartsenpost Demostad'")&format_fhir=ja&outbox=$inside"
  if status_is 400 && body_has "Deze map ligt in of om de outbox van een andere bestemming"; then ok; else fail "an outbox in or around another's ($inside): 400, says so"; fi
done
check "refusals stored nothing" [ "$before" = "$(sqlq "SELECT COUNT(*) FROM destinations FOR SYSTEM_TIME ALL")" ]
new_agb="0177${tag: -4}"
as beheerder /beheer/bestemmingen "kind=huisartsenpraktijk&agb=$new_agb&name=Praktijk+Zuid+$tag&hap_id=1&team_id=$zuid_team&format_nhg=ja&format_fhir=ja&outbox=$IZP_STACK/outbox/zuid-$tag"
check "a new destination: 303" status_is 303
dest=$(sqlq "SELECT id FROM destinations WHERE agb = '$new_agb'")
check "stored, by the beheerder, active" [ "$(sqlq "SELECT CONCAT_WS('|', kind, formats, hap_id, active, changed_by) FROM destinations WHERE id = $dest")" = "huisartsenpraktijk|nhg,fhir|1|1|8" ]
check "audited as a creation" [ "$(last_audit "CONCAT_WS('|', action, object_type, object_id, user_name)")" = "create|destination|$dest|beheerder" ]
as beheerder /beheer/bestemmingen/1 "kind=huisartsenpraktijk&agb=01999992&name=HAP&team_id=4&format_fhir=ja&outbox=$hap&active=ja&change_reason=Test&version=$(sqlq "SELECT version FROM destinations WHERE id = 1")"
if status_is 400 && body_has "De soort van een bestemming kan niet veranderen"; then ok; else fail "a HAP cannot become a practice: 400"; fi
req GET "/beheer/bestemmingen/$dest" beheerder
if body_has "value=\"$new_agb\"" && body_has 'name="format_fhir" checked' && body_has 'name="format_nhg" checked' && body_lacks 'name="format_ada" checked'; then ok; else fail "the edit form starts from the destination"; fi
as beheerder "/beheer/bestemmingen/$dest" "kind=huisartsenpraktijk&agb=$new_agb&name=Praktijk+Zuid&team_id=$zuid_team&format_nhg=ja&outbox=$IZP_STACK/outbox/zuid-$tag&version=1"
if status_is 400 && body_has "Reden van de wijziging" && body_has "Vul dit veld in."; then ok; else fail "a change without a reason: 400"; fi
as beheerder "/beheer/bestemmingen/$dest" "kind=huisartsenpraktijk&agb=$new_agb&name=Praktijk+Zuid&team_id=$zuid_team&format_nhg=ja&outbox=$IZP_STACK/outbox/zuid-$tag&change_reason=Test&version=7"
check "a change on another version: 409" status_is 409
as beheerder "/beheer/bestemmingen/$dest" "kind=huisartsenpraktijk&agb=$new_agb&name=Praktijk+Zuid&team_id=$zuid_team&format_nhg=ja&outbox=$IZP_STACK/outbox/zuid-$tag&change_reason=Praktijk+gaat+dicht&version=1"
check "switched off with a reason: 303" status_is 303
check "the change stored, the old version kept" [ "$(sqlq "SELECT CONCAT_WS('|', active, version, change_reason, (SELECT COUNT(*) FROM destinations FOR SYSTEM_TIME ALL WHERE id = $dest)) FROM destinations WHERE id = $dest")" = "0|2|Praktijk gaat dicht|2" ]
check "audited as a change" [ "$(last_audit "CONCAT_WS('|', action, object_type, object_id)")" = "update|destination|$dest" ]
exporter --destination "$new_agb"
if [ "$export_rc" = 2 ] && grep -q "switched off" "$out/export.err"; then ok; else fail "a switched-off destination: the run refuses it, exit 2"; fi

# --- Killed half-way: the next run completes, nothing twice ---------------
# A practice (all three formats) in the region of a second HAP, and a few
# hundred children of it whose families allow both; their plans are closed
# (the last plan is delivered too), so no user sees them.
n=300
kill_gp_agb="0188${tag: -4}"; kill_hap_agb="0688${tag: -4}"
kill_gp="$IZP_STACK/outbox/kill-gp-$tag"; kill_hap="$IZP_STACK/outbox/kill-hap-$tag"; mkdir -p "$kill_gp" "$kill_hap"
sqlq "INSERT INTO teams (name, kind) VALUES ('Praktijk Doorloop $tag', 'huisartsenpraktijk'), ('HAP Doorloop $tag', 'huisartsenpost');
INSERT INTO destinations (kind, agb, name, team_id, formats, outbox, changed_by, change_reason)
  SELECT 'huisartsenpost', '$kill_hap_agb', 'HAP Doorloop', id, 'nhg,ada,fhir', '$kill_hap', 8, 'Test' FROM teams WHERE name = 'HAP Doorloop $tag';
INSERT INTO destinations (kind, agb, name, hap_id, team_id, formats, outbox, changed_by, change_reason)
  SELECT 'huisartsenpraktijk', '$kill_gp_agb', 'Praktijk Doorloop', (SELECT id FROM destinations WHERE name = 'HAP Doorloop' AND outbox = '$kill_hap'), id, 'nhg,ada,fhir', '$kill_gp', 8, 'Test' FROM teams WHERE name = 'Praktijk Doorloop $tag'"
sqlq "INSERT INTO children (given_name, family_name, birth_date, diagnosis, diagnosis_date, gp_name, gp_agb, changed_by, change_reason)
  SELECT CONCAT('Doorloop', seq), 'Kind (fictief)', CURDATE() - INTERVAL 9 YEAR, 'Testdiagnose', CURDATE() - INTERVAL 1 YEAR, 'Huisarts Doorloop', '$kill_gp_agb', 1, 'Doorloop $tag' FROM seq_1_to_$n;
CREATE TEMPORARY TABLE kill_children SELECT id FROM children WHERE change_reason = 'Doorloop $tag';
INSERT INTO care_plans (child_id, status, hoofdbehandelaar_id, casemanager_id, drawn_up_by, child_participated, parents_present, created_at, activated_at, activated_by, closed_on, close_reason, changed_by, change_reason)
  SELECT id, 'afgesloten', 2, 3, 1, 'ja', 'Moeder', NOW(3), NOW(3), 3, CURDATE(), 'volwassenenzorg', 1, 'Doorloop' FROM kill_children;
INSERT INTO treatment_limits (child_id, treatment, decision, discussed_on, age_at_agreement, party_child, party_parents, party_caregiver, created_by, created_at, changed_by, change_reason)
  SELECT id, '89666000', 'niet', CURDATE(), 9, TRUE, TRUE, TRUE, 2, NOW(3), 2, 'Doorloop' FROM kill_children;
INSERT INTO access_grants (child_id, team_id, decided_by_kind, decided_by_name, entered_by, entered_at)
  SELECT k.id, t.id, 'ouder', 'Ouders', 1, NOW(3) FROM kill_children k JOIN teams t ON t.name IN ('Praktijk Doorloop $tag', 'HAP Doorloop $tag')"
check "$n generated plans for the practice" [ "$(sqlq "SELECT COUNT(*) FROM care_plans p JOIN children c ON c.id = p.child_id WHERE c.gp_agb = '$kill_gp_agb'")" = $n ]
"$IZP_REPO/${IZP_BUILD:-build}/tools/izp-export" --config "$IZP_STACK/izp.conf" --destination "$kill_gp_agb" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 500); do [ "$(files "$kill_gp")" -ge 150 ] && break; sleep 0.01; done
kill -KILL $pid 2>/dev/null; wait $pid; killed_rc=$?
written=$(files "$kill_gp")
if [ "$killed_rc" = 137 ] && [ "$written" -gt 0 ] && [ "$written" -lt $((3 * n)) ]; then ok; else fail "the run was killed half-way ($written of $((3 * n)) files)"; fi
bad=0
for f in "$kill_gp"/izp-*.xml; do xmllint --noout "$f" 2>/dev/null || bad=$((bad + 1)); done
check "after the kill: every file in the outbox is whole" [ $bad = 0 ]
recorded=$(sqlq "SELECT COUNT(*) FROM deliveries v JOIN destinations d ON d.id = v.destination_id WHERE d.agb = '$kill_gp_agb'")
check "after the kill: nothing recorded that is not written ($recorded plans)" [ $((3 * recorded)) -le "$written" ]
exporter --destination "$kill_gp_agb"
check "the next run completes: exit 0" [ "$export_rc" = 0 ]
if [ "$(sqlq "SELECT COUNT(*) FROM delivery_runs WHERE finished_at IS NULL")" = 0 ] && [ "$(sqlq "SELECT COUNT(*) FROM delivery_runs WHERE message LIKE 'afgebroken%'")" -ge 1 ]; then ok; else fail "the killed run is marked as stopped by the next"; fi
req GET /beheer/bestemmingen beheerder
check "the beheerder reads that it stopped" body_has "afgebroken: gestopt zonder af te ronden"
if [ "$(files "$kill_gp")" = $((3 * n)) ] && [ "$(ls "$kill_gp" | sed 's/-r[0-9]*\..*//' | sort | uniq -c | grep -vc '^ *3 ')" = 0 ] && [ "$(ls "$kill_gp" | sed 's/-r[0-9]*\./ /' | sort | uniq -d | wc -l)" = 0 ]; then ok; else fail "the next run: every plan in every format, once"; fi
check "the next run: no temporary file left" [ -z "$(find "$kill_gp" -name '.*' -type f)" ]
check "the next run: every plan recorded once" [ "$(sqlq "SELECT COUNT(*) FROM deliveries v JOIN destinations d ON d.id = v.destination_id WHERE d.agb = '$kill_gp_agb'")" = $n ]
check "the next run: one audit row per plan, none twice" [ "$(sqlq "SELECT COUNT(*), COUNT(DISTINCT object_id) FROM audit_log WHERE program = 'izp-export' AND receiver LIKE 'huisartsenpraktijk $kill_gp_agb %'" | tr '\t' ' ')" = "$n $n" ]
exporter --destination "$kill_hap_agb"
if [ "$export_rc" = 0 ] && [ "$(files "$kill_hap")" = $((3 * n)) ]; then ok; else fail "an uninterrupted run to the HAP of the same plans"; fi
check "the interrupted delivery is byte for byte the uninterrupted one" diff -r "$kill_gp" "$kill_hap"
exporter
if [ "$export_rc" = 0 ] && grep -q ": 0 geleverd" "$out/export.out"; then ok; else fail "a last run: nothing due anywhere"; fi

# --- A file that cannot take its final name: that plan only, not recorded --
# Two plans of the HAP changed; the final name of one plan's NHG file is
# taken by a folder, so its rename fails after the batch was synced.
read -r stuck other <<<"$(sqlq "SELECT MIN(p.id), MAX(p.id) FROM care_plans p JOIN children c ON c.id = p.child_id WHERE c.change_reason = 'Doorloop $tag'")"
sqlq "UPDATE care_plans SET close_note = 'Herzien $tag' WHERE id IN ($stuck, $other)"
stuck_rev=$(sqlq "SELECT revision FROM care_plans WHERE id = $stuck"); other_rev=$(sqlq "SELECT revision FROM care_plans WHERE id = $other")
mkdir "$kill_hap/izp-$stuck-r$stuck_rev.nhg.xml"
before_hap=$(sqlq "SELECT revision FROM deliveries v JOIN destinations d ON d.id = v.destination_id WHERE d.agb = '$kill_hap_agb' AND v.plan_id = $stuck")
exporter --destination "$kill_hap_agb"
if [ "$export_rc" = 5 ] && grep -q "cannot rename .*izp-$stuck-r$stuck_rev.nhg.xml" "$out/export.err"; then ok; else fail "a blocked final name: exit 5 (partial), says which file"; fi
if [ -f "$kill_hap/izp-$other-r$other_rev.nhg.xml" ] && [ -f "$kill_hap/izp-$other-r$other_rev.fhir.xml" ] && [ "$(sqlq "SELECT v.revision FROM deliveries v JOIN destinations d ON d.id = v.destination_id WHERE d.agb = '$kill_hap_agb' AND v.plan_id = $other")" = "$other_rev" ]; then ok; else fail "a blocked final name: the other plan delivered"; fi
if [ "$(sqlq "SELECT revision FROM deliveries v JOIN destinations d ON d.id = v.destination_id WHERE d.agb = '$kill_hap_agb' AND v.plan_id = $stuck")" = "$before_hap" ] && [ ! -e "$kill_hap/izp-$stuck-r$stuck_rev.ada.xml" ] && [ ! -e "$kill_hap/izp-$stuck-r$stuck_rev.fhir.xml" ] && [ -z "$(find "$kill_hap" -name '.*' -type f)" ]; then ok; else fail "a blocked final name: that plan not recorded, none of its new files left, no hidden file"; fi
rmdir "$kill_hap/izp-$stuck-r$stuck_rev.nhg.xml"
exporter --destination "$kill_hap_agb"
if [ "$export_rc" = 0 ] && grep -q ": 1 geleverd" "$out/export.out" && xmllint --noout "$kill_hap/izp-$stuck-r$stuck_rev.nhg.xml" && [ "$(sqlq "SELECT v.revision FROM deliveries v JOIN destinations d ON d.id = v.destination_id WHERE d.agb = '$kill_hap_agb' AND v.plan_id = $stuck")" = "$stuck_rev" ]; then ok; else fail "the name free again: the next run delivers that plan alone"; fi
exporter --destination "$kill_gp_agb"
if [ "$export_rc" = 0 ] && grep -q ": 2 geleverd" "$out/export.out"; then ok; else fail "the practice gets both changed plans"; fi

# --- No receiving practice, and a closed plan: said, and urgent -----------
grant=$(sqlq "SELECT id FROM access_grants WHERE child_id = $concept_child AND team_id = 2 AND revoked_at IS NULL")
as verpleegkundige "/toegang/$grant/intrekken" "revoke_reason=Niet+naar+de+huisarts"
as casemanager "/izp/$concept/actueel-maken" "version=1"
req GET "/izp/$concept" casemanager
if body_has "De huisarts krijgt dit IZP niet vanzelf" && body_has "(01999991)"; then ok; else fail "no practice may receive the plan: the overview says the GP gets nothing"; fi
version=$(sqlq "SELECT version FROM care_plans WHERE id = $plan")
as kinderarts "/izp/$plan/afsluiten" "closed_on=$(date +%Y-%m-%d)&close_reason=volwassenenzorg&close_note=Naar+de+volwassenenzorg&version=$version"
check "the plan closed" status_is 303
req GET "/izp/$plan" casemanager
check "closed: the GP does not know yet" body_has "Huisarts (Huisartsenpraktijk De Proeftuin): <strong>heeft de huidige behandelgrenzen of status nog niet"
closed_revision=$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")
exporter --urgent
if [ "$export_rc" = 0 ] && grep -q 'status="afgesloten"' "$gp/izp-$plan-r$closed_revision.nhg.xml"; then ok; else fail "--urgent delivers the closure"; fi

