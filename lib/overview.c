/*
 * The whole plan as the overview and the printout show it: the plan with
 * its people, the child, the child's treatment limits, directives and
 * representatives, the plan's palliative content (step plans, next step,
 * wishes, team, problems, ACP conversations, deviations, topics), goals,
 * agreements, evaluations with what they decided, and the plan's revision.  Read now, or as it stood at a moment
 * (FOR SYSTEM_TIME AS OF), in one transaction; access is always checked
 * as it is now.  The statements are the caller's (its own account).
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"

/* Runs a statement with the moment bound before the id, n_at times. */
static int
query_at(struct izp_request *req, size_t stmt, const char *at, size_t n_at,
    long long id, struct db_rows *out)
{
	struct db_arg args[3];
	size_t n = 0;

	while (at != NULL && n < n_at)
		args[n++] = DB_TEXT_ARG(at);
	args[n++] = DB_INT_ARG(id);
	return izp_query(req, stmt, args, n, out);
}

int
overview_read(struct izp_request *req, const struct overview_stmts *st,
    long long plan, const char *at, struct overview *o)
{
	long long child;
	int rc;

	if ((rc = query_at(req, st->plan, at, 1, plan, &o->plan)) != DB_OK)
		return rc;
	if (o->plan.nrows == 0) {
		struct db_rows exists;

		if (at == NULL)
			return izp_fail(req, 404, "Dit IZP bestaat niet.");
		/* Tell apart "not yet then" from "never": no row now either. */
		if ((rc = query_at(req, st->plan_now, NULL, 0, plan,
		    &exists)) != DB_OK)
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
	child = strtoll(db_cell_named(&o->plan, 0, "child_id"), NULL, 10);
	if ((rc = izp_authorise_child(req, child)) != 0)
		return rc;
	if ((rc = query_at(req, st->child, at, 1, child, &o->child)) != DB_OK ||
	    (rc = query_at(req, st->goals, at, 1, plan, &o->goals)) != DB_OK ||
	    (rc = query_at(req, st->agreements, at, 1, plan,
	    &o->agreements)) != DB_OK ||
	    (rc = query_at(req, st->evaluations, at, 1, plan,
	    &o->evaluations)) != DB_OK ||
	    (rc = query_at(req, st->outcomes, at, 2, plan, &o->outcomes)) !=
	    DB_OK ||
	    (rc = query_at(req, st->limits, at, 1, child, &o->limits)) !=
	    DB_OK ||
	    (rc = query_at(req, st->directives, at, 1, child,
	    &o->directives)) != DB_OK ||
	    (rc = query_at(req, st->representatives, at, 1, child,
	    &o->representatives)) != DB_OK ||
	    (rc = query_at(req, st->crisis_plans, at, 1, plan,
	    &o->crisis_plans)) != DB_OK ||
	    (rc = query_at(req, st->crisis_steps, at, 2, plan,
	    &o->crisis_steps)) != DB_OK ||
	    (rc = query_at(req, st->next_step, at, 1, plan, &o->next_step)) !=
	    DB_OK ||
	    (rc = query_at(req, st->place_wishes, at, 2, plan,
	    &o->place_wishes)) != DB_OK ||
	    (rc = query_at(req, st->team, at, 1, plan, &o->team)) != DB_OK ||
	    (rc = query_at(req, st->wishes, at, 1, plan, &o->wishes)) !=
	    DB_OK ||
	    (rc = query_at(req, st->problems, at, 1, plan, &o->problems)) !=
	    DB_OK ||
	    (rc = query_at(req, st->acp, at, 1, plan, &o->acp)) != DB_OK ||
	    (rc = query_at(req, st->deviations, at, 1, plan,
	    &o->deviations)) != DB_OK ||
	    (rc = query_at(req, st->topics, at, 2, plan, &o->topics)) != DB_OK)
		return rc;
	{
		struct db_arg p = DB_INT_ARG(plan), c = DB_INT_ARG(child);
		struct db_arg args[] = { p, c, c, c, p, p, p, p, p, p, p, p, p,
		    p, p, p, DB_TEXT_ARG(at) };

		if ((rc = izp_query(req, st->revision, args, sizeof(args) /
		    sizeof(args[0]), &o->revision)) != DB_OK)
			return rc;
	}
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
	xmlNodePtr plan, list, evaluation;
	size_t i, j;

	if (at != NULL)
		xml_attr(root, "at", at);
	xml_rows(root, "child", &o->child, 0);
	xml_rows(root, "plan", &o->plan, 0);
	plan = xmlGetLastChild(root);
	xml_attr(plan, "revision", db_cell_named(&o->revision, 0, "revision"));
	xml_attr(plan, "changed-at", db_cell_named(&o->revision, 0,
	    "changed_at"));
	rows_xml(root, "limits", "limit", &o->limits);
	xml_attr_int(xmlGetLastChild(root), "review-months", review_months);
	rows_xml(root, "directives", "directive", &o->directives);
	rows_xml(root, "representatives", "representative",
	    &o->representatives);
	crisis_xml(root, &o->crisis_plans, &o->crisis_steps);
	if (o->next_step.nrows > 0)
		xml_rows(root, "next-step", &o->next_step, 0);
	rows_xml(root, "place-wishes", "place-wish", &o->place_wishes);
	rows_xml(root, "team", "member", &o->team);
	rows_xml(root, "wishes", "wish", &o->wishes);
	rows_xml(root, "problems", "problem", &o->problems);
	rows_xml(root, "acp-conversations", "acp-conversation", &o->acp);
	rows_xml(root, "deviations", "deviation", &o->deviations);
	rows_xml(root, "topics", "topic", &o->topics);
	rows_xml(root, "goals", "goal", &o->goals);
	rows_xml(root, "agreements", "agreement", &o->agreements);
	list = xml_child(root, "evaluations");
	for (i = 0; i < o->evaluations.nrows; i++) {
		const char *id = db_cell_named(&o->evaluations, i, "id");

		xml_rows(list, "evaluation", &o->evaluations, i);
		evaluation = xmlGetLastChild(list);
		for (j = 0; j < o->outcomes.nrows; j++)
			if (strcmp(db_cell_named(&o->outcomes, j,
			    "evaluation_id"), id) == 0)
				xml_rows(evaluation, "outcome", &o->outcomes, j);
	}
}
