/*
 * SQL fragments more than one program needs, declared once.  Column aliases
 * become XML attribute names (xml_rows), so these also fix the XML model of
 * a child and a plan; xslt/schema/izp.xsd describes it.
 */
#ifndef IZP_SQL_H
#define IZP_SQL_H

/* Start of the 8-week IZP term: registration with a KCT/NIK, else diagnosis. */
#define SQL_DEADLINE "c.deadline"

/* The child as every page shows it; needs "FROM children c". */
#define SQL_CHILD_COLUMNS \
	"c.id, c.given_name, c.family_name, c.birth_date, " \
	"TIMESTAMPDIFF(YEAR, c.birth_date, CURDATE()) AS age_years, " \
	"c.diagnosis, c.diagnosis_date, c.registration_kind, " \
	"c.registration_org, c.registration_date, c.gp_name, c.gp_practice, " \
	"c.gp_phone, c.version, " \
	SQL_DEADLINE " AS deadline, " \
	"DATEDIFF(" SQL_DEADLINE ", CURDATE()) AS days_left"

/*
 * May user ? see child c?  The hoofdbehandelaar and casemanager of the
 * child's open plan (concept or actueel) while it is open; otherwise, and
 * after the plan is closed, only with a grant the family gave, to the user
 * or to a team of the user, that was not revoked.  open_child_id is the
 * child only while the plan is open, and indexed.  Binds the user id three
 * times.
 */
#define SQL_MAY_SEE_CHILD \
	"(EXISTS (SELECT 1 FROM care_plans ap WHERE ap.open_child_id = c.id " \
	"AND (ap.hoofdbehandelaar_id = ? OR ap.casemanager_id = ?)) " \
	"OR EXISTS (SELECT 1 FROM access_grants ag WHERE ag.child_id = c.id " \
	"AND ag.revoked_at IS NULL AND (ag.user_id = ? OR ag.team_id IN " \
	"(SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ?))))"
#define SQL_MAY_SEE_CHILD_ARGS 4

/*
 * The same for a list: the children user ? may see, as a derived table
 * "v" of ids to join (JOIN SQL_VISIBLE_CHILDREN ON v.id = c.id).  A union
 * of four index lookups, computed once per statement instead of an EXISTS
 * per row; binds the user SQL_MAY_SEE_CHILD_ARGS times, where the FROM
 * clause stands.
 */
#define SQL_VISIBLE_CHILDREN \
	"(SELECT ap.open_child_id AS id FROM care_plans ap " \
	"WHERE ap.hoofdbehandelaar_id = ? AND ap.open_child_id IS NOT NULL " \
	"UNION SELECT ap.open_child_id FROM care_plans ap " \
	"WHERE ap.casemanager_id = ? AND ap.open_child_id IS NOT NULL " \
	"UNION SELECT ag.child_id FROM access_grants ag " \
	"WHERE ag.user_id = ? AND ag.revoked_at IS NULL " \
	"UNION SELECT ag.child_id FROM access_grants ag " \
	"JOIN team_members tm ON tm.team_id = ag.team_id " \
	"WHERE tm.user_id = ? AND ag.revoked_at IS NULL) v"

/*
 * The same again, for a list read in its own order (an index) that stops
 * after a page: joins instead of subqueries, as a dependent subquery costs
 * MariaDB twenty times a join per row.  SQL_SEEN_JOINS after "children c"
 * binds the user twice, SQL_SEEN_WHERE twice more; a child granted twice
 * (to the user and a team) comes twice, so such a list groups by c.id.
 */
#define SQL_SEEN_JOINS \
	" LEFT JOIN care_plans sp ON sp.open_child_id = c.id " \
	"LEFT JOIN access_grants sg ON sg.child_id = c.id " \
	"AND sg.revoked_at IS NULL AND (sg.user_id = ? OR sg.team_id IN " \
	"(SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ?)) "
#define SQL_SEEN_WHERE \
	"(sp.hoofdbehandelaar_id = ? OR sp.casemanager_id = ? " \
	"OR sg.id IS NOT NULL)"

/*
 * Does the user see at least ? children (bound four times: an upper bound
 * that stops counting early)?  A list then reads its own order and stops
 * after a page; for fewer it reads the children seen first
 * (SQL_VISIBLE_CHILDREN), which costs what the user sees, not what the
 * database holds.
 */
