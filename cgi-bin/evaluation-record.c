/*
 * Vervolgen, part two: record an evaluation of a current plan.  When it was
 * held, who took part, what was said, and for every current agreement
 * whether it continues, will be amended or ends; and when the next
 * evaluation is.  Ending an agreement, moving the evaluation dates and the
 * evaluation itself are one transaction.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_HELD_ON,
	F_PARTICIPANTS,
	F_CHILD,
	F_CHILD_ABSENT_REASON,
	F_SUMMARY,
	F_NEXT_ON,
	F_SEEN,		/* the agreements the form showed, as "id.id.id" */
	F__FIXED	/* then one outcome field per current agreement */
};

static const struct field_def fixed_fields[F__FIXED] = {
	[F_HELD_ON] = { "held_on", "Datum van de evaluatie", FIELD_DATE, 1, 10,
	    NULL, NULL },
	[F_PARTICIPANTS] = { "participants", "Wie deden er mee?", FIELD_TEXT,
	    1, 1000, NULL, "Bijvoorbeeld: moeder, vader, Noor, kinderarts, "
	    "casemanager." },
	[F_CHILD] = CHILD_PARTICIPATED_FIELD,
	[F_CHILD_ABSENT_REASON] = CHILD_ABSENT_REASON_FIELD,
	[F_SUMMARY] = { "summary", "Wat is er besproken?", FIELD_MEMO, 0, 4000,
	    NULL, NULL },
	[F_NEXT_ON] = { "next_on", "Volgende evaluatie", FIELD_DATE, 1, 10,
	    NULL, NULL },
	[F_SEEN] = { "agreements_seen", "Afspraken", FIELD_TOKEN, 0, 2000, NULL,
	    NULL },
};

static const struct field_choice outcomes[] = {
	{ "voortzetten", "Voortzetten" },
	{ "aanpassen", "Aanpassen (daarna een nieuwe versie vastleggen)" },
	{ "afsluiten", "Afsluiten" },
	{ NULL, NULL }
};

enum stmt {
	STMT_PLAN,
	STMT_CHILD,
	STMT_AGREEMENTS,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT_OUTCOME,
	STMT_CLOSE_AGREEMENT,
	STMT_MOVE_AGREEMENT,
	STMT_MOVE_PLAN,
	STMT_LATEST,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN] = SQL_PLAN_BY_ID,
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_AGREEMENTS] = "SELECT id, activity, start_date FROM agreements "
	    "WHERE plan_id = ? AND status = 'actief' ORDER BY id FOR UPDATE",
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("evaluations"),
	[STMT_INSERT] = "INSERT INTO evaluations (plan_id, held_on, "
	    "participants, child_participated, child_absent_reason, summary, "
	    "next_on, created_by, created_at, request_id) VALUES (?, ?, ?, ?, "
	    "?, ?, ?, ?, NOW(3), ?)",
	[STMT_OUTCOME] = "INSERT INTO evaluation_outcomes (evaluation_id, "
	    "agreement_id, outcome) VALUES (?, ?, ?)",
	[STMT_CLOSE_AGREEMENT] = "UPDATE agreements SET status = 'afgesloten', "
	    "closed_on = ?, close_reason = ?, version = version + 1, "
	    "changed_by = ?, change_reason = 'Afgesloten bij evaluatie' "
	    "WHERE id = ? AND status = 'actief'",
	[STMT_MOVE_AGREEMENT] = "UPDATE agreements SET evaluate_on = ?, "
	    "version = version + 1, changed_by = ?, change_reason = ? "
	    "WHERE id = ? AND status = 'actief'",
	[STMT_MOVE_PLAN] = "UPDATE care_plans SET evaluate_on = ?, "
	    "version = version + 1, changed_by = ?, "
	    "change_reason = 'Evaluatie gehouden' WHERE id = ?",
	/* The newest evaluation held so far (the plan is locked). */
	[STMT_LATEST] = "SELECT DATE_FORMAT(MAX(held_on), '%Y-%m-%d') "
	    "FROM evaluations WHERE plan_id = ?",
};

