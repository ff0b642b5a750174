/*
 * Bestemmingen: where tools/izp-export delivers the plans, kept by the
 * beheerder.  /beheer/bestemmingen lists every GP practice and HAP with its
 * AGB code, region, team, formats and outbox, the last delivery runs, and
 * adds one; /beheer/bestemmingen/{id} changes one, on the version seen,
 * with why.  Every version is kept (system versioning) and every view and
 * change audited; no patient data.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_KIND,
	F_AGB,
	F_NAME,
	F_HAP,
	F_TEAM,
	F_NHG,
	F_ADA,
	F_FHIR,
	F_OUTBOX,
	F_ACTIVE,
	F_REASON,
	F_VERSION,
	F__MAX
};

static const struct field_choice kinds[] = {
	{ "huisartsenpraktijk", "Huisartsenpraktijk" },
	{ "huisartsenpost", "Huisartsenpost (HAP)" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_KIND] = { "kind", "Soort", FIELD_ENUM, 1, 20, kinds, NULL },
	[F_AGB] = { "agb", "AGB-code", FIELD_TEXT, 1, 8, NULL, "8 cijfers; "
	    "van een praktijk dezelfde als bij de kinderen (begint met 01)." },
	[F_NAME] = { "name", "Naam", FIELD_TEXT, 1, 200, NULL, NULL },
	[F_HAP] = { "hap_id", "Huisartsenpost van de regio", FIELD_ID, 0, 12,
	    NULL, "Alleen bij een praktijk: de HAP krijgt dan ook de plannen "
	    "van haar kinderen, als de familie de HAP toegang gaf." },
	[F_TEAM] = { "team_id", "Team", FIELD_ID, 1, 12, NULL, "Het team "
	    "waaraan de familie toegang geeft; zonder die toegang wordt niets "
	    "geleverd." },
	[F_NHG] = { "format_nhg", "NHG-bericht (HIS)", FIELD_CHECK, 0, 2,
	    NULL, NULL },
	[F_ADA] = { "format_ada", "zib-registraties (ADA)", FIELD_CHECK, 0, 2,
	    NULL, NULL },
	[F_FHIR] = { "format_fhir", "FHIR Bundle", FIELD_CHECK, 0, 2, NULL,
	    NULL },
	[F_OUTBOX] = { "outbox", "Outbox (map)", FIELD_TEXT, 1, 500, NULL,
	    "De map die het systeem van de ontvanger leest, als volledig pad "
	    "binnen de map voor outboxen, bijvoorbeeld "
	    "/var/lib/izp/outbox/01234567; elke bestemming een eigen map." },
	[F_ACTIVE] = { "active", "Actief: leveren", FIELD_CHECK, 0, 2, NULL,
	    NULL },
	[F_REASON] = { "change_reason", "Reden van de wijziging", FIELD_TEXT,
	    1, 500, NULL, NULL },
	[F_VERSION] = { "version", "Versie", FIELD_VERSION, 0, 12, NULL, NULL },
};

enum stmt {
	STMT_LIST,
	STMT_RUNS,
	STMT_TEAMS,
	STMT_ONE,
	STMT_HAP_OK,
	STMT_TEAM_OK,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT_UPDATE,
	STMT__MAX
};

#define DESTINATION_COLUMNS \
	"d.id, d.kind, d.agb, d.name, d.hap_id, h.name AS hap_name, " \
	"d.team_id, t.name AS team_name, d.formats, d.outbox, d.active, " \
	"d.version, d.request_id FROM destinations d JOIN teams t ON " \
	"t.id = d.team_id LEFT JOIN destinations h ON h.id = d.hap_id "

static const char *const sql[STMT__MAX] = {
	[STMT_LIST] = "SELECT " DESTINATION_COLUMNS
	    "ORDER BY d.kind DESC, d.name, d.id",
	[STMT_RUNS] =
	    "SELECT id, started_at, finished_at, urgent, destination_agb, "
	    "delivered, withheld, failed, exit_code, message "
	    "FROM delivery_runs ORDER BY id DESC LIMIT 10",
	[STMT_TEAMS] =
	    "SELECT id, name, kind FROM teams WHERE kind IN "
	    "('huisartsenpraktijk', 'huisartsenpost') ORDER BY name",
	[STMT_ONE] = "SELECT " DESTINATION_COLUMNS "WHERE d.id = ? "
	    "FOR UPDATE",
	[STMT_HAP_OK] = "SELECT id FROM destinations WHERE id = ? AND "
	    "kind = 'huisartsenpost' AND id <> ?",
	[STMT_TEAM_OK] = "SELECT id FROM teams WHERE id = ? AND kind = ?",
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("destinations"),
	[STMT_INSERT] =
	    "INSERT INTO destinations (kind, agb, name, hap_id, team_id, "
	    "formats, outbox, active, changed_by, change_reason, request_id) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[STMT_UPDATE] =
	    "UPDATE destinations SET kind = ?, agb = ?, name = ?, hap_id = ?, "
	    "team_id = ?, formats = ?, outbox = ?, active = ?, "
	    "version = version + 1, changed_by = ?, change_reason = ?, "
	    "request_id = ? WHERE id = ? AND version = ?",
};

struct page {
	struct izp_request	*req;
	struct field_value	 v[F__MAX];
	struct db_rows		 list, runs, teams, one;
	int			 loaded;
	long long		 saved_id;
};

static const char *const may_manage[] = { "beheerder", NULL };

static int
load(struct page *p)
{
	struct izp_request *req = p->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	int rc;

	if ((rc = izp_query(req, STMT_LIST, NULL, 0, &p->list)) != DB_OK ||
	    (rc = izp_query(req, STMT_RUNS, NULL, 0, &p->runs)) != DB_OK ||
	    (rc = izp_query(req, STMT_TEAMS, NULL, 0, &p->teams)) != DB_OK)
		return rc;
	if (req->path_id > 0) {
		if ((rc = izp_query(req, STMT_ONE, &id, 1, &p->one)) != DB_OK)
			return rc;
		if (p->one.nrows == 0)
			return izp_fail(req, 404, "Deze bestemming bestaat niet.");
	}
	p->loaded = 1;
	return 0;
}

static int
load_for_page(struct db *db, void *arg)
{
	struct page *p = arg;
	int rc;

	if ((rc = load(p)) != 0)
		return rc;
	return p->req->method == HTTP_POST ? 0 :
	    audit_write(p->req, db, "success");
}

/* The formats ticked, as the SET column takes them ("nhg,fhir"). */
static const char *
formats_of(struct arena *arena, const struct field_value *v)
{
	return arena_printf(arena, "%s%s%s%s%s", v[F_NHG].present ? "nhg" :
	    "", v[F_NHG].present && (v[F_ADA].present || v[F_FHIR].present) ?
	    "," : "", v[F_ADA].present ? "ada" : "", v[F_ADA].present &&
	    v[F_FHIR].present ? "," : "", v[F_FHIR].present ? "fhir" : "");
}

