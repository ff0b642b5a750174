/*
 * Wie keek er? The child's NEN 7513 access overview at the family's door
 * (AVG right of access): every time a caregiver opened, changed, printed or
 * exported the child's plan, saw the child on a list, broke the glass, or
 * was refused, with name, role, organisation and moment; the newest 500,
 * and how many there are in all (the privacy officer has every one).  For whoever of
 * the family the WGBO lets see the plan; run with the account that reads
 * the log, and only ever for the log-in's own child.
 */
#include "izp.h"
#include "izp-sql.h"

enum stmt {
	STMT_LINKS,
	STMT_CHILD,
	STMT_EVENTS,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_LINKS] = SQL_FAMILY_LINKS,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	/* What the caregivers and the systems did: the family's own reads
	 * are not the question here, and must not push the caregivers' out
	 * of the newest 500 (nor show another family's log-in that tried
	 * this child's id).  COUNT(*) OVER () says how many there are.  The
	 * log keeps UTC (NEN 7513); the family reads the time of the
	 * server's zone, as every other time on the pages. */
	[STMT_EVENTS] =
	    "SELECT a.id, a.occurred_at, " SQL_LOCAL_TIME("a.occurred_at")
	    " AS local_at, a.action, a.outcome, a.user_name, "
	    "a.user_display_name, a.user_role, a.object_type, a.program, "
	    "a.receiver, u.organisation AS user_organisation, "
	    "COUNT(*) OVER () AS total "
	    "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
	    "WHERE (a.patient_id = ? OR a.id IN (SELECT lp.audit_id FROM "
	    "audit_log_patients lp WHERE lp.patient_id = ?)) "
	    "AND a.program NOT LIKE 'family-%' "
	    "ORDER BY a.id DESC LIMIT 500",
};

struct overview_of_access {
	struct izp_request	*req;
	struct family_link	*link;
	struct db_rows		 child, events;
};

static int
read_log(struct db *db, void *arg)
{
	struct overview_of_access *o = arg;
	struct izp_request *req = o->req;
	struct db_arg child[] = { DB_INT_ARG(req->path_id),
	    DB_INT_ARG(req->path_id) };
	int rc;

	if ((rc = family_authorise(req, STMT_LINKS, 1, &o->link)) != 0)
		return rc;
	if ((rc = izp_query(req, STMT_CHILD, child, 1, &o->child)) != DB_OK ||
	    (rc = izp_query(req, STMT_EVENTS, child, 2, &o->events)) != DB_OK)
		return rc;
	return audit_write(req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct overview_of_access o = { .req = req };
	xmlNodePtr root;
	int rc;

	izp_audit_set(req, AUDIT_READ, 0, "access_overview", req->path_id);
	if ((rc = db_transaction(req->db, read_log, &o)) != 0)
		return rc;
	root = izp_page(req, "access-overview");
	xml_rows(root, "child", &o.child, 0);
	family_link_xml(root, o.link);
	xml_attr(xml_list(root, "events", "event", &o.events), "total",
	    o.events.nrows > 0 ? db_cell_named(&o.events, 0, "total") : "0");
	return 200;
}

IZP_FAMILY_PROGRAM("family-log", "audit", "GET", handle, sql, STMT__MAX,
    NULL, 0)
