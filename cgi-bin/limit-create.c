/*
 * Behandelgrens vastleggen: a treatment limit, (niet-)behandelafspraak, as
 * zib BehandelAanwijzing2 has it.  Medical policy, so only the child's
 * hoofdbehandelaar records it.  The child's age on the day it was
 * discussed decides whose agreement the WGBO requires; at least two
 * parties agreed.  One active limit per treatment: a change means ending
 * the old one (with a reason) first.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_TREATMENT,
	F_TREATMENT_OTHER,
	F_VENTILATION_SCOPE,
	F_DECISION,
	F_DECISION_DETAIL,
	F_DISCUSSED_ON,
	F_PARTY_CHILD,
	F_PARTY_PARENTS,
	F_PARTY_CAREGIVER,
	F_VERIFIED_WITH,
	F_VERIFIED_ON,
	F_DIRECTIVE,
	F_COMMENT,
	F__MAX
};

static const struct field_choice treatments[] = {
	{ "89666000", "Reanimatie" },
	{ "40617009", "Beademing" },
	{ "305351004", "Opname op de intensive care" },
	{ "32485007", "Opname in het ziekenhuis" },
	{ "281789004", "Antibiotica" },
	{ "116762002", "Bloedtransfusie (bloedproducten)" },
	{ "VOCHT", "Kunstmatig vocht toedienen" },
	{ "VOEDING", "Kunstmatige voeding (sonde, infuus)" },
	{ "ICD", "ICD uitschakelen" },
	{ "SEDATIE", "Palliatieve sedatie" },
	{ "OTH", "Anders" },
	{ NULL, NULL }
};

/* Words that name a treatment of the list (stem, code): typed under
 * "Anders" they would make a second limit for it, so "NIET reanimeren" and
 * "WEL reanimatie" could both be in force. */
static const struct field_choice listed_words[] = {
	{ "reanim", "89666000" },
	{ "beadem", "40617009" },
	{ "intensive care", "305351004" },
	{ "ic-opname", "305351004" },
	{ "ic opname", "305351004" },
	{ "ziekenhuisopname", "32485007" },
	{ "opname in het ziekenhuis", "32485007" },
	{ "antibiotic", "281789004" },
	{ "transfusie", "116762002" },
	{ "bloedproduct", "116762002" },
	{ "kunstmatig vocht", "VOCHT" },
	{ "sondevoeding", "VOEDING" },
	{ "kunstmatige voeding", "VOEDING" },
	{ "icd", "ICD" },
	{ "sedatie", "SEDATIE" },
	{ NULL, NULL }
};

static const struct field_choice ventilation_scopes[] = {
	{ "invasief", "Invasieve beademing (via tube of tracheacanule)" },
	{ "niet-invasief", "Niet-invasieve beademing (via masker, zoals BiPAP "
	    "of CPAP)" },
	{ "alle", "Alle beademing, invasief en niet-invasief" },
	{ NULL, NULL }
};

static const struct field_choice decisions[] = {
	{ "niet", "Niet uitvoeren" },
	{ "wel", "Wel uitvoeren" },
	{ "anders", "Anders (toelichten)" },
	{ NULL, NULL }
};

