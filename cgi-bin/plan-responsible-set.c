/*
 * Verantwoordelijken wijzigen: a plan outlives a job; when the
 * hoofdbehandelaar or the casemanager changes, one of them names the new
 * one, with why, based on the version seen.  The one named is asked to
 * confirm taking the plan over (plan-responsible-confirm); until then the
 * plan says so, to them and to everyone who reads it.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_HOOFDBEHANDELAAR,
	F_CASEMANAGER,
	F_REASON,
	F_VERSION,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_HOOFDBEHANDELAAR] = HOOFDBEHANDELAAR_FIELD,
	[F_CASEMANAGER] = CASEMANAGER_FIELD,
	[F_REASON] = { "change_reason", "Waarom gewijzigd?", FIELD_TEXT, 1,
	    500, NULL, "Bijvoorbeeld: de casemanager gaat met verlof." },
	[F_VERSION] = { "version", "Versie", FIELD_VERSION, 1, 12, NULL,
	    NULL },
};

enum stmt {
	STMT_PLAN,
	STMT_CHILD,
	STMT_CANDIDATES,
	STMT_ROLE,
	STMT_MAY_SEE,
	STMT_UPDATE,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_CANDIDATES] = SQL_RESPONSIBLE_CANDIDATES,
	[STMT_MAY_SEE] = SQL_AGREEMENT_PERSON_OK,
	[STMT_ROLE] = SQL_USER_ROLE,
	/* Someone newly named has not confirmed yet; who stays, has. */
	[STMT_UPDATE] = "UPDATE care_plans SET "
	    "hoofdbehandelaar_confirmed_at = IF(hoofdbehandelaar_id = ?, "
	    "hoofdbehandelaar_confirmed_at, NULL), "
	    "casemanager_confirmed_at = IF(casemanager_id = ?, "
	    "casemanager_confirmed_at, NULL), hoofdbehandelaar_id = ?, "
	    "casemanager_id = ?, version = version + 1, changed_by = ?, "
	    "change_reason = ?, request_id = ? WHERE id = ? AND version = ?",
};

struct change {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 plan, child, candidates;
	int			 write;
};

static int
change_people(struct db *db, void *arg)
{
	struct change *c = arg;
	struct izp_request *req = c->req;
	struct field_value *v = c->v;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	struct db_rows rows;
	int rc, errors;

	if ((rc = izp_query(req, STMT_PLAN, &id, 1, &c->plan)) != DB_OK)
		return rc;
	if (c->plan.nrows == 0)
		return izp_fail(req, 404, "Dit IZP bestaat niet.");
	if ((rc = plan_row_lock(req, req->path_id, c->write ?
	    v[F_VERSION].id : PLAN_ANY_VERSION, PLAN_RESPONSIBLE, &plan)) !=
	    0 || plan.twin)
		return rc;
	{
		struct db_arg child[] = { DB_INT_ARG(plan.child_id),
		    DB_INT_ARG(plan.child_id) };

		if ((rc = izp_query(req, STMT_CHILD, child, 1, &c->child)) !=
		    DB_OK || (rc = izp_query(req, STMT_CANDIDATES, child, 2,
		    &c->candidates)) != DB_OK)
			return rc;
	}
	if (!c->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	if ((rc = form_check_responsible(req, STMT_ROLE, STMT_MAY_SEE,
	    plan.child_id, &v[F_HOOFDBEHANDELAAR], &v[F_CASEMANAGER])) < 0)
		return rc;
	errors = rc;
	if (errors == 0 && v[F_HOOFDBEHANDELAAR].id == strtoll(db_cell_named(
	    &c->plan, 0, "hoofdbehandelaar_id"), NULL, 10) &&
	    v[F_CASEMANAGER].id == strtoll(db_cell_named(&c->plan, 0,
	    "casemanager_id"), NULL, 10))
		form_set_error(&v[F_HOOFDBEHANDELAAR], "Er is niets gewijzigd: "
		    "kies een andere hoofdbehandelaar of casemanager, of "
		    "annuleer."), errors++;
	if (errors > 0)
		return 400;
	{
		struct db_arg args[] = { DB_INT_ARG(v[F_HOOFDBEHANDELAAR].id),
		    DB_INT_ARG(v[F_CASEMANAGER].id),
		    DB_INT_ARG(v[F_HOOFDBEHANDELAAR].id),
		    DB_INT_ARG(v[F_CASEMANAGER].id), DB_INT_ARG(req->user.id),
		    DB_TEXT_ARG(v[F_REASON].text), DB_TEXT_ARG(req->request_id),
		    DB_INT_ARG(plan.id), DB_INT_ARG(plan.version) };

		if ((rc = izp_query(req, STMT_UPDATE, args, sizeof(args) /
		    sizeof(args[0]), &rows)) != DB_OK)
			return rc;
	}
	if (rows.affected != 1)
		return DB_ERROR;	/* locked above: cannot happen */
	req->audit.patient_id = plan.child_id;
	return audit_write(req, db, "success");
}

static int
show_form(struct change *c, int status)
{
	struct izp_request *req = c->req;
	xmlNodePtr root, form;
	int rc;

	c->write = 0;
	if ((rc = db_transaction(req->db, change_people, c)) != 0)
		return rc;
	root = izp_page(req, "plan-responsible-set");
	xml_rows(root, "child", &c->child, 0);
	xml_rows(root, "plan", &c->plan, 0);
	form = form_xml(req, root, "plan-responsible-set", arena_printf(
	    &req->arena, "/izp/%lld/verantwoordelijken", req->path_id),
	    fields, F__MAX, req->method == HTTP_POST ? c->v : NULL);
	form_add_responsible_choices(form, &c->candidates);
	if (req->method != HTTP_POST) {	/* the people now, as seen now */
		form_set_value(form, "hoofdbehandelaar_id", db_cell_named(
		    &c->plan, 0, "hoofdbehandelaar_id"));
		form_set_value(form, "casemanager_id", db_cell_named(&c->plan,
		    0, "casemanager_id"));
		form_set_value(form, "version", db_cell_named(&c->plan, 0,
		    "version"));
	}
	return status;
}

static int
handle(struct izp_request *req)
{
	struct change c = { .req = req };
	int rc;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    0, "care_plan", req->path_id);
	if (req->method != HTTP_POST)
		return show_form(&c, 200);
	if ((rc = form_read(&req->arena, &req->form, fields, F__MAX, c.v)) < 0)
		return 503;
	if (rc > 0)
		return show_form(&c, 400);
	c.write = 1;
	if ((rc = db_transaction(req->db, change_people, &c)) == 400)
		return show_form(&c, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena, "/izp/%lld",
	    req->path_id));
}

IZP_PROGRAM("plan-responsible-set", "plan", "GET POST", handle)
