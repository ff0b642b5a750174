/*
 * Start page: the children the user may see (by the family's grants or as
 * hoofdbehandelaar or casemanager), each with the state of the IZP
 * and, for a child without one, the 8-week term (ok / due soon / overdue).
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum stmt {
	STMT_CHILDREN,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILDREN] =
	    "SELECT " SQL_CHILD_COLUMNS ", p.id AS plan_id, "
	    "p.status AS plan_status, "
	    "CASE WHEN p.id IS NOT NULL THEN 'plan' "
	    "WHEN EXISTS (SELECT 1 FROM care_plans q WHERE q.child_id = c.id) "
	    "THEN 'closed' "
	    "WHEN DATEDIFF(" SQL_DEADLINE ", CURDATE()) < 0 THEN 'overdue' "
	    "WHEN DATEDIFF(" SQL_DEADLINE ", CURDATE()) <= ? THEN 'due-soon' "
	    "ELSE 'ok' END AS deadline_status "
	    "FROM children c LEFT JOIN care_plans p ON p.child_id = c.id "
	    "AND p.status IN ('concept', 'actueel') "
	    "WHERE " SQL_MAY_SEE_CHILD " "
	    "ORDER BY FIELD(deadline_status, 'overdue', 'due-soon', 'ok', "
	    "'plan', 'closed'), days_left, c.family_name, c.given_name",
};

struct listing {
	struct izp_request	*req;
	struct db_rows		 children;
};

static int
read_children(struct db *db, void *arg)
{
	struct listing *l = arg;
	long long user = l->req->user.id;
	struct db_arg args[] = {
		DB_INT_ARG(conf_get_long(l->req->conf, "deadline.warn_days", 14)),
		DB_INT_ARG(user), DB_INT_ARG(user), DB_INT_ARG(user),
		DB_INT_ARG(user),
	};
	int rc;

	if ((rc = izp_query(l->req, STMT_CHILDREN, args,
	    sizeof(args) / sizeof(args[0]), &l->children)) != DB_OK)
		return rc;
	l->req->audit.shown = NULL;	/* this run may be a retry */
	if (izp_audit_shown(l->req, &l->children, "id") != 0)
		return 503;
	return audit_write(l->req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct listing l = { .req = req };
	xmlNodePtr root, list;
	size_t i;
	int rc;

	izp_audit_set(req, AUDIT_SEARCH, 0, "children", 0);
	if ((rc = db_transaction(req->db, read_children, &l)) != 0)
		return rc;
	root = izp_page(req, "children");
	list = xml_child(root, "children");
	xml_attr_int(list, "warn-days", conf_get_long(req->conf,
	    "deadline.warn_days", 14));
	if (http_param_find(&req->query, "afgesloten") != NULL)
		xml_attr(list, "notice", "plan-closed");
	for (i = 0; i < l.children.nrows; i++)
		xml_rows(list, "child", &l.children, i);
	return 200;
}

IZP_PROGRAM("home", "read", "GET", handle)
