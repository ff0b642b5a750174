/*
 * The spoedoverzicht's content, once for both doors: the caregivers' page
 * (cgi-bin/emergency.c, with break-the-glass) and the family's, to show an
 * ambulance crew or the out-of-hours GP on a phone (cgi-bin/family-
 * emergency.c).  The limits, directives, representatives and crisis
 * medication of the child; the open plan's step plans, next step, place
 * wishes and team; in three statements.  Whoever calls has settled access.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"
#include "internal.h"

const char *const emergency_sql[EMS__MAX] = {
	[EMS_PLAN] = "SELECT " SQL_PLAN_REVISION_COLUMNS "FROM care_plans p"
	    SQL_PLAN_JOINS " WHERE p.child_id = ? AND p.status <> 'afgesloten'",
	/* Without an open plan: when and why the last one was closed. */
	[EMS_LAST_CLOSED] = "SELECT closed_on, close_reason, close_note "
	    "FROM care_plans WHERE child_id = ? AND status = 'afgesloten' "
	    "ORDER BY closed_on DESC, id DESC LIMIT 1",
	/* The parts of the overview from the limits to the team, in its
	 * order (overview_part), in one round trip. */
	[EMS_CONTENT] = SQL_LIMITS(0, "", SQL_ONE) " UNION ALL "
	    SQL_DIRECTIVES(1, "", SQL_ONE) " UNION ALL "
	    SQL_REPRESENTATIVES(2, "", SQL_ONE) " UNION ALL "
	    SQL_CRISIS_MEDICATIONS(3, "", SQL_ONE) " UNION ALL "
	    SQL_CRISIS_PLANS(4, "", SQL_ONE) " UNION ALL "
	    SQL_CRISIS_STEPS(5, "", SQL_ONE) " UNION ALL "
	    SQL_NEXT_STEP(6, "", SQL_ONE) " UNION ALL "
	    SQL_PLACE_WISHES(7, "", SQL_ONE) " UNION ALL "
	    SQL_TEAM(8, "", SQL_ONE),
	[EMS_CHILD] = SQL_CHILD_BY_ID,
};

/* A statement of emergency_sql, which a program lists as its shared. */
static int
shared(struct izp_request *req, enum emergency_stmt stmt,
    const struct db_arg *args, size_t nargs, struct db_rows *out)
{
	return db_exec(req->db, &req->arena, LIB_STMT__MAX + stmt, args,
	    nargs, out);
}

/* The summary of child now; its row and open plan too when with_rows (a
 * caller that has not read them with the access check:
 * izp_child_access_open_plan). */
int
emergency_read(struct izp_request *req, long long child, int with_rows,
    struct emergency *e)
{
	struct db_arg id = DB_INT_ARG(child);
	struct db_arg plan;
	struct db_rows all;
	int rc;

	if (with_rows && ((rc = shared(req, EMS_CHILD, &id, 1, &e->child)) !=
	    DB_OK || (rc = shared(req, EMS_PLAN, &id, 1, &e->plan)) != DB_OK))
		return rc;
	if (e->plan.nrows == 0 && (rc = shared(req, EMS_LAST_CLOSED, &id, 1,
	    &e->last_closed)) != DB_OK)
		return rc;
	/* No open plan: no step plans or wishes, and the page says so. */
	plan = DB_INT_ARG(e->plan.nrows > 0 ? strtoll(db_cell_named(&e->plan,
	    0, "id"), NULL, 10) : 0);
	{
		struct db_arg args[] = { id, id, id, id, plan, plan, plan,
		    plan, plan };

		if ((rc = shared(req, EMS_CONTENT, args,
		    sizeof(args) / sizeof(args[0]), &all)) != DB_OK)
			return rc;
	}
	return db_split(&req->arena, &all, overview_part(OV_LIMITS),
	    OV_TEAM + 1 - OV_LIMITS, &e->part[OV_LIMITS]);
}

/* The page "emergency" of e, stamped with the moment it reflects (a doctor
 * on a printed or long-open page can tell it may be stale); NULL when the
 * clock cannot be read. */
xmlNodePtr
emergency_xml(struct izp_request *req, const struct emergency *e)
{
	xmlNodePtr root;
	char shown[20];

	if (moment_now(shown) != 0)
		return NULL;
	root = izp_page(req, "emergency");
	xml_attr(root, "shown-at", shown);
	xml_rows(root, "child", &e->child, 0);
	if (e->plan.nrows > 0)
		xml_rows(root, "plan", &e->plan, 0);
	else
		xml_rows(root, "closed-plan", &e->last_closed, 0);
	xml_attr_int(xml_list(root, "limits", "limit", &e->part[OV_LIMITS]),
	    "review-months", conf_get_long(req->conf, "limits.review_months",
	    6));
	xml_list(root, "directives", "directive", &e->part[OV_DIRECTIVES]);
	xml_list(root, "representatives", "representative",
	    &e->part[OV_REPRESENTATIVES]);
	xml_list(root, "crisis-medications", "medication",
	    &e->part[OV_CRISIS_MEDICATIONS]);
	crisis_xml(root, &e->part[OV_CRISIS_PLANS], &e->part[OV_CRISIS_STEPS]);
	if (e->part[OV_NEXT_STEP].nrows > 0)
		xml_rows(root, "next-step", &e->part[OV_NEXT_STEP], 0);
	xml_list(root, "place-wishes", "place-wish", &e->part[OV_PLACE_WISHES]);
	xml_list(root, "team", "member", &e->part[OV_TEAM]);
	return root;
}
