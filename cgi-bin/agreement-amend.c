/*
 * Aanpassen afspraak: never in place.  The change becomes a new agreement
 * that replaces the old one, which is closed as 'vervangen' with who, when
 * and why.  The form carries the version the user saw; a change based on
 * an older version answers 409 and links to the current one.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum change_field {
	F_REASON,
	F_VERSION,
	F__MAX
};

static const struct field_def change_fields[F__MAX] = {
	[F_REASON] = { "change_reason", "Waarom wordt de afspraak aangepast?",
	    FIELD_MEMO, 1, 1000, NULL, NULL },
	[F_VERSION] = { "version", "Versie", FIELD_VERSION, 1, 12, NULL, NULL },
};

enum stmt {
	STMT_AGREEMENT,
	STMT_PLAN,
	STMT_CHILD,
	STMT_GOALS,
	STMT_PEOPLE,
	STMT_CHOICES_OK,
	STMT_TEAM,
	STMT_INSERT,
	STMT_BY_REQUEST,
	STMT_REPLACE,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_AGREEMENT] = "SELECT * FROM agreements WHERE id = ? FOR UPDATE",
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_GOALS] = SQL_GOALS(0, "", SQL_ONE),
	[STMT_PEOPLE] = SQL_AGREEMENT_PEOPLE,
	[STMT_CHOICES_OK] = SQL_AGREEMENT_CHOICES_OK,
	[STMT_TEAM] = SQL_AGREEMENT_TEAM,
	[STMT_INSERT] = SQL_AGREEMENT_INSERT,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("agreements"),
	[STMT_REPLACE] =
	    "UPDATE agreements "
	    "SET status = 'vervangen', version = version + 1, changed_by = ?, "
	    "change_reason = ? WHERE id = ? AND version = ?",
};

static const struct agreement_stmts stmts = { STMT_CHOICES_OK, STMT_INSERT,
    STMT_PEOPLE, STMT_TEAM };

struct amendment {
	struct izp_request	*req;
	struct field_value	 v[AF__MAX];
	struct field_value	 w[F__MAX];
	struct db_rows		 agreement, plan, child, goals, people, team;
	long long		 plan_id;
	int			 write;
};

static int
amend(struct db *db, void *arg)
{
	struct amendment *m = arg;
	struct izp_request *req = m->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	struct db_rows rows;
	long long version, created, earlier;
	int rc;

	if ((rc = izp_query(req, STMT_AGREEMENT, &id, 1, &m->agreement)) !=
	    DB_OK)
		return rc;
	if (m->agreement.nrows == 0)
		return izp_fail(req, 404, "Deze afspraak bestaat niet.");
	m->plan_id = strtoll(db_cell_named(&m->agreement, 0, "plan_id"), NULL,
	    10);
	if ((rc = plan_lock(req, m->plan_id, PLAN_ANY_VERSION, PLAN_TEAM,
	    &plan)) != 0)
		return rc;
	/* A twin of this form (a double click) replaced it a moment ago. */
	if (m->write && ((rc = izp_saved_before(req, STMT_BY_REQUEST,
	    &earlier)) != DB_OK || earlier != 0))
		return rc;
	req->error_link = arena_printf(&req->arena, "/izp/%lld#afspraken",
	    m->plan_id);
	if (strcmp(db_cell_named(&m->agreement, 0, "status"), "actief") != 0)
		return izp_fail(req, 409, "Deze afspraak is intussen al "
		    "aangepast of afgesloten. Er is niets opgeslagen; bekijk de "
		    "huidige afspraak.");
	/* What only the form shows: a saved amendment does not read it (a
	 * refused one comes back here with write off). */
	if (!m->write) {
		id = DB_INT_ARG(m->plan_id);
		if ((rc = izp_query(req, STMT_PLAN, &id, 1, &m->plan)) !=
		    DB_OK || (rc = izp_query_parts(req, STMT_GOALS, &id, 1,
		    overview_part(OV_GOALS), 1, &m->goals)) != DB_OK ||
		    (rc = agreement_people(req, &stmts, &plan, &m->people,
		    &m->team)) != DB_OK)
			return rc;
		id = DB_INT_ARG(plan.child_id);
		if ((rc = izp_query(req, STMT_CHILD, &id, 1, &m->child)) !=
		    DB_OK)
			return rc;
		/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	}
	version = strtoll(db_cell_named(&m->agreement, 0, "version"), NULL, 10);
	if (m->w[F_VERSION].id != version)
		return izp_fail(req, 409, "Iemand anders heeft deze afspraak "
		    "intussen gewijzigd. Er is niets opgeslagen; bekijk de "
		    "huidige afspraak.");
	{
		struct db_arg args[] = { DB_INT_ARG(req->user.id),
		    DB_TEXT_ARG(m->w[F_REASON].text), DB_INT_ARG(req->path_id),
		    DB_INT_ARG(version) };

		if ((rc = izp_query(req, STMT_REPLACE, args, 4, &rows)) !=
		    DB_OK)
			return rc;
	}
	if (rows.affected != 1)
		return DB_ERROR;	/* the row is locked: cannot happen */
	if ((rc = agreement_insert(req, &stmts, &plan, req->path_id,
	    m->w[F_REASON].text, m->v, &created)) != 0)
		return rc;
	req->audit.object_id = created;
	return audit_write(req, db, "success");
}

static int
show_form(struct amendment *m, int status)
{
	struct izp_request *req = m->req;
	xmlNodePtr root, form;
	int rc;

	m->write = 0;
	if ((rc = db_transaction(req->db, amend, m)) != 0)
		return rc;
	if (req->method != HTTP_POST) {
		if (agreement_values(&req->arena, &m->agreement, m->v) != 0)
			return 503;
		m->w[F_REASON].text = "";
		m->w[F_VERSION].text = db_cell_named(&m->agreement, 0,
		    "version");
	}
	root = izp_page(req, "agreement-amend");
	xml_rows(root, "child", &m->child, 0);
	xml_rows(root, "plan", &m->plan, 0);
	form = form_xml(req, root, "agreement-amend", arena_printf(&req->arena,
	    "/afspraken/%lld/aanpassen", req->path_id), agreement_fields,
	    AF__MAX, m->v);
	form_add_fields(form, change_fields, F__MAX, m->w);
	agreement_choices(form, &m->goals, &m->people, &m->team);
	return status;
}

static int
handle(struct izp_request *req)
{
	struct amendment m = { .req = req };
	int rc, errors, more;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    0, "agreement", req->path_id);
	if (req->method != HTTP_POST)
		return show_form(&m, 200);
	if ((errors = form_read(&req->arena, &req->form, agreement_fields,
	    AF__MAX, m.v)) < 0 || (more = form_read(&req->arena, &req->form,
	    change_fields, F__MAX, m.w)) < 0)
		return 503;
	if (errors + more + agreement_check(m.v) > 0)
		return show_form(&m, 400);
	m.write = 1;
	if ((rc = db_transaction(req->db, amend, &m)) == 400)
		return show_form(&m, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/izp/%lld#afspraken", m.plan_id));
}

IZP_PROGRAM("agreement-amend", "plan", "GET POST", handle)
