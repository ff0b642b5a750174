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
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "izp.h"
#include "izp-sql.h"
#include "internal.h"

/* Now first (OVERVIEW_SQL_NOW), then as of a moment for every part but the
 * revision, which takes the moment as an argument. */
const char *const overview_sql[OVERVIEW_SQL_ALL] = {
	[OV_PLAN] = SQL_PLAN_BY_ID,
	[OV_CHILD] = SQL_CHILD_BY_ID,
	[OV_GOALS] = SQL_GOALS_OF_PLAN,
	[OV_AGREEMENTS] = SQL_AGREEMENTS_OF_PLAN,
	[OV_EVALUATIONS] = SQL_EVALUATIONS_OF_PLAN_AT(""),
	[OV_OUTCOMES] = SQL_OUTCOMES_OF_PLAN_AT(""),
	[OV_LIMITS] = SQL_LIMITS_OF_CHILD_AT(""),
	[OV_DIRECTIVES] = SQL_DIRECTIVES_OF_CHILD_AT(""),
	[OV_REPRESENTATIVES] = SQL_REPRESENTATIVES_OF_CHILD_AT(""),
	[OV_CRISIS_PLANS] = SQL_CRISIS_PLANS_OF_PLAN_AT(""),
	[OV_CRISIS_STEPS] = SQL_CRISIS_STEPS_OF_PLAN_AT(""),
	[OV_NEXT_STEP] = SQL_NEXT_STEP_OF_PLAN_AT(""),
	[OV_PLACE_WISHES] = SQL_PLACE_WISHES_OF_PLAN_AT(""),
	[OV_TEAM] = SQL_TEAM_OF_PLAN_AT(""),
	[OV_WISHES] = SQL_WISHES_OF_PLAN_AT(""),
	[OV_PROBLEMS] = SQL_PROBLEMS_OF_PLAN_AT(""),
	[OV_ACP] = SQL_ACP_OF_PLAN_AT(""),
	[OV_DEVIATIONS] = SQL_DEVIATIONS_OF_PLAN_AT(""),
	[OV_TOPICS] = SQL_TOPICS_OF_PLAN_AT(""),
	[OV_REVISION] = SQL_PLAN_REVISION,
	[OV__MAX + OV_PLAN] = SQL_PLAN_BY_ID_AT(SQL_AS_OF),
	[OV__MAX + OV_CHILD] = SQL_CHILD_BY_ID_AT(SQL_AS_OF),
	[OV__MAX + OV_GOALS] = SQL_GOALS_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_AGREEMENTS] = SQL_AGREEMENTS_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_EVALUATIONS] = SQL_EVALUATIONS_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_OUTCOMES] = SQL_OUTCOMES_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_LIMITS] = SQL_LIMITS_OF_CHILD_AT(SQL_AS_OF),
	[OV__MAX + OV_DIRECTIVES] = SQL_DIRECTIVES_OF_CHILD_AT(SQL_AS_OF),
	[OV__MAX + OV_REPRESENTATIVES] =
	    SQL_REPRESENTATIVES_OF_CHILD_AT(SQL_AS_OF),
	[OV__MAX + OV_CRISIS_PLANS] = SQL_CRISIS_PLANS_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_CRISIS_STEPS] = SQL_CRISIS_STEPS_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_NEXT_STEP] = SQL_NEXT_STEP_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_PLACE_WISHES] = SQL_PLACE_WISHES_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_TEAM] = SQL_TEAM_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_WISHES] = SQL_WISHES_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_PROBLEMS] = SQL_PROBLEMS_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_ACP] = SQL_ACP_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_DEVIATIONS] = SQL_DEVIATIONS_OF_PLAN_AT(SQL_AS_OF),
	[OV__MAX + OV_TOPICS] = SQL_TOPICS_OF_PLAN_AT(SQL_AS_OF),
};

/* What each part binds: how often the moment (AS OF), then the child's or
 * the plan's id. */
static const struct {
	size_t	n_at;
	int	of_child;
} binds[OV_REVISION] = {
	[OV_PLAN] = { 1, 0 }, [OV_CHILD] = { 1, 1 }, [OV_GOALS] = { 1, 0 },
	[OV_AGREEMENTS] = { 1, 0 }, [OV_EVALUATIONS] = { 1, 0 },
	[OV_OUTCOMES] = { 2, 0 }, [OV_LIMITS] = { 1, 1 },
	[OV_DIRECTIVES] = { 1, 1 }, [OV_REPRESENTATIVES] = { 1, 1 },
	[OV_CRISIS_PLANS] = { 1, 0 }, [OV_CRISIS_STEPS] = { 2, 0 },
	[OV_NEXT_STEP] = { 1, 0 }, [OV_PLACE_WISHES] = { 2, 0 },
	[OV_TEAM] = { 1, 0 }, [OV_WISHES] = { 1, 0 }, [OV_PROBLEMS] = { 1, 0 },
	[OV_ACP] = { 1, 0 }, [OV_DEVIATIONS] = { 1, 0 },
	[OV_TOPICS] = { 2, 0 },
};

