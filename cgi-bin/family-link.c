/*
 * Gezinstoegang: which log-ins of the family's door belong to a child,
 * linking a new one and ending one (/gezin/beeindigen, with a reason), by
 * a caregiver with access to the child: the child itself, or one of its
 * representatives (whose authority the WGBO rules of lib/family.c read).  The log-in is the name the patient portal passes
 * after DigiD; the family tells it to the caregiver.  Audited like every
 * access decision.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_LOGIN,
	F_WHO,
	F_REPRESENTATIVE,
	F_ACCOUNT,	/* ending a link: the last two */
	F_REASON,
	F__MAX
};

static const struct field_choice whos[] = {
	{ "kind", "Het kind zelf" },
	{ "vertegenwoordiger", "Een ouder, voogd of andere vertegenwoordiger" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_LOGIN] = { "login", "Inlognaam in het patiëntenportaal", FIELD_TEXT,
	    1, 255, NULL, "Zoals het portaal die na DigiD doorgeeft; vraag "
	    "het gezinslid ernaar." },
	[F_WHO] = { "who", "Wie logt hiermee in?", FIELD_ENUM, 1, 20, whos,
	    NULL },
	[F_REPRESENTATIVE] = { "representative_id", "Welke vertegenwoordiger",
	    FIELD_ID, 0, 12, NULL, "Alleen bij een vertegenwoordiger. Of die "
	    "het zorgplan mag zien, hangt af van gezag en de leeftijd van het "
	    "kind." },
	[F_ACCOUNT] = { "family_account_id", "Welke inlognaam", FIELD_ID, 1,
	    12, NULL, NULL },
	[F_REASON] = { "end_reason", "Waarom (voor het dossier)", FIELD_MEMO,
	    1, 500, NULL, "Bijvoorbeeld: vader heeft het gezag niet meer." },
};

enum stmt {
	STMT_CHILD,
	STMT_LINKS,
	STMT_REPRESENTATIVES,
	STMT_REPRESENTATIVE_OK,
	STMT_ALREADY,
	STMT_CHILD_LOGIN,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT_END,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	/* Current links first, then the ended ones with who ended them
	 * and why (the history stays visible). */
	[STMT_LINKS] = "SELECT f.id, f.login, f.kind, r.name AS "
	    "representative, r.relation, r.has_authority, r.status AS "
	    "representative_status, u.display_name AS linked_by, f.linked_at, "
	    "f.ended_at, e.display_name AS ended_by, f.end_reason "
	    "FROM family_accounts f LEFT JOIN representatives r ON "
	    "r.id = f.representative_id JOIN users u ON u.id = f.linked_by "
	    "LEFT JOIN users e ON e.id = f.ended_by "
	    "WHERE f.child_id = ? ORDER BY f.ended_at IS NOT NULL, f.id",
	[STMT_REPRESENTATIVES] = "SELECT id, name, relation, has_authority "
	    "FROM representatives WHERE child_id = ? AND status = 'actief' "
	    "ORDER BY id",
	[STMT_REPRESENTATIVE_OK] = "SELECT 1 FROM representatives WHERE "
	    "id = ? AND child_id = ? AND status = 'actief'",
	[STMT_ALREADY] = "SELECT 1 FROM family_accounts WHERE login = ? AND "
	    "CAST(login AS BINARY) = CAST(? AS BINARY) AND child_id = ? AND "
	    "ended_at IS NULL FOR UPDATE",
	/* The child has one log-in of its own: whoever holds it decides as
	 * the child (from 16, alone). */
	[STMT_CHILD_LOGIN] = "SELECT 1 FROM family_accounts WHERE child_id = ? "
	    "AND kind = 'kind' AND ended_at IS NULL FOR UPDATE",
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("family_accounts"),
	[STMT_INSERT] = "INSERT INTO family_accounts (login, child_id, kind, "
	    "representative_id, linked_by, linked_at, request_id) "
	    "VALUES (?, ?, ?, ?, ?, NOW(3), ?)",
	[STMT_END] = "UPDATE family_accounts SET ended_at = NOW(3), "
	    "ended_by = ?, end_reason = ?, request_id = ? "
	    "WHERE id = ? AND child_id = ? AND ended_at IS NULL",
};

static const char *const may_manage[] = { "verpleegkundige", "kinderarts",
    "casemanager", NULL };

struct family {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 child, links, representatives;
	int			 ending;	/* /gezin/beeindigen */
	int			 loaded;
};

