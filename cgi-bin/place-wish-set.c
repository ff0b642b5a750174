/*
 * Wens plaats van zorg / overlijden: where the child and the family wish
 * care to happen and where the child wishes to die, as last discussed.  A
 * new wish replaces the previous one of its kind (kept in the history).
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_KIND,
	F_PLACE,
	F_PLACE_OTHER,
	F_NOTE,
	F_DISCUSSED_ON,
	F__MAX
};

static const struct field_choice wish_kinds[] = {
	{ "zorg", "Plaats van zorg" },
	{ "overlijden", "Plaats van overlijden" },
	{ NULL, NULL }
};

static const struct field_choice places[] = {
	{ "thuis", "Thuis" },
	{ "ziekenhuis", "Ziekenhuis" },
	{ "hospice", "Hospice" },
	{ "kinderzorghuis", "Kinderzorghuis" },
	{ "anders", "Anders" },
	{ "onbekend", "Nog niet bekend" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_KIND] = { "kind", "Wens over", FIELD_ENUM, 1, 20, wish_kinds, NULL },
	[F_PLACE] = { "place", "Plaats", FIELD_ENUM, 1, 20, places, NULL },
	[F_PLACE_OTHER] = { "place_other", "Welke plaats", FIELD_TEXT, 0, 200,
	    NULL, "Verplicht bij 'Anders'." },
	[F_NOTE] = { "note", "Toelichting", FIELD_MEMO, 0, 1000, NULL, NULL },
	[F_DISCUSSED_ON] = { "discussed_on", "Besproken op", FIELD_DATE, 1, 10,
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
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("place_wishes"),
	[STMT_INSERT] = "INSERT INTO place_wishes (plan_id, kind, place, "
	    "place_other, note, discussed_on, created_by, created_at, "
	    "request_id) VALUES (?, ?, ?, ?, ?, ?, ?, NOW(3), ?)",
};

static int
check(struct field_value *v)
{
	int errors = form_not_in_future(&v[F_DISCUSSED_ON], "De datum ligt in "
	    "de toekomst.");

	if (v[F_PLACE].present && strcmp(v[F_PLACE].text, "anders") == 0 &&
	    !v[F_PLACE_OTHER].present) {
		form_set_error(&v[F_PLACE_OTHER], "Beschrijf de plaats.");
		errors++;
	}
	return errors;
}

static int
insert(struct izp_request *req, struct field_value *v, long long plan,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(plan), DB_TEXT_ARG(v[F_KIND].text),
	    DB_TEXT_ARG(v[F_PLACE].text), form_arg(&v[F_PLACE_OTHER]),
	    form_arg(&v[F_NOTE]), DB_TEXT_ARG(v[F_DISCUSSED_ON].iso),
	    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "place-wish-set",
	.action = "/izp/%lld/plaatswens",
	.object = "place_wish",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_TEAM,
	.anchor = "wensen",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("place-wish-set", "plan", spec)
