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
	"TIMESTAMPDIFF(MONTH, c.birth_date, CURDATE()) AS age_months, " \
	"c.diagnosis, c.diagnosis_date, c.registration_kind, " \
	"c.registration_org, c.registration_date, c.gp_name, c.gp_practice, " \
	"c.gp_phone, c.gp_agb, c.hap_name, c.hap_phone, c.address, c.phone, " \
	"c.version, " \
	SQL_DEADLINE " AS deadline, " \
	"DATEDIFF(" SQL_DEADLINE ", CURDATE()) AS days_left, " \
	"c.first_actueel_on, DATEDIFF(c.first_actueel_on, " SQL_DEADLINE \
	") AS actueel_days_after_term, c.died_on"

/*
 * May user ? see child c?  The hoofdbehandelaar and casemanager of the
 * child's open plan (concept or actueel) while it is open; otherwise, and
 * after the plan is closed, only with a grant the family gave, to the user
 * or to a team of the user, that was not revoked.  open_child_id is the
 * child only while the plan is open, and indexed.  Binds the user id
 * SQL_MAY_SEE_CHILD_ARGS times.  SQL_MAY_SEE names the child's id column.
 */
#define SQL_MAY_SEE(child) \
	"(EXISTS (SELECT 1 FROM care_plans ap WHERE ap.open_child_id = " \
	child " AND (ap.hoofdbehandelaar_id = ? OR ap.casemanager_id = ?)) " \
	"OR EXISTS (SELECT 1 FROM access_grants ag WHERE ag.child_id = " \
	child " AND ag.revoked_at IS NULL AND (ag.user_id = ? OR ag.team_id " \
	"IN (SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ?))))"
#define SQL_MAY_SEE_CHILD SQL_MAY_SEE("c.id")
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
 * Does the user see at least N children through any one of the four ways
 * (binds the user and N - 1 four times)?  A list then reads its own order
 * and stops after a page; for fewer it reads the children seen first
 * (SQL_VISIBLE_CHILDREN), which costs what the user sees, not what the
 * database holds.  Each way reads at most N index entries and copies
 * none (a COUNT over a derived table would materialise them).
 */
#define SQL_SEES_MANY_WAY(from) \
	"(SELECT 1 FROM " from " LIMIT 1 OFFSET ?) IS NOT NULL"
#define SQL_SEES_MANY \
	"SELECT " SQL_SEES_MANY_WAY("care_plans ap WHERE " \
	"ap.hoofdbehandelaar_id = ? AND ap.open_child_id IS NOT NULL") \
	" OR " SQL_SEES_MANY_WAY("care_plans ap WHERE ap.casemanager_id = ? " \
	"AND ap.open_child_id IS NOT NULL") \
	" OR " SQL_SEES_MANY_WAY("access_grants ag WHERE ag.user_id = ? " \
	"AND ag.revoked_at IS NULL") \
	" OR " SQL_SEES_MANY_WAY("team_members tm JOIN access_grants ag " \
	"ON ag.team_id = tm.team_id WHERE tm.user_id = ? " \
	"AND ag.revoked_at IS NULL") " AS many"

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

/*
 * A UTC moment (the audit log's occurred_at) in the time zone of the
 * session, which every other time of the pages is in (NOW() of the
 * writers): what the family reads next to the rest of the plan.
 */
#define SQL_LOCAL_TIME(COLUMN) \
	"DATE_FORMAT(CONVERT_TZ(" COLUMN ", '+00:00', @@session.time_zone), " \
	"'%Y-%m-%d %H:%i:%s')"

/*
 * An audit row's columns, in the order of audit_write's arguments; the
 * database sets its time and event id (a trigger).  Also the exporter's
 * rows of a batch (tools/izp-export.c), so the two cannot drift.
 */
#define SQL_AUDIT_COLUMNS \
	"action, outcome, user_id, user_name, user_display_name, user_role, " \
	"on_behalf_of, patient_id, object_type, object_id, client_address, " \
	"program, shown_patients, receiver"

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
 * child id.  The ids are gathered once, then joined: an IN over a UNION
 * would run the union again for every user.
 */
#define SQL_USERS_OF_MESSAGE \
	"SELECT u.id, u.display_name AS name, u.role, u.organisation, " \
	"u.phone FROM (" \
	"SELECT hoofdbehandelaar_id AS id FROM care_plans WHERE id = ? " \
	"UNION SELECT casemanager_id FROM care_plans WHERE id = ? " \
	"UNION SELECT drawn_up_by FROM care_plans WHERE id = ? " \
	"UNION SELECT created_by FROM acp_conversations WHERE plan_id = ? " \
	"UNION SELECT responsible_id FROM goals WHERE plan_id = ? " \
	"UNION SELECT performer_id FROM agreements WHERE plan_id = ? " \
	"UNION SELECT coordinator_id FROM agreements WHERE plan_id = ? " \
	"UNION SELECT created_by FROM treatment_limits WHERE child_id = ? " \
	"AND status = 'actief') x JOIN users u ON u.id = x.id ORDER BY u.id"

