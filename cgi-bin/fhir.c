/*
 * The FHIR R4 read API under /fhir, after the Dutch ACP guide (IKNL,
 * PZP-FHIR-R4): a search by BSN, a search per patient, or a read by id.
 * The child's plan is read as the overview reads it (lib/overview.c) and
 * fhir/izp.xsl builds every resource of the child from that model and
 * picks what was asked, so this API and the child's Bundle
 * (/kinderen/{id}/berichten/fhir) cannot drift.  This file checks the
 * parameters, finds the child and authorises; every answer, an error too,
 * is FHIR (an OperationOutcome), and every request is one audit row naming
 * the patient.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

#define BSN_SYSTEM "http://fhir.nl/fhir/NamingSystem/bsn"

enum stmt {
	STMT_CHILD_BY_BSN,
	STMT_PLAN_OF_CHILD,
	STMT_BSN,
	STMT_USERS,
	STMT_USER,
	STMT_OWNER_CHILD,
	STMT_OWNER_PLAN,
	STMT_OWNER_POLICY_GOAL,
	STMT_OWNER_LIMIT,
	STMT_OWNER_DIRECTIVE,
	STMT_OWNER_REPRESENTATIVE,
	STMT_OWNER_GOAL,
	STMT_OWNER_WISH,
	STMT_OWNER_PLACE_WISH,
	STMT_OWNER_ACP,
	STMT__MAX
};

/* The owners select the child, the plan (NULL: the child's) and whether
 * the object is still part of the plan (1) or ended or replaced (0). */
static const char *const sql[STMT__MAX] = {
	[STMT_CHILD_BY_BSN] = "SELECT id FROM children WHERE bsn = ?",
	[STMT_PLAN_OF_CHILD] = SQL_PLAN_OF_CHILD,
	[STMT_BSN] = SQL_CHILD_BSN,
	[STMT_USERS] = SQL_USERS_OF_MESSAGE,
	[STMT_USER] = "SELECT id, display_name AS name, role, organisation, "
	    "phone FROM users WHERE id = ?",
	[STMT_OWNER_CHILD] = "SELECT id, NULL, 1 FROM children WHERE id = ?",
	[STMT_OWNER_PLAN] = "SELECT child_id, id, 1 FROM care_plans "
	    "WHERE id = ?",
	[STMT_OWNER_POLICY_GOAL] = "SELECT child_id, id, policy_goal IS NOT NULL "
	    "FROM care_plans WHERE id = ?",
	[STMT_OWNER_LIMIT] = "SELECT child_id, NULL, status = 'actief' "
	    "FROM treatment_limits WHERE id = ?",
	[STMT_OWNER_DIRECTIVE] = "SELECT child_id, NULL, status = 'actief' "
	    "FROM advance_directives WHERE id = ?",
	[STMT_OWNER_REPRESENTATIVE] = "SELECT child_id, NULL, "
	    "status = 'actief' FROM representatives WHERE id = ?",
	[STMT_OWNER_GOAL] = "SELECT p.child_id, p.id, 1 FROM goals x "
	    "JOIN care_plans p ON p.id = x.plan_id WHERE x.id = ?",
	[STMT_OWNER_WISH] = "SELECT p.child_id, p.id, x.status = 'actief' "
	    "FROM wishes x JOIN care_plans p ON p.id = x.plan_id "
	    "WHERE x.id = ?",
	[STMT_OWNER_PLACE_WISH] = "SELECT p.child_id, p.id, NOT EXISTS "
	    "(SELECT 1 FROM place_wishes n WHERE n.plan_id = x.plan_id "
	    "AND n.kind = x.kind AND n.id > x.id) FROM place_wishes x "
	    "JOIN care_plans p ON p.id = x.plan_id WHERE x.id = ?",
	[STMT_OWNER_ACP] = "SELECT p.child_id, p.id, 1 FROM acp_conversations x "
	    "JOIN care_plans p ON p.id = x.plan_id WHERE x.id = ?",
};

/* What a read names (IZP_OBJECT from nginx, for a resource type or any),
 * and how to find its child. */
