/*
 * Ending what the palliative part of the IZP holds: a treatment limit, an
 * advance directive, a representative, a crisis medicine, a crisis step
 * plan, a member of the treatment team, a value or wish, or a problem.
 * Nothing is edited in place; ending is an explicit act with a date and a
 * reason, by the people the rules name, based on the version the user
 * saw.  nginx says which kind (IZP_VIEW); the flow is the same for all.
 * What a step plan in force still gives (a crisis medicine) cannot end.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_ENDED_ON,
	F_REASON,
	F_VERSION,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_ENDED_ON] = { "ended_on", "Beëindigd op", FIELD_DATE, 1, 10, NULL,
	    NULL },
	[F_REASON] = { "end_reason", "Reden", FIELD_MEMO, 1, 1000, NULL,
	    "Waarom geldt dit niet meer? Dit blijft in de geschiedenis "
	    "zichtbaar." },
	[F_VERSION] = { "version", "Versie", FIELD_VERSION, 1, 12, NULL, NULL },
};

enum stmt {
	STMT_LIMIT,
	STMT_END_LIMIT,
	STMT_DIRECTIVE,
	STMT_END_DIRECTIVE,
	STMT_REPRESENTATIVE,
	STMT_END_REPRESENTATIVE,
	STMT_MEDICATION,
	STMT_END_MEDICATION,
	STMT_MEDICATION_IN_USE,
	STMT_CRISIS_PLAN,
	STMT_END_CRISIS_PLAN,
	STMT_TEAM_MEMBER,
	STMT_END_TEAM_MEMBER,
	STMT_TEAM_MEMBER_IN_USE,
	STMT_WISH,
	STMT_END_WISH,
	STMT_PROBLEM,
	STMT_END_PROBLEM,
	STMT_CHILD,
	STMT__MAX
};

/* Each kind's row: its owner (child or plan), status, version, and the day
 * it began, which it cannot end before. */
#define SQL_END(table) \
	"UPDATE " table " SET status = 'beeindigd', ended_on = ?, " \
	"end_reason = ?, version = version + 1, changed_by = ?, " \
	"change_reason = 'Beëindigd', request_id = ? " \
	"WHERE id = ? AND version = ?"

static const char *const sql[STMT__MAX] = {
	[STMT_LIMIT] = "SELECT id, request_id, changed_by, child_id AS owner, status, version, "
	    "discussed_on AS began_on, treatment, treatment_other, "
	    "ventilation_scope, decision, decision_detail "
	    "FROM treatment_limits WHERE id = ? FOR UPDATE",
	[STMT_END_LIMIT] = SQL_END("treatment_limits"),
	[STMT_DIRECTIVE] = "SELECT id, request_id, changed_by, child_id AS owner, status, version, "
	    "signed_on AS began_on, kind, kind_other FROM advance_directives "
	    "WHERE id = ? FOR UPDATE",
	[STMT_END_DIRECTIVE] = SQL_END("advance_directives"),
	[STMT_REPRESENTATIVE] = "SELECT id, request_id, changed_by, child_id AS owner, status, "
	    "version, DATE(created_at) AS began_on, name, relation "
	    "FROM representatives WHERE id = ? FOR UPDATE",
	[STMT_END_REPRESENTATIVE] = SQL_END("representatives"),
	[STMT_MEDICATION] = "SELECT id, request_id, changed_by, child_id AS owner, status, "
	    "version, prescribed_on AS began_on, medicine, dose "
	    "FROM crisis_medications WHERE id = ? FOR UPDATE",
	[STMT_END_MEDICATION] = SQL_END("crisis_medications"),
	/* A step plan in force that gives this medicine. */
	[STMT_MEDICATION_IN_USE] = "SELECT c.situation FROM crisis_steps s "
	    "JOIN crisis_plans c ON c.id = s.crisis_plan_id "
	    "WHERE s.medication_id = ? AND c.status = 'actief' LIMIT 1",
	[STMT_CRISIS_PLAN] = "SELECT id, request_id, changed_by, plan_id AS owner, status, version, "
	    "DATE(created_at) AS began_on, situation, situation_other "
	    "FROM crisis_plans WHERE id = ? FOR UPDATE",
	[STMT_END_CRISIS_PLAN] = SQL_END("crisis_plans"),
	[STMT_TEAM_MEMBER] = "SELECT id, request_id, changed_by, plan_id AS owner, status, version, "
	    "DATE(created_at) AS began_on, name, role FROM care_team "
	    "WHERE id = ? FOR UPDATE",
	[STMT_END_TEAM_MEMBER] = SQL_END("care_team"),
	/* A current agreement this member carries out. */
	[STMT_TEAM_MEMBER_IN_USE] = "SELECT id FROM agreements "
	    "WHERE performer_team_id = ? AND status = 'actief' LIMIT 1",
	[STMT_WISH] = "SELECT id, request_id, changed_by, plan_id AS owner, status, version, "
	    "DATE(created_at) AS began_on, description FROM wishes "
	    "WHERE id = ? FOR UPDATE",
	[STMT_END_WISH] = SQL_END("wishes"),
	[STMT_PROBLEM] = "SELECT id, request_id, changed_by, plan_id AS owner, status, version, "
	    "DATE(created_at) AS began_on, description FROM problems "
	    "WHERE id = ? FOR UPDATE",
	[STMT_END_PROBLEM] = SQL_END("problems"),
	[STMT_CHILD] = SQL_CHILD_BY_ID,
};

