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
	STMT_VALID_BREAK,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_VALID_BREAK] = "SELECT id, expires_at FROM emergency_access "
	    "WHERE user_id = ? AND child_id = ? AND expires_at > NOW(3) "
	    "ORDER BY expires_at DESC LIMIT 1",
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("emergency_access"),
	[STMT_INSERT] =
	    "INSERT INTO emergency_access (child_id, user_id, reason, "
	    "granted_at, expires_at, request_id) "
	    "VALUES (?, ?, ?, NOW(3), NOW(3) + INTERVAL ? MINUTE, ?)",
};

static const char *const caregivers[] = { "verpleegkundige", "kinderarts",
    "casemanager", "huisarts", "hap_arts", NULL };

struct summary {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct emergency	 e;
	struct db_rows		 glass;
	int			 offer_glass;	/* 403 with the form */
};

static int
open_summary(struct db *db, void *arg)
{
	struct summary *s = arg;
	struct izp_request *req = s->req;
	struct db_arg who[] = { DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->path_id) };
	enum izp_access access;
	int rc;

	/* The child's row and open plan come with the answer; shown only
	 * once access or a valid emergency access is settled. */
	if ((rc = izp_child_access_open_plan(req, req->path_id, &access,
	    &s->e.child, &s->e.plan)) != 0)
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
	if ((rc = emergency_read(req, req->path_id, 0, &s->e)) != DB_OK)
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
	if ((root = emergency_xml(req, &s.e)) == NULL)
		return 503;
	if (s.glass.nrows > 0) {
		glass = xml_child(root, "emergency-access");
		xml_attr(glass, "expires-at", db_cell_named(&s.glass, 0,
		    "expires_at"));
	}
	return 200;
}

IZP_PROGRAM_WITH("emergency", "emergency", "GET POST", handle, sql, STMT__MAX,
    emergency_sql, EMS__MAX)
