/*
 * Overzicht uitdraaien voor de patiënt: the plan for the child and the
 * parents, in plain Dutch on A4, with the date of printing and the plan's
 * revision.  Printing is its own audit event (NEN 7513 print/copy).
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"

struct printing {
	struct izp_request	*req;
	struct overview		 o;
};

static int
read_plan(struct db *db, void *arg)
{
	struct printing *p = arg;
	int rc;

	if ((rc = overview_read(p->req, p->req->path_id, NULL, &p->o)) != 0)
		return rc;
	return audit_write(p->req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct printing p = { .req = req };
	xmlNodePtr root;
	char printed[20];
	int rc;

	izp_audit_set(req, AUDIT_PRINT, 0, "care_plan", req->path_id);
	if ((rc = db_transaction(req->db, read_plan, &p)) != 0)
		return rc;
	if (moment_now(printed) != 0)
		return 503;
	root = izp_page(req, "plan-print");
	xml_attr(root, "printed-at", printed);
	overview_xml(root, &p.o, NULL, conf_get_long(req->conf,
	    "limits.review_months", 6));
	return 200;
}

IZP_OVERVIEW_PROGRAM("plan-print", "read", "GET", handle, OVERVIEW_SQL_NOW)
