/*
 * Hoofddoel van het medisch beleid: what the care for this child aims at
 * (curative, life-prolonging, symptom relief only, or not yet known), as
 * the Dutch ACP guide records it.  Medical policy, so only the
 * hoofdbehandelaar sets it; each change is a new version of the plan, so
 * the history keeps every earlier goal.  It is the Goal the FHIR API gives
 * and the spoedoverzicht shows.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_GOAL,
	F_ON,
	F_NOTE,
	F__MAX
};

static const struct field_choice goals[] = {
	{ "curatief", "Curatief: gericht op genezing" },
	{ "levensverlengend", "Levensverlengend, met behandeling van "
	    "klachten" },
	{ "symptoomgericht", "Alleen gericht op het verlichten van klachten" },
	{ "onbekend", "Nog niet bekend" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_GOAL] = { "policy_goal", "Hoofddoel van het medisch beleid",
	    FIELD_ENUM, 1, 20, goals, NULL },
	[F_ON] = { "policy_goal_on", "Besproken op", FIELD_DATE, 1, 10, NULL,
	    NULL },
	[F_NOTE] = { "policy_goal_note", "Toelichting", FIELD_MEMO, 0, 1000,
	    NULL, NULL },
};

enum stmt {
	STMT_PLAN,
	STMT_CHILD,
	STMT_SET,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_SET] = "UPDATE care_plans SET policy_goal = ?, "
	    "policy_goal_on = ?, policy_goal_note = ?, version = version + 1, "
	    "changed_by = ?, change_reason = 'Hoofddoel medisch beleid "
	    "vastgelegd', request_id = ? WHERE id = ?",
};

struct setting {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 plan, child;
	int			 write;
};

/*
 * The newest discussion is the policy: a date before the child's birth or
 * before the goal already recorded cannot replace it.
 */
static int
check_date(struct setting *s)
{
	const char *birth = db_cell_named(&s->child, 0, "birth_date");
	const char *now = db_cell_named(&s->plan, 0, "policy_goal_on");
	const char *on = s->v[F_ON].iso;

	if (birth != NULL && strcmp(on, birth) < 0) {
		form_set_error(&s->v[F_ON], "Die datum ligt vóór de geboorte "
		    "van het kind.");
		return 400;
	}
	if (now != NULL && strcmp(on, now) < 0) {
		form_set_error(&s->v[F_ON], arena_printf(&s->req->arena,
		    "Het vastgelegde hoofddoel is besproken op %.2s-%.2s-%.4s; "
		    "een eerdere bespreking kan het niet vervangen.", now + 8,
		    now + 5, now));
		return 400;
	}
	return 0;
}

static int
set_goal(struct db *db, void *arg)
{
	struct setting *s = arg;
	struct izp_request *req = s->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	struct db_rows rows;
	int rc;

	if ((rc = plan_row_lock(req, req->path_id, PLAN_ANY_VERSION,
	    PLAN_HOOFDBEHANDELAAR, &plan)) != 0)
		return rc;
	if ((rc = izp_query(req, STMT_PLAN, &id, 1, &s->plan)) != DB_OK)
		return rc;
	id = DB_INT_ARG(plan.child_id);
	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &s->child)) != DB_OK)
		return rc;
	if (s->write && !plan.twin) {
		struct db_arg args[] = { DB_TEXT_ARG(s->v[F_GOAL].text),
		    DB_TEXT_ARG(s->v[F_ON].iso), form_arg(&s->v[F_NOTE]),
		    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->request_id),
		    DB_INT_ARG(plan.id) };

		if ((rc = check_date(s)) != 0)
			return rc;
		if ((rc = izp_query(req, STMT_SET, args, 6, &rows)) != DB_OK)
			return rc;
		if (rows.affected != 1)
			return DB_ERROR;	/* the row is locked */
	}
	if (!s->write && req->method == HTTP_POST)
		return 0;	/* a refused POST has its own audit row */
	return audit_write(req, db, "success");
}

static int
show_form(struct setting *s, int status)
{
	struct izp_request *req = s->req;
	xmlNodePtr root, form;
	int rc;

	s->write = 0;
	if ((rc = db_transaction(req->db, set_goal, s)) != 0)
		return rc;
	root = izp_page(req, "policy-goal-set");
	xml_rows(root, "child", &s->child, 0);
	xml_rows(root, "plan", &s->plan, 0);
	form = form_xml(req, root, "policy-goal-set", arena_printf(&req->arena,
	    "/izp/%lld/beleidsdoel", req->path_id), fields, F__MAX,
	    req->method == HTTP_POST ? s->v : NULL);
	if (req->method != HTTP_POST) {
		/* The form starts from what is recorded now. */
		form_set_value(form, "policy_goal", db_cell_named(&s->plan, 0,
		    "policy_goal"));
		form_set_value(form, "policy_goal_on", db_cell_named(&s->plan,
		    0, "policy_goal_on"));
		form_set_value(form, "policy_goal_note", db_cell_named(
		    &s->plan, 0, "policy_goal_note"));
	}
	return status;
}

static int
handle(struct izp_request *req)
{
	struct setting s = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_UPDATE : AUDIT_READ,
	    0, "care_plan", req->path_id);
	if (req->method != HTTP_POST)
		return show_form(&s, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    s.v)) < 0)
		return 503;
	errors += form_not_in_future(&s.v[F_ON], "Een bespreking in de "
	    "toekomst kan nog niet zijn vastgelegd.");
	if (errors > 0)
		return show_form(&s, 400);
	s.write = 1;
	if ((rc = db_transaction(req->db, set_goal, &s)) == 400)
		return show_form(&s, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/izp/%lld#beleid", req->path_id));
}

IZP_PROGRAM("policy-goal-set", "plan", "GET POST", handle)
