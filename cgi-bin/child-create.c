/*
 * Register a child: the form (GET) and the registration (POST).  A child
 * is the patient an IZP is made for; registration starts the 8-week term.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_GIVEN_NAME,
	F_FAMILY_NAME,
	F_BIRTH_DATE,
	F_BSN,
	F_DIAGNOSIS,
	F_DIAGNOSIS_DATE,
	F_REGISTRATION_KIND,
	F_REGISTRATION_ORG,
	F_REGISTRATION_DATE,
	CHILD_CONTACT_FIELDS,
	F__MAX
};

static const struct field_choice registration_kinds[] = {
	{ "KCT", "Kinder Comfort Team (KCT)" },
	{ "NIK", "Netwerk Integrale Kindzorg (NIK)" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_GIVEN_NAME] = { "given_name", "Voornaam", FIELD_TEXT, 1, 100,
	    NULL, NULL },
	[F_FAMILY_NAME] = { "family_name", "Achternaam", FIELD_TEXT, 1, 100,
	    NULL, NULL },
	[F_BIRTH_DATE] = { "birth_date", "Geboortedatum", FIELD_DATE, 1, 10,
	    NULL, NULL },
	[F_BSN] = { "bsn", "BSN", FIELD_BSN, 0, 11, NULL,
	    "Alleen invullen als dit nodig is voor uitwisseling." },
	[F_DIAGNOSIS] = { "diagnosis", "Diagnose", FIELD_TEXT, 1, 500,
	    NULL, NULL },
	[F_DIAGNOSIS_DATE] = { "diagnosis_date", "Datum diagnose", FIELD_DATE,
	    1, 10, NULL, NULL },
	[F_REGISTRATION_KIND] = { "registration_kind", "Aangemeld bij",
	    FIELD_ENUM, 0, 3, registration_kinds, NULL },
	[F_REGISTRATION_ORG] = { "registration_org", "Naam KCT of NIK",
	    FIELD_TEXT, 0, 200, NULL, NULL },
	[F_REGISTRATION_DATE] = { "registration_date", "Datum aanmelding",
	    FIELD_DATE, 0, 10, NULL,
	    "Het IZP moet er binnen 8 weken na aanmelding (of diagnose) zijn." },
	CHILD_CONTACT_FIELD_DEFS,
};

enum stmt {
	STMT_BY_REQUEST,
	STMT_BY_BSN,
	STMT_INSERT,
	STMT_GRANT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("children"),
	[STMT_BY_BSN] = "SELECT id FROM children WHERE bsn = ?",
	[STMT_INSERT] =
	    "INSERT INTO children (given_name, family_name, birth_date, bsn, "
	    "diagnosis, diagnosis_date, registration_kind, registration_org, "
	    "registration_date, gp_name, gp_practice, gp_phone, gp_agb, "
	    "hap_name, hap_phone, address, phone, changed_by, change_reason, "
	    "request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, ?, ?, 'Geregistreerd', ?)",
	/* Whoever registers the child may go on; the family decides the rest. */
	[STMT_GRANT] =
	    "INSERT INTO access_grants (child_id, user_id, decided_by_kind, "
	    "decided_by_name, entered_by, entered_at) "
	    "VALUES (?, ?, 'aanmelding', ?, ?, NOW(3))",
};

static const char *const may_register[] = { "verpleegkundige", "kinderarts",
    "casemanager", NULL };

struct registration {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	long long		 child_id;
};

static struct db_arg
arg_of(const struct field_value *v, int is_date)
{
	if (!v->present)
		return DB_NULL_ARG;
	return DB_TEXT_ARG(is_date ? v->iso : v->text);
}

/* What the generic field checks do not: the AGB code, and dates in order
 * and not in the future. */
static int
check_together(struct field_value *v)
{
	int errors = form_check_agb(&v[F_GP_AGB]) + form_check_phone(
	    &v[F_GP_PHONE]) + form_check_phone(&v[F_HAP_PHONE]) +
	    form_check_phone(&v[F_PHONE]);

	errors += form_not_in_future(&v[F_BIRTH_DATE], "De geboortedatum ligt "
	    "in de toekomst.");
	errors += form_not_in_future(&v[F_DIAGNOSIS_DATE], "De datum van de "
	    "diagnose ligt in de toekomst.");
	errors += form_not_in_future(&v[F_REGISTRATION_DATE], "De datum van "
	    "aanmelding ligt in de toekomst.");
	if (v[F_BIRTH_DATE].error == NULL && v[F_REGISTRATION_DATE].error ==
	    NULL && v[F_REGISTRATION_DATE].present && v[F_BIRTH_DATE].present &&
	    date_compare(&v[F_REGISTRATION_DATE].date, &v[F_BIRTH_DATE].date) <
	    0)
		form_set_error(&v[F_REGISTRATION_DATE], "De aanmelding kan niet "
		    "vóór de geboorte liggen."), errors++;
	if (v[F_BIRTH_DATE].error == NULL && v[F_DIAGNOSIS_DATE].error == NULL &&
	    v[F_DIAGNOSIS_DATE].present && v[F_BIRTH_DATE].present &&
	    date_compare(&v[F_DIAGNOSIS_DATE].date,
	    &v[F_BIRTH_DATE].date) < 0)
		form_set_error(&v[F_DIAGNOSIS_DATE], "De diagnose kan niet vóór "
		    "de geboorte liggen."), errors++;
	if (v[F_REGISTRATION_KIND].present != v[F_REGISTRATION_DATE].present ||
	    v[F_REGISTRATION_KIND].present != v[F_REGISTRATION_ORG].present) {
		if (!v[F_REGISTRATION_KIND].present)
			form_set_error(&v[F_REGISTRATION_KIND], "Kies KCT of "
			    "NIK bij een aanmelding.");
		if (!v[F_REGISTRATION_ORG].present)
			form_set_error(&v[F_REGISTRATION_ORG], "Vul de naam van "
			    "het KCT of NIK in.");
		if (!v[F_REGISTRATION_DATE].present)
			form_set_error(&v[F_REGISTRATION_DATE], "Vul de datum "
			    "van aanmelding in.");
		errors++;
	}
	return errors;
}

