/*
 * The family's start page: the children this log-in is linked to (mostly
 * one), each with what the family may see of its plan today and, where
 * the WGBO says nothing, why.  A log-in no caregiver linked yet is told
 * how to get linked.  The list is audited with the children it showed.
 */
#include "izp.h"
#include "izp-sql.h"

enum stmt {
	STMT_LINKS,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_LINKS] = SQL_FAMILY_LINKS,
};

struct home {
	struct izp_request	*req;
	struct family_link	*links;
	size_t			 n;
	struct db_rows		 rows;
};

static int
read_links(struct db *db, void *arg)
{
	struct home *h = arg;
	int rc;

	if ((rc = family_links(h->req, STMT_LINKS, 0, &h->links, &h->n,
	    &h->rows)) != DB_OK)
		return rc;
	if (h->n > 0)
		family_identify(h->req, &h->links[0]);
	if (izp_audit_shown(h->req, &h->rows, "child_id") != 0)
		return DB_ERROR;
	return audit_write(h->req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct home h = { .req = req };
	xmlNodePtr root;
	size_t i;
	int rc;

	izp_audit_set(req, AUDIT_READ, 0, "family_links", 0);
	if ((rc = db_transaction(req->db, read_links, &h)) != 0)
		return rc;
	root = izp_page(req, "family-home");
	for (i = 0; i < h.n; i++)
		family_link_xml(root, &h.links[i]);
	return 200;
}

IZP_FAMILY_PROGRAM("family-home", "family", "GET", handle, sql, STMT__MAX, NULL, 0)