struct kind {
	const char		*view;		/* IZP_VIEW from nginx */
	const char		*path;		/* in the URL */
	const char		*object;	/* audit object type */
	const char		*unknown;	/* Dutch 404 */
	size_t			 row, end;
	int			 of_child;	/* else of a plan */
	enum plan_editors	 editors;
	const char		*anchor;	/* on the plan overview */
	size_t			 in_use;	/* rows: may not end yet */
	const char		*in_use_message;
	const char		*in_use_anchor;	/* where it is used */
};

static const struct kind kinds[] = {
	{ "limit", "behandelgrenzen", "treatment_limit",
	    "Deze behandelgrens bestaat niet.", STMT_LIMIT, STMT_END_LIMIT, 1,
	    PLAN_HOOFDBEHANDELAAR, "behandelgrenzen", 0, NULL, NULL },
	{ "directive", "wilsverklaringen", "advance_directive",
	    "Deze wilsverklaring bestaat niet.", STMT_DIRECTIVE,
	    STMT_END_DIRECTIVE, 1, PLAN_TEAM, "wilsverklaringen", 0, NULL,
	    NULL },
	{ "representative", "vertegenwoordigers", "representative",
	    "Deze vertegenwoordiger bestaat niet.", STMT_REPRESENTATIVE,
	    STMT_END_REPRESENTATIVE, 1, PLAN_TEAM, "vertegenwoordigers", 0,
	    NULL, NULL },
	{ "crisis-medication", "crisismedicatie", "crisis_medication",
	    "Deze crisismedicatie bestaat niet.", STMT_MEDICATION,
	    STMT_END_MEDICATION, 1, PLAN_HOOFDBEHANDELAAR, "crisismedicatie",
	    STMT_MEDICATION_IN_USE, "Een stappenplan dat geldt, geeft deze "
	    "medicatie. Beëindig of vervang eerst dat stappenplan, zodat "
	    "niemand in een crisis naar medicatie wordt verwezen die niet "
	    "meer geldt.", "stappenplannen" },
	{ "crisis-plan", "stappenplannen", "crisis_plan",
	    "Dit stappenplan bestaat niet.", STMT_CRISIS_PLAN,
	    STMT_END_CRISIS_PLAN, 0, PLAN_RESPONSIBLE, "stappenplannen", 0,
	    NULL, NULL },
	{ "team-member", "team", "care_team_member",
	    "Dit lid van het behandelteam bestaat niet.", STMT_TEAM_MEMBER,
	    STMT_END_TEAM_MEMBER, 0, PLAN_RESPONSIBLE, "team",
	    STMT_TEAM_MEMBER_IN_USE, "Deze persoon voert nog een lopende "
	    "afspraak uit. Pas die afspraak eerst aan of sluit haar af, zodat "
	    "niemand wacht op iemand die niet meer in het team is.",
	    "afspraken" },
	{ "wish", "wensen", "wish", "Deze wens bestaat niet.", STMT_WISH,
	    STMT_END_WISH, 0, PLAN_TEAM, "waarden", 0, NULL, NULL },
	{ "problem", "problemen", "problem", "Dit probleem bestaat niet.",
	    STMT_PROBLEM, STMT_END_PROBLEM, 0, PLAN_TEAM, "problemen", 0, NULL,
	    NULL },
};

struct ending {
	struct izp_request	*req;
	const struct kind	*kind;
	struct field_value	 v[F__MAX];
	struct db_rows		 item, child;
	long long		 plan_id;
	int			 write;
};

