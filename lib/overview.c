/*
 * The whole plan as the overview and the printout show it: the plan with
 * its people, the child, the child's treatment limits, directives and
 * representatives, the plan's palliative content (step plans, next step,
 * wishes, team, problems, ACP conversations, deviations, topics), goals,
 * agreements, evaluations with what they decided, and the plan's revision.
 * Read now, or as it stood at a moment (FOR SYSTEM_TIME AS OF), in one
 * transaction; access is always checked as it is now.
 *
 * The statements are here, once: a program that shows the overview lists
 * them with IZP_OVERVIEW_PROGRAM and lib/serve.c prepares them, with the
 * program's own account, between lib's statements and the program's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"
#include "internal.h"

/*
 * The parts of the plan after the plan and the child, in one statement
 * (lib/parts.c), in the order of enum overview_part from OV_GOALS: part n
 * is OV_GOALS + n.  T is "" or SQL_AS_OF.
 */
#define OVERVIEW_CONTENT(T, K) \
	SQL_GOALS(0, T, K) " UNION ALL " SQL_AGREEMENTS(1, T, K) " UNION ALL " \
	SQL_EVALUATIONS(2, T, K) " UNION ALL " SQL_OUTCOMES(3, T, K) " UNION ALL " \
	SQL_LIMITS(4, T, K) " UNION ALL " SQL_DIRECTIVES(5, T, K) " UNION ALL " \
	SQL_REPRESENTATIVES(6, T, K) " UNION ALL " \
	SQL_CRISIS_MEDICATIONS(7, T, K) " UNION ALL " SQL_CRISIS_PLANS(8, T, K) \
	" UNION ALL " SQL_CRISIS_STEPS(9, T, K) " UNION ALL " \
	SQL_NEXT_STEP(10, T, K) " UNION ALL " SQL_PLACE_WISHES(11, T, K) \
	" UNION ALL " SQL_TEAM(12, T, K) " UNION ALL " SQL_WISHES(13, T, K) \
	" UNION ALL " SQL_PROBLEMS(14, T, K) " UNION ALL " SQL_ACP(15, T, K) \
	" UNION ALL " SQL_DEVIATIONS(16, T, K) " UNION ALL " SQL_TOPICS(17, T, K) \
	" UNION ALL " SQL_AFTERCARE(18, T, K) " UNION ALL " SQL_DELIVERIES(19, K)

#define CONTENT_PARTS \
	DB_PART(PART_GOALS, 0), DB_PART(PART_AGREEMENTS, 0), \
	DB_PART(PART_EVALUATIONS, 0), DB_PART(PART_OUTCOMES, 0), \
	DB_PART(PART_LIMITS, 0), DB_PART(PART_DIRECTIVES, 0), \
	DB_PART(PART_REPRESENTATIVES, 0), \
	DB_PART(PART_CRISIS_MEDICATIONS, 0), DB_PART(PART_CRISIS_PLANS, 0), \
	DB_PART(PART_CRISIS_STEPS, 0), DB_PART(PART_NEXT_STEP, 1), \
	DB_PART(PART_PLACE_WISHES, 0), DB_PART(PART_TEAM, 0), \
	DB_PART(PART_WISHES, 0), DB_PART(PART_PROBLEMS, 0), \
	DB_PART(PART_ACP, 0), DB_PART(PART_DEVIATIONS, 0), \
	DB_PART(PART_TOPICS, 0), DB_PART(PART_AFTERCARE, 0), \
	DB_PART(PART_DELIVERIES, 0)

static const struct db_part content_parts[OV_REVISION - OV_GOALS] = {
	CONTENT_PARTS
};

/* What each part binds: how often the moment (AS OF), then the child's
 * or the plan's id. */
