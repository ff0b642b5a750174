/*
 * Werklijsten: what needs doing across the children this user may see.
 * Children without an actueel IZP near or past the 8-week term, and those
 * whose first IZP became actueel lately, in time or late; evaluations of
 * plans, agreements and problems due or overdue (or never planned); plans without a next step; plans whose
 * hoofdbehandelaar or casemanager is no longer active; treatment limits
 * not discussed for a configured number of months, and current plans
 * without any.  ?lijst= shows one list; HTML or XML.  Each list shows its
 * most urgent rows (worklists.show, 50; all lists together
 * worklists.preview, 10, each) and how many it has in all, or, for a user
 * who sees very many children, whether it has more.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

/*
 * Every list comes twice.  For a user who sees few children (fewer than
 * lists.many_from) it starts from those children (SQL_VISIBLE_CHILDREN)
 * and counts all its rows.  For one who sees many it reads the rows in
 * the list's own order from an index, keeps those of children the user
 * sees (SQL_SEEN_JOINS, grouped as a child may be seen twice), and stops
 * after a page: counting would cost every row, so such a list says only
 * that it has more.  Either way a statement fetches one row more than it
 * shows, to know.
 */
#define SQL_NAMES "c.id AS child_id, c.given_name, c.family_name"
#define SQL_WHO SQL_NAMES ", COUNT(*) OVER () AS total"
#define SQL_FIRST " LIMIT ?"

enum stmt {
	STMT_DEADLINE,
	STMT_DEADLINE_MANY,
	STMT_MADE_CURRENT,
	STMT_MADE_CURRENT_MANY,
	STMT_EVALUATIONS,
	STMT_EVALUATIONS_MANY,
	STMT_NEXT_STEP,
	STMT_NEXT_STEP_MANY,
	STMT_RESPONSIBLE,
	STMT_RESPONSIBLE_MANY,
	STMT_OLD_LIMITS,
	STMT_OLD_LIMITS_MANY,
	STMT_NO_LIMITS,
	STMT_NO_LIMITS_MANY,
	STMT__MAX
};

/* Children without a current or closed IZP, by the end of their term. */
#define DEADLINE_ROW \
	", c.deadline, DATEDIFF(c.deadline, CURDATE()) AS days_left, " \
	"cp.id AS concept_plan_id FROM children c"
#define DEADLINE_WHERE \
	" LEFT JOIN care_plans cp ON cp.open_child_id = c.id " \
	"AND cp.status = 'concept' WHERE c.list_state IN (0, 1) " \
	"AND c.died_on IS NULL " \
	"AND c.deadline <= CURDATE() + INTERVAL ? DAY"

/* Children whose first IZP became actueel lately, within the term or
 * late; linked to the latest plan that was actueel.  Newest first, the
 * tie broken descending too, so the index is read backwards and stops
 * after a page (an ascending tie-break sorts every recent child). */
#define MADE_CURRENT_ROW \
	", c.deadline, c.first_actueel_on, DATEDIFF(c.first_actueel_on, " \
	"c.deadline) AS actueel_days_after_term, (SELECT MAX(ap.id) FROM " \
	"care_plans ap WHERE ap.child_id = c.id AND ap.activated_at IS NOT " \
	"NULL) AS plan_id FROM children c"
#define MADE_CURRENT_WHERE \
	" WHERE c.first_actueel_on >= CURDATE() - INTERVAL ? DAY"
#define MADE_CURRENT_ORDER " ORDER BY c.first_actueel_on DESC, c.id DESC"

/* Plans, agreements and problems to evaluate, by date (never planned
 * first); one part each, as "due" with these columns. */
#define PLAN_DUE \
	"SELECT " SQL_NAMES ", p.id AS plan_id, 'plan' AS what, " \
	"NULL AS agreement_id, NULL AS activity, p.evaluate_on, " \
	"DATEDIFF(p.evaluate_on, CURDATE()) AS days_left FROM care_plans p"
