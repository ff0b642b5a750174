/*
 * Werklijsten: what needs doing across the children this user may see.
 * Children without an IZP near or past the 8-week term; evaluations of
 * plans, agreements and problems due or overdue (or never planned); plans without a next step; plans whose
 * hoofdbehandelaar or casemanager is no longer active; treatment limits
 * not discussed for a configured number of months, and current plans
 * without any.  ?lijst= shows one list; HTML or XML.  Each list shows its
 * most urgent rows (worklists.show, 50) and how many it has in all.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

/* The child's name columns every list shows; needs "children c".  Each
 * list also says how many it has in all (the window runs before LIMIT):
 * a list shows its most urgent rows, never all of them. */
#define SQL_NAMES "c.id AS child_id, c.given_name, c.family_name"
#define SQL_WHO SQL_NAMES ", COUNT(*) OVER () AS total"
#define SQL_FIRST " LIMIT ?"

enum stmt {
	STMT_DEADLINE,
	STMT_EVALUATIONS,
	STMT_NEXT_STEP,
	STMT_RESPONSIBLE,
	STMT_OLD_LIMITS,
	STMT_NO_LIMITS,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_DEADLINE] = "SELECT " SQL_WHO ", " SQL_DEADLINE " AS deadline, "
	    "DATEDIFF(" SQL_DEADLINE ", CURDATE()) AS days_left, "
	    "(SELECT p.id FROM care_plans p WHERE p.child_id = c.id "
	    "AND p.status = 'concept') AS concept_plan_id FROM children c "
	    "JOIN " SQL_VISIBLE_CHILDREN " ON v.id = c.id WHERE NOT EXISTS (SELECT 1 FROM care_plans p WHERE p.child_id = "
	    "c.id AND p.status IN ('actueel', 'afgesloten')) AND "
	    "DATEDIFF(" SQL_DEADLINE ", CURDATE()) <= ?"
	    " ORDER BY days_left, c.id" SQL_FIRST,
	[STMT_EVALUATIONS] = "SELECT *, COUNT(*) OVER () AS total FROM "
	    "(SELECT " SQL_NAMES ", p.id AS "
	    "plan_id, 'plan' AS what, NULL AS agreement_id, NULL AS activity, "
	    "p.evaluate_on, "
	    "DATEDIFF(p.evaluate_on, CURDATE()) AS days_left FROM care_plans p "
	    "JOIN children c ON c.id = p.child_id JOIN " SQL_VISIBLE_CHILDREN
	    " ON v.id = c.id WHERE p.status = 'actueel' "
	    "AND (p.evaluate_on IS NULL OR p.evaluate_on <= CURDATE() + "
	    "INTERVAL ? DAY) UNION ALL SELECT "
	    SQL_NAMES ", p.id, 'agreement', a.id, a.activity, a.evaluate_on, "
	    "DATEDIFF(a.evaluate_on, CURDATE()) FROM agreements a "
	    "JOIN care_plans p ON p.id = a.plan_id JOIN children c ON c.id = "
	    "p.child_id JOIN " SQL_VISIBLE_CHILDREN " ON v.id = c.id "
	    "WHERE a.status = 'actief' AND p.status = 'actueel' "
	    "AND a.evaluate_on <= CURDATE() + INTERVAL ? DAY UNION ALL SELECT " SQL_NAMES ", p.id, "
	    "'problem', NULL, pr.description, pr.evaluate_on, "
	    "DATEDIFF(pr.evaluate_on, CURDATE()) FROM problems pr "
	    "JOIN care_plans p ON p.id = pr.plan_id JOIN children c ON c.id = "
	    "p.child_id JOIN " SQL_VISIBLE_CHILDREN " ON v.id = c.id "
	    "WHERE pr.status = 'actief' AND p.status = 'actueel' "
	    "AND pr.evaluate_on <= CURDATE() + INTERVAL ? DAY) due ORDER BY evaluate_on IS NOT NULL, "
	    "evaluate_on, child_id" SQL_FIRST,
	[STMT_NEXT_STEP] = "SELECT " SQL_WHO ", p.id AS plan_id, p.status, "
	    "n.description, n.actor, n.due_on FROM care_plans p "
	    "JOIN children c ON c.id = p.child_id JOIN " SQL_VISIBLE_CHILDREN
	    " ON v.id = c.id LEFT JOIN next_steps n ON "
	    "n.id = (SELECT MAX(x.id) FROM next_steps x WHERE x.plan_id = p.id) "
	    "WHERE p.status IN ('concept', 'actueel') AND (n.id IS NULL OR "
	    "n.due_on < CURDATE())"
	    " ORDER BY n.due_on IS NOT NULL, n.due_on, c.id" SQL_FIRST,
	[STMT_RESPONSIBLE] = "SELECT " SQL_WHO ", p.id AS plan_id, p.status, "
	    "hb.display_name AS hoofdbehandelaar_name, hb.active AS "
	    "hoofdbehandelaar_active, cm.display_name AS casemanager_name, "
	    "cm.active AS casemanager_active FROM care_plans p "
	    "JOIN children c ON c.id = p.child_id "
	    "JOIN " SQL_VISIBLE_CHILDREN " ON v.id = c.id "
	    "JOIN users hb ON hb.id = p.hoofdbehandelaar_id "
	    "JOIN users cm ON cm.id = p.casemanager_id "
	    "WHERE p.status IN ('concept', 'actueel') AND "
	    "(NOT hb.active OR NOT cm.active)"
	    " ORDER BY c.id" SQL_FIRST,
	[STMT_OLD_LIMITS] = "SELECT " SQL_WHO ", l.id AS limit_id, "
	    "l.treatment, l.treatment_other, l.decision, l.discussed_on, "
	    "TIMESTAMPDIFF(MONTH, l.discussed_on, CURDATE()) AS months_since "
	    "FROM treatment_limits l JOIN children c ON c.id = l.child_id "
	    "JOIN " SQL_VISIBLE_CHILDREN " ON v.id = c.id "
	    "WHERE l.status = 'actief' AND l.discussed_on < CURDATE() - "
	    "INTERVAL ? MONTH ORDER BY l.discussed_on, l.id" SQL_FIRST,
	[STMT_NO_LIMITS] = "SELECT " SQL_WHO ", p.id AS plan_id FROM "
	    "care_plans p JOIN children c ON c.id = p.child_id "
	    "JOIN " SQL_VISIBLE_CHILDREN " ON v.id = c.id "
	    "WHERE p.status = 'actueel' AND NOT EXISTS (SELECT 1 FROM "
	    "treatment_limits l WHERE l.child_id = c.id AND l.status = "
	    "'actief') ORDER BY c.id" SQL_FIRST,
};