struct evaluation {
	struct izp_request	*req;
	struct db_rows		 plan, child, agreements;
	const char		*current;	/* agreements now, "id.id" */
	struct field_def	*fields;	/* fixed, then per agreement */
	struct field_value	*v;
	size_t			 nfields;
	int			 write;
	int			 changed;	/* agreements differ from form */
	int			 saved;		/* this form was stored before */
};

/* The ids of the current agreements as "id.id.id" (no agreements: ""). */
static const char *
id_list(struct arena *a, const struct db_rows *rows)
{
	const char *list = "";
	size_t i;

	for (i = 0; list != NULL && i < rows->nrows; i++)
		list = arena_printf(a, "%s%s%s", list, i ? "." : "",
		    db_cell(rows, i, 0));
	return list;
}

static int
evaluate(struct db *db, void *arg)
{
	struct evaluation *e = arg;
	struct izp_request *req = e->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	struct db_rows rows;
	long long earlier, created;
	size_t i;
	int rc;

	if ((rc = plan_lock(req, req->path_id, PLAN_ANY_VERSION, PLAN_TEAM,
	    &plan)) != 0)
		return rc;
	if (req->method == HTTP_POST) {	/* a resent form: done already */
		if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &earlier)) !=
		    DB_OK)
			return rc;
		if ((e->saved = earlier != 0))
			return 0;
	}
	if (strcmp(plan.status, "actueel") != 0)
		return izp_fail(req, 409, "Een concept-IZP wordt nog niet "
		    "geëvalueerd. Maak het eerst actueel.");
	if ((rc = izp_query(req, STMT_PLAN, &id, 1, &e->plan)) != DB_OK)
		return rc;
	if ((rc = izp_query(req, STMT_AGREEMENTS, &id, 1, &e->agreements)) !=
	    DB_OK)
		return rc;
	if ((e->current = id_list(&req->arena, &e->agreements)) == NULL)
		return DB_ERROR;
	/* The form showed one outcome per agreement; are they still those? */
	if (e->write && strcmp(e->current, e->v[F_SEEN].text) != 0) {
		e->changed = 1;
		return 409;	/* the form is shown again, refreshed */
	}
	id = DB_INT_ARG(plan.child_id);
	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &e->child)) != DB_OK)
		return rc;
	if (!e->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	if (strncmp(e->v[F_HELD_ON].iso, plan.created_at, 10) < 0) {
		form_set_error(&e->v[F_HELD_ON], "Toen bestond dit IZP nog "
		    "niet.");
		return 400;
	}
	/* An evaluation sets the next dates of the plan and its agreements;
	 * one held before the newest would set them back. */
	id = DB_INT_ARG(plan.id);
	if ((rc = izp_query(req, STMT_LATEST, &id, 1, &rows)) != DB_OK)
		return rc;
	if (db_cell(&rows, 0, 0) != NULL &&
	    strcmp(e->v[F_HELD_ON].iso, db_cell(&rows, 0, 0)) < 0) {
		const char *latest = db_cell(&rows, 0, 0);

		form_set_error(&e->v[F_HELD_ON], arena_printf(&req->arena,
		    "Er is al een latere evaluatie vastgelegd (%.2s-%.2s-%.4s). "
		    "Een eerdere zou de volgende evaluatiedata van het plan en "
		    "de afspraken terugzetten; noem haar in de samenvatting "
		    "van een nieuwe evaluatie.", latest + 8, latest + 5,
		    latest));
		return 400;
	}
	{
		struct field_value *v = e->v;
		struct db_arg args[] = { DB_INT_ARG(plan.id),
		    DB_TEXT_ARG(v[F_HELD_ON].iso),
		    DB_TEXT_ARG(v[F_PARTICIPANTS].text),
		    DB_TEXT_ARG(v[F_CHILD].text),
		    form_arg(&v[F_CHILD_ABSENT_REASON]), form_arg(&v[F_SUMMARY]),
		    DB_TEXT_ARG(v[F_NEXT_ON].iso), DB_INT_ARG(req->user.id),
		    DB_TEXT_ARG(req->request_id) };

		if ((rc = izp_query(req, STMT_INSERT, args, sizeof(args) /
		    sizeof(args[0]), &rows)) != DB_OK)
			return rc;
		created = (long long)rows.insert_id;
	}
	for (i = 0; i < e->agreements.nrows; i++) {
		const struct field_value *outcome = &e->v[F__FIXED + i];
		long long agreement = strtoll(db_cell(&e->agreements, i, 0),
		    NULL, 10);
		struct db_arg record[] = { DB_INT_ARG(created),
		    DB_INT_ARG(agreement), DB_TEXT_ARG(outcome->text) };

		if ((rc = izp_query(req, STMT_OUTCOME, record, 3, &rows)) !=
		    DB_OK)
			return rc;
		if (strcmp(outcome->text, "afsluiten") == 0) {
			struct db_arg args[] = {
			    DB_TEXT_ARG(e->v[F_HELD_ON].iso),
			    DB_TEXT_ARG(arena_printf(&req->arena, "Besloten bij "
			    "de evaluatie van %02d-%02d-%04d.",
			    e->v[F_HELD_ON].date.day, e->v[F_HELD_ON].date.month,
			    e->v[F_HELD_ON].date.year)),
			    DB_INT_ARG(req->user.id), DB_INT_ARG(agreement) };

			rc = izp_query(req, STMT_CLOSE_AGREEMENT, args, 4,
			    &rows);
		} else {
			struct db_arg args[] = {
			    DB_TEXT_ARG(e->v[F_NEXT_ON].iso),
			    DB_INT_ARG(req->user.id),
			    DB_TEXT_ARG(strcmp(outcome->text, "aanpassen") == 0 ?
			    "Evaluatie: aanpassen besloten" :
			    "Evaluatie: voortzetten"), DB_INT_ARG(agreement) };

			rc = izp_query(req, STMT_MOVE_AGREEMENT, args, 4, &rows);
		}
		if (rc != DB_OK)
			return rc;
		if (rows.affected != 1)
			return DB_ERROR;	/* locked above: cannot happen */
	}
	{
		struct db_arg args[] = { DB_TEXT_ARG(e->v[F_NEXT_ON].iso),
		    DB_INT_ARG(req->user.id), DB_INT_ARG(plan.id) };

		if ((rc = izp_query(req, STMT_MOVE_PLAN, args, 3, &rows)) !=
		    DB_OK)
			return rc;
	}
	req->audit.object_id = created;
	return audit_write(req, db, "success");
}

