/*
 * Overzicht uitdraaien voor de patiënt: the plan for the child and the
 * parents, in plain Dutch on A4, with the date of printing and the plan's
 * revision.  Printing is its own audit event (NEN 7513 print/copy).
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
	STMT_LIMITS,
	STMT_DIRECTIVES,
	STMT_REPRESENTATIVES,
	STMT_CRISIS_PLANS,
	STMT_CRISIS_STEPS,
	STMT_NEXT_STEP,
	STMT_PLACE_WISHES,
	STMT_TEAM,
	STMT_WISHES,
	STMT_PROBLEMS,
	STMT_ACP,
	STMT_DEVIATIONS,
	STMT_TOPICS,
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
};

static const struct overview_stmts stmts = { STMT_PLAN, STMT_PLAN,
    STMT_CHILD, STMT_GOALS, STMT_AGREEMENTS, STMT_EVALUATIONS, STMT_OUTCOMES,
    STMT_REVISION, STMT_LIMITS, STMT_DIRECTIVES, STMT_REPRESENTATIVES,
    STMT_CRISIS_PLANS, STMT_CRISIS_STEPS, STMT_NEXT_STEP, STMT_PLACE_WISHES,
    STMT_TEAM, STMT_WISHES, STMT_PROBLEMS, STMT_ACP, STMT_DEVIATIONS,
    STMT_TOPICS };

struct printing {
	struct izp_request	*req;
	struct overview		 o;
};

static int
read_plan(struct db *db, void *arg)
{
	struct printing *p = arg;
	int rc;

	if ((rc = overview_read(p->req, &stmts, p->req->path_id, NULL,
	    &p->o)) != 0)
		return rc;
	return audit_write(p->req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct printing p = { .req = req };
	xmlNodePtr root;
	time_t now = time(NULL);
	struct tm tm;
	char printed[20];
	int rc;

	izp_audit_set(req, AUDIT_PRINT, 0, "care_plan", req->path_id);
	if ((rc = db_transaction(req->db, read_plan, &p)) != 0)
		return rc;
	if (localtime_r(&now, &tm) == NULL ||
	    strftime(printed, sizeof(printed), "%Y-%m-%d %H:%M:%S", &tm) == 0)
		return 503;
	root = izp_page(req, "plan-print");
	xml_attr(root, "printed-at", printed);
	overview_xml(root, &p.o, NULL, conf_get_long(req->conf,
	    "limits.review_months", 6));
	return 200;
}

IZP_PROGRAM("plan-print", "read", "GET", handle)
