/*
 * Overname bevestigen: the hoofdbehandelaar or casemanager named for a
 * plan later (plan-responsible-set) confirms taking it over.  Until then
 * the plan shows that the handover is not complete.
 */
#include <string.h>

#include "izp.h"

enum stmt {
	STMT_CONFIRM,
	STMT__MAX
};

/* Confirms for each role the user holds and has not confirmed; binds the
 * user twice, then the request, the plan and the version seen, then the
 * user twice again. */
static const char *const sql[STMT__MAX] = {
	[STMT_CONFIRM] = "UPDATE care_plans SET "
	    "hoofdbehandelaar_confirmed_at = IF(hoofdbehandelaar_id = ?, "
	    "COALESCE(hoofdbehandelaar_confirmed_at, NOW(3)), "
	    "hoofdbehandelaar_confirmed_at), "
	    "casemanager_confirmed_at = IF(casemanager_id = ?, "
	    "COALESCE(casemanager_confirmed_at, NOW(3)), "
	    "casemanager_confirmed_at), version = version + 1, changed_by = ?, "
	    "change_reason = 'Overname bevestigd', request_id = ? "
	    "WHERE id = ? AND version = ? AND ((hoofdbehandelaar_id = ? AND "
	    "hoofdbehandelaar_confirmed_at IS NULL) OR (casemanager_id = ? "
	    "AND casemanager_confirmed_at IS NULL))",
};

static int
confirm(struct db *db, void *arg)
{
	struct plan_button *b = arg;
	struct izp_request *req = b->req;
	struct db_arg me = DB_INT_ARG(req->user.id);
	struct plan_lock plan;
	struct db_rows rows;
	int rc;

	if ((rc = plan_row_lock(req, req->path_id, b->version,
	    PLAN_RESPONSIBLE, &plan)) != 0 || plan.twin)
		return rc;
	{
		struct db_arg args[] = { me, me, me,
		    DB_TEXT_ARG(req->request_id), DB_INT_ARG(plan.id),
		    DB_INT_ARG(plan.version), me, me };

		if ((rc = izp_query(req, STMT_CONFIRM, args, 8, &rows)) !=
		    DB_OK)
			return rc;
	}
	if (rows.affected != 1)
		return izp_fail(req, 409, "Er is niets te bevestigen: u heeft "
		    "de overname van dit IZP al bevestigd.");
	req->audit.patient_id = plan.child_id;
	return audit_write(req, db, "success");
}

static int
handle(struct izp_request *req)
{
	izp_audit_set(req, AUDIT_UPDATE, 0, "care_plan", req->path_id);
	return plan_button(req, confirm);
}

IZP_PROGRAM("plan-responsible-confirm", "plan", "POST", handle)