/* The form's fields: the fixed ones and an outcome per current agreement. */
static int
build_fields(struct evaluation *e)
{
	struct arena *a = &e->req->arena;
	size_t i;

	e->nfields = F__FIXED + e->agreements.nrows;
	if ((e->fields = arena_alloc(a, e->nfields * sizeof(*e->fields))) ==
	    NULL || (e->v = arena_alloc(a, e->nfields * sizeof(*e->v))) ==
	    NULL)
		return -1;
	memcpy(e->fields, fixed_fields, sizeof(fixed_fields));
	memset(e->v, 0, e->nfields * sizeof(*e->v));
	for (i = 0; i < e->agreements.nrows; i++) {
		struct field_def *f = &e->fields[F__FIXED + i];

		*f = (struct field_def){ arena_printf(a, "outcome_%s",
		    db_cell(&e->agreements, i, 0)), db_cell(&e->agreements, i,
		    1), FIELD_ENUM, 1, 20, outcomes, NULL };
		if (f->name == NULL)
			return -1;
	}
	return 0;
}

/* Reads the posted form against the current fields; returns the errors. */
static int
read_form(struct evaluation *e)
{
	struct field_value *v;
	struct date today = date_today();
	int errors;
	size_t i;

	if (build_fields(e) != 0 || (errors = form_read(&e->req->arena,
	    &e->req->form, e->fields, e->nfields, e->v)) < 0)
		return -1;
	v = e->v;
	errors += form_not_in_future(&v[F_HELD_ON], "De evaluatie kan niet in "
	    "de toekomst zijn gehouden.");
	errors += form_check_participation(&v[F_CHILD],
	    &v[F_CHILD_ABSENT_REASON]);
	if (v[F_HELD_ON].present && v[F_HELD_ON].error == NULL &&
	    v[F_NEXT_ON].present && v[F_NEXT_ON].error == NULL) {
		if (date_compare(&v[F_NEXT_ON].date, &v[F_HELD_ON].date) <= 0) {
			form_set_error(&v[F_NEXT_ON], "De volgende evaluatie moet "
			    "na deze evaluatie liggen.");
			errors++;
		} else if (date_compare(&v[F_NEXT_ON].date, &today) < 0) {
			form_set_error(&v[F_NEXT_ON], "De volgende evaluatie "
			    "ligt in het verleden.");
			errors++;
		}
	}
	for (i = 0; v[F_HELD_ON].present && v[F_HELD_ON].error == NULL &&
	    i < e->agreements.nrows; i++) {
		struct field_value *outcome = &v[F__FIXED + i];

		if (outcome->present && outcome->error == NULL &&
		    strcmp(outcome->text, "afsluiten") == 0 &&
		    strcmp(v[F_HELD_ON].iso, db_cell(&e->agreements, i, 2)) <
		    0) {
			form_set_error(outcome, "Deze afspraak ging pas na de "
			    "evaluatie in en kan daarom niet per die datum "
			    "worden afgesloten.");
			errors++;
		}
	}
	return errors;
}

