/*
 * Invoeren doel: a goal of the plan, in words the family understands, in
 * one dimension, with the wish or problem it serves, a target date and the
 * caregiver responsible.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_DESCRIPTION,
	F_DIMENSION,
	F_SERVES,
	F_TARGET_DATE,
	F_RESPONSIBLE,
	F__MAX
};

static const struct field_choice dimensions[] = {
	{ "lichamelijk", "Lichamelijk" },
	{ "psychisch", "Psychisch" },
	{ "sociaal", "Sociaal" },
	{ "spiritueel", "Spiritueel (zingeving)" },
	{ "pedagogisch", "Pedagogisch / ontwikkeling" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_DESCRIPTION] = { "description", "Doel", FIELD_MEMO, 1, 1000, NULL,
	    "In woorden die het kind en de ouders gebruiken, bijvoorbeeld: "
	    "'Noor kan thuis met haar broertje spelen zonder pijn.'" },
	[F_DIMENSION] = { "dimension", "Gebied", FIELD_ENUM, 1, 20,
	    dimensions, NULL },
	[F_SERVES] = { "serves", "Welke wens of welk probleem", FIELD_MEMO, 1,
	    1000, NULL, NULL },
	[F_TARGET_DATE] = { "target_date", "Streefdatum", FIELD_DATE, 0, 10,
	    NULL, NULL },
	[F_RESPONSIBLE] = { "responsible_id", "Verantwoordelijk", FIELD_ID, 1,
	    12, NULL, NULL },
};

enum stmt {
	STMT_PLAN,
	STMT_CHILD,
	STMT_PEOPLE,
	STMT_PERSON_OK,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	/* Only caregivers who may see the child are offered or taken. */
	[STMT_PEOPLE] = SQL_AGREEMENT_PEOPLE,
	[STMT_PERSON_OK] = SQL_AGREEMENT_PERSON_OK,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("goals"),
	[STMT_INSERT] =
	    "INSERT INTO goals (plan_id, description, dimension, serves, "
	    "target_date, responsible_id, created_by, created_at, changed_by, "
	    "change_reason, request_id) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, NOW(3), ?, 'Nieuw doel', ?)",
};

struct goal {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 plan, child, people;
	int			 write;
};

static int
add_goal(struct db *db, void *arg)
{
	struct goal *g = arg;
	struct izp_request *req = g->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct db_arg rid = DB_TEXT_ARG(req->request_id);
	struct plan_lock plan;
	struct db_rows rows;
	long long earlier;
	int rc;

	if ((rc = plan_lock(req, req->path_id, PLAN_ANY_VERSION, PLAN_TEAM,
	    &plan)) != 0)
		return rc;
	/* A twin of this form (a double click) saved it a moment ago. */
	if (g->write) {
		if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &earlier)) !=
		    DB_OK)
			return rc;
		if (earlier != 0)
			return 0;
	}
	if ((rc = izp_query(req, STMT_PLAN, &id, 1, &g->plan)) != DB_OK)
		return rc;
	{
		struct db_arg child[] = { DB_INT_ARG(plan.child_id),
		    DB_INT_ARG(plan.child_id) };

		if ((rc = izp_query(req, STMT_CHILD, child, 1, &g->child)) !=
		    DB_OK || (rc = izp_query(req, STMT_PEOPLE, child, 2,
		    &g->people)) != DB_OK)
			return rc;
	}
	if (!g->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	{
		struct db_arg who[] = { DB_INT_ARG(g->v[F_RESPONSIBLE].id),
		    DB_INT_ARG(plan.child_id), DB_INT_ARG(plan.child_id) };

		if ((rc = izp_query(req, STMT_PERSON_OK, who, 3, &rows)) !=
		    DB_OK)
			return rc;
	}
	if (rows.nrows == 0) {
		form_set_error(&g->v[F_RESPONSIBLE], "Kies een zorgverlener uit "
		    "de lijst: alleen wie dit kind mag zien.");
		return 400;
	}
	{
		struct field_value *v = g->v;
		struct db_arg args[] = { DB_INT_ARG(plan.id),
		    DB_TEXT_ARG(v[F_DESCRIPTION].text),
		    DB_TEXT_ARG(v[F_DIMENSION].text),
		    DB_TEXT_ARG(v[F_SERVES].text),
		    v[F_TARGET_DATE].present ?
		    DB_TEXT_ARG(v[F_TARGET_DATE].iso) : DB_NULL_ARG,
		    DB_INT_ARG(v[F_RESPONSIBLE].id), DB_INT_ARG(req->user.id),
		    DB_INT_ARG(req->user.id), rid };

		if ((rc = izp_query(req, STMT_INSERT, args, sizeof(args) /
		    sizeof(args[0]), &rows)) != DB_OK)
			return rc;
	}
	req->audit.object_id = (long long)rows.insert_id;
	return audit_write(req, db, "success");
}

static int
show_form(struct goal *g, int status)
{
	struct izp_request *req = g->req;
	xmlNodePtr root, form, people;
	size_t i;
	int rc;

	g->write = 0;
	if ((rc = db_transaction(req->db, add_goal, g)) != 0)
		return rc;
	root = izp_page(req, "goal-create");
	xml_rows(root, "child", &g->child, 0);
	xml_rows(root, "plan", &g->plan, 0);
	form = form_xml(req, root, "goal-create", arena_printf(&req->arena,
	    "/izp/%lld/doelen/nieuw", req->path_id), fields, F__MAX,
	    req->method == HTTP_POST ? g->v : NULL);
	people = form_field_node(form, "responsible_id");
	for (i = 0; i < g->people.nrows; i++)
		form_add_option(people, db_cell(&g->people, i, 0),
		    db_cell(&g->people, i, 1));
	return status;
}

static int
handle(struct izp_request *req)
{
	struct goal g = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_CREATE : AUDIT_READ,
	    0, "goal", 0);
	if (req->method != HTTP_POST)
		return show_form(&g, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    g.v)) < 0)
		return 503;
	if (errors > 0)
		return show_form(&g, 400);
	g.write = 1;
	if ((rc = db_transaction(req->db, add_goal, &g)) == 400)
		return show_form(&g, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena, "/izp/%lld#doelen",
	    req->path_id));
}

IZP_PROGRAM("goal-create", "plan", "GET POST", handle)