static const struct field_choice verifiers[] = {
	{ "116154003", "Het kind" },
	{ "40683002", "Een ouder" },
	{ "394619001", "De voogd" },
	{ "8601000146109", "De gevolmachtigde" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_TREATMENT] = { "treatment", "Behandeling", FIELD_ENUM, 1, 20,
	    treatments, NULL },
	[F_TREATMENT_OTHER] = { "treatment_other", "Welke behandeling",
	    FIELD_TEXT, 0, 200, NULL, "Verplicht bij 'Anders'." },
	[F_VENTILATION_SCOPE] = { "ventilation_scope", "Welke beademing",
	    FIELD_ENUM, 0, 20, ventilation_scopes, "Verplicht bij beademing: "
	    "wie 'niet beademen' leest, moet weten of thuisbeademing (BiPAP) "
	    "doorgaat." },
	[F_DECISION] = { "decision", "Besluit", FIELD_ENUM, 1, 10, decisions,
	    NULL },
	[F_DECISION_DETAIL] = { "decision_detail", "Toelichting op het besluit",
	    FIELD_MEMO, 0, 1000, NULL, "Verplicht bij 'Anders', bijvoorbeeld: "
	    "'wel zuurstof, geen beademing'." },
	[F_DISCUSSED_ON] = { "discussed_on", "Laatst besproken op", FIELD_DATE,
	    1, 10, NULL, NULL },
	[F_PARTY_CHILD] = { "party_child", "Afgesproken met het kind",
	    FIELD_CHECK, 0, 2, NULL, NULL },
	[F_PARTY_PARENTS] = { "party_parents", "Afgesproken met de ouders of "
	    "de voogd", FIELD_CHECK, 0, 2, NULL, NULL },
	[F_PARTY_CAREGIVER] = { "party_caregiver", "Afgesproken met de "
	    "behandelaar", FIELD_CHECK, 0, 2, NULL, NULL },
	[F_VERIFIED_WITH] = { "verified_with", "Geverifieerd bij", FIELD_ENUM,
	    0, 20, verifiers, "Met wie is de afspraak nagegaan?" },
	[F_VERIFIED_ON] = { "verified_on", "Geverifieerd op", FIELD_DATE, 0,
	    10, NULL, NULL },
	[F_DIRECTIVE] = { "directive_id", "Hoort bij wilsverklaring",
	    FIELD_ID, 0, 12, NULL, NULL },
	[F_COMMENT] = { "comment", "Opmerking", FIELD_MEMO, 0, 2000, NULL,
	    NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_DIRECTIVES,
	STMT_DIRECTIVE_OK,
	STMT_ACTIVE,
	STMT_ACTIVE_OTHER,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_DIRECTIVES] = "SELECT id, kind, kind_other, "
	    "DATE_FORMAT(signed_on, '%d-%m-%Y') FROM advance_directives "
	    "WHERE child_id = ? AND status = 'actief' ORDER BY id",
	[STMT_DIRECTIVE_OK] = "SELECT id FROM advance_directives WHERE id = ? "
	    "AND child_id = ? AND status = 'actief'",
	[STMT_ACTIVE] = "SELECT id FROM treatment_limits WHERE child_id = ? "
	    "AND active_treatment = ?",
	/* The collation ignores case and trailing spaces. */
	[STMT_ACTIVE_OTHER] = "SELECT id FROM treatment_limits "
	    "WHERE child_id = ? AND status = 'actief' AND treatment = 'OTH' "
	    "AND treatment_other = ?",
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("treatment_limits"),
	[STMT_INSERT] = "INSERT INTO treatment_limits (child_id, treatment, "
	    "treatment_other, ventilation_scope, decision, decision_detail, "
	    "discussed_on, age_at_agreement, party_child, party_parents, "
	    "party_caregiver, verified_with, verified_on, directive_id, "
	    "comment, created_by, created_at, changed_by, change_reason, "
	    "request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	    "?, NOW(3), ?, 'Behandelgrens vastgelegd', ?)",
};

struct limit {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 child, directives;
	long long		 plan_id;
	int			 write;
	int			 errors;	/* of the fields, before the rules */
};

/* The rules that need the child: its age then, and the WGBO.  Returns the
 * number of rules broken. */
static int
check_parties(struct limit *l, int *age)
{
	struct field_value *v = l->v;
	struct date birth;
	const char *missing;

	*age = 0;
	if (!v[F_DISCUSSED_ON].present || v[F_DISCUSSED_ON].error != NULL)
		return 0;
	if (valid_date(db_cell_named(&l->child, 0, "birth_date"), &birth) !=
	    NULL)
		return -1;
	if (date_compare(&v[F_DISCUSSED_ON].date, &birth) < 0) {
		form_set_error(&v[F_DISCUSSED_ON], "Deze datum ligt vóór de "
		    "geboorte van het kind.");
		return 1;
	}
	*age = age_on(&birth, &v[F_DISCUSSED_ON].date);
	if ((missing = wgbo_missing(*age, v[F_PARTY_CHILD].present,
	    v[F_PARTY_PARENTS].present)) != NULL) {
		/* On the box of the party whose agreement is missing. */
		form_set_error(&v[*age >= 12 && !v[F_PARTY_CHILD].present ?
		    F_PARTY_CHILD : F_PARTY_PARENTS], arena_printf(
		    &l->req->arena,
		    "Op de datum van bespreken was %s %d jaar. %s",
		    db_cell_named(&l->child, 0, "given_name"), *age, missing));
		return 1;
	}
	return 0;
}

