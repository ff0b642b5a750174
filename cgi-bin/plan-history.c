/*
 * History: every version of the plan, its goals and its agreements, the
 * child's treatment limits and the rest of the palliative content, with
 * who made it, when and why (system versioning keeps them all), and the
 * evaluations held.  From here the plan can be opened as it stood at any
 * moment (plan-show ?at=).
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

/* When a version began and, unless it is the current one, ended; and a
 * whole second after it began, to open the plan as of that version.
 * began_exact finds the plan's revision the version made (add_revisions). */
#define SQL_VALIDITY(t) \
	"DATE_FORMAT(" t ".row_start, '%Y-%m-%d %H:%i:%s') AS valid_from, " \
	"DATE_FORMAT(" t ".row_start, '%Y-%m-%d %H:%i:%s.%f') AS began_exact, " \
	"DATE_FORMAT(" t ".row_start + INTERVAL 1 SECOND, " \
	"'%Y-%m-%dT%H:%i:%s') AS view_at, " \
	"IF(" t ".row_end > NOW(6), NULL, " \
	"DATE_FORMAT(" t ".row_end, '%Y-%m-%d %H:%i:%s')) AS valid_until"

enum stmt {
	STMT_PLAN,
	STMT_CHILD,
	STMT_PLAN_VERSIONS,
	STMT_GOAL_VERSIONS,
	STMT_AGREEMENT_VERSIONS,
	STMT_EVALUATIONS,	/* and their outcomes, as two parts */
	STMT_LIMIT_VERSIONS,
	STMT_CONTENT_VERSIONS,
	STMT_CHANGES,
	STMT_CHILD_VERSIONS,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_WITH_REVISION,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_PLAN_VERSIONS] = "SELECT p.id, p.version, p.status, "
	    "p.evaluate_on, p.closed_on, p.close_reason, p.change_reason, "
	    "u.display_name AS changed_by_name, " SQL_VALIDITY("p")
	    " FROM care_plans FOR SYSTEM_TIME ALL AS p "
	    "JOIN users u ON u.id = p.changed_by WHERE p.id = ? "
	    "ORDER BY p.row_start, p.version",
	[STMT_GOAL_VERSIONS] = "SELECT g.id, g.version, g.description, "
	    "g.dimension, g.serves, g.target_date, "
	    "r.display_name AS responsible_name, g.status, g.closed_on, "
	    "g.close_comment, g.change_reason, "
	    "u.display_name AS changed_by_name, " SQL_VALIDITY("g")
	    " FROM goals FOR SYSTEM_TIME ALL AS g "
	    "JOIN users u ON u.id = g.changed_by "
	    "JOIN users r ON r.id = g.responsible_id WHERE g.plan_id = ? "
	    "ORDER BY g.id, g.row_start, g.version",
	[STMT_AGREEMENT_VERSIONS] = "SELECT a.id, a.replaces_id, a.version, "
	    "a.activity, a.problem, a.goal_id, a.party_child, a.party_parents, "
	    "a.party_caregivers, a.performer, COALESCE(pf.display_name, "
	    "pt.name) AS performer_name, a.start_date, a.end_date, "
	    "a.evaluate_on, "
	    "a.status, a.closed_on, a.close_reason, a.change_reason, "
	    "u.display_name AS changed_by_name, " SQL_VALIDITY("a")
	    " FROM agreements FOR SYSTEM_TIME ALL AS a "
	    "JOIN users u ON u.id = a.changed_by "
	    "LEFT JOIN users pf ON pf.id = a.performer_id "
	    "LEFT JOIN care_team pt ON pt.id = a.performer_team_id "
	    "WHERE a.plan_id = ? "
	    "ORDER BY a.id, a.row_start, a.version",
	[STMT_EVALUATIONS] = SQL_EVALUATIONS(0, "", SQL_ONE) " UNION ALL "
	    SQL_OUTCOMES(1, "", SQL_ONE),
	[STMT_LIMIT_VERSIONS] = "SELECT l.id, l.version, l.treatment, "
	    "l.treatment_other, l.ventilation_scope, l.decision, "
	    "l.decision_detail, l.discussed_on, "
	    "l.status, l.ended_on, l.end_reason, l.change_reason, "
	    "u.display_name AS changed_by_name, " SQL_VALIDITY("l")
	    " FROM treatment_limits FOR SYSTEM_TIME ALL AS l "
	    "JOIN users u ON u.id = l.changed_by WHERE l.child_id = ? "
	    "ORDER BY l.id, l.row_start, l.version",
	/*
	 * The rest of the palliative content in one list: what it is, a
	 * label, its status, and who changed it when and why.  Binds the
	 * child three times, then the plan ten times.
	 */
	[STMT_CONTENT_VERSIONS] = "SELECT * FROM ("
	    "SELECT 'directive' AS kind, d.id, d.version, NULL AS label, "
	    "d.kind AS code, d.kind_other AS code_other, NULL AS place, "
	    "NULL AS place_other, "
	    "d.status, d.end_reason, d.ended_on, d.change_reason, "
	    "u.display_name AS changed_by_name, " SQL_VALIDITY("d")
	    " FROM advance_directives FOR SYSTEM_TIME ALL AS d "
	    "JOIN users u ON u.id = d.changed_by WHERE d.child_id = ? "
	    "UNION ALL SELECT 'representative', r.id, r.version, r.name, "
	    "NULL, NULL, NULL, NULL, "
	    "r.status, r.end_reason, r.ended_on, r.change_reason, "
	    "u.display_name, "
	    SQL_VALIDITY("r") " FROM representatives FOR SYSTEM_TIME ALL AS r "
	    "JOIN users u ON u.id = r.changed_by WHERE r.child_id = ? "
	    "UNION ALL SELECT 'crisis-medication', m.id, m.version, "
	    "CONCAT(m.medicine, ' ', m.dose), m.situation, m.situation_other, "
	    "NULL, NULL, m.status, m.end_reason, m.ended_on, m.change_reason, "
	    "u.display_name, " SQL_VALIDITY("m")
	    " FROM crisis_medications FOR SYSTEM_TIME ALL AS m "
	    "JOIN users u ON u.id = m.changed_by WHERE m.child_id = ? "
	    "UNION ALL SELECT 'crisis-plan', c.id, c.version, NULL, "
	    "c.situation, c.situation_other, NULL, NULL, "
	    "c.status, c.end_reason, c.ended_on, c.change_reason, "
	    "u.display_name, "
	    SQL_VALIDITY("c") " FROM crisis_plans FOR SYSTEM_TIME ALL AS c "
	    "JOIN users u ON u.id = c.changed_by WHERE c.plan_id = ? "
	    "UNION ALL SELECT 'next-step', n.id, 1, n.description, NULL, NULL, "
	    "NULL, NULL, NULL, NULL, NULL, "
	    "'Volgende stap vastgelegd', u.display_name, " SQL_VALIDITY("n")
	    " FROM next_steps FOR SYSTEM_TIME ALL AS n "
	    "JOIN users u ON u.id = n.created_by WHERE n.plan_id = ? "
	    "UNION ALL SELECT 'place-wish', w.id, 1, NULL, w.kind, NULL, "
	    "w.place, w.place_other, NULL, NULL, NULL, 'Wens vastgelegd', "
	    "u.display_name, " SQL_VALIDITY("w")
	    " FROM place_wishes FOR SYSTEM_TIME ALL AS w "
	    "JOIN users u ON u.id = w.created_by WHERE w.plan_id = ? "
	    "UNION ALL SELECT 'team-member', t.id, t.version, t.name, "
	    "NULL, NULL, NULL, NULL, "
	    "t.status, t.end_reason, t.ended_on, t.change_reason, "
	    "u.display_name, "
	    SQL_VALIDITY("t") " FROM care_team FOR SYSTEM_TIME ALL AS t "
	    "JOIN users u ON u.id = t.changed_by WHERE t.plan_id = ? "
	    "UNION ALL SELECT 'wish', h.id, h.version, h.description, "
	    "NULL, NULL, NULL, NULL, "
	    "h.status, h.end_reason, h.ended_on, h.change_reason, "
	    "u.display_name, "
	    SQL_VALIDITY("h") " FROM wishes FOR SYSTEM_TIME ALL AS h "
	    "JOIN users u ON u.id = h.changed_by WHERE h.plan_id = ? "
	    "UNION ALL SELECT 'problem', p.id, p.version, p.description, "
	    "NULL, NULL, NULL, NULL, "
	    "p.status, p.end_reason, p.ended_on, p.change_reason, "
	    "u.display_name, "
	    SQL_VALIDITY("p") " FROM problems FOR SYSTEM_TIME ALL AS p "
	    "JOIN users u ON u.id = p.changed_by WHERE p.plan_id = ? "
	    "UNION ALL SELECT 'acp', a.id, 1, a.summary, NULL, NULL, "
	    "NULL, NULL, NULL, NULL, NULL, "
	    "'Gesprek vastgelegd', u.display_name, " SQL_VALIDITY("a")
	    " FROM acp_conversations FOR SYSTEM_TIME ALL AS a "
	    "JOIN users u ON u.id = a.created_by WHERE a.plan_id = ? "
	    "UNION ALL SELECT 'deviation', d.id, 1, d.what, NULL, NULL, "
	    "NULL, NULL, NULL, NULL, NULL, "
	    "'Afwijking vastgelegd', u.display_name, " SQL_VALIDITY("d")
	    " FROM guideline_deviations FOR SYSTEM_TIME ALL AS d "
	    "JOIN users u ON u.id = d.created_by WHERE d.plan_id = ? "
	    "UNION ALL SELECT 'topic', o.id, 1, o.note, o.topic, NULL, NULL, "
	    "NULL, NULL, NULL, NULL, 'Vastgelegd', u.display_name, "
	    SQL_VALIDITY("o")
	    " FROM plan_topics FOR SYSTEM_TIME ALL AS o "
	    "JOIN users u ON u.id = o.created_by WHERE o.plan_id = ? "
	    "UNION ALL SELECT 'aftercare', n.id, 1, n.agreed, NULL, NULL, "
	    "NULL, NULL, NULL, NULL, NULL, 'Nazorg vastgelegd', "
	    "u.display_name, "
	    SQL_VALIDITY("n") " FROM aftercare FOR SYSTEM_TIME ALL AS n "
	    "JOIN users u ON u.id = n.created_by WHERE n.plan_id = ?"
	    ") v ORDER BY valid_from, kind, id",
	/* The child's registration and every correction of its contacts. */
	[STMT_CHILD_VERSIONS] = "SELECT c.id, c.version, c.gp_name, "
	    "c.gp_practice, c.gp_phone, c.gp_agb, c.hap_name, c.hap_phone, "
	    "c.address, c.phone, c.change_reason, u.display_name AS "
	    "changed_by_name, " SQL_VALIDITY("c") " FROM children "
	    "FOR SYSTEM_TIME ALL AS c JOIN users u ON u.id = c.changed_by "
	    "WHERE c.id = ? ORDER BY c.row_start, c.version",
	/* Every change that counts toward the plan's revision, in order. */
	[STMT_CHANGES] = "SELECT DATE_FORMAT(t, '%Y-%m-%d %H:%i:%s.%f') "
	    "FROM (" SQL_PLAN_CHANGES ") v ORDER BY t",
};