/* The rules the fields alone decide; the number of errors set. */
static int
check_fields(struct izp_request *req, struct field_value *v, int editing)
{
	const char *agb = v[F_AGB].text, *message;
	int practice = v[F_KIND].present &&
	    strcmp(v[F_KIND].text, "huisartsenpraktijk") == 0;
	int errors = 0;

	if (v[F_AGB].present && v[F_AGB].error == NULL) {
		message = practice ? valid_agb_gp(agb) : strlen(agb) != 8 ||
		    strspn(agb, "0123456789") != 8 ? "Een AGB-code heeft 8 "
		    "cijfers." : NULL;
		if (message != NULL)
			form_set_error(&v[F_AGB], message), errors++;
	}
	if (v[F_HAP].present && !practice && v[F_KIND].error == NULL)
		form_set_error(&v[F_HAP], "Alleen een praktijk hoort bij de "
		    "regio van een huisartsenpost."), errors++;
	if (!v[F_NHG].present && !v[F_ADA].present && !v[F_FHIR].present)
		form_set_error(&v[F_NHG], "Kies minstens één formaat dat het "
		    "systeem van de ontvanger leest."), errors++;
	if (v[F_OUTBOX].present && v[F_OUTBOX].error == NULL &&
	    (message = valid_outbox(conf_get(req->conf, "export.outbox_root",
	    IZP_OUTBOX_ROOT), v[F_OUTBOX].text)) != NULL)
		form_set_error(&v[F_OUTBOX], message), errors++;
	if (editing && !v[F_VERSION].present)
		form_set_error(&v[F_VERSION], "De versie ontbreekt; open het "
		    "formulier opnieuw."), errors++;
	return errors;
}