/* The same for a batch of plans (lib/overview.c message_read_batch), as
 * a part (SQL_PART) whose owner is the plan. */
#define PART_MESSAGE_USERS(C) \
	C("u.id", "id") C("u.display_name", "name") C("u.role", "role") \
	C("u.organisation", "organisation") C("u.phone", "phone")
#define SQL_MESSAGE_USERS(n, K) SQL_PART(n, PART_MESSAGE_USERS, \
	SQL_NULLS_16 SQL_NULLS_4 SQL_NULLS_1, "u.id, NULL, NULL", \
	"(SELECT id AS plan, hoofdbehandelaar_id AS user_id FROM care_plans " \
	"WHERE " K("id") " UNION SELECT id, casemanager_id FROM care_plans " \
	"WHERE " K("id") " UNION SELECT id, drawn_up_by FROM care_plans " \
	"WHERE " K("id") " UNION SELECT plan_id, created_by FROM " \
	"acp_conversations WHERE " K("plan_id") " UNION SELECT plan_id, " \
	"responsible_id FROM goals WHERE " K("plan_id") " UNION SELECT " \
	"plan_id, performer_id FROM agreements WHERE " K("plan_id") \
	" UNION SELECT plan_id, coordinator_id FROM agreements WHERE " \
	K("plan_id") " UNION SELECT p.id, l.created_by FROM treatment_limits " \
	"l JOIN care_plans p ON p.child_id = l.child_id WHERE l.status = " \
	"'actief' AND " K("p.id") ") x JOIN users u ON u.id = x.user_id " \
	"WHERE", "x.plan", K)
/* How often it binds the plan (or the JSON array of plans). */
#define SQL_MESSAGE_USERS_ARGS 9

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
	"p.hoofdbehandelaar_confirmed_at, p.casemanager_confirmed_at, " \
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
/* The same with its revision now, which the plan row keeps (the triggers
 * of sql/schema.sql); as of a moment it is counted (SQL_PLAN_REVISION). */
#define SQL_PLAN_REVISION_COLUMNS \
	SQL_PLAN_COLUMNS ", p.revision, " \
	"DATE_FORMAT(p.changed_at, '%Y-%m-%d %H:%i:%s') AS changed_at "
/* The name of the column that ends the child's row and begins the plan's
 * in a statement that reads both (lib/access.c). */
#define SQL_PLAN_FOLLOWS "plan_follows"
#define SQL_PLAN_WITH_REVISION \
	"SELECT " SQL_PLAN_REVISION_COLUMNS \
	"FROM care_plans p" SQL_PLAN_JOINS " WHERE p.id = ?"

/*
 * A plan about to change: locked, with what the rules need, and whether
 * the user may see its child (one round trip, not two).  Binds the user
 * SQL_MAY_SEE_CHILD_ARGS times, then the plan id.  Writers check the
 * version the user saw against it (optimistic).
 */
#define SQL_PLAN_FOR_CHANGE \
	"SELECT p.id, p.child_id, p.status, p.close_reason, p.version, " \
	"p.hoofdbehandelaar_id, p.casemanager_id, p.drawn_up_by, " \
	"p.created_at, p.request_id, p.changed_by, " SQL_MAY_SEE("p.child_id") \
	" AS allowed FROM care_plans p WHERE p.id = ? FOR UPDATE"

/* The open plan of a child, locked, for changes to what belongs to the
 * child (treatment limits, representatives, directives); binds the child. */
#define SQL_OPEN_PLAN_FOR_CHANGE \
	"SELECT id FROM care_plans WHERE child_id = ? " \
	"AND status IN ('concept', 'actueel') FOR UPDATE"

#define SQL_USER_ROLE "SELECT role FROM users WHERE id = ? AND active"

/* Agreements (lib/agreement.c); the programs that write them prepare these. */
/*
 * The caregivers who may act for child ? (bound twice): active, of a care
 * role, and allowed to see the child (its open plan's hoofdbehandelaar or
 * casemanager, or a grant the family gave to them or their team).  Others
 * are never offered, so no one is named who cannot even read the plan.
 */
#define SQL_PEOPLE_OF_CHILD \
	"u.active AND u.role IN ('verpleegkundige', 'kinderarts', " \
	"'casemanager', 'huisarts') AND (EXISTS (SELECT 1 FROM care_plans " \
	"ap WHERE ap.open_child_id = ? AND u.id IN (ap.hoofdbehandelaar_id, " \
	"ap.casemanager_id)) OR EXISTS (SELECT 1 FROM access_grants ag " \
	"WHERE ag.child_id = ? AND ag.revoked_at IS NULL AND (ag.user_id = " \
	"u.id OR ag.team_id IN (SELECT tm.team_id FROM team_members tm " \
	"WHERE tm.user_id = u.id))))"
