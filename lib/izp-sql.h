/*
 * SQL fragments more than one program needs, declared once.  Column aliases
 * become XML attribute names (xml_rows), so these also fix the XML model of
 * a child and a plan; xslt/schema/izp.xsd describes it.
 */
#ifndef IZP_SQL_H
#define IZP_SQL_H

/* Start of the 8-week IZP term: registration with a KCT/NIK, else diagnosis. */
#define SQL_DEADLINE \
	"(COALESCE(c.registration_date, c.diagnosis_date) + INTERVAL 8 WEEK)"

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
 * May user ? see child c?  The hoofdbehandelaar and casemanager of any of
 * the child's plans always (a closed plan stays readable for them);
 * otherwise only with a grant the family gave, to the user or to a team of
 * the user, that was not revoked.  Binds the user id three times.
 */
#define SQL_MAY_SEE_CHILD \
	"(EXISTS (SELECT 1 FROM care_plans ap WHERE ap.child_id = c.id " \
	"AND ? IN (ap.hoofdbehandelaar_id, ap.casemanager_id)) " \
	"OR EXISTS (SELECT 1 FROM access_grants ag WHERE ag.child_id = c.id " \
	"AND ag.revoked_at IS NULL AND (ag.user_id = ? OR ag.team_id IN " \
	"(SELECT tm.team_id FROM team_members tm WHERE tm.user_id = ?))))"

/* One child by id, as every page shows it. */
#define SQL_CHILD_BY_ID \
	"SELECT " SQL_CHILD_COLUMNS " FROM children c WHERE c.id = ?"

/* The open (concept or actueel) plan of a child, if any. */
#define SQL_OPEN_PLAN_OF_CHILD \
	"SELECT id FROM care_plans WHERE child_id = ? " \
	"AND status IN ('concept', 'actueel')"

/* A plan with the names of its roles; needs "FROM care_plans p". */
#define SQL_PLAN_COLUMNS \
	"p.id, p.child_id, p.status, p.version, p.created_at, " \
	"p.child_participated, p.child_absent_reason, p.parents_present, " \
	"p.hoofdbehandelaar_id, hb.display_name AS hoofdbehandelaar_name, " \
	"hb.phone AS hoofdbehandelaar_phone, " \
	"p.casemanager_id, cm.display_name AS casemanager_name, " \
	"cm.phone AS casemanager_phone, " \
	"p.drawn_up_by, du.display_name AS drawn_up_by_name, " \
	"p.activated_at, p.closed_on, p.close_reason, p.close_note"

#define SQL_PLAN_JOINS \
	" JOIN users hb ON hb.id = p.hoofdbehandelaar_id" \
	" JOIN users cm ON cm.id = p.casemanager_id" \
	" JOIN users du ON du.id = p.drawn_up_by"

#define SQL_PLAN_BY_ID \
	"SELECT " SQL_PLAN_COLUMNS " FROM care_plans p" SQL_PLAN_JOINS \
	" WHERE p.id = ?"

/*
 * A plan about to change: locked, with what the rules need.  Binds the plan
 * id.  Writers check the version the user saw against it (optimistic).
 */
#define SQL_PLAN_FOR_CHANGE \
	"SELECT id, child_id, status, version, hoofdbehandelaar_id, " \
	"casemanager_id, drawn_up_by, created_at FROM care_plans " \
	"WHERE id = ? FOR UPDATE"

/* The goals of a plan with the names behind the ids; binds the plan id. */
#define SQL_GOALS_OF_PLAN \
	"SELECT g.id, g.plan_id, g.description, g.dimension, g.serves, " \
	"g.target_date, g.responsible_id, r.display_name AS responsible_name, " \
	"g.status, g.closed_on, g.close_comment, g.version, g.created_at, " \
	"cb.display_name AS created_by_name FROM goals g " \
	"JOIN users r ON r.id = g.responsible_id " \
	"JOIN users cb ON cb.id = g.created_by WHERE g.plan_id = ? " \
	"ORDER BY g.status <> 'actief', g.dimension, g.id"

#endif
