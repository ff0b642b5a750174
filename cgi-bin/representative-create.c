/*
 * Vertegenwoordiger toevoegen: a parent, guardian or other contact of the
 * child (zib Contactpersoon) with how to reach them; whether they have
 * parental authority decides whether they may agree for the child.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_NAME,
	F_RELATION,
	F_AUTHORITY,
	F_PHONE,
	F_PHONE_OTHER,
	F_EMAIL,
	F_NOTE,
	F__MAX
};

static const struct field_choice relations[] = {
	{ "moeder", "Moeder" },
	{ "vader", "Vader" },
	{ "ouder", "Ouder" },
	{ "voogd", "Voogd" },
	{ "overig", "Andere contactpersoon" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_NAME] = { "name", "Naam", FIELD_TEXT, 1, 200, NULL, NULL },
	[F_RELATION] = { "relation", "Relatie tot het kind", FIELD_ENUM, 1, 10,
	    relations, NULL },
	[F_AUTHORITY] = { "has_authority", "Heeft het gezag (wettelijk "
	    "vertegenwoordiger)", FIELD_CHECK, 0, 2, NULL, NULL },
	[F_PHONE] = { "phone", "Telefoon", FIELD_TEXT, 1, 50, NULL,
	    "Het nummer waarop deze persoon dag en nacht bereikbaar is." },
	[F_PHONE_OTHER] = { "phone_other", "Ander telefoonnummer", FIELD_TEXT,
	    0, 50, NULL, NULL },
	[F_EMAIL] = { "email", "E-mail", FIELD_TEXT, 0, 200, NULL, NULL },
	[F_NOTE] = { "note", "Opmerking", FIELD_MEMO, 0, 1000, NULL, NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("representatives"),
	[STMT_INSERT] = "INSERT INTO representatives (child_id, name, "
	    "relation, has_authority, phone, phone_other, email, note, "
	    "created_by, created_at, changed_by, change_reason, request_id) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3), ?, "
	    "'Vertegenwoordiger toegevoegd', ?)",
};

static int
check(struct field_value *v)
{
	int errors = 0;

	if (v[F_PHONE].present && !valid_phone(v[F_PHONE].text)) {
		form_set_error(&v[F_PHONE], "Geen geldig telefoonnummer.");
		errors++;
	}
	if (v[F_PHONE_OTHER].present && !valid_phone(v[F_PHONE_OTHER].text)) {
		form_set_error(&v[F_PHONE_OTHER], "Geen geldig telefoonnummer.");
		errors++;
	}
	if (v[F_EMAIL].present && !valid_email(v[F_EMAIL].text)) {
		form_set_error(&v[F_EMAIL], "Geen geldig e-mailadres.");
		errors++;
	}
	return errors;
}

static int
insert(struct izp_request *req, struct field_value *v, long long child,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(child), DB_TEXT_ARG(v[F_NAME].text),
	    DB_TEXT_ARG(v[F_RELATION].text), DB_INT_ARG(v[F_AUTHORITY].present),
	    DB_TEXT_ARG(v[F_PHONE].text), form_arg(&v[F_PHONE_OTHER]),
	    form_arg(&v[F_EMAIL]), form_arg(&v[F_NOTE]),
	    DB_INT_ARG(req->user.id), DB_INT_ARG(req->user.id),
	    DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "representative-create",
	.action = "/kinderen/%lld/vertegenwoordigers/nieuw",
	.object = "representative",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 1,
	.editors = PLAN_TEAM,
	.anchor = "vertegenwoordigers",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("representative-create", "plan", spec)