#define SQL_AGREEMENT_PEOPLE \
	"SELECT u.id, u.display_name FROM users u WHERE " SQL_PEOPLE_OF_CHILD \
	" ORDER BY u.display_name"
#define SQL_AGREEMENT_PERSON_OK \
	"SELECT u.id FROM users u WHERE u.id = ? AND " SQL_PEOPLE_OF_CHILD
/* Who may be a plan's hoofdbehandelaar or casemanager of child ? (bound
 * twice; lib/form.c): any kinderarts may be asked to take the medical
 * lead, but a casemanager must be someone the family let see the child,
 * since naming one gives access. */
#define SQL_RESPONSIBLE_CANDIDATES \
	"SELECT u.id, u.display_name, u.role FROM users u WHERE u.active " \
	"AND (u.role = 'kinderarts' OR (u.role IN ('casemanager', " \
	"'verpleegkundige') AND " SQL_PEOPLE_OF_CHILD ")) " \
	"ORDER BY u.display_name"
/* The plan's treatment team in force, who may carry out an agreement
 * without being a user (a school counsellor, a volunteer, home care). */
#define SQL_AGREEMENT_TEAM \
	"SELECT id, CONCAT(name, IFNULL(CONCAT(', ', organisation), '')) " \
	"FROM care_team WHERE plan_id = ? AND status = 'actief' ORDER BY name"
/*
 * The choices of an agreement form, checked in one round trip: the goal's
 * status if it is this plan's (goal id, plan id), the performer and the
 * coordinator if they may act for the child (SQL_AGREEMENT_PERSON_OK's
 * arguments each), the team member if in force on this plan (member id,
 * plan id).  A column is NULL when the choice is not one the form offers
 * (or none was made: the caller knows which).
 */
#define SQL_AGREEMENT_CHOICES_OK \
	"SELECT (SELECT status FROM goals WHERE id = ? AND plan_id = ?) " \
	"AS goal, (" SQL_AGREEMENT_PERSON_OK ") AS performer, " \
	"(SELECT id FROM care_team WHERE id = ? AND plan_id = ? " \
	"AND status = 'actief') AS team_member, (" SQL_AGREEMENT_PERSON_OK \
	") AS coordinator"
#define SQL_AGREEMENT_INSERT \
	"INSERT INTO agreements (plan_id, goal_id, problem, activity, " \
	"party_child, party_parents, party_caregivers, performer, " \
	"performer_id, performer_team_id, coordinator_id, start_date, " \
	"end_date, evaluate_on, replaces_id, amend_reason, created_by, " \
	"created_at, changed_by, change_reason, request_id) VALUES (?, ?, ?, " \
	"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3), ?, ?, ?)"
/*
 * The plan's revision as of a moment: how many versions of everything the
 * overview and the printout show existed then, and when the last one
 * began (NULL: now, which the plan row also keeps: SQL_PLAN_WITH_REVISION).
 * It only grows, so a printout's number says which state it shows.
 * SQL_PLAN_CHANGES, every change that counts, binds the plan id, the child
 * id five times (what belongs to the child, and the child's own contacts)
 * and the plan id thirteen times;
 * SQL_PLAN_REVISION then the moment.
 */
#define SQL_REVISION_PART(table, owner) \
	" UNION ALL SELECT row_start FROM " table " FOR SYSTEM_TIME ALL" \
	" WHERE " owner " = ?"
#define SQL_PLAN_CHANGES \
	"SELECT row_start AS t FROM care_plans FOR SYSTEM_TIME ALL WHERE id = ?" \
	SQL_REVISION_PART("treatment_limits", "child_id") \
	SQL_REVISION_PART("advance_directives", "child_id") \
	SQL_REVISION_PART("representatives", "child_id") \
	SQL_REVISION_PART("crisis_medications", "child_id") \
	SQL_REVISION_PART("children", "id") \
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
	SQL_REVISION_PART("aftercare", "plan_id")
#define SQL_PLAN_CHANGES_ARGS 19
#define SQL_PLAN_CHANGES_OF_CHILD 5	/* after the plan, the child's parts */
#define SQL_PLAN_REVISION \
	"SELECT COUNT(*) AS revision, " \
	"DATE_FORMAT(MAX(t), '%Y-%m-%d %H:%i:%s') AS changed_at FROM (" \
	SQL_PLAN_CHANGES ") v WHERE t <= COALESCE(?, NOW(6))"