/* The directive chosen must be a current one of this child. */
static int
check_directive(struct limit *l, int *broken)
{
	struct field_value *v = l->v;
	struct db_arg args[] = { DB_INT_ARG(v[F_DIRECTIVE].id),
	    DB_INT_ARG(l->req->path_id) };
	struct db_rows rows;
	int rc;

	if (!v[F_DIRECTIVE].present || v[F_DIRECTIVE].error != NULL)
		return DB_OK;
	if ((rc = izp_query(l->req, STMT_DIRECTIVE_OK, args, 2, &rows)) !=
	    DB_OK)
		return rc;
	if (rows.nrows == 0) {
		form_set_error(&v[F_DIRECTIVE], "Kies een geldende "
		    "wilsverklaring van dit kind.");
		(*broken)++;
	}
	return DB_OK;
}

/* One active limit per treatment: the form says which one is in the way
 * and links to it, where it can be ended with a reason. */
static int
check_one_active(struct limit *l, int *broken)
{
	struct izp_request *req = l->req;
	struct field_value *v = l->v;
	struct field_value *which = &v[F_TREATMENT];
	const char *name;
	struct db_rows rows;
	size_t stmt = STMT_ACTIVE;
	int rc;

	if (!v[F_TREATMENT].present || v[F_TREATMENT].error != NULL)
		return DB_OK;
	name = form_choice_label(&fields[F_TREATMENT], v[F_TREATMENT].text);
	if (strcmp(v[F_TREATMENT].text, "OTH") == 0) {
		which = &v[F_TREATMENT_OTHER];
		name = which->text;
		stmt = STMT_ACTIVE_OTHER;
		if (!which->present || which->error != NULL)
			return DB_OK;
	}
	{
		struct db_arg args[] = { DB_INT_ARG(req->path_id),
		    DB_TEXT_ARG(which->text) };

		if ((rc = izp_query(req, stmt, args, 2, &rows)) != DB_OK)
			return rc;
	}
	if (rows.nrows > 0) {
		form_set_error_link(which, arena_printf(&req->arena,
		    "Er geldt al een behandelgrens voor deze behandeling (%s). "
		    "Beëindig eerst die grens, met de reden, en leg dan deze "
		    "vast; zo geldt altijd één afspraak per behandeling. Wat u "
		    "hier invulde, blijft staan.", name), arena_printf(
		    &req->arena, "/behandelgrenzen/%s/beeindigen",
		    db_cell(&rows, 0, 0)),
		    "Huidige grens beëindigen (opent in een nieuw tabblad)");
		(*broken)++;
	}
	return DB_OK;
}