static int
show_form(struct evaluation *e, int status)
{
	struct izp_request *req = e->req;
	xmlNodePtr root, form;
	int rc;

	e->write = 0;
	if ((rc = db_transaction(req->db, evaluate, e)) != 0)
		return rc;
	if (e->saved)	/* stored meanwhile by a resend of this form */
		return izp_redirect(req, arena_printf(&req->arena,
		    "/izp/%lld#evaluaties", req->path_id));
	if (req->method == HTTP_POST) {
		/* After a 409 the agreements changed: read against the new. */
		if (e->changed && read_form(e) < 0)
			return 503;
	} else if (build_fields(e) != 0)
		return 503;
	root = izp_page(req, "evaluation-record");
	xml_rows(root, "child", &e->child, 0);
	xml_rows(root, "plan", &e->plan, 0);
	if (e->changed)
		xml_attr(xml_child(root, "notice"), "code", "plan-changed");
	form = form_xml(req, root, "evaluation-record", arena_printf(
	    &req->arena, "/izp/%lld/evaluaties/nieuw", req->path_id), e->fields,
	    e->nfields, req->method == HTTP_POST ? e->v : NULL);
	form_set_value(form, "agreements_seen", e->current);
	if (req->method != HTTP_POST) {
		struct date today = date_today();

		form_set_value(form, "held_on", arena_printf(&req->arena,
		    "%04d-%02d-%02d", today.year, today.month, today.day));
	}
	return status;
}

static int
handle(struct izp_request *req)
{
	struct evaluation e = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_CREATE : AUDIT_READ,
	    0, "evaluation", 0);
	if (req->method != HTTP_POST)
		return show_form(&e, 200);
	/* The outcome fields follow the agreements current now. */
	if ((rc = db_transaction(req->db, evaluate, &e)) != 0)
		return rc;
	if (e.saved)
		return izp_redirect(req, arena_printf(&req->arena,
		    "/izp/%lld#evaluaties", req->path_id));
	if ((errors = read_form(&e)) < 0)
		return 503;
	if (e.v[F_SEEN].error == NULL && strcmp(e.current, e.v[F_SEEN].text) !=
	    0) {
		e.changed = 1;
		return show_form(&e, 409);
	}
	if (errors > 0)
		return show_form(&e, 400);
	e.write = 1;
	rc = db_transaction(req->db, evaluate, &e);
	if ((rc == 409 && e.changed) || rc == 400)
		return show_form(&e, rc);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/izp/%lld#evaluaties", req->path_id));
}

IZP_PROGRAM("evaluation-record", "plan", "GET POST", handle)
