/*
 * Gegevens van het kind corrigeren: the GP (with the practice and its AGB
 * code), the out-of-hours GP post, the address and the home phone change
 * over a child's illness, and the spoedoverzicht must not call a number
 * that is no longer right.  A caregiver who may see the child corrects
 * them, based on the version seen, with why; every version stays in the
 * plan's history.  Who the child is (name, birth, BSN) is not changed here.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	CHILD_CONTACT_FIELDS,
	F_REASON,
	F_VERSION,
	F__MAX
};

#define F__CONTACTS F_REASON	/* the fields that change */

static const struct field_def fields[F__MAX] = {
	CHILD_CONTACT_FIELD_DEFS,
	[F_REASON] = { "change_reason", "Waarom gewijzigd?", FIELD_TEXT, 1,
	    500, NULL, "Bijvoorbeeld: verhuisd, andere huisarts. Dit blijft "
	    "in de geschiedenis zichtbaar." },
	[F_VERSION] = { "version", "Versie", FIELD_VERSION, 1, 12, NULL,
	    NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_LOCK,
	STMT_UPDATE,
	STMT_OPEN_PLAN,
	STMT_CHANGED_AT,
	STMT_REVISION,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_LOCK] = "SELECT version, request_id, changed_by, gp_name, "
	    "gp_practice, "
	    "gp_phone, gp_agb, hap_name, hap_phone, address, phone "
	    "FROM children WHERE id = ? FOR UPDATE",
	[STMT_UPDATE] = "UPDATE children SET gp_name = ?, gp_practice = ?, "
	    "gp_phone = ?, gp_agb = ?, hap_name = ?, hap_phone = ?, "
	    "address = ?, phone = ?, version = version + 1, changed_by = ?, "
	    "change_reason = ?, request_id = ? WHERE id = ? AND version = ?",
	[STMT_OPEN_PLAN] = "SELECT id FROM care_plans WHERE open_child_id = ?",
	/* The child's contacts are on every plan's pages: each plan's
	 * revision counts the new version (as SQL_PLAN_CHANGES does).  Read
	 * first: the plans' triggers write children, so the update of the
	 * plans may not read it. */
	[STMT_CHANGED_AT] = "SELECT DATE_FORMAT(row_start, "
	    "'%Y-%m-%d %H:%i:%s.%f') FROM children WHERE id = ?",
	[STMT_REVISION] = "UPDATE care_plans SET revision = revision + 1, "
	    "changed_at = ? WHERE child_id = ?",
};

static const char *const may_correct[] = { "verpleegkundige", "kinderarts",
    "casemanager", NULL };

struct correction {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 child, plan;
	int			 write;
};

/* Whether what was posted differs from what is stored, in any contact. */
static int
changes_anything(const struct field_value *v, const struct db_rows *row)
{
	const char *stored;
	size_t f;

	for (f = 0; f < F__CONTACTS; f++) {
		stored = db_cell_named(row, 0, fields[f].name);
		if (strcmp(v[f].present ? v[f].text : "", stored != NULL ?
		    stored : "") != 0)
			return 1;
	}
	return 0;
}

