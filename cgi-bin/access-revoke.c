/*
 * Revoke a grant when the family withdraws its permission: the form asks for
 * the reason, the grant keeps who revoked it, when and why (and system
 * versioning keeps the state before).  Revoking twice answers 409.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_REASON,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_REASON] = { "revoke_reason", "Reden van intrekken", FIELD_MEMO, 1,
	    500, NULL, "Bijvoorbeeld: ouders willen niet meer dat dit team "
	    "meekijkt." },
};

enum stmt {
	STMT_GRANT,
	STMT_CHILD,
	STMT_REVOKE,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_GRANT] =
	    "SELECT g.id, g.child_id, g.user_id, u.display_name AS user_name, "
	    "g.team_id, t.name AS team_name, g.decided_by_kind, "
	    "g.decided_by_name, g.entered_at, g.revoked_at, g.request_id "
	    "FROM access_grants g LEFT JOIN users u ON u.id = g.user_id "
	    "LEFT JOIN teams t ON t.id = g.team_id WHERE g.id = ? FOR UPDATE",
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_REVOKE] =
	    "UPDATE access_grants "
	    "SET revoked_at = NOW(3), revoked_by = ?, revoke_reason = ?, "
	    "request_id = ? WHERE id = ? AND revoked_at IS NULL",
};

static const char *const may_manage[] = { "verpleegkundige", "kinderarts",
    "casemanager", NULL };

struct revocation {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 grant, child;
	long long		 child_id;
	int			 write;		/* 1: revoke, 0: only look */
};

static int
revoke(struct db *db, void *arg)
{
	struct revocation *r = arg;
	struct izp_request *req = r->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct db_rows rows;
	int rc;

	if ((rc = izp_query(req, STMT_GRANT, &id, 1, &r->grant)) != DB_OK)
		return rc;
	if (r->grant.nrows == 0)
		return izp_fail(req, 404, "Deze toestemming bestaat niet.");
	r->child_id = strtoll(db_cell_named(&r->grant, 0, "child_id"), NULL,
	    10);
	if (izp_is_twin(req, &r->grant))	/* a double click revoked it */
		return 0;
	if ((rc = izp_authorise_child(req, r->child_id)) != 0)
		return rc;
	id = DB_INT_ARG(r->child_id);
	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &r->child)) != DB_OK)
		return rc;
	if (db_cell_named(&r->grant, 0, "revoked_at") != NULL)
		return izp_fail(req, 409, "Deze toestemming is al ingetrokken.");
	if (!r->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	{
		struct db_arg args[] = { DB_INT_ARG(req->user.id),
		    DB_TEXT_ARG(r->v[F_REASON].text),
		    DB_TEXT_ARG(req->request_id), DB_INT_ARG(req->path_id) };

		if ((rc = izp_query(req, STMT_REVOKE, args, 4, &rows)) != DB_OK)
			return rc;
	}
	if (rows.affected != 1)
		return izp_fail(req, 409, "Deze toestemming is al ingetrokken.");
	return audit_write(req, db, "success");
}

static int
show_form(struct revocation *r, int status)
{
	struct izp_request *req = r->req;
	xmlNodePtr root;
	int rc;

	r->write = 0;
	if (r->grant.nrows == 0 && (rc = db_transaction(req->db, revoke, r)) != 0)
		return rc;
	root = izp_page(req, "access-revoke");
	xml_rows(root, "child", &r->child, 0);
	xml_rows(root, "grant", &r->grant, 0);
	form_xml(req, root, "access-revoke", arena_printf(&req->arena,
	    "/toegang/%lld/intrekken", req->path_id), fields, F__MAX,
	    req->method == HTTP_POST ? r->v : NULL);
	return status;
}

static int
handle(struct izp_request *req)
{
	struct revocation r = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    0, "access_grant", req->path_id);
	if (!izp_role_in(req, may_manage))
		return izp_fail(req, 403, "Alleen verpleegkundigen, kinderartsen "
		    "en casemanagers leggen de toestemming van de familie vast.");
	if (req->method != HTTP_POST)
		return show_form(&r, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    r.v)) < 0)
		return 503;
	if (errors > 0)
		return show_form(&r, 400);
	r.write = 1;
	if ((rc = db_transaction(req->db, revoke, &r)) != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/kinderen/%lld/toegang", r.child_id));
}

IZP_PROGRAM("access-revoke", "access", "GET POST", handle)