/*
 * The parts of a plan, each read by one SELECT that can stand in a UNION
 * ALL with the others, so a page reads many parts in one round trip
 * (lib/parts.c sorts and splits the rows again).  Each part's row is its
 * number (the position in its union), SQL_PART_KEYS sort keys, then its
 * columns, padded with NULLs to SQL_PART_WIDTH.  The keys are compared in
 * C (numbers as numbers, NULL first), not by MariaDB: a window function
 * per part and a sorted union cost a temporary table each, more than
 * reading the rows.  So a key is a number or a date, an ENUM is taken by
 * its position (+ 0), and descending is a negated number.  A part's columns are one list,
 * PART_x(C) with C(expression, name): the SQL and the names C reads by
 * come from it, so they cannot drift apart.  T is "" for now or SQL_AS_OF
 * (which binds the moment, before the part's id, once per T); every part
 * binds, after its moments, the id of the plan or, for what belongs to the
 * child (limits, directives, representatives), of the child.
 */
#define SQL_PART_WIDTH 26
#define SQL_PART_KEYS 3
#define SQL_PART_COLUMN(expr, name) ", " expr
#define SQL_PART_NAME(expr, name) name,
#define SQL_PART_COUNT(expr, name) + 1
#define SQL_NULLS_1 ", NULL"
#define SQL_NULLS_2 SQL_NULLS_1 SQL_NULLS_1
#define SQL_NULLS_4 SQL_NULLS_2 SQL_NULLS_2
#define SQL_NULLS_8 SQL_NULLS_4 SQL_NULLS_4
#define SQL_NULLS_16 SQL_NULLS_8 SQL_NULLS_8
#define SQL_PART(number, columns, padding, keys, from, owner, K) \
	"SELECT " #number ", " owner ", " keys columns(SQL_PART_COLUMN) padding \
	" FROM " from " " K(owner)
/* K: the part of one plan or child (binds its id), or of many (binds a
 * JSON array of ids: tools/izp-export reads a batch of plans at once). */
#define SQL_ONE(owner) owner " = ?"
#define SQL_MANY(owner) owner " IN (SELECT id FROM " SQL_IDS ")"
#define SQL_IDS "JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT PATH '$')) ids"

/* The goals of a plan with the names behind the ids. */
#define PART_GOALS(C) \
	C("g.id", "id") C("g.plan_id", "plan_id") \
	C("g.description", "description") C("g.dimension", "dimension") \
	C("g.serves", "serves") C("g.target_date", "target_date") \
	C("g.responsible_id", "responsible_id") \
	C("r.display_name", "responsible_name") C("g.status", "status") \
	C("g.closed_on", "closed_on") C("g.close_comment", "close_comment") \
	C("g.version", "version") C("g.created_at", "created_at") \
	C("cb.display_name", "created_by_name")
#define SQL_GOALS(n, T, K) SQL_PART(n, PART_GOALS, SQL_NULLS_8 SQL_NULLS_4, \
	"g.status <> 'actief', g.dimension + 0, g.id", \
	"goals" T " g JOIN users r ON r.id = g.responsible_id " \
	"JOIN users cb ON cb.id = g.created_by WHERE", "g.plan_id", K)

/* The agreements of a plan that were not replaced by a newer version:
 * current ones first, closed ones after. */
#define PART_AGREEMENTS(C) \
	C("a.id", "id") C("a.goal_id", "goal_id") \
	C("g.description", "goal") C("a.problem", "problem") \
	C("a.activity", "activity") C("a.party_child", "party_child") \
	C("a.party_parents", "party_parents") \
	C("a.party_caregivers", "party_caregivers") \
	C("a.performer", "performer") C("a.performer_id", "performer_id") \
	C("a.performer_team_id", "performer_team_id") \
	C("COALESCE(pf.display_name, pt.name)", "performer_name") \
	C("a.coordinator_id", "coordinator_id") \
	C("co.display_name", "coordinator_name") \
	C("a.start_date", "start_date") C("a.end_date", "end_date") \
	C("a.evaluate_on", "evaluate_on") \
	C("DATEDIFF(a.evaluate_on, CURDATE())", "evaluate_in_days") \
	C("a.status", "status") C("a.closed_on", "closed_on") \
	C("a.close_reason", "close_reason") C("a.replaces_id", "replaces_id") \
	C("a.amend_reason", "amend_reason") C("a.version", "version") \
	C("a.created_at", "created_at") C("a.change_reason", "change_reason")
#define SQL_AGREEMENTS(n, T, K) SQL_PART(n, PART_AGREEMENTS, "", \
	"a.status <> 'actief', a.start_date, a.id", \
	"agreements" T " a LEFT JOIN goals g ON g.id = a.goal_id " \
	"LEFT JOIN users pf ON pf.id = a.performer_id " \
	"LEFT JOIN care_team pt ON pt.id = a.performer_team_id " \
	"LEFT JOIN users co ON co.id = a.coordinator_id " \
	"WHERE a.status <> 'vervangen' AND", "a.plan_id", K)