/*
 * The BSN belongs to a child already registered.  Saying so is needed to
 * prevent a second record, and tells whoever asks that the BSN is known
 * here: the attempt is audited on that child (its access overview for the
 * parents, the privacy officer's review) and shows nothing else of it.
 */
static int
bsn_taken(struct izp_request *req, struct field_value *v,
    const struct db_rows *existing)
{
	long long child = strtoll(db_cell(existing, 0, 0), NULL, 10);

	izp_audit_set(req, AUDIT_CREATE, child, "bsn_match", child);
	form_set_error(&v[F_BSN], "Er is al een kind met dit BSN geregistreerd. "
	    "Vraag de casemanager van dat kind om toegang; deze poging is "
	    "vastgelegd en wordt door de privacyfunctionaris bekeken.");
	return 400;
}

static int
register_child(struct db *db, void *arg)
{
	struct registration *r = arg;
	struct izp_request *req = r->req;
	struct field_value *v = r->v;
	struct db_arg rid = DB_TEXT_ARG(req->request_id);
	struct db_arg bsn = arg_of(&v[F_BSN], 0);
	struct db_rows rows;
	int rc;

	/* The same form sent twice (double click, retried commit). */
	if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &r->child_id)) !=
	    DB_OK)
		return rc;
	if (r->child_id != 0)
		return 0;
	if (v[F_BSN].present) {
		if ((rc = izp_query(req, STMT_BY_BSN, &bsn, 1, &rows)) != DB_OK)
			return rc;
		if (rows.nrows > 0)
			return bsn_taken(req, v, &rows);
	}
	{
		struct db_arg args[] = {
			arg_of(&v[F_GIVEN_NAME], 0),
			arg_of(&v[F_FAMILY_NAME], 0),
			arg_of(&v[F_BIRTH_DATE], 1),
			arg_of(&v[F_BSN], 0),
			arg_of(&v[F_DIAGNOSIS], 0),
			arg_of(&v[F_DIAGNOSIS_DATE], 1),
			arg_of(&v[F_REGISTRATION_KIND], 0),
			arg_of(&v[F_REGISTRATION_ORG], 0),
			arg_of(&v[F_REGISTRATION_DATE], 1),
			arg_of(&v[F_GP_NAME], 0),
			arg_of(&v[F_GP_PRACTICE], 0),
			arg_of(&v[F_GP_PHONE], 0),
			arg_of(&v[F_GP_AGB], 0),
			arg_of(&v[F_HAP_NAME], 0),
			arg_of(&v[F_HAP_PHONE], 0),
			arg_of(&v[F_ADDRESS], 0),
			arg_of(&v[F_PHONE], 0),
			DB_INT_ARG(req->user.id),
			rid,
		};

		rc = izp_query(req, STMT_INSERT, args,
		    sizeof(args) / sizeof(args[0]), &rows);
		if (rc == DB_DUPLICATE) {	/* registered at this moment */
			if ((rc = izp_query(req, STMT_BY_BSN, &bsn, 1, &rows))
			    != DB_OK)
				return rc;
			return rows.nrows > 0 ? bsn_taken(req, v, &rows) :
			    DB_RETRY;
		}
		if (rc != DB_OK)
			return rc;
	}
	r->child_id = (long long)rows.insert_id;
	{
		struct db_arg args[] = { DB_INT_ARG(r->child_id),
		    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->user.name),
		    DB_INT_ARG(req->user.id) };

		if ((rc = izp_query(req, STMT_GRANT, args, 4, NULL)) != DB_OK)
			return rc;
	}
	izp_audit_set(req, AUDIT_CREATE, r->child_id, "child", r->child_id);
	return audit_write(req, db, "success");
}

static int
show_form(struct izp_request *req, const struct field_value *v, int status)
{
	xmlNodePtr root = izp_page(req, "child-create");

	form_xml(req, root, "child-create", "/kinderen/nieuw", fields, F__MAX,
	    v);
	return status;
}

static int
handle(struct izp_request *req)
{
	struct registration r = { .req = req };
	int rc, errors;

	if (!izp_role_in(req, may_register))
		return izp_fail(req, 403, "Alleen verpleegkundigen, kinderartsen "
		    "en casemanagers kunnen een kind registreren.");
	if (req->method != HTTP_POST)
		return show_form(req, NULL, 200);

	izp_audit_set(req, AUDIT_CREATE, 0, "child", 0);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    r.v)) < 0)
		return 503;
	if (errors + check_together(r.v) > 0)
		return show_form(req, r.v, 400);
	if ((rc = db_transaction(req->db, register_child, &r)) == 400)
		return show_form(req, r.v, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/kinderen/%lld/izp/nieuw?geregistreerd=1", r.child_id));
}

IZP_PROGRAM("child-create", "child", "GET POST", handle)