#define SQL_SEES_MANY \
	"SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM care_plans ap " \
	"WHERE ap.hoofdbehandelaar_id = ? AND ap.open_child_id IS NOT NULL " \
	"LIMIT ?) a) + (SELECT COUNT(*) FROM (SELECT 1 FROM care_plans ap " \
	"WHERE ap.casemanager_id = ? AND ap.open_child_id IS NOT NULL " \
	"LIMIT ?) b) + (SELECT COUNT(*) FROM (SELECT 1 FROM access_grants ag " \
	"WHERE ag.user_id = ? AND ag.revoked_at IS NULL LIMIT ?) g) + " \
	"(SELECT COUNT(*) FROM (SELECT 1 FROM team_members tm " \
	"JOIN access_grants ag ON ag.team_id = tm.team_id " \
	"WHERE tm.user_id = ? AND ag.revoked_at IS NULL LIMIT ?) t) AS seen"

/*
 * Was this very form saved before (a double click, a retried commit)?  A
 * locking read: it sees a twin request's row even when this transaction's
 * snapshot is older, and waits for a twin still writing it.
 */
#define SQL_SAVED_BEFORE(table) \
	"SELECT id FROM " table " WHERE request_id = ? LOCK IN SHARE MODE"

/*
 * Reading as of a moment: the _AT(T) forms take T = "" for now, or
 * SQL_AS_OF for the rows as they stood at a moment, which binds that moment
 * before the statement's other arguments, once per T.
 */
#define SQL_AS_OF " FOR SYSTEM_TIME AS OF TIMESTAMP ?"

/* One child by id, as every page shows it. */
#define SQL_CHILD_BY_ID_AT(T) \
	"SELECT " SQL_CHILD_COLUMNS " FROM children" T " c WHERE c.id = ?"
#define SQL_CHILD_BY_ID SQL_CHILD_BY_ID_AT("")

/* The open (concept or actueel) plan of a child, if any. */
#define SQL_OPEN_PLAN_OF_CHILD \
	"SELECT id FROM care_plans WHERE child_id = ? " \
	"AND status IN ('concept', 'actueel')"

/* The BSN, which only messages carry (a page never needs it). */
#define SQL_CHILD_BSN "SELECT bsn FROM children WHERE id = ?"

/*
 * The caregivers a message names, with what a receiver needs to reach
 * them: the plan's roles, who recorded a limit in force or an ACP
 * conversation, goals' responsibles, agreements' performers and
 * coordinators.  Binds the plan id (0: no plan) seven times, then the
 * child id.
 */
#define SQL_USERS_OF_MESSAGE \
	"SELECT u.id, u.display_name AS name, u.role, u.organisation, " \
	"u.phone FROM users u WHERE u.id IN (" \
	"SELECT hoofdbehandelaar_id FROM care_plans WHERE id = ? " \
	"UNION SELECT casemanager_id FROM care_plans WHERE id = ? " \
	"UNION SELECT drawn_up_by FROM care_plans WHERE id = ? " \
	"UNION SELECT created_by FROM acp_conversations WHERE plan_id = ? " \
	"UNION SELECT responsible_id FROM goals WHERE plan_id = ? " \
	"UNION SELECT performer_id FROM agreements WHERE plan_id = ? " \
	"UNION SELECT coordinator_id FROM agreements WHERE plan_id = ? " \
	"UNION SELECT created_by FROM treatment_limits WHERE child_id = ? " \
	"AND status = 'actief') ORDER BY u.id"

/* The plan a message is about: the child's open plan, else its latest. */
#define SQL_PLAN_OF_CHILD \
	"SELECT id FROM care_plans WHERE child_id = ? " \
	"ORDER BY open_child_id IS NULL, id DESC LIMIT 1"

/* A plan with the names of its roles; needs "FROM care_plans p". */
#define SQL_PLAN_COLUMNS \
	"p.id, p.child_id, p.status, p.version, p.created_at, " \
	"p.child_participated, p.child_absent_reason, p.parents_present, " \
	"p.hoofdbehandelaar_id, hb.display_name AS hoofdbehandelaar_name, " \
	"hb.phone AS hoofdbehandelaar_phone, " \
	"p.casemanager_id, cm.display_name AS casemanager_name, " \
	"cm.phone AS casemanager_phone, " \
	"p.drawn_up_by, du.display_name AS drawn_up_by_name, " \
	"p.activated_at, p.closed_on, p.close_reason, p.close_note, " \
	"p.evaluate_on, DATEDIFF(p.evaluate_on, CURDATE()) AS evaluate_in_days, " \
	"p.policy_goal, p.policy_goal_on, p.policy_goal_note"

