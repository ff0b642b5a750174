/*
 * ACP-gesprek vastleggen: advance care planning conversations are the basis
 * of the plan.  When, whether the child took part (the whole conversation,
 * part of it, or not, and why), who else, what was said and which goals,
 * agreements and limits came out of it.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_HELD_ON,
	F_CHILD,
	F_CHILD_ABSENT_REASON,
	F_PRESENT,
	F_SUMMARY,
	F_OUTCOME,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_HELD_ON] = { "held_on", "Datum", FIELD_DATE, 1, 10, NULL, NULL },
	[F_CHILD] = CHILD_PARTICIPATED_FIELD,
	[F_CHILD_ABSENT_REASON] = CHILD_ABSENT_REASON_FIELD,
	[F_PRESENT] = { "present", "Wie waren er verder bij", FIELD_TEXT, 1,
	    1000, NULL,
	    "Bijvoorbeeld: moeder, vader, kinderarts, casemanager." },
	[F_SUMMARY] = { "summary", "Samenvatting", FIELD_MEMO, 1, 4000, NULL,
	    NULL },
	[F_OUTCOME] = { "outcome", "Wat eruit kwam", FIELD_MEMO, 0, 2000, NULL,
	    "Welke doelen, afspraken of behandelgrenzen volgen uit dit "
	    "gesprek?" },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("acp_conversations"),
	[STMT_INSERT] = "INSERT INTO acp_conversations (plan_id, held_on, "
	    "child_participated, child_absent_reason, present, summary, "
	    "outcome, created_by, created_at, request_id) VALUES (?, ?, ?, "
	    "?, ?, ?, ?, ?, NOW(3), ?)",
};

static int
check(struct field_value *v)
{
	return form_not_in_future(&v[F_HELD_ON], "De datum ligt in de "
	    "toekomst.") + form_check_participation(&v[F_CHILD],
	    &v[F_CHILD_ABSENT_REASON]);
}

/* Held in the child's life, not before its birth. */
static int
check_with_child(struct izp_request *req, struct field_value *v,
    const struct db_rows *child)
{
	(void)req;
	return form_not_before_birth(&v[F_HELD_ON], child) ? 400 : 0;
}

static int
insert(struct izp_request *req, struct field_value *v, long long owner,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(owner),
	    DB_TEXT_ARG(v[F_HELD_ON].iso),
	    DB_TEXT_ARG(v[F_CHILD].text), form_arg(&v[F_CHILD_ABSENT_REASON]),
	    DB_TEXT_ARG(v[F_PRESENT].text),
	    DB_TEXT_ARG(v[F_SUMMARY].text), form_arg(&v[F_OUTCOME]),
	    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "acp-create",
	.action = "/izp/%lld/acp/nieuw",
	.object = "acp_conversation",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_TEAM,
	.anchor = "acp",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.check_with_child = check_with_child,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("acp-create", "plan", spec)
