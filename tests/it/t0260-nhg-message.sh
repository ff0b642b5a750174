# The NHG HIS IZP message (/kinderen/{id}/berichten/nhg): valid against its
# documented schema for every child with a plan, the treatment limits with
# their SNOMED codes, the plan as it stood with ?at=, behind the same access
# rules and audited as an export.
nhg_valid() {
  xmllint --noout --schema "$IZP_REPO/xslt/nhg/izp-nhg.xsd" "$out/body" 2>"$out/xmllint" ||
    { cat "$out/xmllint" >&2; return 1; }
}
for child in $(sqlq "SELECT DISTINCT child_id FROM care_plans ORDER BY child_id"); do
  req GET "/kinderen/$child/berichten/nhg" casemanager
  if [ "$status" = 200 ]; then
    check "child $child: an XML message" header_has "Content-Type: application/xml"
    check "child $child: valid against izp-nhg.xsd" nhg_valid
    check "child $child: names the child" body_has "<patient id=\"$child\""
    check "child $child: no caching" header_has "Cache-Control: no-store"
  else
    check "child $child: refused only for lack of access ($status)" status_is 403
  fi
done
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
sem_plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
req GET "/kinderen/$sem/berichten/nhg" casemanager -H 'Accept: application/xml'
check "a GP system asking for XML gets the message, not the page model" body_has "<izp-bericht xmlns=\"urn:nl:izp:nhg-izp:1\""
check "niet reanimeren with its SNOMED code" grep -qz 'besluit="niet"[^>]*>[[:space:]]*<behandeling code="89666000" codesysteem="2.16.840.1.113883.6.96">Reanimatie' "$out/body"
check "the plan's status" body_has "<plan id=\"$sem_plan\" status=\"actueel\""
check "the GP with the AGB code a GP system finds him by" body_has "<agb>$(sqlq "SELECT gp_agb FROM children WHERE id = $sem")</agb>"
check "the main goal of the medical policy, with its SNOMED code" grep -q '<hoofddoel-medisch-beleid code="symptoomgericht" besproken-op="[0-9-]*" snomed="713148004">' "$out/body"
req GET "/izp/$sem_plan.xml" casemanager
revision=$(sed -n 's/.*<plan [^>]* revision="\([0-9]*\)".*/\1/p' "$out/body" | head -n 1)
req GET "/kinderen/$sem/berichten/nhg" casemanager
check "the message states the plan's revision ($revision)" body_has "<bericht revisie=\"$revision\""
check "audited as an export of the child's plan" [ "$(last_audit "CONCAT_WS('|', action, outcome, user_name, patient_id, object_type, object_id, program)")" = "export|success|casemanager|$sem|care_plan|$sem_plan|plan-message" ]
check "hostile text arrives as text" body_lacks "<script>"

# ?at=: the plan as it stood then.
before=$(date -u +%Y-%m-%dT%H:%M:%S)
sleep 1
post "/izp/$sem_plan/doelen/nieuw" casemanager "csrf_token=$(csrf_for casemanager "/izp/$sem_plan/doelen/nieuw")&request_id=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')&description=Later+doel+voor+het+bericht&dimension=sociaal&serves=Meedoen&target_date=2027-01-15&responsible_id=3"
check "a goal added" status_is 303
req GET "/kinderen/$sem/berichten/nhg" casemanager
check "now: the new goal is in the message" body_has "Later doel voor het bericht"
req GET "/kinderen/$sem/berichten/nhg?at=$before" casemanager
check "as of before: 200" status_is 200
check "as of before: valid" nhg_valid
check "as of before: without the later goal" body_lacks "Later doel voor het bericht"
check "as of before: says it is history" body_has 'historisch="true"'
check "as of before: the moment asked for" body_has "stand-van=\"$before\""
req GET "/kinderen/$sem/berichten/nhg?at=0000-00-00" casemanager
check "impossible moment: 400" status_is 400

# Access and the rest.
n=$(audit_count)
req GET "/kinderen/$sem/berichten/nhg" verpleegkundige2
check "no access: 403" status_is 403
check "no access: nothing of the child" body_lacks "Sem"
check "no access: audited on the child" [ "$(last_audit "CONCAT_WS('|', action, outcome, patient_id)")" = "export|denied|$sem" ]
check "no access: one row" [ "$(audit_count)" = $((n + 1)) ]
req GET /kinderen/987654/berichten/nhg casemanager
check "unknown child: 404" status_is 404
noplan=$(sqlq "SELECT c.id FROM children c WHERE NOT EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = c.id) AND EXISTS (SELECT 1 FROM access_grants g JOIN team_members t ON t.team_id = g.team_id WHERE g.child_id = c.id AND t.user_id = 3 AND g.revoked_at IS NULL) LIMIT 1")
if [ -n "$noplan" ]; then
  req GET "/kinderen/$noplan/berichten/nhg" casemanager
  check "child without a plan: still a message (its limits belong to the child)" status_is 200
  check "child without a plan: valid" nhg_valid
  if body_lacks "<plan " && body_lacks "revisie="; then ok; else fail "child without a plan: no plan element, no revision"; fi
  check "child without a plan: every limit in force" [ "$(grep -c '<behandelgrens ' "$out/body")" = "$(sqlq "SELECT COUNT(*) FROM treatment_limits WHERE child_id = $noplan AND status = 'actief'")" ]
fi
req POST "/kinderen/$sem/berichten/nhg" casemanager
check "read-only: 405" status_is 405