#define PLAN_DUE_WHERE \
	" WHERE p.status = 'actueel' AND (p.evaluate_on IS NULL OR " \
	"p.evaluate_on <= CURDATE() + INTERVAL ? DAY)"
#define AGREEMENT_DUE \
	"SELECT " SQL_NAMES ", p.id, 'agreement', a.id, a.activity, " \
	"a.evaluate_on, DATEDIFF(a.evaluate_on, CURDATE()) FROM agreements a"
#define AGREEMENT_DUE_WHERE \
	" WHERE a.status = 'actief' AND p.status = 'actueel' " \
	"AND a.evaluate_on <= CURDATE() + INTERVAL ? DAY"
#define PROBLEM_DUE \
	"SELECT " SQL_NAMES ", p.id, 'problem', NULL, pr.description, " \
	"pr.evaluate_on, DATEDIFF(pr.evaluate_on, CURDATE()) FROM problems pr"
#define PROBLEM_DUE_WHERE \
	" WHERE pr.status = 'actief' AND p.status = 'actueel' " \
	"AND pr.evaluate_on <= CURDATE() + INTERVAL ? DAY"
#define DUE_ORDER " ORDER BY evaluate_on IS NOT NULL, evaluate_on, child_id"

/* Open plans without a next step (first) or with an overdue one. */
#define STEP_ROW \
	", p.id AS plan_id, p.status, n.description, n.actor, n.due_on " \
	"FROM care_plans p"
#define STEP_WHERE \
	" LEFT JOIN next_steps n ON n.id = p.next_step_id " \
	"WHERE p.step_due < CURDATE()"

/* Open plans whose hoofdbehandelaar or casemanager is no longer active, or
 * named later and has not confirmed taking it over: found from those few
 * users and plans, whoever sees many or few.  STRAIGHT_JOIN,
 * as MariaDB's estimates otherwise flip now and then to scanning every
 * plan (seen under load: 80 000 rows instead of 14). */
#define RESPONSIBLE_PLANS \
	"(SELECT p.id FROM users u STRAIGHT_JOIN care_plans p ON " \
	"p.hoofdbehandelaar_id = u.id WHERE NOT u.active " \
	"AND p.open_child_id IS NOT NULL UNION SELECT p.id FROM users u " \
	"STRAIGHT_JOIN care_plans p ON p.casemanager_id = u.id " \
	"WHERE NOT u.active " \
	"AND p.open_child_id IS NOT NULL UNION SELECT p.id FROM care_plans p " \
	"WHERE p.hoofdbehandelaar_confirmed_at IS NULL " \
	"AND p.open_child_id IS NOT NULL UNION SELECT p.id FROM care_plans p " \
	"WHERE p.casemanager_confirmed_at IS NULL " \
	"AND p.open_child_id IS NOT NULL) r STRAIGHT_JOIN care_plans p " \
	"ON p.id = r.id STRAIGHT_JOIN children c ON c.id = p.child_id "
#define RESPONSIBLE_ROW \
	"SELECT " SQL_WHO ", p.id AS plan_id, p.status, " \
	"hb.display_name AS hoofdbehandelaar_name, hb.active AS " \
	"hoofdbehandelaar_active, cm.display_name AS casemanager_name, " \
	"cm.active AS casemanager_active, " \
	"p.hoofdbehandelaar_confirmed_at IS NULL AS hoofdbehandelaar_unconfirmed, " \
	"p.casemanager_confirmed_at IS NULL AS casemanager_unconfirmed " \
	"FROM " RESPONSIBLE_PLANS
#define RESPONSIBLE_USERS \
	"JOIN users hb ON hb.id = p.hoofdbehandelaar_id " \
	"JOIN users cm ON cm.id = p.casemanager_id"

/* Active treatment limits not discussed for a number of months. */
#define OLD_LIMIT_ROW \
	", l.id AS limit_id, l.treatment, l.treatment_other, " \
	"l.ventilation_scope, l.decision, l.decision_detail, " \
	"l.discussed_on, TIMESTAMPDIFF(MONTH, l.discussed_on, CURDATE()) " \
	"AS months_since FROM treatment_limits l"