#define SQL_PLAN_JOINS \
	" JOIN users hb ON hb.id = p.hoofdbehandelaar_id" \
	" JOIN users cm ON cm.id = p.casemanager_id" \
	" JOIN users du ON du.id = p.drawn_up_by"

#define SQL_PLAN_BY_ID_AT(T) \
	"SELECT " SQL_PLAN_COLUMNS " FROM care_plans" T " p" SQL_PLAN_JOINS \
	" WHERE p.id = ?"
#define SQL_PLAN_BY_ID SQL_PLAN_BY_ID_AT("")

/*
 * A plan about to change: locked, with what the rules need.  Binds the plan
 * id.  Writers check the version the user saw against it (optimistic).
 */
#define SQL_PLAN_FOR_CHANGE \
	"SELECT id, child_id, status, version, hoofdbehandelaar_id, " \
	"casemanager_id, drawn_up_by, created_at, request_id FROM care_plans " \
	"WHERE id = ? FOR UPDATE"

/* The open plan of a child, locked, for changes to what belongs to the
 * child (treatment limits, representatives, directives); binds the child. */
#define SQL_OPEN_PLAN_FOR_CHANGE \
	"SELECT id FROM care_plans WHERE child_id = ? " \
	"AND status IN ('concept', 'actueel') FOR UPDATE"

/* The goals of a plan with the names behind the ids; binds the plan id. */
#define SQL_GOALS_OF_PLAN SQL_GOALS_OF_PLAN_AT("")
#define SQL_GOALS_OF_PLAN_AT(T) \
	"SELECT g.id, g.plan_id, g.description, g.dimension, g.serves, " \
	"g.target_date, g.responsible_id, r.display_name AS responsible_name, " \
	"g.status, g.closed_on, g.close_comment, g.version, g.created_at, " \
	"cb.display_name AS created_by_name FROM goals" T " g" \
	" JOIN users r ON r.id = g.responsible_id " \
	"JOIN users cb ON cb.id = g.created_by WHERE g.plan_id = ? " \
	"ORDER BY g.status <> 'actief', g.dimension, g.id"

/* Agreements (lib/agreement.c); the programs that write them prepare these. */
#define SQL_AGREEMENT_GOAL_OK \
	"SELECT status FROM goals WHERE id = ? AND plan_id = ?"
#define SQL_AGREEMENT_PEOPLE \
	"SELECT id, display_name FROM users WHERE active AND role IN " \
	"('verpleegkundige', 'kinderarts', 'casemanager', 'huisarts') " \
	"ORDER BY display_name"
#define SQL_AGREEMENT_PERSON_OK \
	"SELECT id FROM users WHERE id = ? AND active AND role IN " \
	"('verpleegkundige', 'kinderarts', 'casemanager', 'huisarts')"
#define SQL_AGREEMENT_INSERT \
	"INSERT INTO agreements (plan_id, goal_id, problem, activity, " \
	"party_child, party_parents, party_caregivers, performer, " \
	"performer_id, coordinator_id, start_date, end_date, evaluate_on, " \
	"replaces_id, amend_reason, created_by, created_at, changed_by, " \
	"change_reason, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " \
	"?, ?, ?, ?, ?, NOW(3), ?, ?, ?)"
/* The agreements of a plan that were not replaced by a newer version:
 * current ones first, closed ones after. */
#define SQL_AGREEMENTS_OF_PLAN SQL_AGREEMENTS_OF_PLAN_AT("")
#define SQL_AGREEMENTS_OF_PLAN_AT(T) \
	"SELECT a.id, a.plan_id, a.goal_id, g.description AS goal, " \
	"a.problem, a.activity, a.party_child, a.party_parents, " \
	"a.party_caregivers, a.performer, a.performer_id, " \
	"pf.display_name AS performer_name, a.coordinator_id, " \
	"co.display_name AS coordinator_name, a.start_date, a.end_date, " \
	"a.evaluate_on, DATEDIFF(a.evaluate_on, CURDATE()) AS " \
	"evaluate_in_days, a.status, a.closed_on, a.close_reason, " \
	"a.replaces_id, a.amend_reason, a.version, a.created_at, " \
	"a.change_reason " \
	"FROM agreements" T " a" \
	" LEFT JOIN goals g ON g.id = a.goal_id" \
	" LEFT JOIN users pf ON pf.id = a.performer_id" \
	" LEFT JOIN users co ON co.id = a.coordinator_id" \
	" WHERE a.plan_id = ? AND a.status <> 'vervangen'" \
	" ORDER BY a.status <> 'actief', a.start_date, a.id"

