/*
 * Wie mag het zorgplan zien? The family decides at its own door: grant a
 * caregiver or a whole team access to the child's plan, or revoke it, the
 * decision recorded as the family's (the log-in, when, from this door) so
 * the caregivers see on their access page that the family decided it.
 * Who decides follows the WGBO (lib/family.c): the parents with authority
 * until 16, the child from 12; from 16 the child alone.  Others of the
 * family see the list and why they cannot change it.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_USER,
	F_TEAM,
	F_GRANT,
	F_REASON,
	F__MAX
};

/* Granting uses the first two fields, revoking the last two. */
static const struct field_def fields[F__MAX] = {
	[F_USER] = { "user_id", "Zorgverlener", FIELD_ID, 0, 12, NULL,
	    "Kies één zorgverlener óf een heel team." },
	[F_TEAM] = { "team_id", "Team", FIELD_ID, 0, 12, NULL, NULL },
	[F_GRANT] = { "grant_id", "Wie niet meer", FIELD_ID, 1, 12, NULL,
	    NULL },
	[F_REASON] = { "revoke_reason", "Waarom niet meer (voor het dossier)",
	    FIELD_MEMO, 1, 500, NULL, "Bijvoorbeeld: we zijn naar een ander "
	    "ziekenhuis gegaan." },
};

enum stmt {
	STMT_LINKS,
	STMT_CHILD,
	STMT_GRANTS,
	STMT_USERS,
	STMT_TEAMS,
	STMT_USER_OK,
	STMT_TEAM_OK,
	STMT_BY_REQUEST,
	STMT_ALREADY,
	STMT_INSERT,
	STMT_REVOKE,
	STMT_REVOKED_BY,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_LINKS] = SQL_FAMILY_LINKS,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_GRANTS] = SQL_GRANTS_OF_CHILD,
	[STMT_USERS] = SQL_GRANTEE_USERS,
	[STMT_TEAMS] = SQL_GRANTEE_TEAMS,
	[STMT_USER_OK] = SQL_GRANTEE_USER_OK,
	[STMT_TEAM_OK] = SQL_GRANTEE_TEAM_OK,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("access_grants"),
	[STMT_ALREADY] = "SELECT id FROM access_grants WHERE child_id = ? AND "
	    "revoked_at IS NULL AND (user_id = ? OR team_id = ?) FOR UPDATE",
	[STMT_INSERT] =
	    "INSERT INTO access_grants (child_id, user_id, team_id, "
	    "decided_by_kind, decided_by_name, entered_by_family, entered_at, "
	    "request_id) VALUES (?, ?, ?, ?, ?, ?, NOW(3), ?)",
	[STMT_REVOKE] =
	    "UPDATE access_grants SET revoked_at = NOW(3), "
	    "revoked_by_family = ?, revoke_reason = ?, request_id = ? "
	    "WHERE id = ? AND child_id = ? AND revoked_at IS NULL",
	/* A revocation this very form made a moment ago (a double click). */
	[STMT_REVOKED_BY] = "SELECT id FROM access_grants WHERE id = ? AND "
	    "child_id = ? AND request_id = ?",
};

struct decision {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct family_link	*link;
	struct db_rows		 child, grants, users, teams;
	int			 revoking;	/* /toegang/intrekken */
	int			 loaded;
};

static int
load(struct db *db, void *arg)
{
	struct decision *d = arg;
	struct izp_request *req = d->req;
	struct db_arg child = DB_INT_ARG(req->path_id);
	int rc;

	if ((rc = family_authorise(req, STMT_LINKS, 1, &d->link)) != 0 ||
	    (rc = izp_query(req, STMT_CHILD, &child, 1, &d->child)) != DB_OK ||
	    (rc = izp_query(req, STMT_GRANTS, &child, 1, &d->grants)) !=
	    DB_OK ||
	    (rc = izp_query(req, STMT_USERS, NULL, 0, &d->users)) != DB_OK ||
	    (rc = izp_query(req, STMT_TEAMS, NULL, 0, &d->teams)) != DB_OK)
		return rc;
	d->loaded = 1;
	return req->method == HTTP_POST ? 0 : audit_write(req, db, "success");
}

