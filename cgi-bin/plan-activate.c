/*
 * Make a concept IZP actueel: the casemanager (or the hoofdbehandelaar)
 * approves the plan; from then on it is the plan everyone acts on.
 */
#include <string.h>

#include "izp.h"

enum stmt {
	STMT_ACTIVATE,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_ACTIVATE] =
	    "UPDATE care_plans SET status = 'actueel', version = version + 1, "
	    "activated_at = NOW(3), activated_by = ?, changed_by = ?, "
	    "change_reason = 'Actueel gemaakt', request_id = ? "
	    "WHERE id = ? AND version = ?",
};

static int
activate(struct db *db, void *arg)
{
	struct plan_button *b = arg;
	struct izp_request *req = b->req;
	struct plan_lock plan;
	struct db_rows rows;
	int rc;

	if ((rc = plan_row_lock(req, req->path_id, b->version,
	    PLAN_RESPONSIBLE, &plan)) != 0)
		return rc;
	if (plan.twin)
		return 0;
	if (strcmp(plan.status, "concept") != 0)
		return izp_fail(req, 409, "Dit IZP is al actueel.");
	{
		struct db_arg args[] = { DB_INT_ARG(req->user.id),
		    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->request_id),
		    DB_INT_ARG(plan.id), DB_INT_ARG(plan.version) };

		if ((rc = izp_query(req, STMT_ACTIVATE, args, 5, &rows)) !=
		    DB_OK)
			return rc;
	}
	if (rows.affected != 1)
		return DB_ERROR;	/* the row is locked: cannot happen */
	return audit_write(req, db, "success");
}

static int
handle(struct izp_request *req)
{
	izp_audit_set(req, AUDIT_UPDATE, 0, "care_plan", req->path_id);
	return plan_button(req, activate);
}

IZP_PROGRAM("plan-activate", "plan", "POST", handle)