/* Evaluations held of a plan, newest first, and what each decided. */
#define PART_EVALUATIONS(C) \
	C("e.id", "id") C("e.held_on", "held_on") \
	C("e.participants", "participants") \
	C("e.child_participated", "child_participated") \
	C("e.child_absent_reason", "child_absent_reason") \
	C("e.summary", "summary") \
	C("e.next_on", "next_on") C("e.created_at", "created_at") \
	C("u.display_name", "created_by_name")
#define SQL_EVALUATIONS(n, T, K) SQL_PART(n, PART_EVALUATIONS, \
	SQL_NULLS_16 SQL_NULLS_1, "-TO_DAYS(e.held_on), -e.id, NULL", \
	"evaluations" T " e JOIN users u ON u.id = e.created_by " \
	"WHERE", "e.plan_id", K)
#define PART_OUTCOMES(C) \
	C("o.evaluation_id", "evaluation_id") \
	C("o.agreement_id", "agreement_id") C("o.outcome", "outcome") \
	C("a.activity", "activity")
#define SQL_OUTCOMES(n, T, K) SQL_PART(n, PART_OUTCOMES, \
	SQL_NULLS_16 SQL_NULLS_4 SQL_NULLS_2, "o.evaluation_id, a.start_date, a.id", \
	"evaluation_outcomes" T " o JOIN evaluations" T " e " \
	"ON e.id = o.evaluation_id JOIN agreements a ON a.id = o.agreement_id " \
	"WHERE", "e.plan_id", K)

/*
 * The palliative content.  Of the child: treatment limits, advance
 * directives, representatives (active ones).  Of the plan: crisis step
 * plans with their steps, the newest next step and the newest wish per
 * place kind.
 */
#define PART_LIMITS(C) \
	C("l.id", "id") C("l.child_id", "child_id") \
	C("l.treatment", "treatment") C("l.treatment_other", "treatment_other") \
	C("l.ventilation_scope", "ventilation_scope") \
	C("l.decision", "decision") C("l.decision_detail", "decision_detail") \
	C("l.discussed_on", "discussed_on") \
	C("l.age_at_agreement", "age_at_agreement") \
	C("l.party_child", "party_child") C("l.party_parents", "party_parents") \
	C("l.party_caregiver", "party_caregiver") \
	C("l.verified_with", "verified_with") C("l.verified_on", "verified_on") \
	C("l.directive_id", "directive_id") C("l.comment", "comment") \
	C("l.status", "status") C("l.version", "version") \
	C("l.created_at", "created_at") C("l.created_by", "created_by") \
	C("u.display_name", "created_by_name") \
	C("TIMESTAMPDIFF(MONTH, l.discussed_on, CURDATE())", "months_since")
#define SQL_LIMITS(n, T, K) SQL_PART(n, PART_LIMITS, SQL_NULLS_4, \
	"l.treatment <> '89666000', l.decision <> 'niet', l.id", \
	"treatment_limits" T " l JOIN users u ON u.id = l.created_by " \
	"WHERE l.status = 'actief' AND", "l.child_id", K)
#define PART_DIRECTIVES(C) \
	C("d.id", "id") C("d.kind", "kind") C("d.kind_other", "kind_other") \
	C("d.signed_on", "signed_on") C("d.representative", "representative") \
	C("d.document", "document") C("d.comment", "comment") \
	C("d.version", "version")
#define SQL_DIRECTIVES(n, T, K) SQL_PART(n, PART_DIRECTIVES, \
	SQL_NULLS_16 SQL_NULLS_2, "d.signed_on, d.id, NULL", \
	"advance_directives" T " d WHERE d.status = 'actief' AND", "d.child_id", K)
#define PART_REPRESENTATIVES(C) \
	C("r.id", "id") C("r.name", "name") C("r.relation", "relation") \
	C("r.has_authority", "has_authority") C("r.phone", "phone") \
	C("r.phone_other", "phone_other") C("r.email", "email") \
	C("r.note", "note") C("r.version", "version")
#define SQL_REPRESENTATIVES(n, T, K) SQL_PART(n, PART_REPRESENTATIVES, \
	SQL_NULLS_16 SQL_NULLS_1, "-r.has_authority, r.id, NULL", \
	"representatives" T " r WHERE r.status = 'actief' AND", "r.child_id", K)
/* Crisis medication: the medicines the step plans give, per situation. */
#define PART_CRISIS_MEDICATIONS(C) \
	C("m.id", "id") C("m.medicine", "medicine") C("m.dose", "dose") \
	C("m.route", "route") C("m.route_other", "route_other") \
	C("m.situation", "situation") \
	C("m.situation_other", "situation_other") \
	C("m.give_when", "give_when") C("m.maximum", "maximum") \
	C("m.prescribed_on", "prescribed_on") C("m.version", "version") \
	C("m.created_by", "created_by") \
	C("u.display_name", "prescribed_by_name")