static const struct {
	size_t	n_at;
	int	of_child;
} binds[OV_REVISION - OV_GOALS] = {
	{ 1, 0 }, { 1, 0 }, { 1, 0 }, { 2, 0 },	/* goals .. outcomes */
	{ 1, 1 }, { 1, 1 }, { 1, 1 }, { 1, 1 },	/* limits .. medication */
	{ 1, 0 }, { 2, 0 }, { 1, 0 }, { 2, 0 },	/* crisis plans .. place */
	{ 1, 0 }, { 1, 0 }, { 1, 0 }, { 1, 0 },	/* team .. acp */
	{ 1, 0 }, { 2, 0 }, { 1, 0 },		/* deviations .. aftercare */
	{ 0, 0 },				/* deliveries: now */
};

/* How a part's rows are named, for a program that reads it alone. */
const struct db_part *
overview_part(enum overview_part part)
{
	return &content_parts[part - OV_GOALS];
}

/* SQL_PLAN_CHANGES's SQL_PLAN_CHANGES_ARGS arguments: the plan, the child
 * for each part of the child, then the plan for each part of the plan. */
void
plan_changes_args(struct db_arg *args, long long plan, long long child)
{
	size_t i;

	for (i = 0; i < SQL_PLAN_CHANGES_ARGS; i++)
		args[i] = DB_INT_ARG(i >= 1 && i <= SQL_PLAN_CHANGES_OF_CHILD ?
		    child : plan);
}

/* Now first (OVERVIEW_SQL_NOW), then as of a moment. */
const char *const overview_sql[OVERVIEW_SQL_ALL] = {
	[OVS_PLAN] = SQL_PLAN_WITH_REVISION,
	[OVS_CHILD] = SQL_CHILD_BY_ID,
	[OVS_CONTENT] = OVERVIEW_CONTENT("", SQL_ONE),
	[OVS_REVISION] = SQL_PLAN_REVISION,
	[OVS_PLAN_AT] = SQL_PLAN_BY_ID_AT(SQL_AS_OF),
	[OVS_CHILD_AT] = SQL_CHILD_BY_ID_AT(SQL_AS_OF),
	[OVS_CONTENT_AT] = OVERVIEW_CONTENT(SQL_AS_OF, SQL_ONE),
};

/* A batch of plans now, the message's parts after the overview's. */
#define OVB_USERS (OV_REVISION - OV_GOALS)
const char *const overview_batch_sql[OVB__MAX] = {
	[OVB_PLANS] = "SELECT " SQL_PLAN_REVISION_COLUMNS "FROM care_plans p"
	    SQL_PLAN_JOINS " WHERE " SQL_MANY("p.id"),
	[OVB_CHILDREN] = "SELECT " SQL_CHILD_COLUMNS ", c.bsn FROM children c "
	    "WHERE " SQL_MANY("c.id"),
	[OVB_CONTENT] = OVERVIEW_CONTENT("", SQL_MANY) " UNION ALL "
	    SQL_MESSAGE_USERS(20, SQL_MANY),
};

static const struct db_part batch_parts[OVB_USERS + 1] = {
	CONTENT_PARTS, DB_PART(PART_MESSAGE_USERS, 0),
};

/* The plan or the child, now (at NULL) or as of the moment. */
static int
read_one(struct izp_request *req, enum overview_stmt stmt, const char *at,
    long long id, struct db_rows *out)
{
	struct db_arg args[] = { DB_TEXT_ARG(at), DB_INT_ARG(id) };

	return db_exec(req->db, &req->arena, LIB_STMT__MAX + stmt +
	    (at != NULL ? OVS_PLAN_AT : 0), at != NULL ? args : args + 1,
	    at != NULL ? 2 : 1, out);
}