static int
load(struct db *db, void *arg)
{
	struct family *f = arg;
	struct izp_request *req = f->req;
	struct db_arg child = DB_INT_ARG(req->path_id);
	int rc;

	if ((rc = izp_authorise_child(req, req->path_id)) != 0 ||
	    (rc = izp_query(req, STMT_CHILD, &child, 1, &f->child)) != DB_OK ||
	    (rc = izp_query(req, STMT_LINKS, &child, 1, &f->links)) != DB_OK ||
	    (rc = izp_query(req, STMT_REPRESENTATIVES, &child, 1,
	    &f->representatives)) != DB_OK)
		return rc;
	f->loaded = 1;
	return req->method == HTTP_POST ? 0 : audit_write(req, db, "success");
}

static int
end_link(struct db *db, struct family *f)
{
	struct izp_request *req = f->req;
	struct db_arg args[] = { DB_INT_ARG(req->user.id),
	    DB_TEXT_ARG(f->v[F_REASON].text), DB_TEXT_ARG(req->request_id),
	    DB_INT_ARG(f->v[F_ACCOUNT].id), DB_INT_ARG(req->path_id) };
	struct db_rows rows;
	int rc;

	req->audit.object_id = f->v[F_ACCOUNT].id;
	if ((rc = izp_query(req, STMT_END, args, 5, &rows)) != DB_OK)
		return rc;
	if (rows.affected != 1) {
		form_set_error(&f->v[F_ACCOUNT], "Kies een inlognaam die nu "
		    "gekoppeld is, uit de lijst.");
		return 400;
	}
	return audit_write(req, db, "success");
}

static int
link(struct db *db, void *arg)
{
	struct family *f = arg;
	struct izp_request *req = f->req;
	struct field_value *v = f->v;
	int is_child = !f->ending && strcmp(v[F_WHO].text, "kind") == 0;
	struct db_arg check[] = { DB_INT_ARG(v[F_REPRESENTATIVE].id),
	    DB_INT_ARG(req->path_id) };
	struct db_arg already[] = { DB_TEXT_ARG(v[F_LOGIN].text),
	    DB_TEXT_ARG(v[F_LOGIN].text), DB_INT_ARG(req->path_id) };
	struct db_rows rows;
	long long earlier;
	int rc;

	if ((rc = izp_authorise_child(req, req->path_id)) != 0)
		return rc;
	if (f->ending)
		return end_link(db, f);
	if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &earlier)) != DB_OK)
		return rc;
	if (earlier != 0)
		return 0;
	if (is_child && (rc = izp_row_exists(req, STMT_CHILD_LOGIN,
	    &check[1], 1)) != 0) {
		if (rc < 0)
			return rc;
		form_set_error(&v[F_WHO], "Het kind heeft al een eigen "
		    "inlognaam. Beëindig die koppeling eerst als het een "
		    "andere moet zijn.");
		return 400;
	}
	if (!is_child && (rc = izp_row_exists(req, STMT_REPRESENTATIVE_OK,
	    check, 2)) <= 0) {
		if (rc < 0)
			return rc;
		form_set_error(&v[F_REPRESENTATIVE], "Kies een vertegenwoordiger "
		    "van dit kind uit de lijst.");
		return 400;
	}
	if ((rc = izp_row_exists(req, STMT_ALREADY, already, 3)) != 0) {
		if (rc < 0)
			return rc;
		form_set_error(&v[F_LOGIN], "Deze inlognaam is al aan dit kind "
		    "gekoppeld.");
		return 400;
	}
	{
		struct db_arg args[] = {
			DB_TEXT_ARG(v[F_LOGIN].text),
			DB_INT_ARG(req->path_id),
			DB_TEXT_ARG(v[F_WHO].text),
			is_child ? DB_NULL_ARG :
			    DB_INT_ARG(v[F_REPRESENTATIVE].id),
			DB_INT_ARG(req->user.id),
			DB_TEXT_ARG(req->request_id),
		};

		if ((rc = izp_query(req, STMT_INSERT, args,
		    sizeof(args) / sizeof(args[0]), &rows)) != DB_OK)
			return rc;
	}
	req->audit.object_id = (long long)rows.insert_id;
	return audit_write(req, db, "success");
}

