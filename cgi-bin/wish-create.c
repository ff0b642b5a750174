/*
 * Waarden, wensen en behoeften: what matters to the child and the family,
 * per dimension (physical, psychological, social, spiritual, pedagogical /
 * development); goals are linked to them in words.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_DIMENSION,
	F_KIND,
	F_DESCRIPTION,
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
	{ "waarde", "Waarde" },
	{ "wens", "Wens" },
	{ "behoefte", "Behoefte" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_DIMENSION] = { "dimension", "Gebied", FIELD_ENUM, 1, 20, dimensions,
	    NULL },
	[F_KIND] = { "kind", "Soort", FIELD_ENUM, 1, 10, kinds, NULL },
	[F_DESCRIPTION] = { "description", "Omschrijving", FIELD_MEMO, 1, 2000,
	    NULL, "In de woorden van het kind en de ouders." },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("wishes"),
	[STMT_INSERT] = "INSERT INTO wishes (plan_id, dimension, kind, "
	    "description, created_by, created_at, changed_by, "
	    "change_reason, request_id) VALUES (?, ?, ?, ?, ?, "
	    "NOW(3), ?, 'Vastgelegd', ?)",
};

static int
insert(struct izp_request *req, struct field_value *v, long long owner,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(owner),
	    DB_TEXT_ARG(v[F_DIMENSION].text),
	    DB_TEXT_ARG(v[F_KIND].text), DB_TEXT_ARG(v[F_DESCRIPTION].text),
	    DB_INT_ARG(req->user.id), DB_INT_ARG(req->user.id),
	    DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "wish-create",
	.action = "/izp/%lld/wensen/nieuw",
	.object = "wish",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_TEAM,
	.anchor = "waarden",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("wish-create", "plan", spec)
