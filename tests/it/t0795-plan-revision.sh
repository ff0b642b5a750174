# The plan's revision now is kept on the plan row by triggers; as of a
# moment it is counted over every version.  After everything the suite
# wrote before this file, both must agree for every plan, and the overview
# must show the same number now and "as of" a moment after the last change.
counted="
  SELECT p.id, p.revision, p.changed_at,
    (SELECT COUNT(*) FROM care_plans FOR SYSTEM_TIME ALL x WHERE x.id = p.id) +
    (SELECT COUNT(*) FROM treatment_limits FOR SYSTEM_TIME ALL x WHERE x.child_id = p.child_id) +
    (SELECT COUNT(*) FROM advance_directives FOR SYSTEM_TIME ALL x WHERE x.child_id = p.child_id) +
    (SELECT COUNT(*) FROM representatives FOR SYSTEM_TIME ALL x WHERE x.child_id = p.child_id) +
    (SELECT COUNT(*) FROM crisis_medications FOR SYSTEM_TIME ALL x WHERE x.child_id = p.child_id) +
    (SELECT COUNT(*) FROM children FOR SYSTEM_TIME ALL x WHERE x.id = p.child_id) +
    (SELECT COUNT(*) FROM goals FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM agreements FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM evaluations FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM crisis_plans FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM next_steps FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM place_wishes FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM care_team FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM wishes FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM problems FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM acp_conversations FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM plan_topics FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM guideline_deviations FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) +
    (SELECT COUNT(*) FROM aftercare FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id) AS versions,
    GREATEST(COALESCE((SELECT MAX(x.row_start) FROM care_plans FOR SYSTEM_TIME ALL x WHERE x.id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM treatment_limits FOR SYSTEM_TIME ALL x WHERE x.child_id = p.child_id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM advance_directives FOR SYSTEM_TIME ALL x WHERE x.child_id = p.child_id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM representatives FOR SYSTEM_TIME ALL x WHERE x.child_id = p.child_id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM crisis_medications FOR SYSTEM_TIME ALL x WHERE x.child_id = p.child_id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM children FOR SYSTEM_TIME ALL x WHERE x.id = p.child_id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM goals FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM agreements FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM evaluations FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM crisis_plans FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM next_steps FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM place_wishes FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM care_team FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM wishes FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM problems FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM acp_conversations FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM plan_topics FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM guideline_deviations FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0),
    COALESCE((SELECT MAX(x.row_start) FROM aftercare FOR SYSTEM_TIME ALL x WHERE x.plan_id = p.id), 0)) AS newest
  FROM care_plans p"
check "every plan's kept revision equals the count of its versions" \
  [ "$(sqlq "SELECT COUNT(*) FROM ($counted) r WHERE r.revision <> r.versions")" = 0 ]
check "every plan's kept last change is its newest version's" \
  [ "$(sqlq "SELECT COUNT(*) FROM ($counted) r WHERE r.changed_at <> r.newest")" = 0 ]
check "the suite changed plans many times (the check above is not empty)" \
  [ "$(sqlq "SELECT MAX(revision) FROM care_plans")" -gt 10 ]

sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
plan=$(sqlq "SELECT id FROM care_plans WHERE child_id = $sem AND status = 'actueel'")
revision_of() { sed -n 's/.*<plan [^>]* revision="\([0-9]*\)".*/\1/p' "$out/body"; }
changed_of() { sed -n 's/.*<plan [^>]* changed-at="\([^"]*\)".*/\1/p' "$out/body"; }
req GET "/izp/$plan.xml" casemanager
now_revision=$(revision_of); now_changed=$(changed_of)
if [ -n "$now_revision" ] && [ "$now_revision" = "$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")" ]; then ok; else fail "the overview shows the kept revision"; fi
sleep 1.1
moment=$(sqlq "SELECT DATE_FORMAT(NOW(), '%Y-%m-%dT%H:%i:%s')")
req GET "/izp/$plan.xml?at=$moment" casemanager
check "as of a moment after the last change: the same revision" [ "$(revision_of)" = "$now_revision" ]
check "as of a moment after the last change: the same last change" [ "$(changed_of)" = "$now_changed" ]

# A change of the child's limits counts for the plan; a change of derived
# columns only (the worklists' list_state) does not.
sqlq "UPDATE children SET list_state = list_state WHERE id = $sem"
sqlq "UPDATE care_plans SET next_step_due = next_step_due WHERE id = $plan"
check "derived columns leave the revision" [ "$(sqlq "SELECT revision FROM care_plans WHERE id = $plan")" = "$now_revision" ]
form_tokens "/kinderen/$sem/vertegenwoordigers/nieuw" casemanager
post "/kinderen/$sem/vertegenwoordigers/nieuw" casemanager "csrf_token=$csrf&request_id=$rid&name=Oma+Test&relation=overig&phone=0612345678"
check "a representative added" status_is 303
req GET "/izp/$plan.xml" casemanager
check "a representative of the child raises the plan's revision by one" [ "$(revision_of)" = $((now_revision + 1)) ]