static int
end_item(struct db *db, void *arg)
{
	struct ending *e = arg;
	struct izp_request *req = e->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	struct db_rows rows;
	long long owner, version;
	int rc;

	if ((rc = izp_query(req, e->kind->row, &id, 1, &e->item)) != DB_OK)
		return rc;
	if (e->item.nrows == 0)
		return izp_fail(req, 404, e->kind->unknown);
	owner = strtoll(db_cell_named(&e->item, 0, "owner"), NULL, 10);
	if ((rc = e->kind->of_child ? child_plan_lock(req, owner,
	    e->kind->editors, &plan) : plan_lock(req, owner, PLAN_ANY_VERSION,
	    e->kind->editors, &plan)) != 0)
		return rc;
	e->plan_id = plan.id;
	if (izp_is_twin(req, &e->item))	/* a double click ended it */
		return 0;
	id = DB_INT_ARG(plan.child_id);
	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &e->child)) != DB_OK)
		return rc;
	req->error_link = arena_printf(&req->arena, "/izp/%lld#%s", plan.id,
	    e->kind->anchor);
	if (strcmp(db_cell_named(&e->item, 0, "status"), "actief") != 0)
		return izp_fail(req, 409, "Dit is al beëindigd. Er is niets "
		    "opgeslagen.");
	if (!e->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	version = strtoll(db_cell_named(&e->item, 0, "version"), NULL, 10);
	if (e->v[F_VERSION].id != version)
		return izp_fail(req, 409, "Iemand anders heeft dit intussen "
		    "gewijzigd. Er is niets opgeslagen; bekijk de huidige "
		    "stand.");
	if (e->kind->in_use_message != NULL) {
		id = DB_INT_ARG(req->path_id);
		if ((rc = izp_query(req, e->kind->in_use, &id, 1, &rows)) !=
		    DB_OK)
			return rc;
		if (rows.nrows > 0) {
			form_set_error_link(&e->v[F_REASON],
			    e->kind->in_use_message, arena_printf(&req->arena,
			    "/izp/%lld#%s", plan.id, e->kind->in_use_anchor),
			    "Bekijk waar het nog wordt gebruikt");
			return 400;
		}
	}
	if (strcmp(e->v[F_ENDED_ON].iso, db_cell_named(&e->item, 0,
	    "began_on")) < 0) {
		form_set_error(&e->v[F_ENDED_ON], "Deze datum ligt vóór het "
		    "begin.");
		return 400;
	}
	{
		struct db_arg args[] = { DB_TEXT_ARG(e->v[F_ENDED_ON].iso),
		    DB_TEXT_ARG(e->v[F_REASON].text), DB_INT_ARG(req->user.id),
		    DB_TEXT_ARG(req->request_id), DB_INT_ARG(req->path_id),
		    DB_INT_ARG(version) };

		if ((rc = izp_query(req, e->kind->end, args, 6, &rows)) !=
		    DB_OK)
			return rc;
	}
	if (rows.affected != 1)
		return DB_ERROR;	/* the row is locked: cannot happen */
	return audit_write(req, db, "success");
}

static int
show_form(struct ending *e, int status)
{
	struct izp_request *req = e->req;
	xmlNodePtr root, form;
	int rc;

	e->write = 0;
	if ((rc = db_transaction(req->db, end_item, e)) != 0)
		return rc;
	root = izp_page(req, "content-end");
	xml_rows(root, "child", &e->child, 0);
	xml_rows(root, "item", &e->item, 0);
	xml_attr(xmlGetLastChild(root), "kind", e->kind->view);
	form = form_xml(req, root, "content-end", arena_printf(&req->arena,
	    "/%s/%lld/beeindigen", e->kind->path, req->path_id), fields,
	    F__MAX, req->method == HTTP_POST ? e->v : NULL);
	xml_attr(form, "cancel", arena_printf(&req->arena, "/izp/%lld#%s",
	    e->plan_id, e->kind->anchor));
	if (req->method != HTTP_POST)	/* based on the version shown now */
		form_set_value(form, "version", db_cell_named(&e->item, 0,
		    "version"));
	return status;
}

static int
handle(struct izp_request *req)
{
	struct ending e = { .req = req };
	size_t i;
	int rc, errors;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (req->view_name != NULL &&
		    strcmp(req->view_name, kinds[i].view) == 0)
			e.kind = &kinds[i];
	if (e.kind == NULL)
		return izp_fail(req, 404, "Deze pagina bestaat niet.");
	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    0, e.kind->object, req->path_id);
	if (req->method != HTTP_POST)
		return show_form(&e, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    e.v)) < 0)
		return 503;
	errors += form_not_in_future(&e.v[F_ENDED_ON], "De datum ligt in de "
	    "toekomst.");
	if (errors > 0)
		return show_form(&e, 400);
	e.write = 1;
	if ((rc = db_transaction(req->db, end_item, &e)) == 400)
		return show_form(&e, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena, "/izp/%lld#%s",
	    e.plan_id, e.kind->anchor));
}

IZP_PROGRAM("content-end", "plan", "GET POST", handle)
