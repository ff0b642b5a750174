/*
 * Afsluiten IZP: the casemanager or the hoofdbehandelaar closes the plan
 * with a date and a reason.  A closed plan is read-only; starting again
 * means a new plan.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_CLOSED_ON,
	F_REASON,
	F_NOTE,
	F_VERSION,
	F__MAX
};

static const struct field_choice reasons[] = {
	{ "overleden", "Het kind is overleden" },
	{ "volwassenenzorg", "Overgang naar de volwassenenzorg" },
	{ "niet_palliatief", "Niet langer palliatief" },
	{ "anders", "Anders" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_CLOSED_ON] = { "closed_on", "Datum van afsluiten", FIELD_DATE, 1, 10,
	    NULL, NULL },
	[F_REASON] = { "close_reason", "Reden", FIELD_ENUM, 1, 20, reasons,
	    NULL },
	[F_NOTE] = { "close_note", "Toelichting", FIELD_MEMO, 0, 1000, NULL,
	    "Verplicht bij 'Anders'." },
	[F_VERSION] = { "version", "Versie", FIELD_VERSION, 1, 12, NULL, NULL },
};

enum stmt {
	STMT_PLAN,
	STMT_CHILD,
	STMT_CLOSE,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_CLOSE] =
	    "UPDATE care_plans SET status = 'afgesloten', version = version + 1, "
	    "closed_on = ?, close_reason = ?, close_note = ?, changed_by = ?, "
	    "change_reason = 'IZP afgesloten', request_id = ? "
	    "WHERE id = ? AND version = ?",
};

struct closing {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 plan, child;
	int			 write;
	long long		 child_id;
	int			 still_sees;	/* after closing, by a grant */
};

/*
 * Closing ends what the hoofdbehandelaar and casemanager see by their
 * role: does the user still see the child, by the family's grant?  Asked
 * in a transaction of its own, after the closing one committed, so that a
 * twin of this form (a double click) reads the closed plan too.
 */
static int
still_sees(struct db *db, void *arg)
{
	struct closing *c = arg;
	enum izp_access access;
	int rc;

	(void)db;
	if ((rc = izp_child_access(c->req, c->child_id, &access)) != 0)
		return rc;
	c->still_sees = access == IZP_ACCESS_GRANTED;
	return 0;
}

static int
close_plan(struct db *db, void *arg)
{
	struct closing *c = arg;
	struct izp_request *req = c->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	struct db_rows rows;
	int rc;

	if ((rc = izp_query(req, STMT_PLAN, &id, 1, &c->plan)) != DB_OK)
		return rc;
	if (c->plan.nrows == 0)
		return izp_fail(req, 404, "Dit IZP bestaat niet.");
	if ((rc = plan_row_lock(req, req->path_id, c->write ?
	    c->v[F_VERSION].id : strtoll(db_cell_named(&c->plan, 0,
	    "version"), NULL, 10),
	    PLAN_RESPONSIBLE, &plan))
	    != 0)
		return rc;
	c->child_id = plan.child_id;
	if (plan.twin)
		return 0;
	id = DB_INT_ARG(plan.child_id);
	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &c->child)) != DB_OK)
		return rc;
	if (!c->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	if (strncmp(c->v[F_CLOSED_ON].iso, plan.created_at, 10) < 0) {
		form_set_error(&c->v[F_CLOSED_ON], "Het IZP kan niet worden "
		    "afgesloten vóór het werd opgesteld.");
		return 400;
	}
	{
		struct db_arg args[] = { DB_TEXT_ARG(c->v[F_CLOSED_ON].iso),
		    DB_TEXT_ARG(c->v[F_REASON].text),
		    c->v[F_NOTE].present ? DB_TEXT_ARG(c->v[F_NOTE].text) :
		    DB_NULL_ARG, DB_INT_ARG(req->user.id),
		    DB_TEXT_ARG(req->request_id), DB_INT_ARG(plan.id),
		    DB_INT_ARG(plan.version) };

		if ((rc = izp_query(req, STMT_CLOSE, args, 7, &rows)) != DB_OK)
			return rc;
	}
	if (rows.affected != 1)
		return DB_ERROR;	/* the row is locked: cannot happen */
	req->audit.patient_id = plan.child_id;
	return audit_write(req, db, "success");
}

static int
show_form(struct closing *c, int status)
{
	struct izp_request *req = c->req;
	xmlNodePtr root, form;
	int rc;

	c->write = 0;
	if ((rc = db_transaction(req->db, close_plan, c)) != 0)
		return rc;
	root = izp_page(req, "plan-close");
	xml_rows(root, "child", &c->child, 0);
	xml_rows(root, "plan", &c->plan, 0);
	form = form_xml(req, root, "plan-close", arena_printf(&req->arena,
	    "/izp/%lld/afsluiten", req->path_id), fields, F__MAX,
	    req->method == HTTP_POST ? c->v : NULL);
	if (req->method != HTTP_POST)	/* based on the version shown now */
		form_set_value(form, "version", db_cell_named(&c->plan, 0,
		    "version"));
	return status;
}

static int
handle(struct izp_request *req)
{
	struct closing c = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    0, "care_plan", req->path_id);
	if (req->method != HTTP_POST)
		return show_form(&c, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    c.v)) < 0)
		return 503;
	errors += form_not_in_future(&c.v[F_CLOSED_ON], "De datum ligt in de "
	    "toekomst.");
	if (c.v[F_REASON].error == NULL &&
	    strcmp(c.v[F_REASON].text, "anders") == 0 && !c.v[F_NOTE].present) {
		form_set_error(&c.v[F_NOTE], "Licht de reden toe.");
		errors++;
	}
	if (errors > 0)
		return show_form(&c, 400);
	c.write = 1;
	if ((rc = db_transaction(req->db, close_plan, &c)) == 400)
		return show_form(&c, 400);
	if (rc != 0)
		return rc;
	/* The plan is closed; if asking fails, the start page is safe. */
	if (db_transaction(req->db, still_sees, &c) != 0 || !c.still_sees)
		return izp_redirect(req, "/?afgesloten=1");
	return izp_redirect(req, arena_printf(&req->arena, "/izp/%lld",
	    req->path_id));
}

IZP_PROGRAM("plan-close", "plan", "GET POST", handle)
