/*
 * Vervolgen, part one: plan when the whole plan, or one agreement, will be
 * evaluated.  The date is a versioned change of the plan or the agreement
 * (who, when, why), so the history shows every rescheduling.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_AGREEMENT,
	F_DATE,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_AGREEMENT] = { "agreement_id", "Wat wordt geëvalueerd", FIELD_ID, 0,
	    12, NULL, "Kies een afspraak, of laat leeg voor het hele plan." },
	[F_DATE] = { "evaluate_on", "Evalueren op", FIELD_DATE, 1, 10, NULL,
	    NULL },
};

enum stmt {
	STMT_PLAN,
	STMT_CHILD,
	STMT_AGREEMENTS,
	STMT_AGREEMENT,
	STMT_SCHEDULE_PLAN,
	STMT_SCHEDULE_AGREEMENT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_AGREEMENTS] = "SELECT id, activity FROM agreements "
	    "WHERE plan_id = ? AND status = 'actief' ORDER BY id",
	[STMT_AGREEMENT] = "SELECT id FROM agreements WHERE id = ? "
	    "AND plan_id = ? AND status = 'actief' FOR UPDATE",
	[STMT_SCHEDULE_PLAN] = "UPDATE care_plans SET evaluate_on = ?, "
	    "version = version + 1, changed_by = ?, "
	    "change_reason = 'Evaluatie van het plan gepland' WHERE id = ?",
	[STMT_SCHEDULE_AGREEMENT] = "UPDATE agreements SET evaluate_on = ?, "
	    "version = version + 1, changed_by = ?, "
	    "change_reason = 'Evaluatie van de afspraak gepland' WHERE id = ?",
};

struct scheduling {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 plan, child, agreements;
	int			 write;
};

static int
schedule(struct db *db, void *arg)
{
	struct scheduling *s = arg;
	struct izp_request *req = s->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	struct db_rows rows;
	int rc;

	if ((rc = plan_lock(req, req->path_id, PLAN_ANY_VERSION, PLAN_TEAM,
	    &plan)) != 0)
		return rc;
	if ((rc = izp_query(req, STMT_PLAN, &id, 1, &s->plan)) != DB_OK ||
	    (rc = izp_query(req, STMT_AGREEMENTS, &id, 1, &s->agreements)) !=
	    DB_OK)
		return rc;
	id = DB_INT_ARG(plan.child_id);
	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &s->child)) != DB_OK)
		return rc;
	if (!s->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	if (s->v[F_AGREEMENT].present) {
		struct db_arg which[] = { DB_INT_ARG(s->v[F_AGREEMENT].id),
		    DB_INT_ARG(plan.id) };

		if ((rc = izp_query(req, STMT_AGREEMENT, which, 2, &rows)) !=
		    DB_OK)
			return rc;
		if (rows.nrows == 0) {
			form_set_error(&s->v[F_AGREEMENT], "Kies een lopende "
			    "afspraak van dit plan.");
			return 400;
		}
	}
	{
		struct db_arg args[] = { DB_TEXT_ARG(s->v[F_DATE].iso),
		    DB_INT_ARG(req->user.id), s->v[F_AGREEMENT].present ?
		    DB_INT_ARG(s->v[F_AGREEMENT].id) : DB_INT_ARG(plan.id) };

		if ((rc = izp_query(req, s->v[F_AGREEMENT].present ?
		    STMT_SCHEDULE_AGREEMENT : STMT_SCHEDULE_PLAN, args, 3,
		    &rows)) != DB_OK)
			return rc;
	}
	if (rows.affected != 1)
		return DB_ERROR;	/* the row is locked: cannot happen */
	if (s->v[F_AGREEMENT].present)
		izp_audit_set(req, AUDIT_UPDATE, plan.child_id, "agreement",
		    s->v[F_AGREEMENT].id);
	return audit_write(req, db, "success");
}

static int
show_form(struct scheduling *s, int status)
{
	struct izp_request *req = s->req;
	xmlNodePtr root, form, choices;
	size_t i;
	int rc;

	s->write = 0;
	if ((rc = db_transaction(req->db, schedule, s)) != 0)
		return rc;
	root = izp_page(req, "evaluation-schedule");
	xml_rows(root, "child", &s->child, 0);
	xml_rows(root, "plan", &s->plan, 0);
	form = form_xml(req, root, "evaluation-schedule", arena_printf(
	    &req->arena, "/izp/%lld/evaluatie-plannen", req->path_id), fields,
	    F__MAX, req->method == HTTP_POST ? s->v : NULL);
	choices = form_field_node(form, "agreement_id");
	for (i = 0; i < s->agreements.nrows; i++)
		form_add_option(choices, db_cell(&s->agreements, i, 0),
		    db_cell(&s->agreements, i, 1));
	if (req->method != HTTP_POST) {
		const struct http_param *which = http_param_find(&req->query,
		    "afspraak");

		/* A link from one agreement preselects it. */
		if (which != NULL)
			form_set_value(form, "agreement_id", which->value);
	}
	return status;
}

static int
handle(struct izp_request *req)
{
	struct scheduling s = { .req = req };
	struct date today = date_today();
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    0, "care_plan", req->path_id);
	if (req->method != HTTP_POST)
		return show_form(&s, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    s.v)) < 0)
		return 503;
	if (s.v[F_DATE].present && s.v[F_DATE].error == NULL &&
	    date_compare(&s.v[F_DATE].date, &today) < 0) {
		form_set_error(&s.v[F_DATE], "De datum ligt in het verleden.");
		errors++;
	}
	if (errors > 0)
		return show_form(&s, 400);
	s.write = 1;
	if ((rc = db_transaction(req->db, schedule, &s)) == 400)
		return show_form(&s, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/izp/%lld#evaluaties", req->path_id));
}

IZP_PROGRAM("evaluation-schedule", "plan", "GET POST", handle)
