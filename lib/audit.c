/*
 * The NEN 7513 audit log: one row per request that reads or changes a
 * patient's data, with what, when (UTC, milliseconds), who, on whose behalf,
 * role, outcome, which patient and object, and from where.  A successful
 * change writes its row inside its own transaction, so if the row cannot be
 * written the change does not happen either (fail closed).
 */
#include <stdlib.h>
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

/*
 * Every list of children a user was shown (start page, worklists) names
 * them in the row's child table, so a child's access overview shows that
 * the user saw the child's name on a list.  ids come from id_column; a
 * second call adds to the first.
 */
int
izp_audit_shown(struct izp_request *req, const struct db_rows *rows,
    const char *id_column)
{
	const char *before = req->audit.shown;
	size_t i, len = 2, at;
	const char *id;
	char *json;

	if (before != NULL)
		len += strlen(before);
	for (i = 0; i < rows->nrows; i++)
		if ((id = db_cell_named(rows, i, id_column)) != NULL)
			len += strlen(id) + 1;
	if ((json = arena_alloc(&req->arena, len + 1)) == NULL)
		return -1;
	json[0] = '[';
	at = 1;
	if (before != NULL) {	/* "[1,2]": keep "1,2" */
		memcpy(json + 1, before + 1, strlen(before) - 2);
		at += strlen(before) - 2;
	}
	for (i = 0; i < rows->nrows; i++) {
		if ((id = db_cell_named(rows, i, id_column)) == NULL ||
		    strspn(id, "0123456789") != strlen(id) || *id == '\0')
			continue;
		if (at > 1)
			json[at++] = ',';
		memcpy(json + at, id, strlen(id));
		at += strlen(id);
	}
	json[at++] = ']';
	json[at] = '\0';
	req->audit.shown = at > 2 ? json : NULL;
	return 0;
}

/* The patient of the object the path names, when no one said it. */
static int
patient_of_path(struct izp_request *req, struct db *db)
{
	struct db_arg args[] = { DB_TEXT_ARG(req->path_object),
	    DB_INT_ARG(req->path_id) };
	struct db_rows rows;
	const char *cell;
	int rc;

	if (req->audit.patient_id > 0 || req->path_object == NULL ||
	    req->path_id <= 0)
		return DB_OK;
	if ((rc = db_exec(db, &req->arena, LIB_STMT_PATIENT_OF, args, 2,
	    &rows)) != DB_OK)
		return rc;
	if ((cell = db_cell(&rows, 0, 0)) != NULL)
		req->audit.patient_id = strtoll(cell, NULL, 10);
	return DB_OK;
}

/*
 * The request's one audit row, inside the caller's transaction; it counts
 * as written once that transaction commits (audit_committed).  A request
 * whose row is in already, or in this transaction, writes no second one.
 */
int
audit_write(struct izp_request *req, struct db *db, const char *outcome)
{
	const char *name = req->user.username != NULL ? req->user.username :
	    req->presented_user != NULL ? req->presented_user :
	    "(niet aangemeld)";
	struct db_rows rows;
	int rc;

	if (req->audit.written || (req->audit.txn != 0 &&
	    req->audit.txn == db->txn))
		return DB_OK;
	if ((rc = patient_of_path(req, db)) != DB_OK)
		return rc;
	{
		struct db_arg args[] = {
			DB_TEXT_ARG(audit_action_name(req->audit.action)),
			DB_TEXT_ARG(outcome),
			req->user.id > 0 ? DB_INT_ARG(req->user.id) :
			    DB_NULL_ARG,
			DB_TEXT_ARG(name),
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
			DB_TEXT_ARG(req->audit.shown),
			DB_TEXT_ARG(req->audit.receiver),
		};

		rc = db_exec(db, &req->arena, LIB_STMT_AUDIT, args,
		    sizeof(args) / sizeof(args[0]), &rows);
	}
	if (rc == DB_OK && rows.affected != 1)
		rc = DB_ERROR;
	if (rc == DB_OK)
		req->audit.txn = db->txn;
	else if (rc != DB_RETRY)
		syslog(LOG_ERR, "audit row not written: %s", db->last_error);
	return rc;
}

/* db_transaction's commit hook: the row is in once its transaction is. */
void
audit_committed(struct db *db, void *request)
{
	struct izp_request *req = request;

	if (req->audit.txn != 0 && req->audit.txn == db->txn)
		req->audit.written = 1;
}

static int
audit_only(struct db *db, void *arg)
{
	struct izp_request *req = arg;

	return audit_write(req, db, req->audit.resent && req->status < 400 ?
	    "resent" : outcome_of(req->status));
}

/*
 * Every request that reached the program leaves exactly one row: one that
 * was refused, failed or answered without a transaction of its own gets
 * it here, in a transaction of its own.  Not when the database is away:
 * nothing can be written then.
 */
void
audit_settle(struct izp_request *req)
{
	if (req->audit.written || req->status == 503)
		return;
	if (req->audit.object_type == NULL)
		req->audit.object_type = "page";
	if (db_transaction(req->db, audit_only, req) != 0)
		syslog(LOG_ERR, "audit row of a request not written (%s)",
		    req->program->name);
}

const char *
outcome_of(int status)
{
	if (status < 400)
		return "success";
	if (status == 403)
		return "denied";
	if (status == 400 || status == 404 || status == 405 || status == 409 ||
	    status == 413 || status == 415)
		return "refused";
	return "failure";
}