/* Evaluations held of a plan, newest first, and what each decided. */
#define SQL_EVALUATIONS_OF_PLAN_AT(T) \
	"SELECT e.id, e.held_on, e.participants, e.summary, e.next_on, " \
	"e.created_at, u.display_name AS created_by_name " \
	"FROM evaluations" T " e JOIN users u ON u.id = e.created_by " \
	"WHERE e.plan_id = ? " \
	"ORDER BY e.held_on DESC, e.id DESC"
#define SQL_OUTCOMES_OF_PLAN_AT(T) \
	"SELECT o.evaluation_id, o.agreement_id, o.outcome, a.activity " \
	"FROM evaluation_outcomes" T " o JOIN evaluations" T " e" \
	" ON e.id = o.evaluation_id JOIN agreements a ON a.id = o.agreement_id" \
	" WHERE e.plan_id = ? ORDER BY o.evaluation_id, a.id"

/*
 * The plan's revision: how many versions of everything the overview and
 * the printout show exist up to a moment (NULL: now), and when the last
 * one began.  It only grows, so a printout's number says which state it
 * shows.  Binds the plan id, the child id three times (what belongs to the
 * child), the plan id twelve times, then the moment.
 */
#define SQL_REVISION_PART(table, owner) \
	" UNION ALL SELECT row_start FROM " table " FOR SYSTEM_TIME ALL" \
	" WHERE " owner " = ?"
#define SQL_PLAN_REVISION \
	"SELECT COUNT(*) AS revision, " \
	"DATE_FORMAT(MAX(t), '%Y-%m-%d %H:%i:%s') AS changed_at FROM (" \
	"SELECT row_start AS t FROM care_plans FOR SYSTEM_TIME ALL WHERE id = ?" \
	SQL_REVISION_PART("treatment_limits", "child_id") \
	SQL_REVISION_PART("advance_directives", "child_id") \
	SQL_REVISION_PART("representatives", "child_id") \
	SQL_REVISION_PART("goals", "plan_id") \
	SQL_REVISION_PART("agreements", "plan_id") \
	SQL_REVISION_PART("evaluations", "plan_id") \
	SQL_REVISION_PART("crisis_plans", "plan_id") \
	SQL_REVISION_PART("next_steps", "plan_id") \
	SQL_REVISION_PART("place_wishes", "plan_id") \
	SQL_REVISION_PART("care_team", "plan_id") \
	SQL_REVISION_PART("wishes", "plan_id") \
	SQL_REVISION_PART("problems", "plan_id") \
	SQL_REVISION_PART("acp_conversations", "plan_id") \
	SQL_REVISION_PART("plan_topics", "plan_id") \
	SQL_REVISION_PART("guideline_deviations", "plan_id") \
	") v WHERE t <= COALESCE(?, NOW(6))"

/*
 * The palliative content.  Of the child: treatment limits, advance
 * directives, representatives (active ones, binds the child id).  Of the
 * plan: crisis step plans with their steps, the newest next step and the
 * newest wish per place kind (binds the plan id).
 */
#define SQL_LIMITS_OF_CHILD_AT(T) \
	"SELECT l.id, l.child_id, l.treatment, l.treatment_other, l.decision, " \
	"l.decision_detail, l.discussed_on, l.age_at_agreement, " \
	"l.party_child, l.party_parents, l.party_caregiver, l.verified_with, " \
	"l.verified_on, l.directive_id, l.comment, l.status, l.version, " \
	"l.created_at, l.created_by, u.display_name AS created_by_name, " \
	"TIMESTAMPDIFF(MONTH, l.discussed_on, CURDATE()) AS months_since " \
	"FROM treatment_limits" T " l JOIN users u ON u.id = l.created_by " \
	"WHERE l.child_id = ? AND l.status = 'actief' " \
	"ORDER BY l.treatment <> '89666000', l.decision <> 'niet', l.id"
#define SQL_DIRECTIVES_OF_CHILD_AT(T) \
	"SELECT d.id, d.kind, d.kind_other, d.signed_on, d.representative, " \
	"d.document, d.comment, d.version FROM advance_directives" T " d " \
	"WHERE d.child_id = ? AND d.status = 'actief' ORDER BY d.signed_on, d.id"