static int
show_page(struct family *f, int status)
{
	struct izp_request *req = f->req;
	xmlNodePtr root, list, form, options;
	size_t i;
	int rc;

	if (!f->loaded && (rc = db_transaction(req->db, load, f)) != 0)
		return rc;
	root = izp_page(req, "family-link");
	xml_rows(root, "child", &f->child, 0);
	list = xml_child(root, "family-accounts");
	for (i = 0; i < f->links.nrows; i++)
		xml_rows(list, "family-account", &f->links, i);
	if (izp_role_in(req, may_manage)) {
		form = form_xml(req, root, "family-link", arena_printf(
		    &req->arena, "/kinderen/%lld/gezin", req->path_id),
		    fields, F_ACCOUNT, req->method == HTTP_POST && !f->ending ?
		    f->v : NULL);
		xml_attr(form, "cancel", arena_printf(&req->arena,
		    "/kinderen/%lld/toegang", req->path_id));
		options = form_field_node(form, "representative_id");
		for (i = 0; i < f->representatives.nrows; i++)
			form_add_option(options, db_cell(&f->representatives,
			    i, 0), arena_printf(&req->arena, "%s (%s%s)",
			    db_cell(&f->representatives, i, 1),
			    db_cell(&f->representatives, i, 2),
			    strcmp(db_cell(&f->representatives, i, 3), "1") == 0 ?
			    ", met gezag" : ", zonder gezag"));
		if (f->links.nrows == 0 || db_cell_named(&f->links, 0,
		    "ended_at") != NULL)	/* none current */
			return status;
		form = form_xml(req, root, "family-unlink", arena_printf(
		    &req->arena, "/kinderen/%lld/gezin/beeindigen",
		    req->path_id), fields + F_ACCOUNT, F__MAX - F_ACCOUNT,
		    req->method == HTTP_POST && f->ending ? f->v + F_ACCOUNT :
		    NULL);
		xml_attr(form, "cancel", arena_printf(&req->arena,
		    "/kinderen/%lld/gezin", req->path_id));
		options = form_field_node(form, "family_account_id");
		for (i = 0; i < f->links.nrows; i++)
			if (db_cell_named(&f->links, i, "ended_at") == NULL)
				form_add_option(options, db_cell_named(
				    &f->links, i, "id"), db_cell_named(
				    &f->links, i, "login"));
	}
	return status;
}

/* What the fields of a link say that they cannot each say alone: a
 * representative chosen for the child itself or not for a representative,
 * and a log-in of characters a portal does not pass.  The number of errors
 * set. */
static int
link_form_errors(struct field_value *v)
{
	int errors = 0;

	if (v[F_WHO].error == NULL && v[F_WHO].present &&
	    strcmp(v[F_WHO].text, "vertegenwoordiger") == 0 &&
	    !v[F_REPRESENTATIVE].present &&
	    v[F_REPRESENTATIVE].error == NULL) {
		form_set_error(&v[F_REPRESENTATIVE], "Kies welke "
		    "vertegenwoordiger met deze inlognaam inlogt.");
		errors++;
	}
	if (v[F_LOGIN].present && v[F_LOGIN].error == NULL &&
	    strspn(v[F_LOGIN].text, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@+-") !=
	    strlen(v[F_LOGIN].text)) {
		form_set_error(&v[F_LOGIN], "Een inlognaam bestaat uit "
		    "letters, cijfers en . _ @ + - (geen spaties), zoals het "
		    "portaal hem doorgeeft.");
		errors++;
	}
	if (v[F_WHO].present && strcmp(v[F_WHO].text, "kind") == 0 &&
	    v[F_REPRESENTATIVE].present) {
		form_set_error(&v[F_REPRESENTATIVE], "Laat dit leeg als het "
		    "kind zelf inlogt.");
		errors++;
	}
	return errors;
}

static int
handle(struct izp_request *req)
{
	struct family f = { .req = req };
	int rc, errors;

	f.ending = req->view_name != NULL &&
	    strcmp(req->view_name, "beeindigen") == 0;
	izp_audit_set(req, req->method != HTTP_POST ? AUDIT_READ : f.ending ?
	    AUDIT_UPDATE : AUDIT_CREATE, req->path_id, "family_account", 0);
	if (req->method != HTTP_POST)
		return f.ending ? izp_fail(req, 405, NULL) : show_page(&f, 200);
	if (!izp_role_in(req, may_manage))
		return izp_fail(req, 403, "Alleen verpleegkundigen, kinderartsen "
		    "en casemanagers koppelen het gezin aan het zorgplan.");
	/* Ending reads its two fields, linking the first three. */
	if ((errors = form_read(&req->arena, &req->form, f.ending ?
	    fields + F_ACCOUNT : fields, f.ending ? F__MAX - F_ACCOUNT :
	    F_ACCOUNT, f.ending ? f.v + F_ACCOUNT : f.v)) < 0)
		return 503;
	if (!f.ending)
		errors += link_form_errors(f.v);
	if (errors > 0)
		return show_page(&f, 400);
	if ((rc = db_transaction(req->db, link, &f)) == 400)
		return show_page(&f, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/kinderen/%lld/gezin", req->path_id));
}

IZP_PROGRAM("family-link", "access", "GET POST", handle)
