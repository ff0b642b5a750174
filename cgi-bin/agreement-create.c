/*
 * Invoeren nieuwe afspraak: what will be done, for which goal or problem,
 * agreed with whom, carried out by whom, coordinated by whom, from when to
 * when, and when it is evaluated (zib ZorgAfspraak).
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum stmt {
	STMT_PLAN,
	STMT_CHILD,
	STMT_GOALS,
	STMT_PEOPLE,
	STMT_CHOICES_OK,
	STMT_TEAM,
	STMT_INSERT,
	STMT_BY_REQUEST,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_GOALS] = SQL_GOALS(0, "", SQL_ONE),
	[STMT_PEOPLE] = SQL_AGREEMENT_PEOPLE,
	[STMT_CHOICES_OK] = SQL_AGREEMENT_CHOICES_OK,
	[STMT_TEAM] = SQL_AGREEMENT_TEAM,
	[STMT_INSERT] = SQL_AGREEMENT_INSERT,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("agreements"),
};

static const struct agreement_stmts stmts = { STMT_CHOICES_OK, STMT_INSERT,
    STMT_PEOPLE, STMT_TEAM };

struct creation {
	struct izp_request	*req;
	struct field_value	 v[AF__MAX];
	struct db_rows		 plan, child, goals, people, team;
	int			 write;
};

static int
create(struct db *db, void *arg)
{
	struct creation *c = arg;
	struct izp_request *req = c->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	long long agreement;
	int rc;

	if ((rc = plan_lock(req, req->path_id, PLAN_ANY_VERSION, PLAN_TEAM,
	    &plan)) != 0)
		return rc;
	/* A twin of this form (a double click) saved it a moment ago. */
	if (c->write) {
		if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &agreement)) !=
		    DB_OK)
			return rc;
		if (agreement != 0)
			return 0;
	}
	if ((rc = izp_query(req, STMT_PLAN, &id, 1, &c->plan)) != DB_OK ||
	    (rc = izp_query_parts(req, STMT_GOALS, &id, 1,
	    overview_part(OV_GOALS), 1, &c->goals)) != DB_OK ||
	    (rc = agreement_people(req, &stmts, &plan, &c->people, &c->team))
	    != DB_OK)
		return rc;
	id = DB_INT_ARG(plan.child_id);
	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &c->child)) != DB_OK)
		return rc;
	if (!c->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	if ((rc = agreement_insert(req, &stmts, &plan, 0, "Nieuwe afspraak",
	    c->v, &agreement)) != 0)
		return rc;
	req->audit.object_id = agreement;
	return audit_write(req, db, "success");
}

static int
show_form(struct creation *c, int status)
{
	struct izp_request *req = c->req;
	xmlNodePtr root, form;
	int rc;

	c->write = 0;
	if ((rc = db_transaction(req->db, create, c)) != 0)
		return rc;
	root = izp_page(req, "agreement-create");
	xml_rows(root, "child", &c->child, 0);
	xml_rows(root, "plan", &c->plan, 0);
	form = form_xml(req, root, "agreement-create", arena_printf(
	    &req->arena, "/izp/%lld/afspraken/nieuw", req->path_id),
	    agreement_fields, AF__MAX, req->method == HTTP_POST ? c->v : NULL);
	agreement_choices(form, &c->goals, &c->people, &c->team);
	return status;
}

static int
handle(struct izp_request *req)
{
	struct creation c = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_CREATE : AUDIT_READ,
	    0, "agreement", 0);
	if (req->method != HTTP_POST)
		return show_form(&c, 200);
	if ((errors = form_read(&req->arena, &req->form, agreement_fields,
	    AF__MAX, c.v)) < 0)
		return 503;
	if (errors + agreement_check(c.v) > 0)
		return show_form(&c, 400);
	c.write = 1;
	if ((rc = db_transaction(req->db, create, &c)) == 400)
		return show_form(&c, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/izp/%lld#afspraken", req->path_id));
}

IZP_PROGRAM("agreement-create", "plan", "GET POST", handle)
