/*
 * The NEN 7513 audit log: one row per request that reads or changes a
 * patient's data, with what, when (UTC, milliseconds), who, on whose behalf,
 * role, outcome, which patient and object, and from where.  A successful
 * change writes its row inside its own transaction, so if the row cannot be
 * written the change does not happen either (fail closed).
 */
#include <string.h>
#include <syslog.h>

#include "izp.h"
#include "internal.h"

const char *
audit_action_name(enum audit_action a)
{
	switch (a) {
	case AUDIT_CREATE:
		return "create";
	case AUDIT_READ:
		return "read";
	case AUDIT_UPDATE:
		return "update";
	case AUDIT_PRINT:
		return "print";
	case AUDIT_EXPORT:
		return "export";
	case AUDIT_SEARCH:
		return "search";
	case AUDIT_EMERGENCY:
		return "emergency";
	}
	return "read";
}

void
izp_audit_set(struct izp_request *req, enum audit_action action,
    long long patient, const char *object_type, long long object)
{
	req->audit.action = action;
	req->audit.patient_id = patient;
	req->audit.object_type = object_type;
	req->audit.object_id = object;
}

int
audit_write(struct izp_request *req, struct db *db, const char *outcome)
{
	struct db_arg args[] = {
		DB_TEXT_ARG(audit_action_name(req->audit.action)),
		DB_TEXT_ARG(outcome),
		DB_INT_ARG(req->user.id),
		DB_TEXT_ARG(req->user.username),
		DB_TEXT_ARG(req->user.name),
		DB_TEXT_ARG(req->user.role),
		DB_TEXT_ARG(req->user.on_behalf_of),
		req->audit.patient_id > 0 ?
		    DB_INT_ARG(req->audit.patient_id) : DB_NULL_ARG,
		DB_TEXT_ARG(req->audit.object_type),
		req->audit.object_id > 0 ?
		    DB_INT_ARG(req->audit.object_id) : DB_NULL_ARG,
		DB_TEXT_ARG(req->remote_addr),
		DB_TEXT_ARG(req->program->name),
	};
	struct db_rows rows;
	int rc;

	rc = db_exec(db, &req->arena, LIB_STMT_AUDIT, args,
	    sizeof(args) / sizeof(args[0]), &rows);
	if (rc == DB_OK && rows.affected != 1)
		rc = DB_ERROR;
	if (rc == DB_OK)
		req->audit.written = 1;
	else if (rc != DB_RETRY)
		syslog(LOG_ERR, "audit row not written: %s", db->last_error);
	return rc;
}

static int
audit_only(struct db *db, void *arg)
{
	struct izp_request *req = arg;

	return audit_write(req, db, outcome_of(req->status));
}

/*
 * A request that was refused or failed still leaves its row when it concerned
 * a patient; it runs in a transaction of its own since nothing else commits.
 */
void
audit_refusal(struct izp_request *req)
{
	if (req->audit.written || req->user.id == 0 ||
	    req->audit.object_type == NULL)
		return;
	if (db_transaction(req->db, audit_only, req) != 0)
		syslog(LOG_ERR, "audit row of a refused request not written");
}

const char *
outcome_of(int status)
{
	if (status < 400)
		return "success";
	if (status == 403)
		return "denied";
	if (status == 400 || status == 404 || status == 409 || status == 413)
		return "refused";
	return "failure";
}
