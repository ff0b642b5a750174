/*
 * Who may see a child's data, in one place: the hoofdbehandelaar and the
 * casemanager of the child's open plan, and whoever the family gave access to
 * (a caregiver or a team).  Every program asks here, inside its own
 * transaction, so the answer and the data it guards are consistent.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "internal.h"

/*
 * May this user see this child?  Also names the child for the audit row,
 * and gives the child's row (SQL_CHILD_COLUMNS, now) to a caller that
 * shows it once access is settled; child_row may be NULL.
 */
int
izp_child_access_row(struct izp_request *req, long long child,
    enum izp_access *access, struct db_rows *child_row)
{
	struct db_arg args[] = { DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_INT_ARG(child) };
	struct db_rows rows;
	int rc;

	rc = db_exec(req->db, &req->arena, child_row != NULL ?
	    LIB_STMT_ACCESS : LIB_STMT_ACCESS_ONLY, args,
	    sizeof(args) / sizeof(args[0]), &rows);
	if (rc != DB_OK)
		return rc;
	req->audit.patient_id = rows.nrows == 1 ? child : 0;
	if (rows.nrows == 0)
		*access = IZP_ACCESS_NO_SUCH_CHILD;
	else if (strcmp(db_cell(&rows, 0, 0), "1") == 0)
		*access = IZP_ACCESS_GRANTED;
	else
		*access = IZP_ACCESS_DENIED;
	if (child_row != NULL) {
		/* One row at most: the columns after "allowed" are the row. */
		memset(child_row, 0, sizeof(*child_row));
		child_row->ncols = rows.ncols - 1;
		child_row->names = rows.names + 1;
		if (rows.nrows == 1) {
			child_row->cells = rows.cells + 1;
			child_row->nrows = 1;
		}
	}
	return 0;
}

int
izp_child_access(struct izp_request *req, long long child,
    enum izp_access *access)
{
	return izp_child_access_row(req, child, access, NULL);
}

/*
 * The same as a request status: unknown children are 404; a child without a
 * grant is 403 with a message that says nothing about the child.  Either way
 * the refusal is audited on the child.
 */
int
izp_authorise_child_row(struct izp_request *req, long long child,
    struct db_rows *child_row)
{
	enum izp_access access;
	int rc;

	if ((rc = izp_child_access_row(req, child, &access, child_row)) != 0)
		return rc;
	if (access == IZP_ACCESS_NO_SUCH_CHILD)
		return izp_fail(req, 404, "Dit kind of dit IZP bestaat niet.");
	if (access == IZP_ACCESS_DENIED)
		return izp_deny_child(req);
	return 0;
}

/* The refusal of a child the user may not see: 403, saying nothing about
 * the child. */
int
izp_deny_child(struct izp_request *req)
{
	return izp_fail(req, 403, "U heeft geen toegang tot dit IZP. Het kind "
	    "en de ouders bepalen wie het IZP mag inzien; de casemanager kan "
	    "hun toestemming vastleggen.");
}

int
izp_authorise_child(struct izp_request *req, long long child)
{
	return izp_authorise_child_row(req, child, NULL);
}

/*
 * Does this user see so many children (lists.many_from, 500, by any one
 * way) that a list is best read in its own order, stopping after a page?
 * Asking reads at most that many index entries per way, so it costs the
 * same however many children there are.
 */
int
izp_sees_many(struct izp_request *req, int *many)
{
	long long user = req->user.id;
	long long from = conf_get_long(req->conf, "lists.many_from", 500);
	long long skip = from > 1 ? from - 1 : 0;
	struct db_arg args[] = { DB_INT_ARG(user), DB_INT_ARG(skip),
	    DB_INT_ARG(user), DB_INT_ARG(skip), DB_INT_ARG(user),
	    DB_INT_ARG(skip), DB_INT_ARG(user), DB_INT_ARG(skip) };
	struct db_rows rows;
	int rc;

	rc = db_exec(req->db, &req->arena, LIB_STMT_SEES_MANY, args,
	    sizeof(args) / sizeof(args[0]), &rows);
	if (rc != DB_OK)
		return rc;
	*many = rows.nrows == 1 && strcmp(db_cell(&rows, 0, 0), "1") == 0;
	return 0;
}

/*
 * A grant names one caregiver or one team (fields user_id and team_id):
 * 1 with the error set on user when it names both or neither.
 */
int
grantee_missing(struct field_value *user, struct field_value *team)
{
	if (user->present != team->present || user->error != NULL ||
	    team->error != NULL)
		return 0;
	form_set_error(user, "Kies één zorgverlener óf één team.");
	return 1;
}

/*
 * Is the grantee one a grant may name (the program's statements user_ok
 * and team_ok: an active caregiver, a team)?  0, 400 with the field's
 * error set, or a db_status below 0.
 */
int
grantee_check(struct izp_request *req, size_t user_ok, size_t team_ok,
    struct field_value *user, struct field_value *team)
{
	struct db_arg u = DB_INT_ARG(user->id), t = DB_INT_ARG(team->id);
	int rc;

	if (user->present && (rc = izp_row_exists(req, user_ok, &u, 1)) <= 0) {
		if (rc < 0)
			return rc;
		form_set_error(user, "Kies een zorgverlener uit de lijst.");
		return 400;
	}
	if (team->present && (rc = izp_row_exists(req, team_ok, &t, 1)) <= 0) {
		if (rc < 0)
			return rc;
		form_set_error(team, "Kies een team uit de lijst.");
		return 400;
	}
	return 0;
}