/* The lists, as ?lijst= names them, with their element names in XML. */
static const struct list {
	const char	*name;
	const char	*element;
	size_t		 stmt;
	const char	*setting;	/* the number it binds first, if any */
	long		 fallback;
	int		 times;		/* how often the statement binds it */
} lists[] = {
	{ "termijn", "deadline", STMT_DEADLINE, "deadline.warn_days", 14, 1 },
	{ "evaluaties", "evaluation-due", STMT_EVALUATIONS,
	    "evaluation.warn_days", 14, 3 },
	{ "volgende-stap", "no-next-step", STMT_NEXT_STEP, NULL, 0, 1 },
	{ "verantwoordelijken", "responsible-missing", STMT_RESPONSIBLE, NULL,
	    0, 1 },
	{ "behandelgrenzen", "limit-old", STMT_OLD_LIMITS,
	    "limits.review_months", 6, 1 },
	{ "behandelgrenzen", "no-limits", STMT_NO_LIMITS, NULL, 0, 1 },
};

#define NLISTS (sizeof(lists) / sizeof(lists[0]))

struct worklists {
	struct izp_request	*req;
	const char		*only;	/* ?lijst=, or NULL for all */
	long			 first;	/* how many rows a list shows */
	struct db_rows		 rows[NLISTS];
};

static int
read_lists(struct db *db, void *arg)
{
	struct worklists *w = arg;
	struct izp_request *req = w->req;
	struct db_arg args[16];
	size_t i, n, t, k;
	int rc;

	req->audit.shown = NULL;	/* this run may be a retry */
	for (i = 0; i < NLISTS; i++) {
		if (w->only != NULL && strcmp(w->only, lists[i].name) != 0)
			continue;
		/* Per part: who may see (FROM), then the setting (WHERE). */
		for (n = 0, t = 0; t < (size_t)lists[i].times; t++) {
			for (k = 0; k < SQL_MAY_SEE_CHILD_ARGS; k++)
				args[n++] = DB_INT_ARG(req->user.id);
			if (lists[i].setting != NULL)
				args[n++] = DB_INT_ARG(conf_get_long(req->conf,
				    lists[i].setting, lists[i].fallback));
		}
		args[n++] = DB_INT_ARG(w->first);
		if ((rc = izp_query(req, lists[i].stmt, args, n,
		    &w->rows[i])) != DB_OK)
			return rc;
		if (izp_audit_shown(req, &w->rows[i], "child_id") != 0)
			return 503;
	}
	return audit_write(req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct worklists w = { .req = req };
	const struct http_param *only = http_param_find(&req->query, "lijst");
	xmlNodePtr root, list;
	size_t i, j;
	int rc;

	izp_audit_set(req, AUDIT_SEARCH, 0, "worklist", 0);
	w.first = conf_get_long(req->conf, "worklists.show", 50);
	if (only != NULL && only->value[0] != '\0') {
		for (i = 0; i < NLISTS; i++)
			if (strcmp(only->value, lists[i].name) == 0)
				w.only = lists[i].name;
		if (w.only == NULL)
			return izp_fail(req, 400, "Deze werklijst bestaat niet.");
	}
	if ((rc = db_transaction(req->db, read_lists, &w)) != 0)
		return rc;
	root = izp_page(req, "worklists");
	list = xml_child(root, "worklists");
	if (w.only != NULL)
		xml_attr(list, "only", w.only);
	xml_attr_int(list, "review-months", conf_get_long(req->conf,
	    "limits.review_months", 6));
	for (i = 0; i < NLISTS; i++) {
		xmlNodePtr group;

		if (w.only != NULL && strcmp(w.only, lists[i].name) != 0)
			continue;
		group = xml_child(list, "worklist");
		xml_attr(group, "name", lists[i].element);
		xml_attr(group, "total", w.rows[i].nrows > 0 ?
		    db_cell_named(&w.rows[i], 0, "total") : "0");
		for (j = 0; j < w.rows[i].nrows; j++)
			xml_rows(group, "item", &w.rows[i], j);
	}
	return 200;
}

IZP_PROGRAM("worklists", "read", "GET", handle)