#define OLD_LIMIT_WHERE \
	" WHERE l.status = 'actief' AND l.discussed_on < CURDATE() - " \
	"INTERVAL ? MONTH"

/* Current plans of children without any active limit. */
#define NO_LIMITS_WHERE \
	" JOIN care_plans p ON p.open_child_id = c.id " \
	"WHERE c.list_state = 2 AND c.active_limits = 0"

#define SEEN_CHILD " JOIN children c ON c.id = p.child_id" SQL_SEEN_JOINS
#define VISIBLE_CHILD " JOIN children c ON c.id = p.child_id JOIN " \
	SQL_VISIBLE_CHILDREN " ON v.id = c.id"

static const char *const sql[STMT__MAX] = {
	[STMT_DEADLINE] = "SELECT " SQL_WHO DEADLINE_ROW " JOIN "
	    SQL_VISIBLE_CHILDREN " ON v.id = c.id" DEADLINE_WHERE
	    " ORDER BY c.deadline, c.id" SQL_FIRST,
	[STMT_DEADLINE_MANY] = "SELECT " SQL_WHO DEADLINE_ROW
	    " FORCE INDEX (children_list)" SQL_SEEN_JOINS DEADLINE_WHERE
	    " AND " SQL_SEEN_WHERE " GROUP BY c.deadline, c.id "
	    "ORDER BY c.deadline, c.id" SQL_FIRST,
	[STMT_MADE_CURRENT] = "SELECT " SQL_WHO MADE_CURRENT_ROW " JOIN "
	    SQL_VISIBLE_CHILDREN " ON v.id = c.id" MADE_CURRENT_WHERE
	    MADE_CURRENT_ORDER SQL_FIRST,
	[STMT_MADE_CURRENT_MANY] = "SELECT " SQL_NAMES MADE_CURRENT_ROW
	    " FORCE INDEX (children_made_current)" SQL_SEEN_JOINS
	    MADE_CURRENT_WHERE " AND " SQL_SEEN_WHERE " GROUP BY "
	    "c.first_actueel_on, c.id" MADE_CURRENT_ORDER SQL_FIRST,
	[STMT_EVALUATIONS] = "SELECT *, COUNT(*) OVER () AS total FROM ("
	    PLAN_DUE VISIBLE_CHILD PLAN_DUE_WHERE " UNION ALL " AGREEMENT_DUE
	    " JOIN care_plans p ON p.id = a.plan_id" VISIBLE_CHILD
	    AGREEMENT_DUE_WHERE " UNION ALL " PROBLEM_DUE
	    " JOIN care_plans p ON p.id = pr.plan_id" VISIBLE_CHILD
	    PROBLEM_DUE_WHERE ") due" DUE_ORDER SQL_FIRST,
	[STMT_EVALUATIONS_MANY] = "SELECT * FROM ((" PLAN_DUE
	    " FORCE INDEX (care_plans_evaluate)" SEEN_CHILD PLAN_DUE_WHERE
	    " AND " SQL_SEEN_WHERE " GROUP BY p.evaluate_on, p.id "
	    "ORDER BY p.evaluate_on, p.id" SQL_FIRST ") UNION ALL ("
	    AGREEMENT_DUE " FORCE INDEX (agreements_evaluate) "
	    "STRAIGHT_JOIN care_plans p ON p.id = a.plan_id" SEEN_CHILD
	    AGREEMENT_DUE_WHERE " AND " SQL_SEEN_WHERE
	    " GROUP BY a.evaluate_on, a.id ORDER BY a.evaluate_on, a.id"
	    SQL_FIRST ") UNION ALL (" PROBLEM_DUE
	    " FORCE INDEX (problems_evaluate) STRAIGHT_JOIN care_plans p "
	    "ON p.id = pr.plan_id" SEEN_CHILD PROBLEM_DUE_WHERE " AND "
	    SQL_SEEN_WHERE " GROUP BY pr.evaluate_on, pr.id "
	    "ORDER BY pr.evaluate_on, pr.id" SQL_FIRST ")) due" DUE_ORDER
	    SQL_FIRST,
	[STMT_NEXT_STEP] = "SELECT " SQL_WHO STEP_ROW VISIBLE_CHILD
	    STEP_WHERE " ORDER BY p.step_due, p.id" SQL_FIRST,
	[STMT_NEXT_STEP_MANY] = "SELECT " SQL_NAMES STEP_ROW
	    " FORCE INDEX (care_plans_step_due)" SEEN_CHILD STEP_WHERE
	    " AND " SQL_SEEN_WHERE " GROUP BY p.step_due, p.id "
	    "ORDER BY p.step_due, p.id" SQL_FIRST,
	[STMT_RESPONSIBLE] = RESPONSIBLE_ROW "JOIN " SQL_VISIBLE_CHILDREN
	    " ON v.id = c.id " RESPONSIBLE_USERS " ORDER BY c.id" SQL_FIRST,
	[STMT_RESPONSIBLE_MANY] = RESPONSIBLE_ROW SQL_SEEN_JOINS
	    RESPONSIBLE_USERS " WHERE " SQL_SEEN_WHERE " GROUP BY c.id, p.id "
	    "ORDER BY c.id" SQL_FIRST,
	[STMT_OLD_LIMITS] = "SELECT " SQL_WHO OLD_LIMIT_ROW
	    " JOIN children c ON c.id = l.child_id JOIN " SQL_VISIBLE_CHILDREN
	    " ON v.id = c.id" OLD_LIMIT_WHERE " ORDER BY l.discussed_on, l.id"
	    SQL_FIRST,
	[STMT_OLD_LIMITS_MANY] = "SELECT " SQL_NAMES OLD_LIMIT_ROW
	    " FORCE INDEX (treatment_limits_discussed) STRAIGHT_JOIN "
	    "children c ON c.id = l.child_id" SQL_SEEN_JOINS OLD_LIMIT_WHERE
	    " AND " SQL_SEEN_WHERE " GROUP BY l.discussed_on, l.id "
	    "ORDER BY l.discussed_on, l.id" SQL_FIRST,
	[STMT_NO_LIMITS] = "SELECT " SQL_WHO ", p.id AS plan_id FROM "
	    "children c JOIN " SQL_VISIBLE_CHILDREN " ON v.id = c.id"
	    NO_LIMITS_WHERE " ORDER BY c.id" SQL_FIRST,
	[STMT_NO_LIMITS_MANY] = "SELECT " SQL_WHO ", p.id AS plan_id FROM "
	    "children c FORCE INDEX (children_limits)" SQL_SEEN_JOINS
	    NO_LIMITS_WHERE " AND " SQL_SEEN_WHERE " GROUP BY c.id "
	    "ORDER BY c.id" SQL_FIRST,
};

