/*
 * Stappenplan vastleggen: what to do, step by step and who acts, in a
 * crisis the team foresees (massive bleeding, acute suffocation,
 * refractory symptoms, a seizure, ...), and the sign that starts it.  A
 * step may give a medicine of the child's crisis medication.  Medical
 * policy, so by the hoofdbehandelaar or the casemanager.  Up to six steps,
 * in order.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

#define STEPS 6

enum field {
	F_SITUATION,
	F_SITUATION_OTHER,
	F_STARTS_WHEN,
	F_STEP,		/* then per step: action, actor, medication */
	F__MAX = F_STEP + 3 * STEPS
};

#define STEP_FIELDS(n) \
	[F_STEP + 3 * ((n) - 1)] = { "step_" #n, "Stap " #n ": wat te doen", \
	    FIELD_TEXT, (n) == 1, 1000, NULL, NULL }, \
	[F_STEP + 3 * ((n) - 1) + 1] = { "actor_" #n, "Stap " #n ": wie", \
	    FIELD_TEXT, (n) == 1, 200, NULL, NULL }, \
	[F_STEP + 3 * ((n) - 1) + 2] = { "medication_" #n, "Stap " #n \
	    ": crisismedicatie", FIELD_ID, 0, 12, NULL, (n) == 1 ? \
	    "Geeft deze stap een middel uit de crisismedicatie van het kind? " \
	    "Dosis, toediening en maximum staan dan bij de stap." : NULL }

static const struct field_def fields[F__MAX] = {
	[F_SITUATION] = { "situation", "Situatie", FIELD_ENUM, 1, 20,
	    crisis_situations, NULL },
	[F_SITUATION_OTHER] = { "situation_other", "Welke situatie",
	    FIELD_TEXT, 0, 200, NULL, "Verplicht bij 'Anders'." },
	[F_STARTS_WHEN] = { "starts_when", "Wanneer begint dit stappenplan?",
	    FIELD_TEXT, 1, 500, NULL, "Het teken waaraan ouders en "
	    "zorgverleners de crisis herkennen, bijvoorbeeld: insult langer "
	    "dan 5 minuten." },
	STEP_FIELDS(1), STEP_FIELDS(2), STEP_FIELDS(3), STEP_FIELDS(4),
	STEP_FIELDS(5), STEP_FIELDS(6),
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT_STEP,
	STMT_MEDICATIONS,
	STMT_MEDICATION_OK,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("crisis_plans"),
	[STMT_INSERT] = "INSERT INTO crisis_plans (plan_id, situation, "
	    "situation_other, starts_when, created_by, created_at, "
	    "changed_by, change_reason, request_id) VALUES (?, ?, ?, ?, ?, "
	    "NOW(3), ?, 'Stappenplan vastgelegd', ?)",
	[STMT_STEP] = "INSERT INTO crisis_steps "
	    "(crisis_plan_id, position, action, actor, medication_id) "
	    "VALUES (?, ?, ?, ?, ?)",
	/* The child's crisis medication a step may give. */
	[STMT_MEDICATIONS] = "SELECT id, CONCAT(medicine, ' ', dose, ' (', "
	    "IF(route = 'anders', route_other, route), ')') FROM "
	    "crisis_medications WHERE child_id = ? AND status = 'actief' "
	    "ORDER BY medicine, id",
	[STMT_MEDICATION_OK] = "SELECT id FROM crisis_medications "
	    "WHERE id = ? AND child_id = ? AND status = 'actief' "
	    "LOCK IN SHARE MODE",
};

/* Steps in order without gaps, each with who acts. */
static int
check(struct field_value *v)
{
	int errors = 0, gap = 0, i;

	if (v[F_SITUATION].present && strcmp(v[F_SITUATION].text, "anders") ==
	    0 && !v[F_SITUATION_OTHER].present) {
		form_set_error(&v[F_SITUATION_OTHER], "Beschrijf de situatie.");
		errors++;
	}
	for (i = 0; i < STEPS; i++) {
		struct field_value *action = &v[F_STEP + 3 * i];
		struct field_value *actor = action + 1;
		struct field_value *medication = action + 2;

		if (action->present && gap) {
			form_set_error(action, "Vul de stappen op volgorde in, "
			    "zonder een stap over te slaan.");
			errors++;
		} else if (action->present && !actor->present &&
		    actor->error == NULL) {
			form_set_error(actor, "Wie doet deze stap?");
			errors++;
		} else if (!action->present && actor->present &&
		    action->error == NULL) {
			form_set_error(action, "Wat moet er in deze stap "
			    "gebeuren?");
			errors++;
		}
		if (!action->present && medication->present &&
		    medication->error == NULL && action->error == NULL) {
			form_set_error(action, "Wat moet er in deze stap "
			    "gebeuren?");
			errors++;
		}
		if (!action->present)
			gap = 1;
	}
	return errors;
}

/* A step gives only a medicine of this child's crisis medication that is
 * still in force. */
static int
check_with_child(struct izp_request *req, struct field_value *v,
    const struct db_rows *child)
{
	struct db_rows rows;
	int errors = 0, i, rc;

	for (i = 0; i < STEPS; i++) {
		struct field_value *medication = &v[F_STEP + 3 * i + 2];
		struct db_arg args[] = { DB_INT_ARG(medication->id),
		    DB_TEXT_ARG(db_cell_named(child, 0, "id")) };

		if (!medication->present || medication->error != NULL)
			continue;
		if ((rc = izp_query(req, STMT_MEDICATION_OK, args, 2, &rows)) !=
		    DB_OK)
			return rc;
		if (rows.nrows == 0)
			form_set_error(medication, "Kies een middel uit de "
			    "crisismedicatie van dit kind die nog geldt."),
			    errors++;
	}
	return errors > 0 ? 400 : 0;
}

static int
insert(struct izp_request *req, struct field_value *v, long long plan,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(plan),
	    DB_TEXT_ARG(v[F_SITUATION].text),
	    form_arg(&v[F_SITUATION_OTHER]), DB_TEXT_ARG(v[F_STARTS_WHEN].text),
	    DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->request_id) };
	struct db_rows rows;
	int rc, i;

	if ((rc = entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id)) != 0)
		return rc;
	for (i = 0; i < STEPS && v[F_STEP + 3 * i].present; i++) {
		struct db_arg step[] = { DB_INT_ARG(*id), DB_INT_ARG(i + 1),
		    DB_TEXT_ARG(v[F_STEP + 3 * i].text),
		    DB_TEXT_ARG(v[F_STEP + 3 * i + 1].text),
		    v[F_STEP + 3 * i + 2].present ?
		    DB_INT_ARG(v[F_STEP + 3 * i + 2].id) : DB_NULL_ARG };

		if ((rc = izp_query(req, STMT_STEP, step, 5, &rows)) != DB_OK)
			return rc;
	}
	return 0;
}

static const struct entry_spec spec = {
	.page = "crisis-plan-create",
	.action = "/izp/%lld/stappenplannen/nieuw",
	.object = "crisis_plan",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_RESPONSIBLE,
	.anchor = "stappenplannen",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.check_with_child = check_with_child,
	.insert = insert,
	.choices_prefix = "medication_",
	.stmt_choices = STMT_MEDICATIONS,
};

IZP_ENTRY_PROGRAM("crisis-plan-create", "plan", spec)
