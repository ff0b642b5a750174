/*
 * Invoeren nieuw IZP: create a care plan for a child, as concept, with its
 * hoofdbehandelaar (finally responsible) and casemanager.  The database
 * allows one open plan per child; this program explains it when it refuses.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_HOOFDBEHANDELAAR,
	F_CASEMANAGER,
	F_CHILD_PARTICIPATED,
	F_CHILD_ABSENT_REASON,
	F_PARENTS_PRESENT,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_HOOFDBEHANDELAAR] = HOOFDBEHANDELAAR_FIELD,
	[F_CASEMANAGER] = CASEMANAGER_FIELD,
	[F_CHILD_PARTICIPATED] = CHILD_PARTICIPATED_FIELD,
	[F_CHILD_ABSENT_REASON] = CHILD_ABSENT_REASON_FIELD,
	[F_PARENTS_PRESENT] = { "parents_present", "Aanwezige ouders of "
	    "vertegenwoordigers", FIELD_TEXT, 1, 500, NULL,
	    "Het IZP wordt altijd samen met de ouders opgesteld." },
};

enum stmt {
	STMT_CHILD,
	STMT_OPEN_PLAN,
	STMT_BY_REQUEST,
	STMT_CANDIDATES,
	STMT_ROLE,
	STMT_MAY_SEE,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_OPEN_PLAN] = SQL_OPEN_PLAN_OF_CHILD,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("care_plans"),
	[STMT_CANDIDATES] = SQL_RESPONSIBLE_CANDIDATES,
	[STMT_ROLE] = SQL_USER_ROLE,
	[STMT_MAY_SEE] = SQL_AGREEMENT_PERSON_OK,
	[STMT_INSERT] =
	    "INSERT INTO care_plans (child_id, status, hoofdbehandelaar_id, "
	    "casemanager_id, drawn_up_by, child_participated, "
	    "child_absent_reason, parents_present, created_at, changed_by, "
	    "change_reason, request_id) VALUES (?, 'concept', ?, ?, ?, ?, ?, ?, "
	    "NOW(3), ?, 'Nieuw IZP', ?)",
};

static const char *const may_create[] = { "verpleegkundige", "kinderarts",
    "casemanager", NULL };

struct creation {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 child;
	struct db_rows		 candidates;
	long long		 open_plan;
	long long		 plan_id;
};

static long long
first_id(const struct db_rows *rows)
{
	return rows->nrows > 0 ? strtoll(db_cell(rows, 0, 0), NULL, 10) : 0;
}

/* What the form page needs: the child, a plan it may already have, people. */
static int
load(struct creation *c)
{
	struct db_arg child = DB_INT_ARG(c->req->path_id);
	struct db_rows open;
	int rc;

	if ((rc = izp_authorise_child(c->req, c->req->path_id)) != 0)
		return rc;
	if ((rc = izp_query(c->req, STMT_CHILD, &child, 1, &c->child)) != DB_OK)
		return rc;
	if (c->child.nrows == 1 && db_cell_named(&c->child, 0, "died_on") !=
	    NULL) {
		c->req->error_title = "Kind overleden";
		return izp_fail(c->req, 409, "Dit kind is overleden; er wordt "
		    "geen nieuw IZP meer gemaakt. De nazorg voor het gezin wordt "
		    "vastgelegd bij het afgesloten IZP.");
	}
	if ((rc = izp_query(c->req, STMT_OPEN_PLAN, &child, 1, &open)) != DB_OK)
		return rc;
	c->open_plan = first_id(&open);
	{
		struct db_arg twice[] = { child, child };

		return izp_query(c->req, STMT_CANDIDATES, twice, 2,
		    &c->candidates);
	}
}

static int
load_for_form(struct db *db, void *arg)
{
	struct creation *c = arg;
	int rc;

	if ((rc = load(c)) != DB_OK)
		return rc;
	/* Only the plain GET reads; a refused POST has its own audit row. */
	return c->req->method == HTTP_POST ? 0 : audit_write(c->req, db,
	    "success");
}