/* The HAP and the team named exist and fit; the number of errors set. */
static int
check_choices(struct page *p)
{
	struct izp_request *req = p->req;
	struct field_value *v = p->v;
	struct db_arg hap[] = { DB_INT_ARG(v[F_HAP].id),
	    DB_INT_ARG(req->path_id) };
	struct db_arg team[] = { DB_INT_ARG(v[F_TEAM].id),
	    DB_TEXT_ARG(v[F_KIND].text) };
	int rc, errors = 0;

	if (v[F_HAP].present && v[F_HAP].error == NULL) {
		if ((rc = izp_row_exists(req, STMT_HAP_OK, hap, 2)) < 0)
			return rc;
		if (rc == 0)
			form_set_error(&v[F_HAP], "Kies een huisartsenpost uit "
			    "de lijst."), errors++;
	}
	if (v[F_TEAM].error != NULL)
		return errors;
	if ((rc = izp_row_exists(req, STMT_TEAM_OK, team, 2)) < 0)
		return rc;
	if (rc == 0)
		form_set_error(&v[F_TEAM], strcmp(v[F_KIND].text,
		    "huisartsenpost") == 0 ? "Kies het team van de "
		    "huisartsenpost." : "Kies het team van de praktijk."),
		    errors++;
	return errors;
}

/* One outbox in or around another's: a destination's files would land in
 * another's folder tree. */
static int
nested(const char *a, const char *b)
{
	size_t n = strlen(b);

	return strncmp(a, b, n) == 0 && a[n] == '/';
}

/* The unique rules another destination already holds: each its own
 * message; how many were found (below 0: a database status). */
static int
mark_duplicates(struct page *p)
{
	struct field_value *v = p->v;
	const char *outbox;
	size_t i;
	int found = 0, rc;

	if (!p->loaded && (rc = load(p)) != 0)
		return rc < 0 ? rc : 0;
	for (i = 0; i < p->list.nrows; i++) {
		if (strtoll(db_cell(&p->list, i, 0), NULL, 10) ==
		    p->req->path_id)
			continue;
		if (v[F_AGB].text != NULL && v[F_AGB].error == NULL &&
		    strcmp(db_cell_named(&p->list, i, "agb"),
		    v[F_AGB].text) == 0)
			form_set_error(&v[F_AGB], "Er is al een bestemming met "
			    "deze AGB-code."), found++;
		if (v[F_TEAM].error == NULL && strtoll(db_cell_named(
		    &p->list, i, "team_id"), NULL, 10) == v[F_TEAM].id)
			form_set_error(&v[F_TEAM], "Dit team hoort al bij een "
			    "andere bestemming: de toestemming van een familie "
			    "geldt voor één ontvanger."), found++;
		outbox = db_cell_named(&p->list, i, "outbox");
		if (v[F_OUTBOX].text == NULL || v[F_OUTBOX].error != NULL)
			continue;
		if (strcmp(outbox, v[F_OUTBOX].text) == 0)
			form_set_error(&v[F_OUTBOX], "Deze map is al de outbox "
			    "van een andere bestemming."), found++;
		else if (nested(v[F_OUTBOX].text, outbox) ||
		    nested(outbox, v[F_OUTBOX].text))
			form_set_error(&v[F_OUTBOX], "Deze map ligt in of om "
			    "de outbox van een andere bestemming; elke "
			    "bestemming een eigen map."), found++;
	}
	return found;
}

