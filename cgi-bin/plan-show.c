/*
 * Overzicht tonen van gehele plan: the whole care plan of a child, with the
 * child, its status and the people responsible, as HTML or XML.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum stmt {
	STMT_PLAN,
	STMT_CHILD,
	STMT_GOALS,
	STMT_AGREEMENTS,
	STMT_EVALUATIONS,
	STMT_OUTCOMES,
	STMT_REVISION,
	STMT_PLAN_AT,
	STMT_CHILD_AT,
	STMT_GOALS_AT,
	STMT_AGREEMENTS_AT,
	STMT_EVALUATIONS_AT,
	STMT_OUTCOMES_AT,
	STMT_LIMITS,
	STMT_DIRECTIVES,
	STMT_REPRESENTATIVES,
	STMT_CRISIS_PLANS,
	STMT_CRISIS_STEPS,
	STMT_NEXT_STEP,
	STMT_PLACE_WISHES,
	STMT_LIMITS_AT,
	STMT_DIRECTIVES_AT,
	STMT_REPRESENTATIVES_AT,
	STMT_CRISIS_PLANS_AT,
	STMT_CRISIS_STEPS_AT,
	STMT_NEXT_STEP_AT,
	STMT_PLACE_WISHES_AT,
	STMT_TEAM,
	STMT_WISHES,
	STMT_PROBLEMS,
	STMT_ACP,
	STMT_DEVIATIONS,
	STMT_TOPICS,
	STMT_TEAM_AT,
	STMT_WISHES_AT,
	STMT_PROBLEMS_AT,
	STMT_ACP_AT,
	STMT_DEVIATIONS_AT,
	STMT_TOPICS_AT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_GOALS] = SQL_GOALS_OF_PLAN,
	[STMT_AGREEMENTS] = SQL_AGREEMENTS_OF_PLAN,
	[STMT_EVALUATIONS] = SQL_EVALUATIONS_OF_PLAN_AT(""),
	[STMT_OUTCOMES] = SQL_OUTCOMES_OF_PLAN_AT(""),
	[STMT_REVISION] = SQL_PLAN_REVISION,
	[STMT_PLAN_AT] = SQL_PLAN_BY_ID_AT(SQL_AS_OF),
	[STMT_CHILD_AT] = SQL_CHILD_BY_ID_AT(SQL_AS_OF),
	[STMT_GOALS_AT] = SQL_GOALS_OF_PLAN_AT(SQL_AS_OF),
	[STMT_AGREEMENTS_AT] = SQL_AGREEMENTS_OF_PLAN_AT(SQL_AS_OF),
	[STMT_EVALUATIONS_AT] = SQL_EVALUATIONS_OF_PLAN_AT(SQL_AS_OF),
	[STMT_OUTCOMES_AT] = SQL_OUTCOMES_OF_PLAN_AT(SQL_AS_OF),
	[STMT_LIMITS] = SQL_LIMITS_OF_CHILD_AT(""),
	[STMT_DIRECTIVES] = SQL_DIRECTIVES_OF_CHILD_AT(""),
	[STMT_REPRESENTATIVES] = SQL_REPRESENTATIVES_OF_CHILD_AT(""),
	[STMT_CRISIS_PLANS] = SQL_CRISIS_PLANS_OF_PLAN_AT(""),
	[STMT_CRISIS_STEPS] = SQL_CRISIS_STEPS_OF_PLAN_AT(""),
	[STMT_NEXT_STEP] = SQL_NEXT_STEP_OF_PLAN_AT(""),
	[STMT_PLACE_WISHES] = SQL_PLACE_WISHES_OF_PLAN_AT(""),
	[STMT_TEAM] = SQL_TEAM_OF_PLAN_AT(""),
	[STMT_WISHES] = SQL_WISHES_OF_PLAN_AT(""),
	[STMT_PROBLEMS] = SQL_PROBLEMS_OF_PLAN_AT(""),
	[STMT_ACP] = SQL_ACP_OF_PLAN_AT(""),
	[STMT_DEVIATIONS] = SQL_DEVIATIONS_OF_PLAN_AT(""),
	[STMT_TOPICS] = SQL_TOPICS_OF_PLAN_AT(""),
	[STMT_TEAM_AT] = SQL_TEAM_OF_PLAN_AT(SQL_AS_OF),
	[STMT_WISHES_AT] = SQL_WISHES_OF_PLAN_AT(SQL_AS_OF),
	[STMT_PROBLEMS_AT] = SQL_PROBLEMS_OF_PLAN_AT(SQL_AS_OF),
	[STMT_ACP_AT] = SQL_ACP_OF_PLAN_AT(SQL_AS_OF),
	[STMT_DEVIATIONS_AT] = SQL_DEVIATIONS_OF_PLAN_AT(SQL_AS_OF),
	[STMT_TOPICS_AT] = SQL_TOPICS_OF_PLAN_AT(SQL_AS_OF),
	[STMT_LIMITS_AT] = SQL_LIMITS_OF_CHILD_AT(SQL_AS_OF),
	[STMT_DIRECTIVES_AT] = SQL_DIRECTIVES_OF_CHILD_AT(SQL_AS_OF),
	[STMT_REPRESENTATIVES_AT] = SQL_REPRESENTATIVES_OF_CHILD_AT(SQL_AS_OF),
	[STMT_CRISIS_PLANS_AT] = SQL_CRISIS_PLANS_OF_PLAN_AT(SQL_AS_OF),
	[STMT_CRISIS_STEPS_AT] = SQL_CRISIS_STEPS_OF_PLAN_AT(SQL_AS_OF),
	[STMT_NEXT_STEP_AT] = SQL_NEXT_STEP_OF_PLAN_AT(SQL_AS_OF),
	[STMT_PLACE_WISHES_AT] = SQL_PLACE_WISHES_OF_PLAN_AT(SQL_AS_OF),
};

static const struct overview_stmts now_stmts = { STMT_PLAN, STMT_PLAN,
    STMT_CHILD, STMT_GOALS, STMT_AGREEMENTS, STMT_EVALUATIONS, STMT_OUTCOMES,
    STMT_REVISION, STMT_LIMITS, STMT_DIRECTIVES, STMT_REPRESENTATIVES,
    STMT_CRISIS_PLANS, STMT_CRISIS_STEPS, STMT_NEXT_STEP, STMT_PLACE_WISHES,
    STMT_TEAM, STMT_WISHES, STMT_PROBLEMS, STMT_ACP, STMT_DEVIATIONS,
    STMT_TOPICS };
static const struct overview_stmts then_stmts = { STMT_PLAN_AT, STMT_PLAN,
    STMT_CHILD_AT, STMT_GOALS_AT, STMT_AGREEMENTS_AT, STMT_EVALUATIONS_AT,
    STMT_OUTCOMES_AT, STMT_REVISION, STMT_LIMITS_AT, STMT_DIRECTIVES_AT,
    STMT_REPRESENTATIVES_AT, STMT_CRISIS_PLANS_AT, STMT_CRISIS_STEPS_AT,
    STMT_NEXT_STEP_AT, STMT_PLACE_WISHES_AT, STMT_TEAM_AT, STMT_WISHES_AT,
    STMT_PROBLEMS_AT, STMT_ACP_AT, STMT_DEVIATIONS_AT, STMT_TOPICS_AT };

struct reading {
	struct izp_request	*req;
	const char		*at;	/* NULL: now */
	struct overview		 o;
};