static int
create_plan(struct db *db, void *arg)
{
	struct creation *c = arg;
	struct izp_request *req = c->req;
	struct field_value *v = c->v;
	struct db_arg rid = DB_TEXT_ARG(req->request_id);
	struct db_rows rows;
	int rc;

	if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &c->plan_id)) !=
	    DB_OK)
		return rc;
	if (c->plan_id != 0)
		return 0;
	if ((rc = load(c)) != DB_OK)
		return rc;
	if (c->open_plan != 0)
		return izp_fail(req, 409, "Dit kind heeft al een open IZP. Er "
		    "kan maar één concept of actueel IZP per kind zijn.");

	if ((rc = form_check_responsible(req, STMT_ROLE, STMT_MAY_SEE,
	    req->path_id, &v[F_HOOFDBEHANDELAAR], &v[F_CASEMANAGER])) != 0)
		return rc < 0 ? rc : 400;
	{
		struct db_arg args[] = {
			DB_INT_ARG(req->path_id),
			DB_INT_ARG(v[F_HOOFDBEHANDELAAR].id),
			DB_INT_ARG(v[F_CASEMANAGER].id),
			DB_INT_ARG(req->user.id),
			DB_TEXT_ARG(v[F_CHILD_PARTICIPATED].text),
			v[F_CHILD_ABSENT_REASON].present ?
			    DB_TEXT_ARG(v[F_CHILD_ABSENT_REASON].text) :
			    DB_NULL_ARG,
			DB_TEXT_ARG(v[F_PARENTS_PRESENT].text),
			DB_INT_ARG(req->user.id),
			rid,
		};

		rc = izp_query(req, STMT_INSERT, args,
		    sizeof(args) / sizeof(args[0]), &rows);
	}
	if (rc == DB_DUPLICATE)	/* another caregiver was just faster */
		return izp_fail(req, 409, "Dit kind heeft intussen al een open "
		    "IZP gekregen.");
	if (rc != DB_OK)
		return rc;
	c->plan_id = (long long)rows.insert_id;
	izp_audit_set(req, AUDIT_CREATE, req->path_id, "care_plan", c->plan_id);
	return audit_write(req, db, "success");
}

static int
show_form(struct creation *c, int status)
{
	struct izp_request *req = c->req;
	xmlNodePtr root, form, open;
	int rc;

	/* A refused POST may have loaded all this already in its transaction. */
	if (c->child.nrows == 0 &&
	    (rc = db_transaction(req->db, load_for_form, c)) != 0)
		return rc;
	root = izp_page(req, "plan-create");
	xml_rows(root, "child", &c->child, 0);
	if (http_param_find(&req->query, "geregistreerd") != NULL)
		xml_attr(xml_child(root, "notice"), "code", "child-registered");
	if (c->open_plan != 0) {
		open = xml_child(root, "open-plan");
		xml_attr_int(open, "id", c->open_plan);
	}
	form = form_xml(req, root, "plan-create", arena_printf(&req->arena,
	    "/kinderen/%lld/izp/nieuw", req->path_id), fields, F__MAX,
	    req->method == HTTP_POST ? c->v : NULL);
	form_add_responsible_choices(form, &c->candidates);
	return status;
}

static int
handle(struct izp_request *req)
{
	struct creation c = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_CREATE : AUDIT_READ,
	    req->path_id, req->method == HTTP_POST ? "care_plan" : "child", 0);
	if (!izp_role_in(req, may_create))
		return izp_fail(req, 403, "Alleen verpleegkundigen, kinderartsen "
		    "en casemanagers kunnen een IZP aanmaken.");
	if (req->method != HTTP_POST)
		return show_form(&c, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    c.v)) < 0)
		return 503;
	errors += form_check_participation(&c.v[F_CHILD_PARTICIPATED],
	    &c.v[F_CHILD_ABSENT_REASON]);
	if (errors > 0)
		return show_form(&c, 400);
	rc = db_transaction(req->db, create_plan, &c);
	if (rc == 400)
		return show_form(&c, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena, "/izp/%lld",
	    c.plan_id));
}

IZP_PROGRAM("plan-create", "plan", "GET POST", handle)