/*
 * The lists, as ?lijst= names them, with their element names in XML, and
 * what each statement binds, in order: u the user, s the list's setting,
 * n how many rows to fetch.
 */
struct list_query {
	size_t		 stmt;
	const char	*binds;
};

static const struct list {
	const char		*name;
	const char		*element;
	const char		*setting;
	long			 fallback;
	struct list_query	 few, many;
} lists[] = {
	{ "termijn", "deadline", "deadline.warn_days", 14,
	    { STMT_DEADLINE, "uuuusn" }, { STMT_DEADLINE_MANY, "uusuun" } },
	{ "termijn", "made-current", "deadline.recent_days", 28,
	    { STMT_MADE_CURRENT, "uuuusn" },
	    { STMT_MADE_CURRENT_MANY, "uusuun" } },
	{ "evaluaties", "evaluation-due", "evaluation.warn_days", 14,
	    { STMT_EVALUATIONS, "uuuusuuuusuuuusn" },
	    { STMT_EVALUATIONS_MANY, "uusuunuusuunuusuunn" } },
	{ "volgende-stap", "no-next-step", NULL, 0,
	    { STMT_NEXT_STEP, "uuuun" }, { STMT_NEXT_STEP_MANY, "uuuun" } },
	{ "verantwoordelijken", "responsible-missing", NULL, 0,
	    { STMT_RESPONSIBLE, "uuuun" }, { STMT_RESPONSIBLE_MANY, "uuuun" } },
	{ "behandelgrenzen", "limit-old", "limits.review_months", 6,
	    { STMT_OLD_LIMITS, "uuuusn" }, { STMT_OLD_LIMITS_MANY, "uusuun" } },
	{ "behandelgrenzen", "no-limits", NULL, 0,
	    { STMT_NO_LIMITS, "uuuun" }, { STMT_NO_LIMITS_MANY, "uuuun" } },
};