/* Every part from the goals on, in one statement; plan 0 has none. */
static int
read_content(struct izp_request *req, const char *at, long long plan,
    long long child, struct overview *o)
{
	struct db_arg args[2 * (OV_REVISION - OV_GOALS) + 4];
	struct db_rows all;
	size_t n = 0, p, i;
	int rc;

	for (p = 0; p < OV_REVISION - OV_GOALS; p++) {
		for (i = 0; at != NULL && i < binds[p].n_at; i++)
			args[n++] = DB_TEXT_ARG(at);
		args[n++] = DB_INT_ARG(binds[p].of_child ? child : plan);
	}
	if ((rc = db_exec(req->db, &req->arena, LIB_STMT__MAX +
	    (at != NULL ? OVS_CONTENT_AT : OVS_CONTENT), args, n, &all)) !=
	    DB_OK)
		return rc;
	return db_split(&req->arena, &all, content_parts,
	    OV_REVISION - OV_GOALS, &o->part[OV_GOALS]);
}

/* The plan now, with its child's row once the user may see it. */
static int
read_plan_now(struct izp_request *req, long long plan, struct overview *o)
{
	enum izp_access access;
	int rc;

	if ((rc = izp_plan_access(req, plan, &access, &o->part[OV_CHILD],
	    &o->part[OV_PLAN])) != 0)
		return rc;
	if (access == IZP_ACCESS_NO_SUCH_CHILD)
		return izp_fail(req, 404, "Dit IZP bestaat niet.");
	if (access == IZP_ACCESS_DENIED)
		return izp_deny_child(req);
	return read_content(req, NULL, plan, strtoll(db_cell_named(
	    &o->part[OV_PLAN], 0, "child_id"), NULL, 10), o);
}

static int
read_plan(struct izp_request *req, long long plan, const char *at,
    int check_access, struct overview *o)
{
	struct db_rows *rows = o->part;
	long long child;
	int rc;

	memset(o, 0, sizeof(*o));
	/* Now: the plan, its child and access in one round trip. */
	if (check_access && at == NULL)
		return read_plan_now(req, plan, o);
	if ((rc = read_one(req, OVS_PLAN, at, plan, &rows[OV_PLAN])) != DB_OK)
		return rc;
	if (rows[OV_PLAN].nrows == 0) {
		struct db_rows exists;

		if (at == NULL)
			return izp_fail(req, 404, "Dit IZP bestaat niet.");
		/* Tell apart "not yet then" from "never": no row now either. */
		if ((rc = read_one(req, OVS_PLAN, NULL, plan, &exists)) !=
		    DB_OK)
			return rc;
		if (exists.nrows == 0)
			return izp_fail(req, 404, "Dit IZP bestaat niet.");
		child = strtoll(db_cell_named(&exists, 0, "child_id"), NULL,
		    10);
		if ((rc = izp_authorise_child(req, child)) != 0)
			return rc;
		req->error_link = arena_printf(&req->arena, "/izp/%lld", plan);
		return izp_fail(req, 404, "Op dat moment bestond dit IZP nog "
		    "niet.");
	}
	child = strtoll(db_cell_named(&rows[OV_PLAN], 0, "child_id"), NULL,
	    10);
	/* Access is decided as it is now; the child is shown as it was. */
	if ((check_access && (rc = izp_authorise_child(req, child)) != 0) ||
	    (rc = read_one(req, OVS_CHILD, at, child, &rows[OV_CHILD])) !=
	    DB_OK)
		return rc;
	if ((rc = read_content(req, at, plan, child, o)) != DB_OK)
		return rc;
	if (at == NULL)
		return DB_OK;	/* the plan row has its revision */
	{
		struct db_arg args[SQL_PLAN_CHANGES_ARGS + 1];

		plan_changes_args(args, plan, child);
		args[SQL_PLAN_CHANGES_ARGS] = DB_TEXT_ARG(at);

		if ((rc = db_exec(req->db, &req->arena, LIB_STMT__MAX +
		    OVS_REVISION, args, sizeof(args) / sizeof(args[0]),
		    &rows[OV_REVISION])) != DB_OK)
			return rc;
	}
	return DB_OK;
}

