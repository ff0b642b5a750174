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
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = "SELECT " SQL_CHILD_COLUMNS ", c.bsn "
	    "FROM children c WHERE c.id = ?",
	[STMT_GOALS] = SQL_GOALS_OF_PLAN,
	[STMT_AGREEMENTS] = SQL_AGREEMENTS_OF_PLAN,
};

struct overview {
	struct izp_request	*req;
	struct db_rows		 plan;
	struct db_rows		 child;
	struct db_rows		 goals;
	struct db_rows		 agreements;
};

static int
read_plan(struct db *db, void *arg)
{
	struct overview *o = arg;
	struct izp_request *req = o->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	int rc;

	if ((rc = izp_query(req, STMT_PLAN, &id, 1, &o->plan)) != DB_OK)
		return rc;
	if (o->plan.nrows == 0)
		return izp_fail(req, 404, "Dit IZP bestaat niet.");
	id = DB_INT_ARG(strtoll(db_cell_named(&o->plan, 0, "child_id"), NULL,
	    10));
	if ((rc = izp_authorise_child(req, id.i)) != 0)
		return rc;
	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &o->child)) != DB_OK)
		return rc;
	{
		struct db_arg plan = DB_INT_ARG(req->path_id);

		if ((rc = izp_query(req, STMT_GOALS, &plan, 1, &o->goals)) !=
		    DB_OK || (rc = izp_query(req, STMT_AGREEMENTS, &plan, 1,
		    &o->agreements)) != DB_OK)
			return rc;
	}
	izp_audit_set(req, AUDIT_READ, id.i, "care_plan", req->path_id);
	return audit_write(req, db, "success");
}

/* What this user may do with the plan; the stylesheet offers only that. */
static void
add_actions(struct izp_request *req, xmlNodePtr root,
    const struct db_rows *plan)
{
	long long hb = strtoll(db_cell_named(plan, 0, "hoofdbehandelaar_id"),
	    NULL, 10);
	long long cm = strtoll(db_cell_named(plan, 0, "casemanager_id"), NULL,
	    10);
	long long du = strtoll(db_cell_named(plan, 0, "drawn_up_by"), NULL, 10);
	int responsible = req->user.id == hb || req->user.id == cm;
	xmlNodePtr actions;

	if (!responsible && req->user.id != du)
		return;
	if (strcmp(db_cell_named(plan, 0, "status"), "afgesloten") == 0)
		return;
	actions = xml_child(root, "actions");
	xml_attr(actions, "request-id", req->request_id);
	xml_attr(actions, "edit", "true");
	if (!responsible)
		return;
	if (strcmp(db_cell_named(plan, 0, "status"), "concept") == 0)
		xml_attr(actions, "activate", "true");
	xml_attr(actions, "close", "true");
}

static int
handle(struct izp_request *req)
{
	struct overview o = { .req = req };
	xmlNodePtr root, list;
	size_t i;
	int rc;

	izp_audit_set(req, AUDIT_READ, 0, "care_plan", req->path_id);
	if ((rc = db_transaction(req->db, read_plan, &o)) != 0)
		return rc;
	root = izp_page(req, "plan");
	xml_rows(root, "child", &o.child, 0);
	xml_rows(root, "plan", &o.plan, 0);
	add_actions(req, root, &o.plan);
	list = xml_child(root, "goals");
	for (i = 0; i < o.goals.nrows; i++)
		xml_rows(list, "goal", &o.goals, i);
	list = xml_child(root, "agreements");
	for (i = 0; i < o.agreements.nrows; i++)
		xml_rows(list, "agreement", &o.agreements, i);
	return 200;
}

IZP_PROGRAM("plan-show", "read", "GET", handle)
