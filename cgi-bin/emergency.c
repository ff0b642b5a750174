/*
 * Spoedoverzicht: the one page for the out-of-hours doctor: the treatment
 * limits first, then who to call, the crisis step plans, the wish for the
 * place of death and the advance directives.  With access it
 * shows at once; without, a caregiver may break the glass by stating the
 * emergency: that opens this page only, for a short time, flagged in the
 * audit log and listed for the privacy officer.  The refusal shows nothing
 * of the child.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_REASON,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_REASON] = { "reason", "Wat is de noodsituatie?", FIELD_MEMO, 1,
	    1000, NULL, "Bijvoorbeeld: kind benauwd op de HAP, ouders vragen "
	    "wat is afgesproken over reanimatie." },
};

enum stmt {
	STMT_PLAN,
	STMT_LAST_CLOSED,
	STMT_VALID_BREAK,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT_CONTENT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = "SELECT " SQL_PLAN_REVISION_COLUMNS "FROM care_plans p"
	    SQL_PLAN_JOINS " WHERE p.child_id = ? AND p.status <> 'afgesloten'",
	/* Without an open plan: when and why the last one was closed. */
	[STMT_LAST_CLOSED] = "SELECT closed_on, close_reason, close_note "
	    "FROM care_plans WHERE child_id = ? AND status = 'afgesloten' "
	    "ORDER BY closed_on DESC, id DESC LIMIT 1",
	[STMT_VALID_BREAK] = "SELECT id, expires_at FROM emergency_access "
	    "WHERE user_id = ? AND child_id = ? AND expires_at > NOW(3) "
	    "ORDER BY expires_at DESC LIMIT 1",
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("emergency_access"),
	[STMT_INSERT] =
	    "INSERT INTO emergency_access (child_id, user_id, reason, "
	    "granted_at, expires_at, request_id) "
	    "VALUES (?, ?, ?, NOW(3), NOW(3) + INTERVAL ? MINUTE, ?)",
	/* The parts of the overview from the limits to the team, in its
	 * order (overview_part), in one round trip. */
	[STMT_CONTENT] = SQL_LIMITS(0, "") " UNION ALL " SQL_DIRECTIVES(1, "")
	    " UNION ALL " SQL_REPRESENTATIVES(2, "") " UNION ALL "
	    SQL_CRISIS_MEDICATIONS(3, "") " UNION ALL "
	    SQL_CRISIS_PLANS(4, "") " UNION ALL " SQL_CRISIS_STEPS(5, "")
	    " UNION ALL " SQL_NEXT_STEP(6, "") " UNION ALL "
	    SQL_PLACE_WISHES(7, "") " UNION ALL " SQL_TEAM(8, ""),
};

static const char *const caregivers[] = { "verpleegkundige", "kinderarts",
    "casemanager", "huisarts", "hap_arts", NULL };

struct summary {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 child, plan, last_closed, glass;
	struct db_rows		 part[OV__MAX];	/* as the overview's */
	int			 offer_glass;	/* 403 with the form */
};

static int
load(struct izp_request *req, struct summary *s)
{
	struct db_arg child = DB_INT_ARG(req->path_id);
	struct db_arg plan;
	int rc;

	if ((rc = izp_query(req, STMT_PLAN, &child, 1, &s->plan)) != DB_OK)
		return rc;
	if (s->plan.nrows == 0 && (rc = izp_query(req, STMT_LAST_CLOSED,
	    &child, 1, &s->last_closed)) != DB_OK)
		return rc;
	/* No open plan: no step plans or wishes, and the page says so. */
	plan = DB_INT_ARG(s->plan.nrows > 0 ? strtoll(db_cell_named(&s->plan,
	    0, "id"), NULL, 10) : 0);
	{
		struct db_arg args[] = { child, child, child, child, plan,
		    plan, plan, plan, plan };

		return izp_query_parts(req, STMT_CONTENT, args,
		    sizeof(args) / sizeof(args[0]), overview_part(OV_LIMITS),
		    OV_TEAM + 1 - OV_LIMITS, &s->part[OV_LIMITS]);
	}
}

static int
open_summary(struct db *db, void *arg)
{
	struct summary *s = arg;
	struct izp_request *req = s->req;
	struct db_arg who[] = { DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->path_id) };
	enum izp_access access;
	int rc;

	/* The child's row comes with the answer; shown only once access
	 * or a valid emergency access is settled. */
	if ((rc = izp_child_access_row(req, req->path_id, &access,
	    &s->child)) != 0)
		return rc;
	if (access == IZP_ACCESS_NO_SUCH_CHILD)
		return izp_fail(req, 404, "Dit kind bestaat niet.");
	if (access == IZP_ACCESS_DENIED) {
		if ((rc = izp_query(req, STMT_VALID_BREAK, who, 2, &s->glass))
		    != DB_OK)
			return rc;
		if (s->glass.nrows == 0) {
			s->offer_glass = izp_role_in(req, caregivers);
			return 403;
		}
		req->audit.action = AUDIT_EMERGENCY;
	}
	if ((rc = load(req, s)) != DB_OK)
		return rc;
	return audit_write(req, db, "success");
}