int
overview_read(struct izp_request *req, long long plan, const char *at,
    struct overview *o)
{
	return read_plan(req, plan, at, 1, o);
}

/* The plan now, whose access was decided elsewhere, not by a caregiver's
 * grant: a destination's (tools/izp-export), or the WGBO at the family's
 * door (cgi-bin/family-plan.c). */
int
overview_read_decided(struct izp_request *req, long long plan,
    struct overview *o)
{
	return read_plan(req, plan, NULL, 0, o);
}

/*
 * A child without any plan still has what belongs to the child: treatment
 * limits, advance directives and representatives.  A message must never
 * say "no limits" for want of a plan, so the messages read these alone
 * (the plan's parts stay empty: plan 0); now or as of a moment.
 */
int
overview_read_child(struct izp_request *req, long long child, const char *at,
    struct overview *o)
{
	int rc;

	memset(o, 0, sizeof(*o));
	if ((rc = izp_authorise_child_row(req, child, at == NULL ?
	    &o->part[OV_CHILD] : NULL)) != 0)
		return rc;
	if ((at != NULL && (rc = read_one(req, OVS_CHILD, at, child,
	    &o->part[OV_CHILD])) != DB_OK) ||
	    (rc = read_content(req, at, 0, child, o)) != DB_OK)
		return rc;
	if (o->part[OV_CHILD].nrows == 0)
		return izp_fail(req, 404, "Op dat moment was dit kind nog niet "
		    "geregistreerd.");
	return DB_OK;
}

/* Crisis step plans, each with its steps in order. */
void
crisis_xml(xmlNodePtr root, const struct db_rows *plans,
    const struct db_rows *steps)
{
	xmlNodePtr list = xml_child(root, "crisis-plans"), plan;
	size_t i, j;

	for (i = 0; i < plans->nrows; i++) {
		const char *id = db_cell_named(plans, i, "id");

		xml_rows(list, "crisis-plan", plans, i);
		plan = xmlGetLastChild(list);
		for (j = 0; j < steps->nrows; j++)
			if (strcmp(db_cell_named(steps, j, "crisis_plan_id"),
			    id) == 0)
				xml_rows(plan, "step", steps, j);
	}
}

void
overview_xml(xmlNodePtr root, const struct overview *o, const char *at,
    long review_months)
{
	const struct db_rows *rows = o->part;
	xmlNodePtr plan, list, evaluation;
	size_t i, j;

	if (at != NULL)
		xml_attr(root, "at", at);
	xml_rows(root, "child", &rows[OV_CHILD], 0);
	if (rows[OV_PLAN].nrows > 0) {
		xml_rows(root, "plan", &rows[OV_PLAN], 0);
		plan = xmlGetLastChild(root);
		if (rows[OV_REVISION].nrows > 0) {	/* as of a moment */
			xml_attr(plan, "revision", db_cell_named(
			    &rows[OV_REVISION], 0, "revision"));
			xml_attr(plan, "changed-at", db_cell_named(
			    &rows[OV_REVISION], 0, "changed_at"));
		}
	} else if (at == NULL) {
		char now[20];

		/* No plan, so no last change: the message is as of now. */
		if (moment_now(now) == 0)
			xml_attr(root, "now", now);
	}
	xml_attr_int(xml_list(root, "limits", "limit", &rows[OV_LIMITS]),
	    "review-months", review_months);
	xml_list(root, "directives", "directive", &rows[OV_DIRECTIVES]);
	xml_list(root, "representatives", "representative",
	    &rows[OV_REPRESENTATIVES]);
	xml_list(root, "crisis-medications", "medication",
	    &rows[OV_CRISIS_MEDICATIONS]);
	crisis_xml(root, &rows[OV_CRISIS_PLANS], &rows[OV_CRISIS_STEPS]);
	if (rows[OV_NEXT_STEP].nrows > 0)
		xml_rows(root, "next-step", &rows[OV_NEXT_STEP], 0);
	xml_list(root, "place-wishes", "place-wish", &rows[OV_PLACE_WISHES]);
	xml_list(root, "team", "member", &rows[OV_TEAM]);
	xml_list(root, "wishes", "wish", &rows[OV_WISHES]);
	xml_list(root, "problems", "problem", &rows[OV_PROBLEMS]);
	xml_list(root, "acp-conversations", "acp-conversation",
	    &rows[OV_ACP]);
	xml_list(root, "deviations", "deviation", &rows[OV_DEVIATIONS]);
	xml_list(root, "topics", "topic", &rows[OV_TOPICS]);
	xml_list(root, "aftercare", "contact", &rows[OV_AFTERCARE]);
	if (at == NULL)
		xml_list(root, "deliveries", "destination",
		    &rows[OV_DELIVERIES]);
	xml_list(root, "goals", "goal", &rows[OV_GOALS]);
	xml_list(root, "agreements", "agreement", &rows[OV_AGREEMENTS]);
	list = xml_child(root, "evaluations");
	for (i = 0; i < rows[OV_EVALUATIONS].nrows; i++) {
		const char *id = db_cell_named(&rows[OV_EVALUATIONS], i, "id");

		xml_rows(list, "evaluation", &rows[OV_EVALUATIONS], i);
		evaluation = xmlGetLastChild(list);
		for (j = 0; j < rows[OV_OUTCOMES].nrows; j++)
			if (strcmp(db_cell_named(&rows[OV_OUTCOMES], j,
			    "evaluation_id"), id) == 0)
				xml_rows(evaluation, "outcome",
				    &rows[OV_OUTCOMES], j);
	}
}