#define SQL_CRISIS_MEDICATIONS(n, T, K) SQL_PART(n, PART_CRISIS_MEDICATIONS, \
	SQL_NULLS_8 SQL_NULLS_4 SQL_NULLS_1, "m.situation + 0, m.id, NULL", \
	"crisis_medications" T " m JOIN users u ON u.id = m.created_by " \
	"WHERE m.status = 'actief' AND", "m.child_id", K)
#define PART_CRISIS_PLANS(C) \
	C("c.id", "id") C("c.situation", "situation") \
	C("c.situation_other", "situation_other") \
	C("c.starts_when", "starts_when") C("c.version", "version") \
	C("c.created_at", "created_at")
#define SQL_CRISIS_PLANS(n, T, K) SQL_PART(n, PART_CRISIS_PLANS, \
	SQL_NULLS_16 SQL_NULLS_4, "c.id, NULL, NULL", \
	"crisis_plans" T " c WHERE c.status = 'actief' AND", "c.plan_id", K)
#define PART_CRISIS_STEPS(C) \
	C("s.crisis_plan_id", "crisis_plan_id") C("s.position", "position") \
	C("s.action", "action") C("s.actor", "actor") \
	C("s.medication_id", "medication_id")
#define SQL_CRISIS_STEPS(n, T, K) SQL_PART(n, PART_CRISIS_STEPS, \
	SQL_NULLS_16 SQL_NULLS_4 SQL_NULLS_1, "s.crisis_plan_id, s.position, NULL", \
	"crisis_steps" T " s JOIN crisis_plans" T " c " \
	"ON c.id = s.crisis_plan_id WHERE c.status = 'actief' AND", "c.plan_id", K)
/* Newest first: lib keeps the first row only. */
#define PART_NEXT_STEP(C) \
	C("n.id", "id") C("n.description", "description") \
	C("n.actor", "actor") C("n.due_on", "due_on") \
	C("DATEDIFF(n.due_on, CURDATE())", "due_in_days") \
	C("n.created_at", "created_at") \
	C("u.display_name", "created_by_name")
#define SQL_NEXT_STEP(n, T, K) SQL_PART(n, PART_NEXT_STEP, \
	SQL_NULLS_16 SQL_NULLS_2 SQL_NULLS_1, "-n.id, NULL, NULL", \
	"next_steps" T " n JOIN users u ON u.id = n.created_by " \
	"WHERE", "n.plan_id", K)
#define PART_PLACE_WISHES(C) \
	C("w.id", "id") C("w.kind", "kind") C("w.place", "place") \
	C("w.place_other", "place_other") C("w.note", "note") \
	C("w.discussed_on", "discussed_on")
#define SQL_PLACE_WISHES(n, T, K) SQL_PART(n, PART_PLACE_WISHES, \
	SQL_NULLS_16 SQL_NULLS_4, "-(w.kind + 0), NULL, NULL", \
	"place_wishes" T " w WHERE NOT EXISTS (SELECT 1 " \
	"FROM place_wishes" T " x WHERE x.plan_id = w.plan_id " \
	"AND x.kind = w.kind AND x.id > w.id) AND", "w.plan_id", K)

/* The rest of the plan's content (topics: the newest note per topic). */
#define PART_TEAM(C) \
	C("t.id", "id") C("t.role", "role") C("t.name", "name") \
	C("t.organisation", "organisation") C("t.phone", "phone") \
	C("t.reachable_24_7", "reachable_24_7") C("t.tasks", "tasks") \
	C("t.version", "version")
#define SQL_TEAM(n, T, K) SQL_PART(n, PART_TEAM, SQL_NULLS_16 SQL_NULLS_2, \
	"-t.reachable_24_7, t.role + 0, t.id", \
	"care_team" T " t WHERE t.status = 'actief' AND", "t.plan_id", K)
#define PART_WISHES(C) \
	C("w.id", "id") C("w.dimension", "dimension") C("w.kind", "kind") \
	C("w.description", "description") C("w.version", "version")
#define SQL_WISHES(n, T, K) SQL_PART(n, PART_WISHES, \
	SQL_NULLS_16 SQL_NULLS_4 SQL_NULLS_1, "w.dimension + 0, w.id, NULL", \
	"wishes" T " w WHERE w.status = 'actief' AND", "w.plan_id", K)
#define PART_PROBLEMS(C) \
	C("p.id", "id") C("p.dimension", "dimension") C("p.kind", "kind") \
	C("p.description", "description") C("p.action", "action") \
	C("p.action_holder", "action_holder") \
	C("p.evaluate_on", "evaluate_on") \
	C("DATEDIFF(p.evaluate_on, CURDATE())", "evaluate_in_days") \
	C("p.version", "version")