static const struct owner {
	const char	*object;
	const char	*type;		/* NULL: any */
	size_t		 stmt;
	const char	*gone;		/* 410: no longer part of the plan */
	int		 status;	/* when not: 410, or 404 */
} owners[] = {
	{ "child", NULL, STMT_OWNER_CHILD, NULL, 0 },
	{ "care_plan", "Goal", STMT_OWNER_POLICY_GOAL, "Voor dit IZP is geen "
	    "hoofddoel van het medisch beleid vastgelegd.", 404 },
	{ "care_plan", NULL, STMT_OWNER_PLAN, NULL, 0 },
	{ "treatment_limit", NULL, STMT_OWNER_LIMIT, "Deze behandelgrens is "
	    "beëindigd; zoek de geldende behandelgrenzen van het kind.", 410 },
	{ "advance_directive", NULL, STMT_OWNER_DIRECTIVE, "Deze "
	    "wilsverklaring is beëindigd.", 410 },
	{ "representative", NULL, STMT_OWNER_REPRESENTATIVE, "Deze "
	    "vertegenwoordiger is beëindigd.", 410 },
	{ "goal", NULL, STMT_OWNER_GOAL, NULL, 0 },
	{ "wish", NULL, STMT_OWNER_WISH, "Deze wens is beëindigd.", 410 },
	{ "place_wish", NULL, STMT_OWNER_PLACE_WISH, "Deze plaatswens is "
	    "vervangen door een nieuwere.", 410 },
	{ "acp_conversation", NULL, STMT_OWNER_ACP, NULL, 0 },
};

/* The guide's value set of the medical policy goal, by its canonical URL
 * in R4/input and in the newer publications. */
static const char *const policy_goal_sets[] = {
	"https://fhir.iknl.nl/fhir/ValueSet/ACP-MedicalPolicyGoal",
	"https://api.iknl.nl/docs/pzp/r4/ValueSet/ACP-MedicalPolicyGoal",
	"https://api.iknl.nl/docs/r4/pzp/ValueSet/ACP-MedicalPolicyGoal",
};

/* A caregiver (Practitioner, PractitionerRole): a user, not a child's. */
static const struct owner practitioner = { "user", NULL, STMT_USER, NULL,
    0 };

/* The searches of the guide (pagecontent/data-exchange.md): per resource
 * type its parameters (besides _format) and the _include values it knows.
 * Communication and DeviceUseStatement (the ICD) are searched by the guide;
 * this IZP records neither, so they answer an empty searchset. */
static const struct search {
	const char	*type;
	const char	*params[4];	/* patient first when it is required */
	const char	*includes[2];
} searches[] = {
	{ "Patient", { "identifier" }, { NULL } },
	{ "Consent", { "patient", "scope", "category" }, { "Consent:actor" } },
	{ "Procedure", { "patient", "code" }, { "Procedure:encounter" } },
	{ "Encounter", { "patient", "reason-reference:Procedure.code" },
	    { "Encounter:reason-reference" } },
	{ "Goal", { "patient", "description:in", "description", "category" },
	    { NULL } },
	{ "Observation", { "patient", "code" }, { NULL } },
	{ "Communication", { "patient", "reason-code" }, { NULL } },
	{ "DeviceUseStatement", { "patient", "device.type:in" },
	    { "DeviceUseStatement:device", "DeviceUseSatement:device" } },
	{ "CarePlan", { "patient" }, { "CarePlan:goal", "CarePlan:care-team" } },
	{ "CareTeam", { "patient" }, { NULL } },
	{ "RelatedPerson", { "patient" }, { NULL } },
	{ "Practitioner", { NULL }, { NULL } },
	{ "PractitionerRole", { NULL }, { NULL } },
	{ "metadata", { "mode" }, { NULL } },	/* the CapabilityStatement */
};

struct fhir {
	struct izp_request	*req;
	const struct search	*type;
	const struct owner	*owner;	/* a read; NULL: a search */
	const char		*bsn;	/* Patient?identifier=...bsn|{bsn} */
	long long		 child;	/* 0: nobody (yet) */
	int			 found;	/* anything to answer with */
	struct overview		 o;
	struct db_rows		 plan, user, bsn_row, users;
};

static int
bad_request(struct izp_request *req, const char *message)
{
	return izp_fail(req, 400, message);
}

static int
listed(const char *const *list, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n && list[i] != NULL; i++)
		if (strcmp(list[i], name) == 0)
			return 1;
	return 0;
}

#define LISTED(array, name) \
	listed((array), sizeof(array) / sizeof((array)[0]), (name))

/*
 * patient=4, Patient/4 or {this server's base}/Patient/4: the child's id,
 * or 0.  Another server's Patient/4 is somebody else.
 */
