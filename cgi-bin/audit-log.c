/*
 * The NEN 7513 log for the privacy officer: search by child, user and
 * period; and a child's access overview for the parents (AVG right of
 * access): who looked at or changed the child's IZP, when, in what role.
 * Searching the log is itself logged.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_PATIENT,
	F_USER,
	F_FROM,
	F_TO,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_PATIENT] = { "patient_id", "Kind (nummer)", FIELD_ID, 0, 12, NULL,
	    NULL },
	[F_USER] = { "user", "Gebruikersnaam", FIELD_TEXT, 0, 255, NULL,
	    NULL },
	[F_FROM] = { "from", "Vanaf", FIELD_DATE, 0, 10, NULL, NULL },
	[F_TO] = { "to", "Tot en met", FIELD_DATE, 0, 10, NULL, NULL },
};

enum stmt {
	STMT_SEARCH,
	STMT_CHILD,
	STMT_EMERGENCIES,
	STMT_BSN_CHECKS,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_SEARCH] =
	    "SELECT a.id, a.event_id, a.occurred_at, "
	    SQL_LOCAL_TIME("a.occurred_at") " AS local_at, a.action, a.outcome, "
	    "a.user_name, a.user_display_name, a.user_role, a.on_behalf_of, "
	    "a.patient_id, a.object_type, a.object_id, a.client_address, "
	    "a.program, u.organisation AS user_organisation "
	    "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
	    "WHERE (? IS NULL OR a.patient_id = ? OR a.id IN (SELECT "
	    "lp.audit_id FROM audit_log_patients lp WHERE lp.patient_id = ?)) "
	    "AND (? IS NULL OR a.user_name = ?) "
	    "AND (? IS NULL OR a.occurred_at >= ?) "
	    "AND (? IS NULL OR a.occurred_at < ? + INTERVAL 1 DAY) "
	    "ORDER BY a.id DESC LIMIT 500",
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_EMERGENCIES] =
	    "SELECT e.id, e.child_id, e.user_id, u.username AS user_name, "
	    "u.display_name AS user_display_name, u.role AS user_role, "
	    "u.organisation AS user_organisation, e.reason, e.granted_at, "
	    "e.expires_at FROM emergency_access e JOIN users u "
	    "ON u.id = e.user_id ORDER BY e.id DESC LIMIT 500",
	/* Registrations refused because the BSN was known: who tried. */
	[STMT_BSN_CHECKS] =
	    "SELECT a.id, a.occurred_at, a.user_name, a.user_display_name, "
	    "a.user_role, u.organisation AS user_organisation, a.patient_id, "
	    "a.client_address FROM audit_log a LEFT JOIN users u "
	    "ON u.id = a.user_id WHERE a.object_type = 'bsn_match' "
	    "ORDER BY a.id DESC LIMIT 500",
};

static const char *const privacy_officers[] = { "privacy", NULL };

struct search {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	int			 for_parents;
	int			 emergencies;	/* the break-the-glass review */
	struct db_rows		 events, child, bsn_checks;
};

static struct db_arg
opt_text(const struct field_value *v, int is_date)
{
	return v->present ? DB_TEXT_ARG(is_date ? v->iso : v->text) :
	    DB_NULL_ARG;
}

static int
run_search(struct db *db, void *arg)
{
	struct search *s = arg;
	struct izp_request *req = s->req;
	struct db_arg patient = s->v[F_PATIENT].present ?
	    DB_INT_ARG(s->v[F_PATIENT].id) : DB_NULL_ARG;
	struct db_arg user = opt_text(&s->v[F_USER], 0);
	struct db_arg from = opt_text(&s->v[F_FROM], 1);
	struct db_arg to = opt_text(&s->v[F_TO], 1);
	struct db_arg args[] = { patient, patient, patient, user, user, from,
	    from, to, to };
	int rc;

	if (s->emergencies) {
		if ((rc = izp_query(req, STMT_EMERGENCIES, NULL, 0,
		    &s->events)) != DB_OK ||
		    (rc = izp_query(req, STMT_BSN_CHECKS, NULL, 0,
		    &s->bsn_checks)) != DB_OK)
			return rc;
		return audit_write(req, db, "success");
	}
	if (s->for_parents) {
		if ((rc = izp_query(req, STMT_CHILD, &patient, 1, &s->child))
		    != DB_OK)
			return rc;
		if (s->child.nrows == 0)
			return izp_fail(req, 404, "Dit kind bestaat niet.");
	}
	if ((rc = izp_query(req, STMT_SEARCH, args, sizeof(args) /
	    sizeof(args[0]), &s->events)) != DB_OK)
		return rc;
	/* Do not log the search as a search of the events it just read. */
	return audit_write(req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct search s = { .req = req };
	xmlNodePtr root, list;
	size_t i;
	int rc, errors;

	izp_audit_set(req, AUDIT_SEARCH, 0, "audit_log", 0);
	if (!izp_role_in(req, privacy_officers))
		return izp_fail(req, 403, "Alleen de privacyfunctionaris kan het "
		    "logboek inzien.");
	if (req->view_name != NULL && strcmp(req->view_name, "noodtoegang")
	    == 0) {
		s.emergencies = 1;
		req->audit.object_type = "emergency_access";
		if ((rc = db_transaction(req->db, run_search, &s)) != 0)
			return rc;
		root = izp_page(req, "emergency-review");
		list = xml_child(root, "emergencies");
		for (i = 0; i < s.events.nrows; i++)
			xml_rows(list, "emergency-access", &s.events, i);
		list = xml_child(root, "bsn-checks");
		for (i = 0; i < s.bsn_checks.nrows; i++)
			xml_rows(list, "bsn-check", &s.bsn_checks, i);
		return 200;
	}
	if ((errors = form_read(&req->arena, &req->query, fields, F__MAX,
	    s.v)) < 0)
		return 503;
	if (req->path_id > 0) {
		/* /privacy/kinderen/{id}/inzage: the overview for the parents */
		s.for_parents = 1;
		s.v[F_PATIENT].present = 1;
		s.v[F_PATIENT].id = req->path_id;
	}
	if (s.v[F_FROM].present && s.v[F_TO].present && s.v[F_FROM].error ==
	    NULL && s.v[F_TO].error == NULL &&
	    date_compare(&s.v[F_FROM].date, &s.v[F_TO].date) > 0) {
		form_set_error(&s.v[F_TO], "De einddatum ligt vóór de begindatum.");
		errors++;
	}
	if (errors == 0) {
		req->audit.patient_id = s.v[F_PATIENT].present ?
		    s.v[F_PATIENT].id : 0;
		if ((rc = db_transaction(req->db, run_search, &s)) != 0)
			return rc;
		root = izp_page(req, s.for_parents ? "access-overview" :
		    "audit-log");
		xml_rows(root, "child", &s.child, 0);
		list = xml_child(root, "events");
		xml_attr_int(list, "count", (long long)s.events.nrows);
		for (i = 0; i < s.events.nrows; i++)
			xml_rows(list, "event", &s.events, i);
	} else
		root = izp_page(req, "audit-log");
	if (!s.for_parents)
		xml_attr(form_xml(req, root, "audit-search", "/privacy/logboek",
		    fields, F__MAX, s.v), "method", "get");
	return errors > 0 ? 400 : 200;
}

IZP_PROGRAM("audit-log", "audit", "GET", handle)