#define SQL_PROBLEMS(n, T, K) SQL_PART(n, PART_PROBLEMS, \
	SQL_NULLS_16 SQL_NULLS_1, "p.kind + 0, p.dimension + 0, p.id", \
	"problems" T " p WHERE p.status = 'actief' AND", "p.plan_id", K)
#define PART_ACP(C) \
	C("a.id", "id") C("a.held_on", "held_on") \
	C("a.child_participated", "child_participated") \
	C("a.child_absent_reason", "child_absent_reason") \
	C("a.present", "present") \
	C("a.summary", "summary") C("a.outcome", "outcome") \
	C("a.created_by", "created_by") \
	C("u.display_name", "created_by_name")
#define SQL_ACP(n, T, K) SQL_PART(n, PART_ACP, SQL_NULLS_16 SQL_NULLS_1, \
	"-TO_DAYS(a.held_on), -a.id, NULL", \
	"acp_conversations" T " a JOIN users u ON u.id = a.created_by " \
	"WHERE", "a.plan_id", K)
#define PART_DEVIATIONS(C) \
	C("d.id", "id") C("d.what", "what") C("d.why", "why") \
	C("d.decided_by", "decided_by") C("d.decided_on", "decided_on") \
	C("u.display_name", "created_by_name")
#define SQL_DEVIATIONS(n, T, K) SQL_PART(n, PART_DEVIATIONS, \
	SQL_NULLS_16 SQL_NULLS_4, "-TO_DAYS(d.decided_on), -d.id, NULL", \
	"guideline_deviations" T " d JOIN users u ON u.id = d.created_by " \
	"WHERE", "d.plan_id", K)
/* Bereavement care after the child died, in the order of contact. */
#define PART_AFTERCARE(C) \
	C("n.id", "id") C("n.contact_by", "contact_by") \
	C("n.contact_on", "contact_on") C("n.agreed", "agreed") \
	C("n.created_at", "created_at") C("u.display_name", "created_by_name")
#define SQL_AFTERCARE(n, T, K) SQL_PART(n, PART_AFTERCARE, \
	SQL_NULLS_16 SQL_NULLS_4, "n.contact_on, n.id, NULL", \
	"aftercare" T " n JOIN users u ON u.id = n.created_by " \
	"WHERE", "n.plan_id", K)
#define PART_TOPICS(C) \
	C("o.id", "id") C("o.topic", "topic") C("o.note", "note") \
	C("o.created_at", "created_at")
#define SQL_TOPICS(n, T, K) SQL_PART(n, PART_TOPICS, \
	SQL_NULLS_16 SQL_NULLS_4 SQL_NULLS_2, "o.topic + 0, NULL, NULL", \
	"plan_topics" T " o WHERE NOT EXISTS (SELECT 1 FROM plan_topics" T " x " \
	"WHERE x.plan_id = o.plan_id AND x.topic = o.topic AND x.id > o.id) " \
	"AND", "o.plan_id", K)

/*
 * Delivery to GP practices and HAPs (tools/izp-export, the plan's delivery
 * status on the overview).  A destination d serves child c when c's GP is
 * the practice, or a practice of the HAP's region; it may receive c's plan
 * only while the family's grant to its team stands.
 */
#define SQL_DESTINATION_SERVES \
	"((d.kind = 'huisartsenpraktijk' AND c.gp_agb = d.agb) OR " \
	"(d.kind = 'huisartsenpost' AND c.gp_agb IN (SELECT pr.agb FROM " \
	"destinations pr WHERE pr.hap_id = d.id)))"
#define SQL_DESTINATION_MAY_RECEIVE \
	"EXISTS (SELECT 1 FROM access_grants g WHERE g.child_id = c.id AND " \
	"g.team_id = d.team_id AND g.revoked_at IS NULL)"
/* The plan a destination holds of a child: its newest that is not a
 * concept (an open plan is newer than any closed one). */
#define SQL_DELIVERED_PLAN \
	"p.status <> 'concept' AND p.id = (SELECT MAX(q.id) FROM care_plans q " \
	"WHERE q.child_id = p.child_id AND q.status <> 'concept')"

/* Where the plan goes and whether each has its current treatment limits
 * (tools/izp-export): the destinations that serve the child and may
 * receive its plan, and those that hold a copy but receive no more, with
 * their last delivery of it.  Not versioned: the overview shows it now
 * only. */
#define SQL_DESTINATION_RECEIVES \
	"d.active AND " SQL_DESTINATION_SERVES " AND " SQL_DESTINATION_MAY_RECEIVE