#define NLISTS (sizeof(lists) / sizeof(lists[0]))

struct worklists {
	struct izp_request	*req;
	const char		*only;	/* ?lijst=, or NULL for all */
	long			 first;	/* how many rows a list shows */
	struct db_rows		 rows[NLISTS];
	int			 more[NLISTS];	/* rows beyond those shown */
};

static int
read_lists(struct db *db, void *arg)
{
	struct worklists *w = arg;
	struct izp_request *req = w->req;
	const struct list_query *q;
	struct db_arg args[24];
	const char *b;
	size_t i, n;
	int many, rc;

	req->audit.shown = NULL;	/* this run may be a retry */
	if ((rc = izp_sees_many(req, &many)) != 0)
		return rc;
	for (i = 0; i < NLISTS; i++) {
		if (w->only != NULL && strcmp(w->only, lists[i].name) != 0)
			continue;
		q = many ? &lists[i].many : &lists[i].few;
		for (n = 0, b = q->binds; *b != '\0'; b++)
			args[n++] = DB_INT_ARG(*b == 'u' ? req->user.id :
			    *b == 'n' ? w->first + 1 :
			    conf_get_long(req->conf, lists[i].setting,
			    lists[i].fallback));
		if ((rc = izp_query(req, q->stmt, args, n, &w->rows[i])) !=
		    DB_OK)
			return rc;
		w->more[i] = w->rows[i].nrows > (size_t)w->first;
		if (w->more[i])
			w->rows[i].nrows = (size_t)w->first;
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
	if (only != NULL && only->value[0] != '\0') {
		for (i = 0; i < NLISTS; i++)
			if (strcmp(only->value, lists[i].name) == 0)
				w.only = lists[i].name;
		if (w.only == NULL)
			return izp_fail(req, 400, "Deze werklijst bestaat niet.");
	}
	/* All lists at once show the most urgent few of each, with a link
	 * to the whole list: one screen, not three hundred rows. */
	w.first = w.only != NULL ? conf_get_long(req->conf, "worklists.show",
	    50) : conf_get_long(req->conf, "worklists.preview", 10);
	if ((rc = db_transaction(req->db, read_lists, &w)) != 0)
		return rc;
	root = izp_page(req, "worklists");
	list = xml_child(root, "worklists");
	if (w.only != NULL)
		xml_attr(list, "only", w.only);
	xml_attr_int(list, "review-months", conf_get_long(req->conf,
	    "limits.review_months", 6));
	xml_attr_int(list, "recent-days", conf_get_long(req->conf,
	    "deadline.recent_days", 28));
	for (i = 0; i < NLISTS; i++) {
		xmlNodePtr group;

		if (w.only != NULL && strcmp(w.only, lists[i].name) != 0)
			continue;
		group = xml_child(list, "worklist");
		xml_attr(group, "name", lists[i].element);
		xml_attr(group, "list", lists[i].name);
		if (w.rows[i].nrows == 0)
			xml_attr(group, "total", "0");
		else if (db_cell_named(&w.rows[i], 0, "total") != NULL)
			xml_attr(group, "total", db_cell_named(&w.rows[i], 0,
			    "total"));
		if (w.more[i])
			xml_attr(group, "more", "1");
		for (j = 0; j < w.rows[i].nrows; j++)
			xml_rows(group, "item", &w.rows[i], j);
	}
	return 200;
}

IZP_PROGRAM("worklists", "read", "GET", handle)
