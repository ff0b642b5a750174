/*
 * Volgende stap vastleggen: "always think two steps ahead".  Every current
 * plan has a next step, with who takes it and by when; a new one replaces
 * the previous (which stays in the history).  The overview and the
 * worklists flag a plan without one.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_DESCRIPTION,
	F_ACTOR,
	F_DUE_ON,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_DESCRIPTION] = { "description", "Volgende stap", FIELD_MEMO, 1,
	    1000, NULL, "Bijvoorbeeld: 'Gesprek over plaats van overlijden "
	    "met ouders en huisarts.'" },
	[F_ACTOR] = { "actor", "Wie zet die stap", FIELD_TEXT, 1, 200, NULL,
	    NULL },
	[F_DUE_ON] = { "due_on", "Uiterlijk op", FIELD_DATE, 0, 10, NULL, NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("next_steps"),
	[STMT_INSERT] = "INSERT INTO next_steps (plan_id, description, actor, "
	    "due_on, created_by, created_at, request_id) "
	    "VALUES (?, ?, ?, ?, ?, NOW(3), ?)",
};

static int
check(struct field_value *v)
{
	struct date today = date_today();

	if (v[F_DUE_ON].present && v[F_DUE_ON].error == NULL &&
	    date_compare(&v[F_DUE_ON].date, &today) < 0) {
		form_set_error(&v[F_DUE_ON], "De datum ligt in het verleden.");
		return 1;
	}
	return 0;
}

static int
insert(struct izp_request *req, struct field_value *v, long long plan,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(plan),
	    DB_TEXT_ARG(v[F_DESCRIPTION].text), DB_TEXT_ARG(v[F_ACTOR].text),
	    form_arg(&v[F_DUE_ON]), DB_INT_ARG(req->user.id),
	    DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "next-step-set",
	.action = "/izp/%lld/volgende-stap",
	.object = "next_step",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_TEAM,
	.anchor = "volgende-stap",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("next-step-set", "plan", spec)
