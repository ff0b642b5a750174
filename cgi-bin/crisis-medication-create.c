/*
 * Crisismedicatie vastleggen: a medicine the child may need in a crisis a
 * step plan foresees (buccal midazolam for a seizure, say): dose, route,
 * for which situation, when to give and repeat it, the maximum, and the
 * day it was prescribed.  Medical policy, so only the hoofdbehandelaar
 * records it, as the prescriber.  It belongs to the child, like the
 * treatment limits, and is ended, never edited.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_MEDICINE,
	F_DOSE,
	F_ROUTE,
	F_ROUTE_OTHER,
	F_SITUATION,
	F_SITUATION_OTHER,
	F_GIVE_WHEN,
	F_MAXIMUM,
	F_PRESCRIBED_ON,
	F__MAX
};

static const struct field_choice routes[] = {
	{ "buccaal", "In de wangzak (buccaal)" },
	{ "intranasaal", "In de neus (intranasaal)" },
	{ "rectaal", "Rectaal" },
	{ "oraal", "Via de mond (oraal)" },
	{ "sonde", "Via de sonde" },
	{ "subcutaan", "Onderhuids (subcutaan)" },
	{ "intraveneus", "Intraveneus" },
	{ "inhalatie", "Inhalatie" },
	{ "anders", "Anders" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_MEDICINE] = { "medicine", "Geneesmiddel", FIELD_TEXT, 1, 200, NULL,
	    "Bijvoorbeeld: midazolam." },
	[F_DOSE] = { "dose", "Dosis", FIELD_TEXT, 1, 100, NULL,
	    "Bijvoorbeeld: 5 mg." },
	[F_ROUTE] = { "route", "Toediening", FIELD_ENUM, 1, 20, routes, NULL },
	[F_ROUTE_OTHER] = { "route_other", "Welke toediening", FIELD_TEXT, 0,
	    100, NULL, "Verplicht bij 'Anders'." },
	[F_SITUATION] = { "situation", "Bij welke situatie", FIELD_ENUM, 1, 20,
	    crisis_situations, NULL },
	[F_SITUATION_OTHER] = { "situation_other", "Welke situatie",
	    FIELD_TEXT, 0, 200, NULL, "Verplicht bij 'Anders'." },
	[F_GIVE_WHEN] = { "give_when", "Wanneer geven en wanneer herhalen",
	    FIELD_TEXT, 1, 500, NULL, "Bijvoorbeeld: bij een insult langer dan "
	    "5 minuten; na 10 minuten eenmaal herhalen." },
	[F_MAXIMUM] = { "maximum", "Maximum", FIELD_TEXT, 1, 200, NULL,
	    "Bijvoorbeeld: 2 keer per 24 uur." },
	[F_PRESCRIBED_ON] = { "prescribed_on", "Voorgeschreven op", FIELD_DATE,
	    1, 10, NULL, NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("crisis_medications"),
	[STMT_INSERT] = "INSERT INTO crisis_medications (child_id, medicine, "
	    "dose, route, route_other, situation, situation_other, give_when, "
	    "maximum, prescribed_on, created_by, created_at, changed_by, "
	    "change_reason, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, NOW(3), ?, 'Crisismedicatie voorgeschreven', ?)",
};

/* "Anders" needs its words; a prescription is not dated ahead. */
static int
check(struct field_value *v)
{
	int errors = 0;

	if (v[F_ROUTE].present && strcmp(v[F_ROUTE].text, "anders") == 0 &&
	    !v[F_ROUTE_OTHER].present)
		form_set_error(&v[F_ROUTE_OTHER], "Beschrijf hoe het wordt "
		    "toegediend."), errors++;
	if (v[F_SITUATION].present && strcmp(v[F_SITUATION].text, "anders") ==
	    0 && !v[F_SITUATION_OTHER].present)
		form_set_error(&v[F_SITUATION_OTHER], "Beschrijf de situatie."),
		    errors++;
	return errors + form_not_in_future(&v[F_PRESCRIBED_ON], "Een "
	    "voorschrift kan niet in de toekomst gedateerd zijn.");
}

/* Prescribed in the child's life, not before its birth. */
static int
check_with_child(struct izp_request *req, struct field_value *v,
    const struct db_rows *child)
{
	(void)req;
	return form_not_before_birth(&v[F_PRESCRIBED_ON], child) ? 400 : 0;
}

static int
insert(struct izp_request *req, struct field_value *v, long long child,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(child),
	    DB_TEXT_ARG(v[F_MEDICINE].text), DB_TEXT_ARG(v[F_DOSE].text),
	    DB_TEXT_ARG(v[F_ROUTE].text), form_arg(&v[F_ROUTE_OTHER]),
	    DB_TEXT_ARG(v[F_SITUATION].text), form_arg(&v[F_SITUATION_OTHER]),
	    DB_TEXT_ARG(v[F_GIVE_WHEN].text), DB_TEXT_ARG(v[F_MAXIMUM].text),
	    DB_TEXT_ARG(v[F_PRESCRIBED_ON].iso), DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "crisis-medication-create",
	.action = "/kinderen/%lld/crisismedicatie/nieuw",
	.object = "crisis_medication",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 1,
	.editors = PLAN_HOOFDBEHANDELAAR,
	.anchor = "crisismedicatie",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.check_with_child = check_with_child,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("crisis-medication-create", "plan", spec)
