/*
 * Afsluiten doel: reached, not reached or no longer relevant, with date and
 * comment.  A closed goal stays in the plan (and its history) and takes no
 * new agreements.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_OUTCOME,
	F_CLOSED_ON,
	F_COMMENT,
	F_VERSION,
	F__MAX
};

static const struct field_choice outcomes[] = {
	{ "bereikt", "Bereikt" },
	{ "niet_bereikt", "Niet bereikt" },
	{ "niet_meer_relevant", "Niet meer van belang" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_OUTCOME] = { "outcome", "Uitkomst", FIELD_ENUM, 1, 20, outcomes,
	    NULL },
	[F_CLOSED_ON] = { "closed_on", "Datum", FIELD_DATE, 1, 10, NULL, NULL },
	[F_COMMENT] = { "close_comment", "Toelichting", FIELD_MEMO, 1, 1000,
	    NULL, NULL },
	[F_VERSION] = { "version", "Versie", FIELD_VERSION, 1, 12, NULL, NULL },
};

enum stmt {
	STMT_GOAL,
	STMT_CHILD,
	STMT_CLOSE,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_GOAL] = "SELECT id, plan_id, description, dimension, serves, "
	    "target_date, status, version, created_at, request_id, changed_by "
	    "FROM goals "
	    "WHERE id = ? FOR UPDATE",
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_CLOSE] =
	    "UPDATE goals SET status = ?, closed_on = ?, close_comment = ?, "
	    "version = version + 1, changed_by = ?, "
	    "change_reason = 'Doel afgesloten', request_id = ? "
	    "WHERE id = ? AND version = ?",
};

struct closing {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 goal, child;
	int			 write;
};

static int
close_goal(struct db *db, void *arg)
{
	struct closing *c = arg;
	struct izp_request *req = c->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	struct db_rows rows;
	long long version;
	int rc;

	if ((rc = izp_query(req, STMT_GOAL, &id, 1, &c->goal)) != DB_OK)
		return rc;
	if (c->goal.nrows == 0)
		return izp_fail(req, 404, "Dit doel bestaat niet.");
	if (izp_is_twin(req, &c->goal))
		return 0;
	if ((rc = plan_lock(req, strtoll(db_cell_named(&c->goal, 0,
	    "plan_id"), NULL, 10), PLAN_ANY_VERSION, PLAN_TEAM, &plan)) != 0)
		return rc;
	id = DB_INT_ARG(plan.child_id);
	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &c->child)) != DB_OK)
		return rc;
	req->error_link = arena_printf(&req->arena, "/izp/%lld#doelen",
	    plan.id);
	if (strcmp(db_cell_named(&c->goal, 0, "status"), "actief") != 0)
		return izp_fail(req, 409, "Dit doel is al afgesloten.");
	version = strtoll(db_cell_named(&c->goal, 0, "version"), NULL, 10);
	if (!c->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	if (c->v[F_VERSION].id != version)
		return izp_fail(req, 409, "Iemand anders heeft dit doel "
		    "intussen gewijzigd. Er is niets opgeslagen; bekijk de "
		    "huidige stand.");
	{
		struct db_arg args[] = { DB_TEXT_ARG(c->v[F_OUTCOME].text),
		    DB_TEXT_ARG(c->v[F_CLOSED_ON].iso),
		    DB_TEXT_ARG(c->v[F_COMMENT].text), DB_INT_ARG(req->user.id),
		    DB_TEXT_ARG(req->request_id), DB_INT_ARG(req->path_id),
		    DB_INT_ARG(version) };

		if ((rc = izp_query(req, STMT_CLOSE, args, 7, &rows)) != DB_OK)
			return rc;
	}
	if (rows.affected != 1)
		return DB_ERROR;	/* the row is locked: cannot happen */
	return audit_write(req, db, "success");
}

static int
show_form(struct closing *c, int status)
{
	struct izp_request *req = c->req;
	xmlNodePtr root, form;
	int rc;

	c->write = 0;
	if ((rc = db_transaction(req->db, close_goal, c)) != 0)
		return rc;
	root = izp_page(req, "goal-close");
	xml_rows(root, "child", &c->child, 0);
	xml_rows(root, "goal", &c->goal, 0);
	form = form_xml(req, root, "goal-close", arena_printf(&req->arena,
	    "/doelen/%lld/afsluiten", req->path_id), fields, F__MAX,
	    req->method == HTTP_POST ? c->v : NULL);
	if (req->method != HTTP_POST)	/* based on the version shown now */
		form_set_value(form, "version", db_cell_named(&c->goal, 0,
		    "version"));
	return status;
}

static int
handle(struct izp_request *req)
{
	struct closing c = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    0, "goal", req->path_id);
	if (req->method != HTTP_POST)
		return show_form(&c, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    c.v)) < 0)
		return 503;
	errors += form_not_in_future(&c.v[F_CLOSED_ON], "De datum ligt in de "
	    "toekomst.");
	if (errors > 0)
		return show_form(&c, 400);
	c.write = 1;
	if ((rc = db_transaction(req->db, close_goal, &c)) != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena, "/izp/%s#doelen",
	    db_cell_named(&c.goal, 0, "plan_id")));
}

IZP_PROGRAM("goal-close", "plan", "GET POST", handle)