static long long
patient_reference(struct izp_request *req, const char *value)
{
	const char *base = arena_printf(&req->arena, "%s/fhir/",
	    izp_site_base(req));
	long long id;

	if (strncmp(value, base, strlen(base)) == 0)
		value += strlen(base);
	if (strncmp(value, "Patient/", 8) == 0)
		value += 8;
	return valid_id(value, &id) == NULL ? id : 0;
}

/* A token: alternatives (a,b: either) of "code" or "system|code". */
static int
token_ok(const char *value)
{
	for (;;) {
		size_t len = strcspn(value, ",");
		const char *bar = memchr(value, '|', len);

		if (len == 0 || (bar != NULL && bar + 1 == value + len))
			return 0;
		if (value[len] == '\0')
			return 1;
		value += len + 1;
	}
}

/*
 * A token as the keys the stylesheet matches resources by: per
 * alternative "name|system|code", "name|*|code" without a system, and
 * "name||code" for "|code" (explicitly none, which nothing here has).
 */
static void
token_xml(struct izp_request *req, xmlNodePtr request, const char *name,
    const char *value)
{
	xmlNodePtr param = xml_child(request, "param");

	xml_attr(param, "name", name);
	xml_attr(param, "value", value);
	for (;;) {
		size_t len = strcspn(value, ",");
		const char *bar = memchr(value, '|', len);

		xml_attr(xml_child(param, "value"), "key", bar == NULL ?
		    arena_printf(&req->arena, "%s|*|%.*s", name, (int)len,
		    value) : arena_printf(&req->arena, "%s|%.*s", name,
		    (int)len, value));
		if (value[len] == '\0')
			return;
		value += len + 1;
	}
}

/*
 * Every parameter is one the guide's search for this type has, once (but
 * _include).  The guide writes "_include:Procedure:encounter" where FHIR
 * has "_include=Procedure:encounter": both are understood.
 */
static int
check_parameters(struct fhir *f)
{
	struct izp_request *req = f->req;
	struct http_params *q = &req->query;
	size_t i;

	for (i = 0; i < q->n; i++) {
		if (strncmp(q->v[i].name, "_include:", 9) == 0 &&
		    *q->v[i].value == '\0') {
			q->v[i].value = q->v[i].name + 9;
			q->v[i].name = "_include";
		}
	}
	for (i = 0; i < q->n; i++) {
		const char *name = q->v[i].name, *value = q->v[i].value;

		if (strcmp(name, "_include") != 0 &&
		    http_param_count(q, name) > 1)
			return bad_request(req, arena_printf(&req->arena,
			    "De parameter %.60s komt meer dan eens voor.", name));
		if (strcmp(name, "_format") == 0) {
			if (strcmp(value, "xml") != 0 &&
			    strcmp(value, "application/fhir+xml") != 0 &&
			    strcmp(value, "application/xml") != 0)
				return bad_request(req, "Deze server levert "
				    "alleen FHIR XML (_format=xml).");
			continue;
		}
		if (f->owner != NULL)
			return bad_request(req, arena_printf(&req->arena,
			    "Bij het lezen van één resource hoort geen "
			    "parameter %.60s.", name));
		if (strcmp(name, "_include") == 0) {
			if (!LISTED(f->type->includes, value))
				return bad_request(req, arena_printf(
				    &req->arena, "_include=%.60s wordt niet "
				    "ondersteund%s%s.", value,
				    f->type->includes[0] != NULL ? "; wel " :
				    "", f->type->includes[0] != NULL ?
				    f->type->includes[0] : ""));
			continue;
		}
		if (!LISTED(f->type->params, name))
			return bad_request(req, arena_printf(&req->arena,
			    "Onbekende zoekparameter voor %s: %.60s.",
			    f->type->type, name));
		if (*value == '\0')
			return bad_request(req, arena_printf(&req->arena,
			    "De zoekparameter %.60s is leeg.", name));
		if (strcmp(name, "description:in") == 0) {
			if (!LISTED(policy_goal_sets, value))
				return bad_request(req, "description:in kent "
				    "alleen de waardelijst ACP-MedicalPolicyGoal "
				    "van IKNL.");
			/* One name for it, whichever of the guide's. */
			q->v[i].value = arena_strdup(&req->arena,
			    policy_goal_sets[0]);
			continue;
		}
		if (strcmp(name, "patient") != 0 &&
		    strcmp(name, "identifier") != 0 && !token_ok(value))
			return bad_request(req, arena_printf(&req->arena,
			    "De zoekparameter %s moet de vorm systeem|code "
			    "of code hebben.", name));
	}
	return 0;
}