/* Runs a part now (at NULL) or as of the moment bound before the id. */
static int
read_part(struct izp_request *req, enum overview_part part, const char *at,
    long long id, struct db_rows *out)
{
	struct db_arg args[3];
	size_t n = 0;

	while (at != NULL && n < binds[part].n_at)
		args[n++] = DB_TEXT_ARG(at);
	args[n++] = DB_INT_ARG(id);
	return db_exec(req->db, &req->arena, LIB_STMT__MAX +
	    (at != NULL ? OV__MAX : 0) + part, args, n, out);
}

int
overview_read(struct izp_request *req, long long plan, const char *at,
    struct overview *o)
{
	struct db_rows *rows = o->part;
	long long child;
	int part, rc;

	if ((rc = read_part(req, OV_PLAN, at, plan, &rows[OV_PLAN])) != DB_OK)
		return rc;
	if (rows[OV_PLAN].nrows == 0) {
		struct db_rows exists;

		if (at == NULL)
			return izp_fail(req, 404, "Dit IZP bestaat niet.");
		/* Tell apart "not yet then" from "never": no row now either. */
		if ((rc = read_part(req, OV_PLAN, NULL, plan, &exists)) !=
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
	if ((rc = izp_authorise_child(req, child)) != 0)
		return rc;
	for (part = OV_CHILD; part < OV_REVISION; part++)
		if ((rc = read_part(req, part, at, binds[part].of_child ?
		    child : plan, &rows[part])) != DB_OK)
			return rc;
	{
		struct db_arg p = DB_INT_ARG(plan), c = DB_INT_ARG(child);
		struct db_arg args[] = { p, c, c, c, p, p, p, p, p, p, p, p, p,
		    p, p, p, DB_TEXT_ARG(at) };

		if ((rc = db_exec(req->db, &req->arena, LIB_STMT__MAX +
		    OV_REVISION, args, sizeof(args) / sizeof(args[0]),
		    &rows[OV_REVISION])) != DB_OK)
			return rc;
	}
	return DB_OK;
}

/*
 * A child without any plan still has what belongs to the child: treatment
 * limits, advance directives and representatives.  A message must never
 * say "no limits" for want of a plan, so the messages read these alone
 * (the plan's parts stay empty); now or as of a moment.
 */
int
overview_read_child(struct izp_request *req, long long child, const char *at,
    struct overview *o)
{
	static const enum overview_part parts[] = { OV_CHILD, OV_LIMITS,
	    OV_DIRECTIVES, OV_REPRESENTATIVES };
	size_t i;
	int rc;

	memset(o, 0, sizeof(*o));
	if ((rc = izp_authorise_child(req, child)) != 0)
		return rc;
	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		if ((rc = read_part(req, parts[i], at, child,
		    &o->part[parts[i]])) != DB_OK)
			return rc;
	if (o->part[OV_CHILD].nrows == 0)
		return izp_fail(req, 404, "Op dat moment was dit kind nog niet "
		    "geregistreerd.");
	return DB_OK;
}

static void
rows_xml(xmlNodePtr parent, const char *list, const char *item,
    const struct db_rows *rows)
{
	xmlNodePtr node = xml_child(parent, list);
	size_t i;

	for (i = 0; i < rows->nrows; i++)
		xml_rows(node, item, rows, i);
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
		xml_attr(plan, "revision", db_cell_named(&rows[OV_REVISION], 0,
		    "revision"));
		xml_attr(plan, "changed-at", db_cell_named(&rows[OV_REVISION],
		    0, "changed_at"));
	} else if (at == NULL) {
		char now[20];
		time_t t = time(NULL);
		struct tm tm;

		/* No plan, so no last change: the message is as of now. */
		if (localtime_r(&t, &tm) != NULL &&
		    strftime(now, sizeof(now), "%Y-%m-%d %H:%M:%S", &tm) == 19)
			xml_attr(root, "now", now);
	}
	rows_xml(root, "limits", "limit", &rows[OV_LIMITS]);
	xml_attr_int(xmlGetLastChild(root), "review-months", review_months);
	rows_xml(root, "directives", "directive", &rows[OV_DIRECTIVES]);
	rows_xml(root, "representatives", "representative",
	    &rows[OV_REPRESENTATIVES]);
	crisis_xml(root, &rows[OV_CRISIS_PLANS], &rows[OV_CRISIS_STEPS]);
	if (rows[OV_NEXT_STEP].nrows > 0)
		xml_rows(root, "next-step", &rows[OV_NEXT_STEP], 0);
	rows_xml(root, "place-wishes", "place-wish", &rows[OV_PLACE_WISHES]);
	rows_xml(root, "team", "member", &rows[OV_TEAM]);
	rows_xml(root, "wishes", "wish", &rows[OV_WISHES]);
	rows_xml(root, "problems", "problem", &rows[OV_PROBLEMS]);
	rows_xml(root, "acp-conversations", "acp-conversation",
	    &rows[OV_ACP]);
	rows_xml(root, "deviations", "deviation", &rows[OV_DEVIATIONS]);
	rows_xml(root, "topics", "topic", &rows[OV_TOPICS]);
	rows_xml(root, "goals", "goal", &rows[OV_GOALS]);
	rows_xml(root, "agreements", "agreement", &rows[OV_AGREEMENTS]);
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
