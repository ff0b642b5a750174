/*
 * The spoedoverzicht at the family's door: what the parents or the child
 * show an ambulance crew or the out-of-hours GP on a phone at night (the
 * limits as agreed, crisis step plans and medication, whom to call), the
 * same page the caregivers see.  The WGBO decides as for the plan; every
 * look is audited as the family's.
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

struct summary {
	struct izp_request	*req;
	struct family_link	*link;
	struct emergency	 e;
};

static int
read_summary(struct db *db, void *arg)
{
	struct summary *s = arg;
	struct izp_request *req = s->req;
	int rc;

	if ((rc = family_authorise(req, STMT_LINKS, 1, &s->link)) != 0)
		return rc;
	if ((rc = emergency_read(req, s->link->child_id, 1, &s->e)) != DB_OK)
		return rc;
	return audit_write(req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct summary s = { .req = req };
	int rc;

	izp_audit_set(req, AUDIT_READ, 0, "emergency_summary", req->path_id);
	if ((rc = db_transaction(req->db, read_summary, &s)) != 0)
		return rc;
	if (emergency_xml(req, &s.e) == NULL)
		return 503;
	return 200;
}

IZP_FAMILY_PROGRAM("family-emergency", "family", "GET", handle, sql, STMT__MAX,
    emergency_sql, EMS__MAX)
