/*
 * Nazorg vastleggen: after the child died and the plan was closed for
 * that reason, the casemanager arranges bereavement care for the family,
 * as the guideline asks.  Who contacts the family, when, and what was
 * agreed; by the hoofdbehandelaar or the casemanager of the closed plan.
 * The only thing a closed plan still takes.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_CONTACT_BY,
	F_CONTACT_ON,
	F_AGREED,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_CONTACT_BY] = { "contact_by", "Wie neemt contact op met het gezin?",
	    FIELD_TEXT, 1, 200, NULL, "Bijvoorbeeld: Mirjam Model, "
	    "casemanager; of de huisarts." },
	[F_CONTACT_ON] = { "contact_on", "Wanneer", FIELD_DATE, 1, 10, NULL,
	    "De datum van het (geplande) contact." },
	[F_AGREED] = { "agreed", "Wat is afgesproken?", FIELD_MEMO, 1, 2000,
	    NULL, "Bijvoorbeeld: nagesprek over de laatste dagen, aandacht "
	    "voor broers en zussen, verwijzing naar rouwbegeleiding." },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_CLOSED_ON,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("aftercare"),
	[STMT_CLOSED_ON] = "SELECT closed_on FROM care_plans WHERE id = ?",
	[STMT_INSERT] = "INSERT INTO aftercare (plan_id, contact_by, "
	    "contact_on, agreed, created_by, created_at, request_id) "
	    "VALUES (?, ?, ?, ?, ?, NOW(3), ?)",
};

/* Aftercare follows the death: not dated before the plan was closed. */
static int
insert(struct izp_request *req, struct field_value *v, long long plan,
    long long *id)
{
	struct db_arg p = DB_INT_ARG(plan);
	struct db_arg args[] = { p, DB_TEXT_ARG(v[F_CONTACT_BY].text),
	    DB_TEXT_ARG(v[F_CONTACT_ON].iso), DB_TEXT_ARG(v[F_AGREED].text),
	    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->request_id) };
	struct db_rows rows;
	int rc;

	if ((rc = izp_query(req, STMT_CLOSED_ON, &p, 1, &rows)) != DB_OK)
		return rc;
	if (rows.nrows == 1 && db_cell(&rows, 0, 0) != NULL &&
	    strcmp(v[F_CONTACT_ON].iso, db_cell(&rows, 0, 0)) < 0) {
		form_set_error(&v[F_CONTACT_ON], "Die datum ligt vóór het "
		    "overlijden, toen het IZP werd afgesloten.");
		return 400;
	}
	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "aftercare-create",
	.action = "/izp/%lld/nazorg/nieuw",
	.object = "aftercare",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_AFTERCARE,
	.anchor = "nazorg",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("aftercare-create", "plan", spec)