/* The child a search is about: by BSN or by the patient parameter. */
static int
search_child(struct fhir *f)
{
	struct izp_request *req = f->req;
	const struct http_param *p;

	if (strcmp(f->type->type, "Patient") == 0) {
		p = http_param_find(&req->query, "identifier");
		if (p == NULL || strncmp(p->value, BSN_SYSTEM "|",
		    strlen(BSN_SYSTEM) + 1) != 0)
			return bad_request(req, "Zoek een patiënt op BSN: "
			    "identifier=" BSN_SYSTEM "|{bsn}.");
		f->bsn = p->value + strlen(BSN_SYSTEM) + 1;
		if (valid_bsn(f->bsn) != NULL)
			return bad_request(req, "Dat is geen geldig BSN "
			    "(negen cijfers die de elfproef doorstaan).");
		return 0;
	}
	if (strcmp(f->type->type, "metadata") == 0)
		return 0;
	if (f->type->params[0] == NULL)
		return bad_request(req, arena_printf(&req->arena, "Zoeken naar "
		    "%s wordt niet ondersteund; lees een %s op id.",
		    f->type->type, f->type->type));
	if ((p = http_param_find(&req->query, "patient")) == NULL)
		return bad_request(req, "Zoek per patiënt: patient=Patient/{id}.");
	if ((f->child = patient_reference(req, p->value)) == 0)
		return bad_request(req, "De parameter patient moet een patiënt "
		    "van deze server noemen: Patient/{id}.");
	return 0;
}

static int
read_model(struct db *db, void *arg)
{
	struct fhir *f = arg;
	struct izp_request *req = f->req;
	struct db_arg id = DB_INT_ARG(req->path_id);
	struct db_rows rows;
	long long plan = 0;
	int rc;

	f->found = 0;
	if (strcmp(f->type->type, "metadata") == 0)
		return audit_write(req, db, "success");
	if (f->owner == &practitioner) {
		if ((rc = izp_query(req, STMT_USER, &id, 1, &f->user)) != DB_OK)
			return rc;
		if (f->user.nrows == 0)
			return izp_fail(req, 404, "Deze zorgverlener bestaat "
			    "niet.");
		f->found = 1;
		return audit_write(req, db, "success");
	}
	if (f->owner != NULL) {
		if ((rc = izp_query(req, f->owner->stmt, &id, 1, &rows)) !=
		    DB_OK)
			return rc;
		if (rows.nrows == 0)
			return izp_fail(req, 404, "Deze resource bestaat niet.");
		f->child = strtoll(db_cell(&rows, 0, 0), NULL, 10);
		if (db_cell(&rows, 0, 1) != NULL)
			plan = strtoll(db_cell(&rows, 0, 1), NULL, 10);
		if ((rc = izp_authorise_child(req, f->child)) != 0)
			return rc;
		if (strcmp(db_cell(&rows, 0, 2), "1") != 0)
			return izp_fail(req, f->owner->status, f->owner->gone);
	} else if (f->bsn != NULL) {
		struct db_arg bsn = DB_TEXT_ARG(f->bsn);

		if ((rc = izp_query(req, STMT_CHILD_BY_BSN, &bsn, 1, &rows)) !=
		    DB_OK)
			return rc;
		if (rows.nrows == 0)	/* nobody: an empty searchset */
			return audit_write(req, db, "success");
		f->child = strtoll(db_cell(&rows, 0, 0), NULL, 10);
		if ((rc = izp_authorise_child(req, f->child)) != 0)
			return rc;
	} else {
		enum izp_access access;

		/* An unknown patient is an empty searchset, not an error. */
		if ((rc = izp_child_access(req, f->child, &access)) != 0)
			return rc;
		if (access == IZP_ACCESS_NO_SUCH_CHILD)
			return audit_write(req, db, "success");
		if ((rc = izp_authorise_child(req, f->child)) != 0)
			return rc;
	}
	req->audit.patient_id = f->child;
	if (f->owner == NULL)
		req->audit.object_id = f->child;
	if (plan == 0) {
		struct db_arg child = DB_INT_ARG(f->child);

		if ((rc = izp_query(req, STMT_PLAN_OF_CHILD, &child, 1,
		    &f->plan)) != DB_OK)
			return rc;
		if (f->plan.nrows > 0)
			plan = strtoll(db_cell(&f->plan, 0, 0), NULL, 10);
	}
	/* Without a plan the child's own parts still count: its limits. */
	if ((rc = plan != 0 ? overview_read(req, plan, NULL, &f->o) :
	    overview_read_child(req, f->child, NULL, &f->o)) != 0)
		return rc;
	if ((rc = message_read(req, STMT_BSN, STMT_USERS, plan, f->child,
	    &f->bsn_row, &f->users)) != DB_OK)
		return rc;
	f->found = 1;
	return audit_write(req, db, "success");
}