static int
read_plan(struct db *db, void *arg)
{
	struct reading *r = arg;
	struct izp_request *req = r->req;
	int rc;

	if ((rc = overview_read(req, r->at ? &then_stmts : &now_stmts,
	    req->path_id, r->at, &r->o)) != 0)
		return rc;
	return audit_write(req, db, "success");
}

/* What this user may do with the plan; the stylesheet offers only that. */
static void
add_actions(struct izp_request *req, xmlNodePtr root,
    const struct db_rows *plan)
{
	xmlNodePtr plan_node = root->children;
	long long hb = strtoll(db_cell_named(plan, 0, "hoofdbehandelaar_id"),
	    NULL, 10);
	long long cm = strtoll(db_cell_named(plan, 0, "casemanager_id"), NULL,
	    10);
	long long du = strtoll(db_cell_named(plan, 0, "drawn_up_by"), NULL, 10);
	int responsible = req->user.id == hb || req->user.id == cm;
	xmlNodePtr actions;

	while (plan_node != NULL && !xmlStrEqual(plan_node->name,
	    BAD_CAST "plan"))
		plan_node = plan_node->next;
	if (plan_node == NULL || (!responsible && req->user.id != du))
		return;
	if (strcmp(db_cell_named(plan, 0, "status"), "afgesloten") == 0)
		return;
	actions = xml_child(root, "actions");
	/* The model puts the actions right after the plan. */
	if (xmlAddNextSibling(plan_node, actions) == NULL)
		return;
	xml_attr(actions, "request-id", req->request_id);
	xml_attr(actions, "edit", "true");
	if (!responsible)
		return;
	if (req->user.id == hb)	/* medical policy */
		xml_attr(actions, "limits", "true");
	if (strcmp(db_cell_named(plan, 0, "status"), "concept") == 0)
		xml_attr(actions, "activate", "true");
	xml_attr(actions, "close", "true");
}

static int
handle(struct izp_request *req)
{
	struct reading r = { .req = req };
	const struct http_param *at = http_param_find(&req->query, "at");
	char moment[20];
	xmlNodePtr root;
	const char *error;
	int rc;

	izp_audit_set(req, AUDIT_READ, 0, "care_plan", req->path_id);
	if (at != NULL && at->value[0] != '\0') {
		if ((error = valid_moment(at->value, time(NULL), moment)) !=
		    NULL) {
			req->error_link = arena_printf(&req->arena,
			    "/izp/%lld/geschiedenis", req->path_id);
			return izp_fail(req, 400, error);
		}
		r.at = moment;
	}
	if ((rc = db_transaction(req->db, read_plan, &r)) != 0)
		return rc;
	root = izp_page(req, "plan");
	overview_xml(root, &r.o, r.at, conf_get_long(req->conf,
	    "limits.review_months", 6));
	if (r.at == NULL)	/* the past is read-only */
		add_actions(req, root, &r.o.plan);
	return 200;
}

IZP_PROGRAM("plan-show", "read", "GET", handle)
