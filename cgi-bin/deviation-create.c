/*
 * Afwijking van de richtlijn: what deviates, why, who decided and when; the
 * guideline requires it to be argued and documented.  By the
 * hoofdbehandelaar or the casemanager.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_WHAT,
	F_WHY,
	F_BY,
	F_ON,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_WHAT] = { "what", "Waarvan wordt afgeweken", FIELD_TEXT, 1, 1000,
	    NULL, NULL },
	[F_WHY] = { "why", "Waarom", FIELD_MEMO, 1, 2000, NULL, NULL },
	[F_BY] = { "decided_by", "Besloten door", FIELD_TEXT, 1, 200, NULL,
	    NULL },
	[F_ON] = { "decided_on", "Besloten op", FIELD_DATE, 1, 10, NULL,
	    NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("guideline_deviations"),
	[STMT_INSERT] = "INSERT INTO guideline_deviations (plan_id, what, "
	    "why, "
	    "decided_by, decided_on, created_by, created_at, "
	    "request_id) VALUES (?, ?, ?, ?, ?, ?, NOW(3), ?)",
};

static int
check(struct field_value *v)
{
	return form_not_in_future(&v[F_ON], "De datum ligt in de toekomst.");
}

static int
insert(struct izp_request *req, struct field_value *v, long long owner,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(owner),
	    DB_TEXT_ARG(v[F_WHAT].text),
	    DB_TEXT_ARG(v[F_WHY].text), DB_TEXT_ARG(v[F_BY].text),
	    DB_TEXT_ARG(v[F_ON].iso), DB_INT_ARG(req->user.id),
	    DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "deviation-create",
	.action = "/izp/%lld/afwijkingen/nieuw",
	.object = "guideline_deviation",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_RESPONSIBLE,
	.anchor = "afwijkingen",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("deviation-create", "plan", spec)