static int
correct(struct db *db, void *arg)
{
	struct correction *c = arg;
	struct izp_request *req = c->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct db_rows row, done;
	int rc;

	if ((rc = izp_authorise_child(req, req->path_id)) != 0)
		return rc;
	if ((rc = izp_query(req, STMT_LOCK, &id, 1, &row)) != DB_OK)
		return rc;
	if (row.nrows == 0)
		return izp_fail(req, 404, "Dit kind bestaat niet.");
	if ((rc = izp_query(req, STMT_OPEN_PLAN, &id, 1, &c->plan)) != DB_OK)
		return rc;
	if (!c->write)	/* the form's page; a refused POST has its audit row */
		return (rc = izp_query(req, STMT_CHILD, &id, 1, &c->child)) !=
		    DB_OK ? rc : req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	if (izp_is_twin(req, &row))	/* this very form, sent twice */
		return 0;
	req->error_link = arena_printf(&req->arena, "/kinderen/%lld/gegevens",
	    req->path_id);
	if (c->v[F_VERSION].id != strtoll(db_cell_named(&row, 0, "version"),
	    NULL, 10))
		return izp_fail(req, 409, "Iemand anders heeft de gegevens van "
		    "dit kind intussen gewijzigd. Er is niets opgeslagen; bekijk "
		    "de huidige gegevens en probeer het zo nodig opnieuw.");
	if (!changes_anything(c->v, &row)) {
		form_set_error(&c->v[F_GP_NAME], "Er is niets gewijzigd. Pas "
		    "een gegeven aan, of annuleer.");
		return 400;
	}
	{
		struct field_value *v = c->v;
		struct db_arg args[] = { form_arg(&v[F_GP_NAME]),
		    form_arg(&v[F_GP_PRACTICE]), form_arg(&v[F_GP_PHONE]),
		    form_arg(&v[F_GP_AGB]), form_arg(&v[F_HAP_NAME]),
		    form_arg(&v[F_HAP_PHONE]), form_arg(&v[F_ADDRESS]),
		    form_arg(&v[F_PHONE]), DB_INT_ARG(req->user.id),
		    DB_TEXT_ARG(v[F_REASON].text),
		    DB_TEXT_ARG(req->request_id), id,
		    DB_INT_ARG(v[F_VERSION].id) };

		if ((rc = izp_query(req, STMT_UPDATE, args, sizeof(args) /
		    sizeof(args[0]), &done)) != DB_OK)
			return rc;
	}
	if (done.affected != 1)
		return DB_ERROR;	/* locked above: cannot happen */
	if ((rc = izp_query(req, STMT_CHANGED_AT, &id, 1, &row)) != DB_OK)
		return rc;
	{
		struct db_arg args[] = { DB_TEXT_ARG(db_cell(&row, 0, 0)), id };

		if ((rc = izp_query(req, STMT_REVISION, args, 2, &done)) !=
		    DB_OK)
			return rc;
	}
	return audit_write(req, db, "success");
}

static int
show_form(struct correction *c, int status)
{
	struct izp_request *req = c->req;
	xmlNodePtr root, form;
	size_t f;
	int rc;

	c->write = 0;
	if ((rc = db_transaction(req->db, correct, c)) != 0)
		return rc;
	root = izp_page(req, "child-edit");
	xml_rows(root, "child", &c->child, 0);
	form = form_xml(req, root, "child-edit", arena_printf(&req->arena,
	    "/kinderen/%lld/gegevens", req->path_id), fields, F__MAX,
	    req->method == HTTP_POST ? c->v : NULL);
	xml_attr(form, "cancel", c->plan.nrows > 0 ? arena_printf(&req->arena,
	    "/izp/%s", db_cell(&c->plan, 0, 0)) : "/");
	if (req->method != HTTP_POST) {	/* starts from what is stored */
		for (f = 0; f < F__CONTACTS; f++)
			form_set_value(form, fields[f].name, db_cell_named(
			    &c->child, 0, fields[f].name));
		form_set_value(form, "version", db_cell_named(&c->child, 0,
		    "version"));
	}
	return status;
}

static int
handle(struct izp_request *req)
{
	struct correction c = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    req->path_id, "child", req->path_id);
	if (!izp_role_in(req, may_correct))
		return izp_fail(req, 403, "Alleen verpleegkundigen, kinderartsen "
		    "en casemanagers kunnen de gegevens van een kind "
		    "corrigeren.");
	if (req->method != HTTP_POST)
		return show_form(&c, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    c.v)) < 0)
		return 503;
	errors += form_check_agb(&c.v[F_GP_AGB]) + form_check_phone(
	    &c.v[F_GP_PHONE]) + form_check_phone(&c.v[F_HAP_PHONE]) +
	    form_check_phone(&c.v[F_PHONE]);
	if (errors > 0)
		return show_form(&c, 400);
	c.write = 1;
	if ((rc = db_transaction(req->db, correct, &c)) == 400)
		return show_form(&c, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, c.plan.nrows > 0 ? arena_printf(&req->arena,
	    "/izp/%s", db_cell(&c.plan, 0, 0)) : arena_printf(&req->arena,
	    "/kinderen/%lld/spoed", req->path_id));
}

IZP_PROGRAM("child-edit", "child", "GET POST", handle)