static int
add_limit(struct db *db, void *arg)
{
	struct limit *l = arg;
	struct izp_request *req = l->req;
	struct field_value *v = l->v;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct plan_lock plan;
	struct db_rows rows;
	long long earlier;
	int rc, age, broken;

	if ((rc = izp_query(req, STMT_CHILD, &id, 1, &l->child)) != DB_OK)
		return rc;
	if (l->child.nrows == 0)
		return izp_fail(req, 404, "Dit kind bestaat niet.");
	if ((rc = child_plan_lock(req, req->path_id, PLAN_HOOFDBEHANDELAAR,
	    &plan)) != 0)
		return rc;
	l->plan_id = plan.id;
	if (l->write) {
		if ((rc = izp_saved_before(req, STMT_BY_REQUEST, &earlier)) !=
		    DB_OK)
			return rc;
		if (earlier != 0)
			return 0;
	}
	if ((rc = izp_query(req, STMT_DIRECTIVES, &id, 1, &l->directives)) !=
	    DB_OK)
		return rc;
	if (!l->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	/* Every rule is checked, so the form names all that is wrong. */
	if ((broken = check_parties(l, &age)) < 0)
		return DB_ERROR;
	if ((rc = check_directive(l, &broken)) != DB_OK ||
	    (rc = check_one_active(l, &broken)) != DB_OK)
		return rc;
	if (broken + l->errors > 0)
		return 400;
	{
		struct db_arg args[] = { id, DB_TEXT_ARG(v[F_TREATMENT].text),
		    form_arg(&v[F_TREATMENT_OTHER]),
		    form_arg(&v[F_VENTILATION_SCOPE]),
		    DB_TEXT_ARG(v[F_DECISION].text),
		    form_arg(&v[F_DECISION_DETAIL]),
		    DB_TEXT_ARG(v[F_DISCUSSED_ON].iso), DB_INT_ARG(age),
		    DB_INT_ARG(v[F_PARTY_CHILD].present),
		    DB_INT_ARG(v[F_PARTY_PARENTS].present),
		    DB_INT_ARG(v[F_PARTY_CAREGIVER].present),
		    form_arg(&v[F_VERIFIED_WITH]),
		    form_arg(&v[F_VERIFIED_ON]),
		    v[F_DIRECTIVE].present ? DB_INT_ARG(v[F_DIRECTIVE].id) :
		    DB_NULL_ARG, form_arg(&v[F_COMMENT]),
		    DB_INT_ARG(req->user.id), DB_INT_ARG(req->user.id),
		    DB_TEXT_ARG(req->request_id) };

		if ((rc = izp_query(req, STMT_INSERT, args, sizeof(args) /
		    sizeof(args[0]), &rows)) != DB_OK)
			return rc;
		req->audit.object_id = (long long)rows.insert_id;
	}
	return audit_write(req, db, "success");
}

/* "Anders" is for what the list lacks: a treatment of the list typed there,
 * or text next to a listed treatment, would go unnoticed. */
static int
check_other_not_listed(struct arena *a, struct field_value *v)
{
	const struct field_choice *w;
	char *lower, *p;

	if (!v[F_TREATMENT].present || v[F_TREATMENT].error != NULL ||
	    !v[F_TREATMENT_OTHER].present || v[F_TREATMENT_OTHER].error != NULL)
		return 0;
	if (strcmp(v[F_TREATMENT].text, "OTH") != 0) {
		form_set_error(&v[F_TREATMENT_OTHER], "Alleen in te vullen bij "
		    "'Anders'; laat dit leeg of kies 'Anders'.");
		return 1;
	}
	/* Without memory the rule cannot be checked: refuse, store nothing. */
	if ((lower = arena_strdup(a, v[F_TREATMENT_OTHER].text)) == NULL) {
		form_set_error(&v[F_TREATMENT_OTHER], "Dit kon niet worden "
		    "gecontroleerd; probeer het opnieuw.");
		return 1;
	}
	for (p = lower; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	for (w = listed_words; w->code != NULL; w++)
		if (strstr(lower, w->code) != NULL) {
			form_set_error(&v[F_TREATMENT_OTHER], arena_printf(a,
			    "Deze behandeling staat in de lijst: kies "
			    "'%s' bij Behandeling, zodat er maar één afspraak "
			    "voor kan gelden.", form_choice_label(
			    &fields[F_TREATMENT], w->label)));
			return 1;
		}
	return 0;
}

/* The rules across fields that need nothing from the database. */
static int
check_fields(struct arena *a, struct field_value *v)
{
	int errors = 0, parties, ventilation;

	if (v[F_TREATMENT].present && strcmp(v[F_TREATMENT].text, "OTH") == 0 &&
	    !v[F_TREATMENT_OTHER].present) {
		form_set_error(&v[F_TREATMENT_OTHER], "Beschrijf de behandeling.");
		errors++;
	}
	errors += check_other_not_listed(a, v);
	ventilation = v[F_TREATMENT].present && v[F_TREATMENT].error == NULL &&
	    strcmp(v[F_TREATMENT].text, "40617009") == 0;
	if (ventilation && !v[F_VENTILATION_SCOPE].present) {
		form_set_error(&v[F_VENTILATION_SCOPE], "Kies welke beademing: "
		    "invasief, niet-invasief of alle. 'Niet beademen' zonder "
		    "dit kan betekenen dat thuisbeademing wordt gestopt.");
		errors++;
	}
	if (!ventilation && v[F_VENTILATION_SCOPE].present &&
	    v[F_VENTILATION_SCOPE].error == NULL) {
		form_set_error(&v[F_VENTILATION_SCOPE], "Alleen in te vullen "
		    "bij beademing; laat dit leeg of kies Beademing als "
		    "behandeling.");
		errors++;
	}
	if (v[F_DECISION].present && strcmp(v[F_DECISION].text, "anders") ==
	    0 && !v[F_DECISION_DETAIL].present) {
		form_set_error(&v[F_DECISION_DETAIL], "Licht het besluit toe.");
		errors++;
	}
	parties = v[F_PARTY_CHILD].present + v[F_PARTY_PARENTS].present +
	    v[F_PARTY_CAREGIVER].present;
	if (parties < 2) {
		form_set_error(&v[F_PARTY_CAREGIVER], "Een behandelgrens is "
		    "afgesproken door minstens twee partijen.");
		errors++;
	}
	if (v[F_VERIFIED_WITH].present != v[F_VERIFIED_ON].present &&
	    v[F_VERIFIED_WITH].error == NULL && v[F_VERIFIED_ON].error == NULL) {
		form_set_error(&v[F_VERIFIED_ON], "Vul bij verificatie zowel in "
		    "bij wie als wanneer.");
		errors++;
	}
	errors += form_not_in_future(&v[F_DISCUSSED_ON], "De datum ligt in de "
	    "toekomst.");
	errors += form_not_in_future(&v[F_VERIFIED_ON], "De datum ligt in de "
	    "toekomst.");
	if (v[F_VERIFIED_ON].present && v[F_VERIFIED_ON].error == NULL &&
	    v[F_DISCUSSED_ON].present && v[F_DISCUSSED_ON].error == NULL &&
	    date_compare(&v[F_VERIFIED_ON].date, &v[F_DISCUSSED_ON].date) < 0) {
		form_set_error(&v[F_VERIFIED_ON], "Geverifieerd kan pas na het "
		    "bespreken: deze datum ligt vóór de datum van bespreken.");
		errors++;
	}
	return errors;
}

static int
show_form(struct limit *l, int status)
{
	struct izp_request *req = l->req;
	xmlNodePtr root, form, choices;
	size_t i;
	int rc;

	l->write = 0;
	if ((rc = db_transaction(req->db, add_limit, l)) != 0)
		return rc;
	root = izp_page(req, "limit-create");
	xml_rows(root, "child", &l->child, 0);
	form = form_xml(req, root, "limit-create", arena_printf(&req->arena,
	    "/kinderen/%lld/behandelgrenzen/nieuw", req->path_id), fields,
	    F__MAX, req->method == HTTP_POST ? l->v : NULL);
	xml_attr(form, "cancel", arena_printf(&req->arena,
	    "/izp/%lld#behandelgrenzen", l->plan_id));
	choices = form_field_node(form, "directive_id");
	for (i = 0; i < l->directives.nrows; i++) {
		const char *other = db_cell(&l->directives, i, 2);

		/* In words: "Niet-reanimerenverklaring van 01-02-2026". */
		form_add_option(choices, db_cell(&l->directives, i, 0),
		    arena_printf(&req->arena, "%s van %s", other != NULL ?
		    other : choice_label(directive_kinds, db_cell(
		    &l->directives, i, 1)), db_cell(&l->directives, i, 3)));
	}
	return status;
}

static int
handle(struct izp_request *req)
{
	struct limit l = { .req = req };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_CREATE : AUDIT_READ,
	    req->path_id, "treatment_limit", 0);
	if (req->method != HTTP_POST)
		return show_form(&l, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, F__MAX,
	    l.v)) < 0)
		return 503;
	/* The rules that need the database are checked even when a field is
	 * wrong, so every problem shows at once. */
	l.errors = errors + check_fields(&req->arena, l.v);
	l.write = 1;
	if ((rc = db_transaction(req->db, add_limit, &l)) == 400)
		return show_form(&l, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena,
	    "/izp/%lld#behandelgrenzen", l.plan_id));
}

IZP_PROGRAM("limit-create", "plan", "GET POST", handle)