#define PART_DELIVERIES(C) \
	C("d.kind", "kind") C("d.name", "name") C("d.agb", "agb") \
	C("DATE_FORMAT(v.delivered_at, '%Y-%m-%d %H:%i:%s')", "delivered_at") \
	C("v.revision", "revision") \
	C("IF(v.revision >= p.limits_revision, 1, 0)", "limits_current") \
	C("DATE_FORMAT(p.limits_changed_at, '%Y-%m-%d %H:%i:%s')", \
	"limits_changed_at") \
	C("IF(v.revision >= p.revision, 1, 0)", "plan_current") \
	C("IF(" SQL_DESTINATION_RECEIVES ", 1, 0)", "receiving")
#define SQL_DELIVERIES(n, K) SQL_PART(n, PART_DELIVERIES, \
	SQL_NULLS_16 SQL_NULLS_1, "d.kind + 0, d.id, NULL", \
	"care_plans p JOIN children c ON c.id = p.child_id JOIN destinations " \
	"d ON (" SQL_DESTINATION_RECEIVES ") OR d.id IN (SELECT " \
	"x.destination_id FROM deliveries x WHERE x.plan_id = p.id) " \
	"LEFT JOIN deliveries v ON v.destination_id = d.id AND " \
	"v.plan_id = p.id WHERE", "p.id", K)

/*
 * A family log-in's links (lib/family.c family_links): login twice (the
 * index, then exactly), then the child twice (0: every child).  The age
 * counts on the day of the request; the newest decision of a child of 16
 * or older about the parents counts.
 */
#define SQL_FAMILY_LINKS \
	"SELECT f.id, f.child_id, f.kind, c.given_name, c.family_name, " \
	"TIMESTAMPDIFF(YEAR, c.birth_date, CURDATE()) AS age, " \
	"IFNULL(r.has_authority, 0) AS has_authority, " \
	"IF(r.status = 'actief', 1, 0) AS representative_active, " \
	"IFNULL(r.name, CONCAT(c.given_name, ' ', c.family_name)) AS person, " \
	"r.relation, IFNULL((SELECT d.parents_may_see FROM " \
	"parent_access_decisions d WHERE d.child_id = f.child_id " \
	"ORDER BY d.id DESC LIMIT 1), 0) AS parents_may_see, " \
	"p.id AS plan_id, p.status AS plan_status " \
	"FROM family_accounts f JOIN children c ON c.id = f.child_id " \
	"LEFT JOIN representatives r ON r.id = f.representative_id " \
	"LEFT JOIN care_plans p ON p.open_child_id = f.child_id " \
	"WHERE f.login = ? AND CAST(f.login AS BINARY) = CAST(? AS BINARY) " \
	"AND f.ended_at IS NULL AND (? = 0 OR f.child_id = ?) " \
	"ORDER BY c.given_name, f.child_id"

/*
 * A child's access grants with who decided and who entered them (a
 * caregiver, or the family itself at its door: the log-in), and whom a
 * grant can name: the caregivers and the teams (cgi-bin/child-access.c,
 * cgi-bin/family-access.c).
 */
#define SQL_GRANTS_OF_CHILD \
	"SELECT g.id, g.user_id, u.display_name AS user_name, " \
	"u.role AS user_role, g.team_id, t.name AS team_name, " \
	"g.decided_by_kind, g.decided_by_name, " \
	"e.display_name AS entered_by_name, fe.login AS entered_by_login, " \
	"g.entered_at, g.revoked_at, r.display_name AS revoked_by_name, " \
	"fr.login AS revoked_by_login, g.revoke_reason " \
	"FROM access_grants g LEFT JOIN users u ON u.id = g.user_id " \
	"LEFT JOIN teams t ON t.id = g.team_id " \
	"LEFT JOIN users e ON e.id = g.entered_by " \
	"LEFT JOIN family_accounts fe ON fe.id = g.entered_by_family " \
	"LEFT JOIN users r ON r.id = g.revoked_by " \
	"LEFT JOIN family_accounts fr ON fr.id = g.revoked_by_family " \
	"WHERE g.child_id = ? " \
	"ORDER BY g.revoked_at IS NOT NULL, g.entered_at, g.id"
#define SQL_GRANTEE_ROLES \
	"('verpleegkundige', 'kinderarts', 'casemanager', 'huisarts', " \
	"'hap_arts')"
#define SQL_GRANTEE_USERS \
	"SELECT id, display_name, organisation FROM users " \
	"WHERE active AND role IN " SQL_GRANTEE_ROLES " ORDER BY display_name"
#define SQL_GRANTEE_TEAMS	"SELECT id, name FROM teams ORDER BY name"
#define SQL_GRANTEE_USER_OK \
	"SELECT id FROM users WHERE id = ? AND active AND role IN " \
	SQL_GRANTEE_ROLES
#define SQL_GRANTEE_TEAM_OK	"SELECT id FROM teams WHERE id = ?"

#endif
