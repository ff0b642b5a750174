/*
 * Who may see a child's IZP: the family's decisions.  Lists every grant
 * (current and revoked) with who decided and who entered it, the people who
 * always have access through the plan, and records a new grant to a
 * caregiver or a whole team.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_USER,
	F_TEAM,
	F_DECIDED_BY_KIND,
	F_DECIDED_BY_NAME,
	F__MAX
};

static const struct field_choice deciders[] = {
	{ "ouder", "Ouder" },
	{ "kind", "Het kind zelf" },
	{ "vertegenwoordiger", "Wettelijk vertegenwoordiger" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_USER] = { "user_id", "Zorgverlener", FIELD_ID, 0, 12, NULL,
	    "Kies een zorgverlener óf een heel team." },
	[F_TEAM] = { "team_id", "Team", FIELD_ID, 0, 12, NULL, NULL },
	[F_DECIDED_BY_KIND] = { "decided_by_kind", "Besloten door",
	    FIELD_ENUM, 1, 20, deciders, NULL },
	[F_DECIDED_BY_NAME] = { "decided_by_name", "Naam van wie besloot",
	    FIELD_TEXT, 1, 200, NULL, "Bijvoorbeeld: moeder, Anna de Vries." },
};

enum stmt {
	STMT_CHILD,
	STMT_GRANTS,
	STMT_PLAN_ROLES,
	STMT_USERS,
	STMT_TEAMS,
	STMT_USER_OK,
	STMT_TEAM_OK,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_GRANTS] = SQL_GRANTS_OF_CHILD,
	[STMT_PLAN_ROLES] =
	    "SELECT hb.display_name AS hoofdbehandelaar_name, "
	    "cm.display_name AS casemanager_name FROM care_plans p "
	    "JOIN users hb ON hb.id = p.hoofdbehandelaar_id "
	    "JOIN users cm ON cm.id = p.casemanager_id "
	    "WHERE p.child_id = ? AND p.status <> 'afgesloten'",
	[STMT_USERS] = SQL_GRANTEE_USERS,
	[STMT_TEAMS] = SQL_GRANTEE_TEAMS,
	[STMT_USER_OK] = SQL_GRANTEE_USER_OK,
	[STMT_TEAM_OK] = SQL_GRANTEE_TEAM_OK,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("access_grants"),
	[STMT_INSERT] =
	    "INSERT INTO access_grants (child_id, user_id, team_id, "
	    "decided_by_kind, decided_by_name, entered_by, entered_at, "
	    "request_id) VALUES (?, ?, ?, ?, ?, ?, NOW(3), ?)",
};

static const char *const may_manage[] = { "verpleegkundige", "kinderarts",
    "casemanager", NULL };

struct access {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 child, grants, roles, users, teams;
	int			 loaded;
};

static int
load(struct access *a)
{
	struct izp_request *req = a->req;
	struct db_arg child = DB_INT_ARG(req->path_id);
	int rc;

	if ((rc = izp_authorise_child(req, req->path_id)) != 0 ||
	    (rc = izp_query(req, STMT_CHILD, &child, 1, &a->child)) != DB_OK ||
	    (rc = izp_query(req, STMT_GRANTS, &child, 1, &a->grants)) != DB_OK ||
	    (rc = izp_query(req, STMT_PLAN_ROLES, &child, 1, &a->roles)) !=
	    DB_OK ||
	    (rc = izp_query(req, STMT_USERS, NULL, 0, &a->users)) != DB_OK ||
	    (rc = izp_query(req, STMT_TEAMS, NULL, 0, &a->teams)) != DB_OK)
		return rc;
	a->loaded = 1;
	return 0;
}

static int
load_for_page(struct db *db, void *arg)
{
	struct access *a = arg;
	int rc;

	if ((rc = load(a)) != 0)
		return rc;
	return a->req->method == HTTP_POST ? 0 :
	    audit_write(a->req, db, "success");
}

static int
grant(struct db *db, void *arg)
{
	struct access *a = arg;
	struct izp_request *req = a->req;
	struct field_value *v = a->v;
	struct db_arg rid = DB_TEXT_ARG(req->request_id);
	struct db_rows rows;
	long long earlier;
	int rc;

	if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &earlier)) != DB_OK)
		return rc;
	if (earlier != 0)
		return 0;
	if ((rc = izp_authorise_child(req, req->path_id)) != 0)
		return rc;
	if ((rc = grantee_check(req, STMT_USER_OK, STMT_TEAM_OK, &v[F_USER],
	    &v[F_TEAM])) != 0)
		return rc;
	{
		struct db_arg args[] = {
			DB_INT_ARG(req->path_id),
			v[F_USER].present ? DB_INT_ARG(v[F_USER].id) :
			    DB_NULL_ARG,
			v[F_TEAM].present ? DB_INT_ARG(v[F_TEAM].id) :
			    DB_NULL_ARG,
			DB_TEXT_ARG(v[F_DECIDED_BY_KIND].text),
			DB_TEXT_ARG(v[F_DECIDED_BY_NAME].text),
			DB_INT_ARG(req->user.id),
			rid,
		};

		if ((rc = izp_query(req, STMT_INSERT, args,
		    sizeof(args) / sizeof(args[0]), &rows)) != DB_OK)
			return rc;
	}
	req->audit.object_id = (long long)rows.insert_id;
	return audit_write(req, db, "success");
}

static int
show_page(struct access *a, int status)
{
	struct izp_request *req = a->req;
	xmlNodePtr root, form;
	int rc;

	if (!a->loaded && (rc = db_transaction(req->db, load_for_page, a)) != 0)
		return rc;
	root = izp_page(req, "child-access");
	xml_rows(root, "child", &a->child, 0);
	xml_rows(root, "plan-roles", &a->roles, 0);
	xml_list(root, "grants", "grant", &a->grants);
	if (izp_role_in(req, may_manage)) {
		form = form_xml(req, root, "access-grant", arena_printf(
		    &req->arena, "/kinderen/%lld/toegang", req->path_id),
		    fields, F__MAX, req->method == HTTP_POST ? a->v : NULL);
		form_add_grantees(req, form, &a->users, &a->teams);
	}
	return status;
}

static int
handle(struct izp_request *req)
{
	struct access a = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_CREATE : AUDIT_READ,
	    req->path_id, "access_grant", 0);
	if (req->method != HTTP_POST)
		return show_page(&a, 200);
	if (!izp_role_in(req, may_manage))
		return izp_fail(req, 403, "Alleen verpleegkundigen, kinderartsen "
		    "en casemanagers leggen de toestemming van de familie vast.");
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    a.v)) < 0)
		return 503;
	errors += grantee_missing(&a.v[F_USER], &a.v[F_TEAM]);
	if (errors > 0)
		return show_page(&a, 400);
	if ((rc = db_transaction(req->db, grant, &a)) == 400)
		return show_page(&a, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/kinderen/%lld/toegang", req->path_id));
}

IZP_PROGRAM("child-access", "access", "GET POST", handle)