/*
 * What only a message carries (a page never needs it): the child's BSN
 * and the caregivers it names with their organisation and phone, read by
 * the program's statements SQL_CHILD_BSN and SQL_USERS_OF_MESSAGE; plan 0
 * for a child without one.
 */
int
message_read(struct izp_request *req, size_t stmt_bsn, size_t stmt_users,
    long long plan, long long child, struct db_rows *bsn,
    struct db_rows *users)
{
	struct db_arg c = DB_INT_ARG(child), p = DB_INT_ARG(plan);
	struct db_arg args[] = { p, p, p, p, p, p, p, c };
	int rc;

	if ((rc = izp_query(req, stmt_bsn, &c, 1, bsn)) != DB_OK)
		return rc;
	return izp_query(req, stmt_users, args, sizeof(args) / sizeof(args[0]),
	    users);
}

/* Those as XML: the BSN on the child, the caregivers as "users". */
void
message_xml(xmlNodePtr root, const struct db_rows *bsn,
    const struct db_rows *users)
{
	xmlNodePtr n, list;
	size_t i;

	if (bsn->nrows > 0 && db_cell(bsn, 0, 0) != NULL)
		for (n = root->children; n != NULL; n = n->next)
			if (n->type == XML_ELEMENT_NODE &&
			    xmlStrEqual(n->name, (const xmlChar *)"child"))
				xml_attr(n, "bsn", db_cell(bsn, 0, 0));
	list = xml_child(root, "users");
	for (i = 0; i < users->nrows; i++)
		xml_rows(list, "user", users, i);
}

/* The batch's plans (or their children) as the JSON array SQL_MANY binds. */
static const char *
ids_json(struct arena *a, const struct plan_message *m, size_t n,
    int children)
{
	char *json = arena_alloc(a, n * 22 + 3), *at;
	size_t i;

	if ((at = json) == NULL)
		return NULL;
	*at++ = '[';
	for (i = 0; i < n; i++)
		at += sprintf(at, "%s%lld", i > 0 ? "," : "",
		    children ? m[i].child : m[i].plan);
	*at++ = ']';
	*at = '\0';
	return json;
}

/* The row of rows whose "id" is id, as rows of one row of its first ncols
 * columns (from column first); 0 when there is none. */