struct history {
	struct izp_request	*req;
	struct db_rows		 plan, child, plans, goals, agreements,
				 evaluations[2], limits, content, changes,
				 child_versions;
};

static int
read_history(struct db *db, void *arg)
{
	struct history *h = arg;
	struct izp_request *req = h->req;
	struct db_arg id = DB_INT_ARG(req->path_id), twice[2];
	int rc;

	if ((rc = izp_query(req, STMT_PLAN, &id, 1, &h->plan)) != DB_OK)
		return rc;
	if (h->plan.nrows == 0)
		return izp_fail(req, 404, "Dit IZP bestaat niet.");
	id = DB_INT_ARG(strtoll(db_cell_named(&h->plan, 0, "child_id"), NULL,
	    10));
	if ((rc = izp_authorise_child(req, id.i)) != 0 ||
	    (rc = izp_query(req, STMT_CHILD, &id, 1, &h->child)) != DB_OK)
		return rc;
	id = DB_INT_ARG(req->path_id);
	twice[0] = twice[1] = id;
	if ((rc = izp_query(req, STMT_PLAN_VERSIONS, &id, 1, &h->plans)) !=
	    DB_OK ||
	    (rc = izp_query(req, STMT_GOAL_VERSIONS, &id, 1, &h->goals)) !=
	    DB_OK ||
	    (rc = izp_query(req, STMT_AGREEMENT_VERSIONS, &id, 1,
	    &h->agreements)) != DB_OK ||
	    (rc = izp_query_parts(req, STMT_EVALUATIONS, twice, 2,
	    overview_part(OV_EVALUATIONS), 2, h->evaluations)) != DB_OK)
		return rc;
	{
		struct db_arg child = DB_INT_ARG(strtoll(db_cell_named(
		    &h->plan, 0, "child_id"), NULL, 10));
		struct db_arg args[] = { child, child, child, id, id, id, id,
		    id, id, id, id, id, id };
		struct db_arg changes[SQL_PLAN_CHANGES_ARGS];

		plan_changes_args(changes, req->path_id, child.i);
		if ((rc = izp_query(req, STMT_LIMIT_VERSIONS, &child, 1,
		    &h->limits)) != DB_OK ||
		    (rc = izp_query(req, STMT_CHILD_VERSIONS, &child, 1,
		    &h->child_versions)) != DB_OK ||
		    (rc = izp_query(req, STMT_CONTENT_VERSIONS, args, 13,
		    &h->content)) != DB_OK ||
		    (rc = izp_query(req, STMT_CHANGES, changes,
		    SQL_PLAN_CHANGES_ARGS, &h->changes)) != DB_OK)
			return rc;
	}
	return audit_write(req, db, "success");
}