#define SQL_REPRESENTATIVES_OF_CHILD_AT(T) \
	"SELECT r.id, r.name, r.relation, r.has_authority, r.phone, " \
	"r.phone_other, r.email, r.note, r.version FROM representatives" T " r " \
	"WHERE r.child_id = ? AND r.status = 'actief' " \
	"ORDER BY r.has_authority DESC, r.id"
#define SQL_CRISIS_PLANS_OF_PLAN_AT(T) \
	"SELECT c.id, c.situation, c.situation_other, c.version, c.created_at " \
	"FROM crisis_plans" T " c WHERE c.plan_id = ? AND c.status = 'actief' " \
	"ORDER BY c.id"
#define SQL_CRISIS_STEPS_OF_PLAN_AT(T) \
	"SELECT s.crisis_plan_id, s.position, s.action, s.actor " \
	"FROM crisis_steps" T " s JOIN crisis_plans" T " c " \
	"ON c.id = s.crisis_plan_id WHERE c.plan_id = ? AND c.status = 'actief' " \
	"ORDER BY s.crisis_plan_id, s.position"
#define SQL_NEXT_STEP_OF_PLAN_AT(T) \
	"SELECT n.id, n.description, n.actor, n.due_on, " \
	"DATEDIFF(n.due_on, CURDATE()) AS due_in_days, n.created_at, " \
	"u.display_name AS created_by_name FROM next_steps" T " n " \
	"JOIN users u ON u.id = n.created_by WHERE n.plan_id = ? " \
	"ORDER BY n.id DESC LIMIT 1"
#define SQL_PLACE_WISHES_OF_PLAN_AT(T) \
	"SELECT w.id, w.kind, w.place, w.place_other, w.note, w.discussed_on " \
	"FROM place_wishes" T " w WHERE NOT EXISTS (SELECT 1 " \
	"FROM place_wishes" T " x WHERE x.plan_id = w.plan_id " \
	"AND x.kind = w.kind AND x.id > w.id) AND w.plan_id = ? " \
	"ORDER BY w.kind DESC"

/* The rest of the plan's content (binds the plan id; topics: the newest
 * note per topic). */
#define SQL_TEAM_OF_PLAN_AT(T) \
	"SELECT t.id, t.role, t.name, t.organisation, t.phone, " \
	"t.reachable_24_7, t.tasks, t.version FROM care_team" T " t " \
	"WHERE t.plan_id = ? AND t.status = 'actief' " \
	"ORDER BY t.reachable_24_7 DESC, t.role, t.id"
#define SQL_WISHES_OF_PLAN_AT(T) \
	"SELECT w.id, w.dimension, w.kind, w.description, w.version " \
	"FROM wishes" T " w WHERE w.plan_id = ? AND w.status = 'actief' " \
	"ORDER BY w.dimension, w.id"
#define SQL_PROBLEMS_OF_PLAN_AT(T) \
	"SELECT p.id, p.dimension, p.kind, p.description, p.action, " \
	"p.action_holder, p.evaluate_on, " \
	"DATEDIFF(p.evaluate_on, CURDATE()) AS evaluate_in_days, p.version " \
	"FROM problems" T " p WHERE p.plan_id = ? AND p.status = 'actief' " \
	"ORDER BY p.kind, p.dimension, p.id"
#define SQL_ACP_OF_PLAN_AT(T) \
	"SELECT a.id, a.held_on, a.child_present, a.present, a.summary, " \
	"a.outcome, a.created_by, u.display_name AS created_by_name " \
	"FROM acp_conversations" T " a JOIN users u ON u.id = a.created_by " \
	"WHERE a.plan_id = ? ORDER BY a.held_on DESC, a.id DESC"
#define SQL_DEVIATIONS_OF_PLAN_AT(T) \
	"SELECT d.id, d.what, d.why, d.decided_by, d.decided_on, " \
	"u.display_name AS created_by_name " \
	"FROM guideline_deviations" T " d JOIN users u ON u.id = d.created_by " \
	"WHERE d.plan_id = ? ORDER BY d.decided_on DESC, d.id DESC"
#define SQL_TOPICS_OF_PLAN_AT(T) \
	"SELECT o.id, o.topic, o.note, o.created_at FROM plan_topics" T " o " \
	"WHERE NOT EXISTS (SELECT 1 FROM plan_topics" T " x " \
	"WHERE x.plan_id = o.plan_id AND x.topic = o.topic AND x.id > o.id) " \
	"AND o.plan_id = ? ORDER BY o.topic"

#endif