/* What was asked, for the stylesheet: the interaction and its terms. */
static void
request_xml(struct fhir *f, xmlNodePtr root)
{
	struct izp_request *req = f->req;
	xmlNodePtr request = xml_child(root, "fhir-request");
	size_t i;

	xml_attr(request, "interaction", f->owner != NULL ? "read" : "search");
	xml_attr(request, "type", f->type->type);
	xml_attr(request, "base", arena_printf(&req->arena, "%s/fhir",
	    izp_site_base(req)));
	if (f->owner != NULL) {
		xml_attr(request, "object", f->owner->object);
		xml_attr(request, "object-id", arena_printf(&req->arena,
		    "%lld", req->path_id));
	}
	for (i = 0; i < req->query.n; i++) {
		const struct http_param *p = &req->query.v[i];

		if (strcmp(p->name, "_include") == 0)
			xml_text_child(request, "include", p->value);
		else if (strcmp(p->name, "patient") != 0 &&
		    strcmp(p->name, "_format") != 0 &&
		    strcmp(p->name, "identifier") != 0)
			token_xml(req, request, p->name, p->value);
	}
}

static int
handle(struct izp_request *req)
{
	struct fhir f = { .req = req };
	xmlNodePtr root;
	size_t i;
	int rc;

	for (i = 0; i < sizeof(searches) / sizeof(searches[0]); i++)
		if (req->view_name != NULL &&
		    strcmp(req->view_name, searches[i].type) == 0)
			f.type = &searches[i];
	for (i = 0; i < sizeof(owners) / sizeof(owners[0]) && f.owner == NULL &&
	    f.type != NULL; i++)
		if (req->path_id > 0 && req->path_object != NULL &&
		    strcmp(req->path_object, owners[i].object) == 0 &&
		    (owners[i].type == NULL ||
		    strcmp(owners[i].type, f.type->type) == 0))
			f.owner = &owners[i];
	if (req->path_id > 0 && req->path_object != NULL &&
	    strcmp(req->path_object, "user") == 0)
		f.owner = &practitioner;
	izp_audit_set(req, f.owner != NULL ? AUDIT_EXPORT : AUDIT_SEARCH, 0,
	    f.owner != NULL ? f.owner->object : "child", req->path_id > 0 ?
	    req->path_id : 0);
	if (f.type == NULL)
		return bad_request(req, "Dit adres of resourcetype kent deze "
		    "FHIR-server niet; zie /fhir/metadata voor wat hij levert.");
	if (req->path_id > 0 && f.owner == NULL)
		return izp_fail(req, 404, "Deze resource bestaat niet.");
	if ((rc = check_parameters(&f)) != 0)
		return rc;
	if (f.owner == NULL && (rc = search_child(&f)) != 0)
		return rc;
	if (strcmp(f.type->type, "metadata") == 0)
		izp_audit_set(req, AUDIT_READ, 0, "page", 0);
	else if (f.owner == NULL && strcmp(f.type->type, "Patient") != 0)
		req->audit.action = AUDIT_EXPORT;
	if ((rc = db_transaction(req->db, read_model, &f)) != 0)
		return rc;
	root = izp_page(req, "fhir");
	request_xml(&f, root);
	if (f.found && f.child != 0)
		overview_xml(root, &f.o, NULL, conf_get_long(req->conf,
		    "limits.review_months", 6));
	/* A caregiver read by id is one of "users", as in any message. */
	message_xml(root, &f.bsn_row, f.user.nrows > 0 ? &f.user : &f.users);
	return 200;
}

IZP_MESSAGE_PROGRAM("fhir", "read", handle, sql, STMT__MAX, overview_sql,
    OVERVIEW_SQL_NOW, "fhir/izp.xsl")