/*
 * Each version's item in a history list gets the plan's revision that
 * version made: how many changes began no later than it.  One number
 * across the whole plan, the one the plan, its printout and the
 * spoedoverzicht show, instead of each part counting its own.
 */
static void
add_revisions(xmlNodePtr list, const struct db_rows *rows,
    const struct db_rows *changes)
{
	xmlNodePtr item = xmlFirstElementChild(list);
	const char *began;
	size_t i, low, high, middle;

	for (i = 0; i < rows->nrows && item != NULL; i++,
	    item = xmlNextElementSibling(item)) {
		began = db_cell_named(rows, i, "began_exact");
		for (low = 0, high = changes->nrows; began != NULL &&
		    low < high;) {
			middle = low + (high - low) / 2;
			if (strcmp(db_cell(changes, middle, 0), began) <= 0)
				low = middle + 1;
			else
				high = middle;
		}
		xml_attr_int(item, "revision", (long long)low);
		xmlUnsetProp(item, (const xmlChar *)"began-exact");
	}
}

static int
handle(struct izp_request *req)
{
	struct history h = { .req = req };
	xmlNodePtr root;
	int rc;

	izp_audit_set(req, AUDIT_READ, 0, "care_plan_history", req->path_id);
	if ((rc = db_transaction(req->db, read_history, &h)) != 0)
		return rc;
	root = izp_page(req, "plan-history");
	xml_rows(root, "child", &h.child, 0);
	xml_rows(root, "plan", &h.plan, 0);
	add_revisions(xml_list(root, "plan-versions", "plan-version",
	    &h.plans), &h.plans, &h.changes);
	add_revisions(xml_list(root, "goal-versions", "goal-version",
	    &h.goals), &h.goals, &h.changes);
	add_revisions(xml_list(root, "agreement-versions",
	    "agreement-version", &h.agreements), &h.agreements, &h.changes);
	xml_list(root, "evaluations", "evaluation", &h.evaluations[0]);
	xml_list(root, "outcomes", "outcome", &h.evaluations[1]);
	add_revisions(xml_list(root, "limit-versions", "limit-version",
	    &h.limits), &h.limits, &h.changes);
	add_revisions(xml_list(root, "content-versions", "content-version",
	    &h.content), &h.content, &h.changes);
	add_revisions(xml_list(root, "child-versions", "child-version",
	    &h.child_versions), &h.child_versions, &h.changes);
	return 200;
}

IZP_PROGRAM("plan-history", "read", "GET", handle)