/* With errors in the fields, the choices and the unique rules are checked
 * too, so every error is said at once; nothing is saved. */
static int
check_all(struct db *db, void *arg)
{
	struct page *p = arg;
	int rc;

	(void)db;
	if ((rc = check_choices(p)) < 0 || (rc = mark_duplicates(p)) < 0)
		return rc;
	return 0;
}

/* Which unique rule a refused save broke (another save came first): each
 * gets its own message. */
static int
duplicate(struct page *p)
{
	int rc = mark_duplicates(p);

	if (rc < 0)
		return rc;
	if (rc == 0)
		form_set_error(&p->v[F_AGB], "Deze bestemming bestaat al.");
	return 400;
}

static int
save(struct db *db, void *arg)
{
	struct page *p = arg;
	struct izp_request *req = p->req;
	struct field_value *v = p->v;
	struct db_rows rows;
	int rc, editing = req->path_id > 0;

	if (!editing) {
		if ((rc = izp_saved_before(req, STMT_BY_REQUEST,
		    &p->saved_id)) != DB_OK || p->saved_id != 0)
			return rc;
	} else {
		if ((rc = load(p)) != 0)
			return rc;
		if (izp_is_twin(req, &p->one))
			return 0;
		req->error_link = arena_printf(&req->arena,
		    "/beheer/bestemmingen/%lld", req->path_id);
		if (v[F_VERSION].id != strtoll(db_cell_named(&p->one, 0,
		    "version"), NULL, 10))
			return izp_fail(req, 409, "Iemand anders heeft deze "
			    "bestemming intussen gewijzigd. Er is niets "
			    "opgeslagen; bekijk de huidige stand.");
		/* A HAP whose region's practices point at it stays a HAP. */
		if (strcmp(v[F_KIND].text, db_cell_named(&p->one, 0,
		    "kind")) != 0) {
			form_set_error(&v[F_KIND], "De soort van een bestemming "
			    "kan niet veranderen: schakel deze uit en voeg een "
			    "nieuwe toe.");
			return 400;
		}
	}
	if ((rc = check_choices(p)) != 0 || (rc = mark_duplicates(p)) != 0)
		return rc < 0 ? rc : 400;
	{
		struct db_arg args[] = { DB_TEXT_ARG(v[F_KIND].text),
		    DB_TEXT_ARG(v[F_AGB].text), DB_TEXT_ARG(v[F_NAME].text),
		    v[F_HAP].present ? DB_INT_ARG(v[F_HAP].id) : DB_NULL_ARG,
		    DB_INT_ARG(v[F_TEAM].id),
		    DB_TEXT_ARG(formats_of(&req->arena, v)),
		    DB_TEXT_ARG(v[F_OUTBOX].text),
		    DB_INT_ARG(editing ? v[F_ACTIVE].present : 1),
		    DB_INT_ARG(req->user.id), DB_TEXT_ARG(v[F_REASON].present ?
		    v[F_REASON].text : "Nieuwe bestemming"),
		    DB_TEXT_ARG(req->request_id), DB_INT_ARG(req->path_id),
		    DB_INT_ARG(v[F_VERSION].id) };

		rc = izp_query(req, editing ? STMT_UPDATE : STMT_INSERT, args,
		    editing ? 13 : 11, &rows);
	}
	if (rc == DB_DUPLICATE)
		return duplicate(p);
	if (rc != DB_OK)
		return rc;
	p->saved_id = editing ? req->path_id : (long long)rows.insert_id;
	req->audit.object_id = p->saved_id;
	return audit_write(req, db, "success");
}

