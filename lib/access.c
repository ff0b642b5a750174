/*
 * Who may see a child's data, in one place: the hoofdbehandelaar and the
 * casemanager of the child's open plan, and whoever the family gave access to
 * (a caregiver or a team).  Every program asks here, inside its own
 * transaction, so the answer and the data it guards are consistent.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "izp.h"
#include "izp-sql.h"
#include "internal.h"

/*
 * The rows after "allowed" (one at most), up to the column named
 * SQL_PLAN_FOLLOWS or the end, as a row of their own: one row, or none.
 */
static void
take_columns(const struct db_rows *rows, size_t first, size_t end,
    int present, struct db_rows *out)
{
	memset(out, 0, sizeof(*out));
	out->ncols = end - first;
	out->names = rows->names + first;
	if (rows->nrows == 1 && present) {
		out->cells = rows->cells + first;
		out->nrows = 1;
	}
}

/*
 * Runs an access statement (user id SQL_MAY_SEE_CHILD_ARGS times, then id)
 * and gives its child's row, and the plan's after the marker column when
 * plan_row is not NULL: a plan without one (no open plan) has no row.
 */
static int
access_rows(struct izp_request *req, size_t stmt, long long id,
    enum izp_access *access, struct db_rows *child_row,
    struct db_rows *plan_row)
{
	struct db_arg args[] = { DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_INT_ARG(id) };
	struct db_rows rows;
	size_t marker;
	int rc;

	rc = db_exec(req->db, &req->arena, stmt, args,
	    sizeof(args) / sizeof(args[0]), &rows);
	if (rc != DB_OK)
		return rc;
	if (rows.nrows == 0)
		*access = IZP_ACCESS_NO_SUCH_CHILD;
	else if (strcmp(db_cell(&rows, 0, 0), "1") == 0)
		*access = IZP_ACCESS_GRANTED;
	else
		*access = IZP_ACCESS_DENIED;
	for (marker = 1; marker < rows.ncols && strcmp(rows.names[marker],
	    SQL_PLAN_FOLLOWS) != 0; marker++)
		;
	if (child_row != NULL)
		take_columns(&rows, 1, marker, 1, child_row);
	if (plan_row != NULL && marker < rows.ncols)
		take_columns(&rows, marker + 1, rows.ncols, rows.nrows == 1 &&
		    db_cell(&rows, 0, marker + 1) != NULL, plan_row);
	/* The child's id is its row's first column. */
	req->audit.patient_id = rows.nrows == 1 && rows.ncols > 1 ?
	    strtoll(db_cell(&rows, 0, 1), NULL, 10) : 0;
	return 0;
}

/*
 * May this user see this child?  Also names the child for the audit row,
 * and gives the child's row (SQL_CHILD_COLUMNS, now) to a caller that
 * shows it once access is settled; child_row may be NULL.
 */
int
izp_child_access_row(struct izp_request *req, long long child,
    enum izp_access *access, struct db_rows *child_row)
{
	int rc;

	if ((rc = access_rows(req, child_row != NULL ? LIB_STMT_ACCESS :
	    LIB_STMT_ACCESS_ONLY, child, access, child_row, NULL)) != 0)
		return rc;
	req->audit.patient_id = *access != IZP_ACCESS_NO_SUCH_CHILD ? child :
	    0;
	return 0;
}

/* The same with the child's open plan (SQL_PLAN_REVISION_COLUMNS; no row
 * without one), for a page that shows both. */
int
izp_child_access_open_plan(struct izp_request *req, long long child,
    enum izp_access *access, struct db_rows *child_row,
    struct db_rows *plan_row)
{
	return access_rows(req, LIB_STMT_ACCESS_OPEN_PLAN, child, access,
	    child_row, plan_row);
}

/* The same from a plan: its child's access, row and the plan's row;
 * IZP_ACCESS_NO_SUCH_CHILD when the plan does not exist. */
int
izp_plan_access(struct izp_request *req, long long plan,
    enum izp_access *access, struct db_rows *child_row,
    struct db_rows *plan_row)
{
	return access_rows(req, LIB_STMT_PLAN_ACCESS, plan, access, child_row,
	    plan_row);
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
 * Whether a user sees many is remembered by the worker for
 * lists.many_remember_seconds (60; 0: asked every time), as asking costs
 * a list page a fifth of its database time.  Only "many" is remembered:
 * a user who comes to see many is read that way at once, one who no
 * longer does within the period.  The answer chooses how a list is read
 * (and whether it is counted), never which rows it shows.
 */
#define REMEMBERED_USERS 64

static struct {
	long long	user;
	time_t		until;	/* CLOCK_MONOTONIC seconds */
} seen_many[REMEMBERED_USERS];

static time_t
monotonic_seconds(void)
{
	struct timespec now;

	return clock_gettime(CLOCK_MONOTONIC, &now) == 0 ? now.tv_sec : 0;
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
	long long remember = conf_get_long(req->conf,
	    "lists.many_remember_seconds", 60);
	size_t slot = (size_t)user % REMEMBERED_USERS;
	time_t now = monotonic_seconds();
	struct db_arg args[] = { DB_INT_ARG(user), DB_INT_ARG(skip),
	    DB_INT_ARG(user), DB_INT_ARG(skip), DB_INT_ARG(user),
	    DB_INT_ARG(skip), DB_INT_ARG(user), DB_INT_ARG(skip) };
	struct db_rows rows;
	int rc;

	if (seen_many[slot].user == user && now != 0 &&
	    now < seen_many[slot].until) {
		*many = 1;
		return 0;
	}
	rc = db_exec(req->db, &req->arena, LIB_STMT_SEES_MANY, args,
	    sizeof(args) / sizeof(args[0]), &rows);
	if (rc != DB_OK)
		return rc;
	*many = rows.nrows == 1 && strcmp(db_cell(&rows, 0, 0), "1") == 0;
	seen_many[slot].user = *many && remember > 0 && now != 0 ? user : 0;
	seen_many[slot].until = now + (time_t)remember;
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
