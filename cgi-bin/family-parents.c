/*
 * From 16 the child decides whether the parents see the plan (WGBO): from
 * the child's own log-in at the family's door, allowed and withdrawn as
 * often as the child wants; each decision is kept (who, when) and the
 * newest counts at once.  Only the child of 16 or older may; a parent, or
 * a younger child, is refused and nothing changes.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_PARENTS,
	F__MAX
};

static const struct field_choice choices[] = {
	{ "ja", "Ja, mijn ouders mogen mijn zorgplan zien" },
	{ "nee", "Nee, mijn ouders zien mijn zorgplan niet" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_PARENTS] = { "parents_may_see", "Mogen je ouders je zorgplan zien?",
	    FIELD_ENUM, 1, 3, choices, "Je kunt dit altijd weer veranderen. "
	    "Je ouders zien dan meteen wel of niet je zorgplan." },
};

enum stmt {
	STMT_LINKS,
	STMT_SAVED,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_LINKS] = SQL_FAMILY_LINKS,
	[STMT_SAVED] = SQL_SAVED_BEFORE("parent_access_decisions"),
	[STMT_INSERT] = "INSERT INTO parent_access_decisions (child_id, "
	    "parents_may_see, decided_by, decided_at, request_id) "
	    "VALUES (?, ?, ?, NOW(3), ?)",
};

struct decision {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct family_link	*link;
	int			 write;
};

static int
decide(struct db *db, void *arg)
{
	struct decision *d = arg;
	struct izp_request *req = d->req;
	struct db_rows rows;
	long long earlier;
	int rc;

	if ((rc = family_authorise(req, STMT_LINKS, 0, &d->link)) != 0)
		return rc;
	if (!family_decides_parents(d->link))
		return izp_fail(req, 403, d->link->is_child ?
		    "Vanaf je 16e beslis je zelf of je ouders je zorgplan "
		    "zien. Tot dan zien je ouders met gezag het zorgplan." :
		    d->link->age < 16 ? "Dit kiest uw kind zelf, vanaf 16 "
		    "jaar. Tot dan zien ouders met gezag het zorgplan." :
		    "Vanaf 16 jaar beslist uw kind zelf of de ouders het "
		    "zorgplan zien; dat kan alleen uw kind veranderen.");
	if (!d->write)
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	if ((rc = izp_saved_before(req, STMT_SAVED, &earlier)) != DB_OK)
		return rc;
	if (earlier == 0) {
		struct db_arg args[] = { DB_INT_ARG(d->link->child_id),
		    DB_INT_ARG(strcmp(d->v[F_PARENTS].text, "ja") == 0),
		    DB_INT_ARG(d->link->account_id),
		    DB_TEXT_ARG(req->request_id) };

		if ((rc = izp_query(req, STMT_INSERT, args, 4, &rows)) != DB_OK)
			return rc;
		req->audit.object_id = (long long)rows.insert_id;
	}
	return audit_write(req, db, "success");
}

static int
show_form(struct decision *d, int status)
{
	struct izp_request *req = d->req;
	xmlNodePtr root, form;
	int rc;

	d->write = 0;
	if (d->link == NULL && (rc = db_transaction(req->db, decide, d)) != 0)
		return rc;
	root = izp_page(req, "family-parents");
	family_link_xml(root, d->link);
	form = form_xml(req, root, "family-parents", arena_printf(
	    &req->arena, "/kind/%lld/ouders", req->path_id), fields, F__MAX,
	    req->method == HTTP_POST ? d->v : NULL);
	xml_attr(form, "cancel", "/");
	/* The choice as it stands, to change from. */
	if (req->method != HTTP_POST)
		form_set_value(form, "parents_may_see",
		    d->link->parents_may_see ? "ja" : "nee");
	return status;
}

static int
handle(struct izp_request *req)
{
	struct decision d = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    0, "parent_access_decision", 0);
	if (req->method != HTTP_POST)
		return show_form(&d, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    d.v)) < 0)
		return 503;
	if (errors > 0)
		return show_form(&d, 400);
	d.write = 1;
	if ((rc = db_transaction(req->db, decide, &d)) != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena, "/kind/%lld",
	    req->path_id));
}

IZP_FAMILY_PROGRAM("family-parents", "family", "GET POST", handle, sql, STMT__MAX,
    NULL, 0)