static int
row_of(const struct db_rows *rows, long long id, size_t first, size_t ncols,
    struct db_rows *out)
{
	const char *cell;
	size_t r;

	memset(out, 0, sizeof(*out));
	for (r = 0; r < rows->nrows; r++)
		if ((cell = db_cell_named(rows, r, "id")) != NULL &&
		    strtoll(cell, NULL, 10) == id) {
			out->nrows = 1;
			out->ncols = ncols;
			out->cells = &rows->cells[r * rows->ncols + first];
			out->names = &rows->names[first];
			return 1;
		}
	return 0;
}

/* Read in the caller's transaction, so every plan is one snapshot; a plan
 * not found (or not of its child) stays !found. */
int
message_read_batch(struct izp_request *req, struct plan_message *m, size_t n)
{
	const char *plans = ids_json(&req->arena, m, n, 0),
	    *children = ids_json(&req->arena, m, n, 1);
	struct db_arg args[OVB_USERS + SQL_MESSAGE_USERS_ARGS];
	struct db_rows plan_rows, child_rows, all, parts[OVB_USERS + 1];
	struct db_sorted_parts sorted;
	long long owner[OVB_USERS + 1];
	const char *child_of;
	size_t i, p, nargs = 0;
	int rc;

	if (plans == NULL || children == NULL)
		return DB_ERROR;
	args[0] = DB_TEXT_ARG(plans);
	args[1] = DB_TEXT_ARG(children);
	if ((rc = db_exec(req->db, &req->arena, LIB_STMT__MAX + OVB_PLANS,
	    &args[0], 1, &plan_rows)) != DB_OK ||
	    (rc = db_exec(req->db, &req->arena, LIB_STMT__MAX + OVB_CHILDREN,
	    &args[1], 1, &child_rows)) != DB_OK)
		return rc;
	if (child_rows.ncols < 2)
		return DB_ERROR;
	for (p = 0; p < OVB_USERS; p++)
		args[nargs++] = DB_TEXT_ARG(binds[p].of_child ? children :
		    plans);
	for (i = 0; i < SQL_MESSAGE_USERS_ARGS; i++)
		args[nargs++] = DB_TEXT_ARG(plans);
	if ((rc = db_exec(req->db, &req->arena, LIB_STMT__MAX + OVB_CONTENT,
	    args, nargs, &all)) != DB_OK ||
	    (rc = db_sort_parts(&req->arena, &all, OVB_USERS + 1, &sorted)) !=
	    DB_OK)
		return rc;
	for (i = 0; i < n; i++) {
		struct db_rows *o = m[i].o.part;

		memset(&m[i].o, 0, sizeof(m[i].o));
		m[i].found = 0;
		/* The child's columns, then its BSN, which a page never has. */
		if (!row_of(&plan_rows, m[i].plan, 0, plan_rows.ncols,
		    &o[OV_PLAN]) || !row_of(&child_rows, m[i].child, 0,
		    child_rows.ncols - 1, &o[OV_CHILD]) ||
		    !row_of(&child_rows, m[i].child, child_rows.ncols - 1, 1,
		    &m[i].bsn) || (child_of = db_cell_named(&o[OV_PLAN], 0,
		    "child_id")) == NULL || strtoll(child_of, NULL, 10) !=
		    m[i].child)
			continue;
		for (p = 0; p < OVB_USERS; p++)
			owner[p] = binds[p].of_child ? m[i].child : m[i].plan;
		owner[OVB_USERS] = m[i].plan;
		if ((rc = db_take(&req->arena, &sorted, batch_parts, owner,
		    parts)) != DB_OK)
			return rc;
		memcpy(&o[OV_GOALS], parts, OVB_USERS * sizeof(*parts));
		m[i].users = parts[OVB_USERS];
		m[i].found = 1;
	}
	return DB_OK;
}