/* Who decided, as the grant records it: the child, or a parent or other
 * representative, by name. */
static const char *
decider_kind(const struct family_link *l)
{
	if (l->is_child)
		return "kind";
	return strcmp(l->relation, "voogd") == 0 ||
	    strcmp(l->relation, "overig") == 0 ? "vertegenwoordiger" : "ouder";
}

static int
grant(struct izp_request *req, struct decision *d)
{
	struct field_value *v = d->v;
	struct db_rows rows;
	int rc;

	if ((rc = grantee_check(req, STMT_USER_OK, STMT_TEAM_OK, &v[F_USER],
	    &v[F_TEAM])) != 0)
		return rc;
	{
		struct db_arg args[] = { DB_INT_ARG(d->link->child_id),
		    v[F_USER].present ? DB_INT_ARG(v[F_USER].id) : DB_NULL_ARG,
		    v[F_TEAM].present ? DB_INT_ARG(v[F_TEAM].id) :
		    DB_NULL_ARG };

		if ((rc = izp_row_exists(req, STMT_ALREADY, args, 3)) != 0) {
			if (rc < 0)
				return rc;
			form_set_error(v[F_USER].present ? &v[F_USER] :
			    &v[F_TEAM], v[F_USER].present ? "Deze zorgverlener "
			    "mag het zorgplan al zien." : "Dit team mag het "
			    "zorgplan al zien.");
			return 400;
		}
	}
	{
		struct db_arg args[] = {
			DB_INT_ARG(d->link->child_id),
			v[F_USER].present ? DB_INT_ARG(v[F_USER].id) :
			    DB_NULL_ARG,
			v[F_TEAM].present ? DB_INT_ARG(v[F_TEAM].id) :
			    DB_NULL_ARG,
			DB_TEXT_ARG(decider_kind(d->link)),
			DB_TEXT_ARG(d->link->person),
			DB_INT_ARG(d->link->account_id),
			DB_TEXT_ARG(req->request_id),
		};

		if ((rc = izp_query(req, STMT_INSERT, args,
		    sizeof(args) / sizeof(args[0]), &rows)) != DB_OK)
			return rc;
	}
	req->audit.object_id = (long long)rows.insert_id;
	return 0;
}

static int
revoke(struct izp_request *req, struct decision *d)
{
	struct field_value *v = d->v;
	struct db_arg args[] = { DB_INT_ARG(d->link->account_id),
	    DB_TEXT_ARG(v[F_REASON].text), DB_TEXT_ARG(req->request_id),
	    DB_INT_ARG(v[F_GRANT].id), DB_INT_ARG(d->link->child_id) };
	struct db_arg twin[] = { DB_INT_ARG(v[F_GRANT].id),
	    DB_INT_ARG(d->link->child_id), DB_TEXT_ARG(req->request_id) };
	struct db_rows rows;
	int rc;

	req->audit.object_id = v[F_GRANT].id;
	if ((rc = izp_query(req, STMT_REVOKE, args, 5, &rows)) != DB_OK)
		return rc;
	if (rows.affected != 1 && (rc = izp_row_exists(req, STMT_REVOKED_BY,
	    twin, 3)) != 0) {
		if (rc < 0)
			return rc;
		req->audit.resent = 1;	/* this form revoked it already */
		return 0;
	}
	if (rows.affected != 1) {
		form_set_error(&v[F_GRANT], "Kies een toestemming die nu geldt, "
		    "uit de lijst.");
		return 400;
	}
	return 0;
}