static int
break_glass(struct db *db, void *arg)
{
	struct summary *s = arg;
	struct izp_request *req = s->req;
	struct db_arg rid = DB_TEXT_ARG(req->request_id);
	enum izp_access access;
	struct db_rows rows;
	long long earlier;
	int rc;

	if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &earlier)) != DB_OK)
		return rc;
	if (earlier != 0)
		return 0;
	if ((rc = izp_child_access(req, req->path_id, &access)) != 0)
		return rc;
	if (access == IZP_ACCESS_NO_SUCH_CHILD)
		return izp_fail(req, 404, "Dit kind bestaat niet.");
	if (access == IZP_ACCESS_GRANTED)
		return 0;	/* no glass to break */
	{
		struct db_arg args[] = { DB_INT_ARG(req->path_id),
		    DB_INT_ARG(req->user.id), DB_TEXT_ARG(s->v[F_REASON].text),
		    DB_INT_ARG(conf_get_long(req->conf, "emergency.minutes",
		    60)), rid };

		if ((rc = izp_query(req, STMT_INSERT, args, 5, &rows)) != DB_OK)
			return rc;
	}
	req->audit.object_type = "emergency_access";
	req->audit.object_id = (long long)rows.insert_id;
	return audit_write(req, db, "success");
}

/* The refusal: no name, no diagnosis, only the way to break the glass. */
static int
offer_glass(struct summary *s, int status)
{
	struct izp_request *req = s->req;
	xmlNodePtr root = izp_page(req, "emergency-break");

	form_xml(req, root, "emergency-break", arena_printf(&req->arena,
	    "/kinderen/%lld/spoed", req->path_id), fields, F__MAX,
	    req->method == HTTP_POST ? s->v : NULL);
	return status;
}

static int
handle(struct izp_request *req)
{
	struct summary s = { .req = req };
	xmlNodePtr root, glass;
	char shown[20];
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_EMERGENCY :
	    AUDIT_READ, req->path_id, "emergency_summary", req->path_id);
	if (req->method == HTTP_POST) {
		if (!izp_role_in(req, caregivers))
			return izp_fail(req, 403, "Alleen zorgverleners kunnen "
			    "noodtoegang vragen.");
		if ((errors = form_read(&req->arena, &req->form, fields,
		    F__MAX, s.v)) < 0)
			return 503;
		if (errors == 0 && http_utf8_length(s.v[F_REASON].text,
		    s.v[F_REASON].len) < 10) {
			form_set_error(&s.v[F_REASON], "Beschrijf de "
			    "noodsituatie in een paar woorden.");
			errors++;
		}
		if (errors > 0)
			return offer_glass(&s, 400);
		if ((rc = db_transaction(req->db, break_glass, &s)) != 0)
			return rc;
		return izp_redirect(req, arena_printf(&req->arena,
		    "/kinderen/%lld/spoed", req->path_id));
	}
	rc = db_transaction(req->db, open_summary, &s);
	if (rc == 403 && s.offer_glass)
		return offer_glass(&s, 403);
	if (rc == 403)
		return izp_fail(req, 403, "U heeft geen toegang tot dit IZP.");
	if (rc != 0)
		return rc;
	/* The moment this page reflects, with the plan's revision: a doctor
	 * on a printed or long-open page can tell it may be stale. */
	if (moment_now(shown) != 0)
		return 503;
	root = izp_page(req, "emergency");
	xml_attr(root, "shown-at", shown);
	xml_rows(root, "child", &s.child, 0);
	if (s.plan.nrows > 0)
		xml_rows(root, "plan", &s.plan, 0);
	else
		xml_rows(root, "closed-plan", &s.last_closed, 0);
	xml_attr_int(xml_list(root, "limits", "limit", &s.part[OV_LIMITS]),
	    "review-months", conf_get_long(req->conf, "limits.review_months",
	    6));
	xml_list(root, "directives", "directive", &s.part[OV_DIRECTIVES]);
	xml_list(root, "representatives", "representative",
	    &s.part[OV_REPRESENTATIVES]);
	xml_list(root, "crisis-medications", "medication",
	    &s.part[OV_CRISIS_MEDICATIONS]);
	crisis_xml(root, &s.part[OV_CRISIS_PLANS], &s.part[OV_CRISIS_STEPS]);
	if (s.part[OV_NEXT_STEP].nrows > 0)
		xml_rows(root, "next-step", &s.part[OV_NEXT_STEP], 0);
	xml_list(root, "place-wishes", "place-wish", &s.part[OV_PLACE_WISHES]);
	xml_list(root, "team", "member", &s.part[OV_TEAM]);
	if (s.glass.nrows > 0) {
		glass = xml_child(root, "emergency-access");
		xml_attr(glass, "expires-at", db_cell_named(&s.glass, 0,
		    "expires_at"));
	}
	return 200;
}

IZP_PROGRAM("emergency", "emergency", "GET POST", handle)
