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
	struct db_rows rows;
	size_t n;
	int rc;

	if ((rc = family_links(req, STMT_LINKS, req->path_id, &s->link, &n,
	    &rows)) != DB_OK)
		return rc;
	if (n == 0)
		return izp_fail(req, 404, "Dit kind is niet aan uw account "
		    "gekoppeld.");
	family_identify(req, s->link);
	req->audit.patient_id = s->link->child_id;
	if (family_sight(s->link) != FAMILY_SEES)
		return izp_fail(req, 403, family_sight_reason(s->link));
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

IZP_FAMILY_PROGRAM("family-emergency", "GET", handle, sql, STMT__MAX,
    emergency_sql, EMS__MAX)