static void
add_choices(struct page *p, xmlNodePtr form)
{
	xmlNodePtr haps = form_field_node(form, "hap_id");
	xmlNodePtr teams = form_field_node(form, "team_id");
	size_t i;

	for (i = 0; i < p->list.nrows; i++)
		if (strcmp(db_cell_named(&p->list, i, "kind"),
		    "huisartsenpost") == 0 && strtoll(db_cell(&p->list, i, 0),
		    NULL, 10) != p->req->path_id)
			form_add_option(haps, db_cell(&p->list, i, 0),
			    arena_printf(&p->req->arena, "%s (%s)",
			    db_cell_named(&p->list, i, "name"),
			    db_cell_named(&p->list, i, "agb")));
	for (i = 0; i < p->teams.nrows; i++)
		form_add_option(teams, db_cell(&p->teams, i, 0),
		    db_cell_named(&p->teams, i, "name"));
}

/* The form starts from the destination as it is. */
static void
set_values(xmlNodePtr form, const struct db_rows *one)
{
	static const char *const columns[] = { "kind", "agb", "name",
	    "hap_id", "team_id", "outbox", "version" };
	const char *set = db_cell_named(one, 0, "formats");
	size_t i;

	for (i = 0; i < sizeof(columns) / sizeof(columns[0]); i++)
		form_set_value(form, columns[i], db_cell_named(one, 0,
		    columns[i]));
	form_set_value(form, "format_nhg", strstr(set, "nhg") ? "ja" : NULL);
	form_set_value(form, "format_ada", strstr(set, "ada") ? "ja" : NULL);
	form_set_value(form, "format_fhir", strstr(set, "fhir") ? "ja" :
	    NULL);
	form_set_value(form, "active", strcmp(db_cell_named(one, 0, "active"),
	    "1") == 0 ? "ja" : NULL);
}

static int
show_page(struct page *p, int status)
{
	struct izp_request *req = p->req;
	int editing = req->path_id > 0, posted = req->method == HTTP_POST;
	const char *action = editing ? arena_printf(&req->arena,
	    "/beheer/bestemmingen/%lld", req->path_id) : "/beheer/bestemmingen";
	xmlNodePtr root, form;
	int rc;

	if (!p->loaded && (rc = db_transaction(req->db, load_for_page, p)) != 0)
		return rc;
	root = izp_page(req, "destinations");
	if (http_param_find(&req->query, "opgeslagen") != NULL)
		xml_attr(xml_child(root, "notice"), "code", "saved");
	xml_list(root, "destinations", "destination", &p->list);
	xml_list(root, "delivery-runs", "run", &p->runs);
	if (editing)
		xml_rows(root, "editing", &p->one, 0);
	form = form_xml(req, root, editing ? "destination-edit" :
	    "destination-create", action, fields, editing ? F__MAX : F_ACTIVE,
	    posted ? p->v : NULL);
	add_choices(p, form);
	if (editing && !posted)
		set_values(form, &p->one);
	return status;
}

static int
handle(struct izp_request *req)
{
	struct page p = { .req = req };
	int rc, errors, editing = req->path_id > 0;

	izp_audit_set(req, req->method != HTTP_POST ? AUDIT_READ : editing ?
	    AUDIT_UPDATE : AUDIT_CREATE, 0, "destination", req->path_id);
	if (!izp_role_in(req, may_manage))
		return izp_fail(req, 403, "Alleen de beheerder houdt de "
		    "bestemmingen van de levering bij.");
	if (req->method != HTTP_POST)
		return show_page(&p, 200);
	if ((errors = form_read(&req->arena, &req->form, fields, editing ?
	    F__MAX : F_ACTIVE, p.v)) < 0)
		return 503;
	errors += check_fields(req, p.v, editing);
	if (errors > 0) {
		/* What check_all loaded is what the page shows. */
		if ((rc = db_transaction(req->db, check_all, &p)) != 0)
			return rc;
		return show_page(&p, 400);
	}
	if ((rc = db_transaction(req->db, save, &p)) == 400) {
		p.loaded = 0;
		return show_page(&p, 400);
	}
	if (rc != 0)
		return rc;
	return izp_redirect(req, "/beheer/bestemmingen?opgeslagen=1");
}

IZP_PROGRAM("destinations", "admin", "GET POST", handle)