static int
decide(struct db *db, void *arg)
{
	struct decision *d = arg;
	struct izp_request *req = d->req;
	long long earlier;
	int rc;

	/* Who may decide first: a resent form of someone who may not is
	 * refused like the first. */
	if ((rc = family_authorise(req, STMT_LINKS, 1, &d->link)) != 0)
		return rc;
	if (!family_decides_access(d->link))
		return izp_fail(req, 403, family_access_reason(d->link));
	if (!d->revoking) {
		if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &earlier)) !=
		    DB_OK)
			return rc;
		if (earlier != 0)
			return 0;
	}
	if ((rc = d->revoking ? revoke(req, d) : grant(req, d)) != 0)
		return rc;
	/* A resent revocation is logged as such after the transaction. */
	return req->audit.resent ? 0 : audit_write(req, db, "success");
}

static int
show_page(struct decision *d, int status)
{
	struct izp_request *req = d->req;
	xmlNodePtr root, list, form;
	size_t i;
	int rc;

	if (!d->loaded && (rc = db_transaction(req->db, load, d)) != 0)
		return rc;
	root = izp_page(req, "family-access");
	family_link_xml(root, d->link);
	xml_rows(root, "child", &d->child, 0);
	xml_list(root, "grants", "grant", &d->grants);
	if (!family_decides_access(d->link)) {
		xml_text_child(root, "cannot-decide",
		    family_access_reason(d->link));
		return status;
	}
	form = form_xml(req, root, "family-grant", arena_printf(&req->arena,
	    "/kind/%lld/toegang", req->path_id), fields, F_GRANT,
	    req->method == HTTP_POST && !d->revoking ? d->v : NULL);
	xml_attr(form, "cancel", arena_printf(&req->arena, "/kind/%lld",
	    req->path_id));
	form_add_grantees(req, form, &d->users, &d->teams);
	form = form_xml(req, root, "family-revoke", arena_printf(&req->arena,
	    "/kind/%lld/toegang/intrekken", req->path_id), fields + F_GRANT,
	    F__MAX - F_GRANT, req->method == HTTP_POST && d->revoking ?
	    d->v + F_GRANT : NULL);
	xml_attr(form, "cancel", arena_printf(&req->arena, "/kind/%lld",
	    req->path_id));
	list = form_field_node(form, "grant_id");
	for (i = 0; i < d->grants.nrows; i++)
		if (db_cell_named(&d->grants, i, "revoked_at") == NULL)
			form_add_option(list, db_cell_named(&d->grants, i, "id"),
			    db_cell_named(&d->grants, i, "user_id") != NULL ?
			    db_cell_named(&d->grants, i, "user_name") :
			    db_cell_named(&d->grants, i, "team_name"));
	return status;
}

static int
handle(struct izp_request *req)
{
	struct decision d = { .req = req };
	const struct field_def *f;
	struct field_value *v;
	size_t n;
	int rc, errors;

	d.revoking = req->view_name != NULL &&
	    strcmp(req->view_name, "intrekken") == 0;
	izp_audit_set(req, req->method != HTTP_POST ? AUDIT_READ :
	    d.revoking ? AUDIT_UPDATE : AUDIT_CREATE, 0, "access_grant", 0);
	if (req->method != HTTP_POST)
		return d.revoking ? izp_fail(req, 405, NULL) :
		    show_page(&d, 200);
	f = d.revoking ? fields + F_GRANT : fields;
	v = d.revoking ? d.v + F_GRANT : d.v;
	n = d.revoking ? F__MAX - F_GRANT : F_GRANT;
	if ((errors = form_read(&req->arena, &req->form, f, n, v)) < 0)
		return 503;
	if (!d.revoking)
		errors += grantee_missing(&d.v[F_USER], &d.v[F_TEAM]);
	if (errors > 0)
		return show_page(&d, 400);
	if ((rc = db_transaction(req->db, decide, &d)) == 400)
		return show_page(&d, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena, "/kind/%lld/toegang",
	    req->path_id));
}

IZP_FAMILY_PROGRAM("family-access", "family", "GET POST", handle, sql,
    STMT__MAX, NULL, 0)
