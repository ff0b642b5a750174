/*
 * The plan as the family reads it (the family's door): the printout's plain
 * Dutch, on a screen or a phone, for the child and the parents the WGBO
 * lets see it today.  A child not linked to this log-in is "not found",
 * whether it exists or not; a link the WGBO does not let see is told why.
 * Every look is audited, a refused one too.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum stmt {
	STMT_LINKS,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_LINKS] = SQL_FAMILY_LINKS,
};

struct reading {
	struct izp_request	*req;
	struct family_link	*link;
	struct overview		 o;
};

static int
read_plan(struct db *db, void *arg)
{
	struct reading *r = arg;
	struct izp_request *req = r->req;
	int rc;

	if ((rc = family_authorise(req, STMT_LINKS, 1, &r->link)) != 0)
		return rc;
	if (r->link->plan_id > 0) {
		req->audit.object_type = "care_plan";
		req->audit.object_id = r->link->plan_id;
		if ((rc = overview_read_decided(req, r->link->plan_id,
		    &r->o)) != 0)
			return rc;
	}
	return audit_write(req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct reading r = { .req = req };
	xmlNodePtr root;
	int rc;

	izp_audit_set(req, AUDIT_READ, 0, "child", req->path_id);
	if ((rc = db_transaction(req->db, read_plan, &r)) != 0)
		return rc;
	root = izp_page(req, "family-plan");
	family_link_xml(root, r.link);
	if (r.link->plan_id > 0)
		overview_xml(root, &r.o, NULL, conf_get_long(req->conf,
		    "limits.review_months", 6));
	return 200;
}

IZP_FAMILY_PROGRAM("family-plan", "family", "GET", handle, sql, STMT__MAX,
    overview_sql, OVERVIEW_SQL_NOW)
