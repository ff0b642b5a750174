/*
 * Problemen: current and expected problems per dimension, with the action
 * to take, who takes it (actiehouder) and when it is evaluated.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_DIMENSION,
	F_KIND,
	F_DESCRIPTION,
	F_ACTION,
	F_HOLDER,
	F_EVALUATE,
	F__MAX
};

static const struct field_choice dimensions[] = {
	{ "lichamelijk", "Lichamelijk" },
	{ "psychisch", "Psychisch" },
	{ "sociaal", "Sociaal" },
	{ "spiritueel", "Spiritueel" },
	{ "pedagogisch", "Pedagogisch / ontwikkeling" },
	{ NULL, NULL }
};

static const struct field_choice kinds[] = {
	{ "actueel", "Actueel probleem" },
	{ "verwacht", "Verwacht probleem" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_DIMENSION] = { "dimension", "Gebied", FIELD_ENUM, 1, 20, dimensions,
	    NULL },
	[F_KIND] = { "kind", "Soort", FIELD_ENUM, 1, 10, kinds, NULL },
	[F_DESCRIPTION] = { "description", "Probleem", FIELD_MEMO, 1, 2000,
	    NULL, NULL },
	[F_ACTION] = { "action", "Wat doen we eraan", FIELD_MEMO, 1, 2000,
	    NULL, NULL },
	[F_HOLDER] = { "action_holder", "Actiehouder", FIELD_TEXT, 1, 200,
	    NULL, NULL },
	[F_EVALUATE] = { "evaluate_on", "Evalueren op", FIELD_DATE, 0, 10,
	    NULL, NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("problems"),
	[STMT_INSERT] = "INSERT INTO problems (plan_id, dimension, kind, "
	    "description, action, action_holder, evaluate_on, "
	    "created_by, created_at, changed_by, change_reason, "
	    "request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(3), ?, "
	    "'Vastgelegd', ?)",
};

static int
check(struct field_value *v)
{
	struct date today = date_today();

	if (v[F_EVALUATE].present && v[F_EVALUATE].error == NULL &&
	    date_compare(&v[F_EVALUATE].date, &today) < 0) {
		form_set_error(&v[F_EVALUATE],
	    "De datum ligt in het verleden.");
		return 1;
	}
	return 0;
}

static int
insert(struct izp_request *req, struct field_value *v, long long owner,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(owner),
	    DB_TEXT_ARG(v[F_DIMENSION].text),
	    DB_TEXT_ARG(v[F_KIND].text), DB_TEXT_ARG(v[F_DESCRIPTION].text),
	    DB_TEXT_ARG(v[F_ACTION].text), DB_TEXT_ARG(v[F_HOLDER].text),
	    form_arg(&v[F_EVALUATE]), DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "problem-create",
	.action = "/izp/%lld/problemen/nieuw",
	.object = "problem",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_TEAM,
	.anchor = "problemen",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("problem-create", "plan", spec)
