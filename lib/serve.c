/*
 * The FastCGI accept loop shared by every program: read configuration and
 * parse stylesheets before the first accept, connect to MariaDB, then per
 * request: method, identity, body, CSRF, the program's handler, the audit row
 * of a refusal, and the response in the negotiated view.  Uses fcgiapp.h;
 * the stdio emulation would break libxml2's FILE based output.
 */
#include <errno.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/prctl.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <mimalloc.h>
#include <libxml/parser.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltutils.h>

#include "izp.h"
#include "izp-sql.h"
#include "internal.h"

/* How long a worker waits for the next request before it gives its free
 * memory back (izp_main). */
#define IDLE_MS	250

const char *const lib_sql[LIB_STMT__MAX] = {
	/*
	 * User names compare exactly: the column's collation would let
	 * "KINDERARTS" be kinderarts.  The first test lets the index find the
	 * row, the binary one decides.
	 */
	[LIB_STMT_USER] =
	    "SELECT id, username, display_name, role FROM users "
	    "WHERE username = ? AND CAST(username AS BINARY) = "
	    "CAST(? AS BINARY) AND active",
	/* The database sets the row's time and event id (a trigger). */
	[LIB_STMT_AUDIT] =
	    "INSERT INTO audit_log (" SQL_AUDIT_COLUMNS ") "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[LIB_STMT_PATIENT_OF] = "SELECT patient_of(?, ?)",
	/* The child's row comes along: a page about the child needs both,
	 * and one round trip is cheaper than two. */
	[LIB_STMT_ACCESS] =
	    "SELECT " SQL_MAY_SEE_CHILD " AS allowed, " SQL_CHILD_COLUMNS
	    " FROM children c WHERE c.id = ?",
	/* The same without the child's row, for a writer: its columns cost
	 * MariaDB more than the check. */
	[LIB_STMT_ACCESS_ONLY] =
	    "SELECT " SQL_MAY_SEE_CHILD " AS allowed FROM children c "
	    "WHERE c.id = ?",
	/* The same with the child's open plan (spoedoverzicht) or the plan
	 * named (overview) after the marker column: one round trip. */
	[LIB_STMT_ACCESS_OPEN_PLAN] =
	    "SELECT " SQL_MAY_SEE_CHILD " AS allowed, " SQL_CHILD_COLUMNS
	    ", NULL AS " SQL_PLAN_FOLLOWS ", " SQL_PLAN_REVISION_COLUMNS
	    "FROM children c LEFT JOIN (care_plans p" SQL_PLAN_JOINS ") "
	    "ON p.open_child_id = c.id WHERE c.id = ?",
	[LIB_STMT_PLAN_ACCESS] =
	    "SELECT " SQL_MAY_SEE_CHILD " AS allowed, " SQL_CHILD_COLUMNS
	    ", NULL AS " SQL_PLAN_FOLLOWS ", " SQL_PLAN_REVISION_COLUMNS
	    "FROM care_plans p" SQL_PLAN_JOINS " JOIN children c "
	    "ON c.id = p.child_id WHERE p.id = ?",
	[LIB_STMT_SEES_MANY] = SQL_SEES_MANY,
	[LIB_STMT_PLAN_FOR_CHANGE] = SQL_PLAN_FOR_CHANGE,
	[LIB_STMT_OPEN_PLAN_FOR_CHANGE] = SQL_OPEN_PLAN_FOR_CHANGE,
};

/* Pages, and the messages for other systems (NHG HIS, zib ADA, FHIR),
 * which only the programs that send them parse (izp_program.exchange;
 * a program of one message only that one, sheets_of): stylesheets are
 * most of a worker's own memory. */
static const char *const sheets[] = { "html/main.xsl", "nhg/izp.xsl",
    "ada/izp.xsl", "fhir/izp.xsl" };

static struct {
	struct conf	 conf;
	struct db	 db;
	const char	*identity_param;
	const char	*on_behalf_param;
	const char	*family_param;	/* the family's door's log-in */
	const char	*secret;
	const char	*origins;	/* site.origin: space separated */
	const char	*frame_ancestors;	/* site.frame_ancestors */
	const char	*base_path;	/* site.base_path, or "" */
	char		 base_param[256];	/* quoted: an XPath string */
	size_t		 body_max;
} process;

static enum izp_tool_status open_database(const struct conf *,
		    const struct izp_program *, struct db *, const char ***,
		    int *, const char **);

static const char *
reason_phrase(int status)
{
	switch (status) {
	case 200: return "OK";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 410: return "Gone";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 503: return "Service Unavailable";
	default: return "Internal Server Error";
	}
}

/* What the user reads when the handler gave no message of its own. */
static const char *
default_message(int status)
{
	switch (status) {
	case 400: return "Het verzoek bevat ongeldige gegevens.";
	case 403: return "U heeft geen toegang tot deze pagina.";
	case 404: return "Deze pagina of dit gegeven bestaat niet.";
	case 405: return "Deze handeling is hier niet toegestaan.";
	case 409: return "Het gegeven is intussen door iemand anders gewijzigd.";
	case 413: return "Het verzoek is te groot.";
	case 415: return "Dit soort gegevens wordt hier niet geaccepteerd.";
	case 503: return "Het IZP is tijdelijk niet bereikbaar. Probeer het "
	    "over een minuut opnieuw.";
	default: return "Er ging iets mis. Probeer het opnieuw.";
	}
}

int
izp_query(struct izp_request *req, size_t stmt, const struct db_arg *args,
    size_t nargs, struct db_rows *rows)
{
	return db_exec(req->db, &req->arena, LIB_STMT__MAX +
	    req->program->nshared + stmt, args, nargs, rows);
}

/* A statement of parts (lib/parts.c), split into one db_rows per part. */
int
izp_query_parts(struct izp_request *req, size_t stmt,
    const struct db_arg *args, size_t nargs, const struct db_part *parts,
    size_t nparts, struct db_rows *out)
{
	struct db_rows all;
	int rc;

	if ((rc = izp_query(req, stmt, args, nargs, &all)) != DB_OK)
		return rc;
	return db_split(&req->arena, &all, parts, nparts, out);
}

/*
 * Was this very form saved before (a double click, a retried commit)?
 * stmt selects the id by request_id; *id is 0 when it was not.
 */
int
izp_saved_before(struct izp_request *req, size_t stmt, long long *id)
{
	struct db_arg rid = DB_TEXT_ARG(req->request_id);
	struct db_rows rows;
	int rc;

	*id = 0;
	if ((rc = izp_query(req, stmt, &rid, 1, &rows)) != DB_OK)
		return rc;
	if (rows.nrows > 0) {
		*id = strtoll(db_cell(&rows, 0, 0), NULL, 10);
		req->audit.resent = 1;
		if (req->audit.object_id == 0)
			req->audit.object_id = *id;
	}
	return DB_OK;
}

/*
 * Is the row's current version (its request_id) the work of this very
 * form?  Then a twin of it (a double click) changed it a moment ago, and
 * this copy answers as that one did instead of as a conflict.  A request
 * id is the client's to choose: where the row says who changed it, only
 * that user's copy is a twin.
 */
int
izp_is_twin(struct izp_request *req, const struct db_rows *rows)
{
	const char *made_by = rows->nrows > 0 ? db_cell_named(rows, 0,
	    "request_id") : NULL;
	const char *changed_by = rows->nrows > 0 ? db_cell_named(rows, 0,
	    "changed_by") : NULL;

	if (req->method != HTTP_POST || req->request_id == NULL ||
	    made_by == NULL || strcmp(made_by, req->request_id) != 0 ||
	    (changed_by != NULL && strtoll(changed_by, NULL, 10) !=
	    req->user.id))
		return 0;
	req->audit.resent = 1;
	return 1;
}

/*
 * The ?at= of a view of the plan as it stood then: 0 and *at NULL when not
 * asked or now, 0 and *at the moment (in moment), or 400 with a Dutch message.
 */
int
izp_at_moment(struct izp_request *req, char moment[20], const char **at)
{
	const struct http_param *p = http_param_find(&req->query, "at");
	const char *error;

	*at = NULL;
	if (http_param_count(&req->query, "at") > 1)
		return izp_fail(req, 400, "Geef één moment (at=) op.");
	if (p == NULL || p->value[0] == '\0')
		return 0;
	if ((error = valid_moment(p->value, time(NULL), moment)) != NULL)
		return izp_fail(req, 400, error);
	if (moment[0] != '\0')
		*at = moment;
	return 0;
}

int
izp_fail(struct izp_request *req, int status, const char *message)
{
	/* An error replaces whatever page the handler had begun. */
	if (req->doc != NULL) {
		xmlFreeDoc(req->doc);
		req->doc = NULL;
	}
	req->status = status;
	req->message = message;
	return status;
}

int
izp_redirect(struct izp_request *req, const char *location)
{
	req->location = location;
	req->status = 303;
	return 303;
}

/* Does the program's statement stmt find a row?  1 or 0, or a db_status
 * below 0. */
int
izp_row_exists(struct izp_request *req, size_t stmt, const struct db_arg *args,
    size_t nargs)
{
	struct db_rows rows;
	int rc;

	if ((rc = izp_query(req, stmt, args, nargs, &rows)) != DB_OK)
		return rc;
	return rows.nrows > 0;
}

/* Is user (a form's choice) active and of one of these roles?  stmt is the
 * program's "SELECT role FROM users WHERE id = ? AND active".  1 or 0, or
 * a db_status below 0. */
int
izp_user_role_in(struct izp_request *req, size_t stmt, long long user,
    const char *const *roles)
{
	struct db_arg id = DB_INT_ARG(user);
	struct db_rows rows;
	int rc;

	if ((rc = izp_query(req, stmt, &id, 1, &rows)) != DB_OK)
		return rc;
	for (; rows.nrows == 1 && *roles != NULL; roles++)
		if (strcmp(db_cell(&rows, 0, 0), *roles) == 0)
			return 1;
	return 0;
}

int
izp_role_in(const struct izp_request *req, const char *const *roles)
{
	for (; *roles != NULL; roles++)
		if (req->user.role != NULL && strcmp(req->user.role, *roles) == 0)
			return 1;
	return 0;
}

static int
fragment_requested(struct izp_request *req)
{
	const struct http_param *p = http_param_find(&req->query, "weergave");

	return p != NULL && strcmp(p->value, "fragment") == 0;
}

/* The page document: <izp page=".."><session .../>..</izp>. */
xmlNodePtr
izp_page(struct izp_request *req, const char *page)
{
	xmlNodePtr root, session;

	if (req->doc != NULL)
		xmlFreeDoc(req->doc);
	req->doc = render_new_doc();
	root = xmlNewNode(NULL, (const xmlChar *)"izp");
	xmlDocSetRootElement(req->doc, root);
	xml_attr(root, "page", page);
	session = xml_child(root, "session");
	xml_attr(session, "user", req->user.username);
	xml_attr(session, "name", req->user.name);
	xml_attr(session, "role", req->user.role);
	/* ?weergave=fragment: the page without its chrome, for a portal's
	 * iframe. */
	if (fragment_requested(req))
		xml_attr(root, "view", "fragment");
	/* The family's door has its own chrome: no caregiver's menu. */
	if (req->program->family)
		xml_attr(root, "door", "family");
	req->sheet = sheets[0];
	return root;
}

static int
map_db_status(struct izp_request *req, int rc)
{
	if (rc == DB_OK)
		return 0;
	if (rc > 0)
		return rc;
	if (rc == DB_FULL)	/* rolled back whole: say so, and what to do */
		return izp_fail(req, 503, "Opslaan lukt nu niet: de database "
		    "heeft geen schijfruimte meer. Er is niets opgeslagen van "
		    "wat u net verstuurde. De beheerder is gewaarschuwd; "
		    "probeer het later opnieuw.");
	return izp_fail(req, rc == DB_ERROR ? 500 : 503, NULL);
}

/*
 * A family log-in (the family's door, IZP_FAMILY_USER from nginx): who it
 * is linked to, and what it may see, the program asks lib/family.c.  No
 * caregiver account is ever looked up for it.
 */
static int
identify_family(struct izp_request *req, FCGX_Request *fcgi)
{
	const char *name = FCGX_GetParam(process.family_param, fcgi->envp);

	if (name == NULL || *name == '\0')
		return izp_fail(req, 403, "U bent niet aangemeld. Meld u aan "
		    "via het patiëntenportaal van het ziekenhuis.");
	if (strlen(name) > 255 || !http_utf8_valid(name, strlen(name))) {
		req->presented_user = "(ongeldige gebruikersnaam)";
		return izp_fail(req, 403, "U bent niet aangemeld.");
	}
	req->presented_user = arena_strdup(&req->arena, name);
	req->user.id = 0;
	req->user.username = req->presented_user;
	req->user.name = req->presented_user;
	req->user.role = "gezin";
	req->user.on_behalf_of = req->presented_user;
	return 0;
}

static int
identify(struct izp_request *req, FCGX_Request *fcgi)
{
	const char *name = FCGX_GetParam(process.identity_param, fcgi->envp);
	struct db_arg args[2];
	struct db_rows rows;
	int rc, attempt;

	if (req->program->family)
		return identify_family(req, fcgi);
	if (name == NULL || *name == '\0')
		return izp_fail(req, 403, "U bent niet aangemeld.");
	if (strlen(name) > 255 || !http_utf8_valid(name, strlen(name))) {
		req->presented_user = "(ongeldige gebruikersnaam)";
		return izp_fail(req, 403, "U bent niet aangemeld.");
	}
	/* Kept for the audit row, also when nobody by that name exists. */
	req->presented_user = arena_strdup(&req->arena, name);
	args[0] = args[1] = DB_TEXT_ARG(req->presented_user);
	for (attempt = 0; attempt < 2; attempt++) {
		if ((rc = db_ensure(req->db)) != DB_OK)
			return map_db_status(req, rc);
		rc = db_exec(req->db, &req->arena, LIB_STMT_USER, args, 2,
		    &rows);
		if (rc != DB_RETRY)
			break;
	}
	if (rc != DB_OK)
		return map_db_status(req, rc);
	if (rows.nrows != 1)
		return izp_fail(req, 403, "Uw account is niet bekend in het IZP. "
		    "Neem contact op met de beheerder.");
	req->user.id = strtoll(db_cell(&rows, 0, 0), NULL, 10);
	req->user.username = db_cell(&rows, 0, 1);
	req->user.name = db_cell(&rows, 0, 2);
	req->user.role = db_cell(&rows, 0, 3);
	/*
	 * NEN 7513 wants the responsible user: a portal that knows someone acts
	 * for another passes that one; otherwise users act for themselves.
	 */
	req->user.on_behalf_of = req->user.username;
	if (process.on_behalf_param != NULL) {
		const char *v = FCGX_GetParam(process.on_behalf_param,
		    fcgi->envp);

		if (v != NULL && *v != '\0' && strlen(v) <= 255 &&
		    http_utf8_valid(v, strlen(v)))
			req->user.on_behalf_of = arena_strdup(&req->arena, v);
	}
	return 0;
}

/*
 * The token of a form that posts to action, for this user; "" when it
 * cannot be made, which no check accepts.
 */
const char *
izp_form_token(struct izp_request *req, const char *action)
{
	char token[CSRF_TOKEN_MAX];

	if (req->user.username == NULL || action == NULL ||
	    csrf_token(process.secret, req->user.username, action, time(NULL),
	    token) != 0)
		return "";
	return arena_strdup(&req->arena, token);
}

/* Is this exact origin (n bytes) one of site.origin? */
static int
origin_listed(const char *o, size_t n)
{
	const char *p = process.origins;

	while (*p != '\0') {
		size_t len = strcspn(p, " ");

		if (len == n && strncmp(p, o, n) == 0)
			return 1;
		p += len;
		p += strspn(p, " ");
	}
	return 0;
}

/*
 * An Origin, when the browser sends one, must be one of the configured
 * origins of this site (site.origin), exactly: scheme, host and port; and
 * the very door the request came in by (a form of the certificate door is
 * not posted through the portal's).
 */
static int
origin_ok(const struct izp_request *req)
{
	const char *o = req->origin;
	size_t scheme;

	/* A browser says so when a form of another site posts here. */
	if (req->fetch_site != NULL && (strcmp(req->fetch_site, "cross-site") ==
	    0 || strcmp(req->fetch_site, "same-site") == 0))
		return 0;
	if (req->origins > 1)
		return 0;
	if (o == NULL)
		return 1;
	if (req->scheme == NULL || req->host == NULL)
		return 0;
	scheme = strlen(req->scheme);
	if (strncmp(o, req->scheme, scheme) != 0 ||
	    strncmp(o + scheme, "://", 3) != 0 ||
	    strcmp(o + scheme + 3, req->host) != 0)
		return 0;
	return origin_listed(o, strlen(o));
}

/*
 * This site's address as the client reached it (the door it came in by),
 * with the path the site is served under (site.base_path), for absolute
 * URLs in messages; a Host that is not one of site.origin gets the first
 * configured origin instead.
 */
const char *
izp_site_base(struct izp_request *req)
{
	const char *o = NULL;

	if (req->scheme != NULL && req->host != NULL)
		o = arena_printf(&req->arena, "%s://%s", req->scheme,
		    req->host);
	if (o == NULL || !origin_listed(o, strlen(o)))
		o = arena_strndup(&req->arena, process.origins,
		    strcspn(process.origins, " "));
	return arena_printf(&req->arena, "%s%s", o, process.base_path);
}

int
izp_check_csrf(struct izp_request *req)
{
	const struct http_param *t = http_param_find(&req->form, "csrf_token");

	if (!origin_ok(req) || t == NULL ||
	    http_param_count(&req->form, "csrf_token") != 1 ||
	    csrf_verify(process.secret, req->user.username, req->path,
	    t->value, time(NULL)) != 0)
		return izp_fail(req, 403, "Dit formulier is verlopen of niet "
		    "geldig. Open de pagina opnieuw en verstuur het nog eens; "
		    "er is niets opgeslagen.");
	return 0;
}

static int
read_body(struct izp_request *req, FCGX_Request *fcgi)
{
	const char *type = FCGX_GetParam("CONTENT_TYPE", fcgi->envp);
	enum http_parse rc;
	size_t len;
	char *body;
	int got;

	if (type == NULL || strncasecmp(type,
	    "application/x-www-form-urlencoded", 33) != 0)
		return izp_fail(req, 415, "Verstuur dit formulier vanuit de "
		    "pagina zelf.");
	rc = http_content_length(FCGX_GetParam("CONTENT_LENGTH", fcgi->envp),
	    process.body_max, &len);
	if (rc != HTTP_PARSE_OK)
		return izp_fail(req, http_parse_status(rc), rc ==
		    HTTP_PARSE_TOO_LARGE ? "Het formulier is te groot om te "
		    "verwerken; er is niets opgeslagen." : NULL);
	if ((body = arena_alloc(&req->arena, len + 1)) == NULL)
		return izp_fail(req, 503, NULL);
	got = len > 0 ? FCGX_GetStr(body, (int)len, fcgi->in) : 0;
	if (got < 0 || (size_t)got != len)
		return izp_fail(req, 400, "Het formulier kwam onvolledig aan; "
		    "er is niets opgeslagen.");
	rc = http_parse_urlencoded(&req->arena, body, len, &req->form);
	if (rc != HTTP_PARSE_OK)
		return izp_fail(req, http_parse_status(rc), rc ==
		    HTTP_PARSE_BAD_UTF8 || rc == HTTP_PARSE_NUL ?
		    "Het formulier bevat ongeldige tekens (geen geldige "
		    "UTF-8-tekst); er is niets opgeslagen." : NULL);
	return 0;
}

static int
method_allowed(const struct izp_program *prog, const char *method)
{
	const char *p = prog->methods;
	size_t n = strlen(method);

	while ((p = strstr(p, method)) != NULL) {
		if ((p == prog->methods || p[-1] == ' ') &&
		    (p[n] == '\0' || p[n] == ' '))
			return 1;
		p += n;
	}
	return 0;
}

/* How often a parameter came: nginx passes a repeated header repeatedly. */
static int
count_param(char **envp, const char *name)
{
	size_t n = strlen(name);
	int count = 0;

	for (; envp != NULL && *envp != NULL; envp++)
		if (strncmp(*envp, name, n) == 0 && (*envp)[n] == '=')
			count++;
	return count;
}

static int
prepare_request(struct izp_request *req, FCGX_Request *fcgi)
{
	const char *id, *format, *query, *rid;
	enum http_parse rc;
	char fresh[33];

	req->message_sheet = req->program->message_sheet;
	req->method_name = arena_strdup(&req->arena,
	    FCGX_GetParam("REQUEST_METHOD", fcgi->envp));
	req->method = http_method_parse(req->method_name);
	req->remote_addr = arena_strdup(&req->arena,
	    FCGX_GetParam("REMOTE_ADDR", fcgi->envp));
	req->origin = arena_strdup(&req->arena,
	    FCGX_GetParam("HTTP_ORIGIN", fcgi->envp));
	req->host = arena_strdup(&req->arena,
	    FCGX_GetParam("HTTP_HOST", fcgi->envp));
	req->scheme = arena_strdup(&req->arena,
	    FCGX_GetParam("REQUEST_SCHEME", fcgi->envp));
	req->fetch_site = arena_strdup(&req->arena,
	    FCGX_GetParam("HTTP_SEC_FETCH_SITE", fcgi->envp));
	req->origins = count_param(fcgi->envp, "HTTP_ORIGIN");
	req->view_name = arena_strdup(&req->arena,
	    FCGX_GetParam("IZP_VIEW", fcgi->envp));
	/* The site's own path, as forms name it: without site.base_path
	 * (nginx routes only paths under it here). */
	req->path = arena_strdup(&req->arena,
	    FCGX_GetParam("DOCUMENT_URI", fcgi->envp));
	if (req->path != NULL && *process.base_path != '\0' &&
	    strncmp(req->path, process.base_path,
	    strlen(process.base_path)) == 0)
		req->path += strlen(process.base_path);
	req->path_object = arena_strdup(&req->arena,
	    FCGX_GetParam("IZP_OBJECT", fcgi->envp));
	format = FCGX_GetParam("IZP_FORMAT", fcgi->envp);
	req->view = (format != NULL && strcmp(format, ".xml") == 0) ||
	    http_accept_wants_xml(FCGX_GetParam("HTTP_ACCEPT", fcgi->envp)) ?
	    RENDER_XML : RENDER_HTML;
	if ((id = FCGX_GetParam("IZP_ID", fcgi->envp)) != NULL && *id != '\0' &&
	    valid_id(id, &req->path_id) != NULL)
		req->path_id = -1;
	/*
	 * What the audit row of a refusal says unless the handler says more:
	 * a read or a change of the object the path names.
	 */
	izp_audit_set(req, req->method == HTTP_GET ||
	    req->method == HTTP_HEAD ? AUDIT_READ : AUDIT_UPDATE, 0,
	    req->path_object != NULL ? req->path_object : "page",
	    req->path_id > 0 ? req->path_id : 0);

	/* Who asks comes first, so that every refusal below names them. */
	if (!req->program->open && identify(req, fcgi) != 0)
		return req->status;
	if (req->method == HTTP_OTHER || !method_allowed(req->program,
	    req->method == HTTP_HEAD ? "GET" : req->method_name))
		return izp_fail(req, 405, NULL);
	if (req->path_id < 0)
		return izp_fail(req, 404, NULL);
	query = FCGX_GetParam("QUERY_STRING", fcgi->envp);
	if (query != NULL && (rc = http_parse_urlencoded(&req->arena, query,
	    strlen(query), &req->query)) != HTTP_PARSE_OK)
		return izp_fail(req, http_parse_status(rc), "Het adres bevat "
		    "ongeldige tekens.");
	if (req->method == HTTP_POST) {
		if (read_body(req, fcgi) != 0 || izp_check_csrf(req) != 0)
			return req->status;
		rid = http_param_find(&req->form, "request_id") ?
		    http_param_find(&req->form, "request_id")->value : NULL;
		/* Every form carries one, so a resend can be recognised. */
		if (rid == NULL)
			return izp_fail(req, 400, "Het formulier is onvolledig "
			    "verstuurd; er is niets opgeslagen.");
		if (strlen(rid) != 32 || strspn(rid, "0123456789abcdef") != 32)
			return izp_fail(req, 400, "Het formulier is beschadigd "
			    "aangekomen; er is niets opgeslagen.");
		req->request_id = rid;
	} else {
		if (random_hex(fresh, 16) != 0)
			return izp_fail(req, 503, NULL);
		req->request_id = arena_strdup(&req->arena, fresh);
	}
	return 0;
}

static void
error_page(struct izp_request *req)
{
	xmlNodePtr root, err;

	root = izp_page(req, "error");
	err = xml_text_child(root, "error", req->message != NULL ?
	    req->message : default_message(req->status));
	xml_attr_int(err, "status", req->status);
	xml_attr(err, "link", req->error_link);
	xml_attr(err, "title", req->error_title);
	xml_attr(err, "link-text", req->error_link_text);
}

/* The methods a 405 names: the program's, comma-separated as HTTP has
 * them, and HEAD wherever GET is (it is answered as GET without body). */
static const char *
allow_header(struct izp_request *req)
{
	const char *methods = req->program->methods, *m;
	char *out, *o;
	size_t n;

	if ((out = arena_alloc(&req->arena, 2 * strlen(methods) + 8)) == NULL)
		return methods;
	for (o = out, m = methods; *m != '\0'; m += n) {
		m += strspn(m, " ");
		if ((n = strcspn(m, " ")) == 0)
			break;
		o += sprintf(o, "%s%.*s", o == out ? "" : ", ", (int)n, m);
		if (n == 3 && strncmp(m, "GET", 3) == 0)
			o += sprintf(o, ", HEAD");
	}
	return out;
}

static void
respond(struct izp_request *req, FCGX_Request *fcgi)
{
	const char *type = "text/plain; charset=utf-8";
	const char *params[3] = { NULL, NULL, NULL };
	xmlChar *out = NULL;
	int len = 0, sheet;

	if (req->status == 303) {
		/* Handlers name site paths; the site may be served under
		 * a path of its own (site.base_path). */
		FCGX_FPrintF(fcgi->out, "Status: 303 See Other\r\n"
		    "Location: %s%s\r\nCache-Control: no-store\r\n"
		    "Content-Length: 0\r\n\r\n", req->location[0] == '/' ?
		    process.base_path : "", req->location);
		return;
	}
	/* A handler answers 400 with its form; every other error is a page. */
	if (req->status >= 400 && req->doc == NULL)
		error_page(req);
	if (req->message_sheet != NULL) {
		req->sheet = req->message_sheet;
		req->view = RENDER_HTML;
	}
	sheet = req->view == RENDER_XML ? -1 : render_find(req->sheet);
	/* Only the HTML pages link to the site. */
	if (sheet >= 0 && strcmp(req->sheet, sheets[0]) == 0) {
		params[0] = "base";
		params[1] = process.base_param;
	}
	if (req->doc == NULL || render_to_buffer(req->doc, sheet, params, &out,
	    &len, &type) != 0) {
		syslog(LOG_ERR, "rendering failed for %s", req->program->name);
		req->status = 500;
		xmlFree(out);
		out = NULL;
		len = 0;
		type = "text/plain; charset=utf-8";
	}
	/* Who may frame the page (an intranet portal: site.frame_ancestors);
	 * nginx's own policy (izp-headers.conf) leaves this part to us. */
	FCGX_FPrintF(fcgi->out, "Status: %d %s\r\nContent-Type: %s\r\n"
	    "Cache-Control: no-store\r\nContent-Security-Policy: "
	    "frame-ancestors %s\r\n", req->status,
	    reason_phrase(req->status), type, process.frame_ancestors);
	if (req->status == 405)
		FCGX_FPrintF(fcgi->out, "Allow: %s\r\n", allow_header(req));
	if (out == NULL) {
		static const char oops[] = "Er ging iets mis aan onze kant. "
		    "Probeer het opnieuw of neem contact op met de beheerder.\n";

		FCGX_FPrintF(fcgi->out, "Content-Length: %zu\r\n\r\n",
		    sizeof(oops) - 1);
		if (req->method != HTTP_HEAD)
			FCGX_PutStr(oops, sizeof(oops) - 1, fcgi->out);
		return;
	}
	FCGX_FPrintF(fcgi->out, "Content-Length: %d\r\n\r\n", len);
	if (req->method != HTTP_HEAD)
		FCGX_PutStr((const char *)out, len, fcgi->out);
	xmlFree(out);
}

static void
handle(const struct izp_program *prog, FCGX_Request *fcgi)
{
	struct izp_request req;

	memset(&req, 0, sizeof(req));
	req.db = &process.db;
	req.conf = &process.conf;
	req.program = prog;
	req.fcgi = fcgi;
	req.status = 200;
	process.db.on_commit = audit_committed;
	process.db.on_commit_arg = &req;
	if (prepare_request(&req, fcgi) == 0) {
		req.status = prog->handler(&req);
		if (req.status <= 0)
			map_db_status(&req, req.status);
	}
	if (!prog->open)
		audit_settle(&req);
	process.db.on_commit = NULL;
	process.db.on_commit_arg = NULL;
	respond(&req, fcgi);
	db_end(&process.db);
	if (req.doc != NULL)
		xmlFreeDoc(req.doc);
	arena_free(&req.arena);
}

/*
 * The configuration file, read and checked: NULL, or why it cannot be used
 * (in why, naming the line or the key).
 */
static const char *
config_problem(struct conf *conf, const char *path, char *why, size_t size)
{
	if (conf_load(conf, path) != 0) {
		if (conf->bad_line > 0)
			snprintf(why, size, "configuration %s: line %d has no "
			    "'='", path, conf->bad_line);
		else if (conf->too_many)
			snprintf(why, size, "configuration %s has more than %d "
			    "settings", path, CONF_MAX_ENTRIES);
		else
			snprintf(why, size, "configuration %s cannot be read "
			    "(%s)", path, strerror(errno));
		return why;
	}
	if (conf_check(conf, why, size) != 0) {
		char key[256];

		snprintf(key, sizeof(key), "%s", why);
		snprintf(why, size, "configuration %s: %s", path, key);
		return why;
	}
	return NULL;
}

/* A program of one message (FHIR) answers everything in it, its errors
 * too (respond): it needs that sheet alone; plan-message needs them all. */
static const char *const *
sheets_of(const struct izp_program *prog)
{
	return prog->message_sheet != NULL ? &prog->message_sheet : sheets;
}

static size_t
sheets_count(const struct izp_program *prog)
{
	if (prog->message_sheet != NULL || !prog->exchange)
		return 1;
	return sizeof(sheets) / sizeof(sheets[0]);
}

static int
start(const struct izp_program *prog, const char ***all_sql)
{
	const char *path = getenv("IZP_CONFIG");
	const char *why = NULL;
	char why_conf[512];
	int db_rc = DB_ERROR;

	if (path == NULL)
		path = "/etc/izp/izp.conf";
	if (config_problem(&process.conf, path, why_conf, sizeof(why_conf)) !=
	    NULL) {
		syslog(LOG_ERR, "%s", why_conf);	/* and stderr: LOG_PERROR */
		return -1;
	}
	/* A worker ends with its multiwatch, which a supervisor (systemd,
	 * tools/izp-stack) starts again with fresh workers: none is left
	 * serving the socket unsupervised. */
	if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() == 1)
		syslog(LOG_WARNING, "not bound to a supervisor's life");
	process.identity_param = conf_get(&process.conf, "identity.param",
	    "REMOTE_USER");
	process.on_behalf_param = conf_get(&process.conf,
	    "identity.on_behalf_param", NULL);
	process.family_param = conf_get(&process.conf,
	    "identity.family_param", "IZP_FAMILY_USER");
	/* conf_check has made sure of both: a secret of 32 or more, and
	 * origins scheme://host[:port]. */
	process.secret = conf_get(&process.conf, "csrf.secret", NULL);
	process.origins = conf_get(&process.conf, "site.origin", NULL);
	process.body_max = (size_t)conf_get_long(&process.conf, "body.max",
	    65536);
	process.frame_ancestors = conf_get(&process.conf,
	    "site.frame_ancestors", "'none'");
	/* conf_check allows no quote in it: safe between quotes. */
	process.base_path = conf_get(&process.conf, "site.base_path", "");
	if ((size_t)snprintf(process.base_param, sizeof(process.base_param),
	    "'%s'", process.base_path) >= sizeof(process.base_param)) {
		syslog(LOG_ERR, "site.base_path is too long");
		return -1;
	}
	/*
	 * Built on glibc's malloc (MALLOC= in the Makefile, the sanitizer
	 * builds): a large plan's documents are big blocks, from the system
	 * and back to it after the request (fixed thresholds: glibc's own
	 * would rise and keep them), so a worker's memory does not stay at
	 * its largest page.  Under mimalloc these change nothing.
	 */
	if (mallopt(M_MMAP_THRESHOLD, 128 * 1024) != 1 ||
	    mallopt(M_TRIM_THRESHOLD, 256 * 1024) != 1)
		syslog(LOG_WARNING, "cannot set the malloc thresholds");
	xmlInitParser();
	if (render_init(conf_get(&process.conf, "xslt.dir", "xslt"),
	    sheets_of(prog), sheets_count(prog)) != 0) {
		syslog(LOG_ERR, "cannot parse stylesheets");
		return -1;
	}
	/* A server still starting is no reason to stop: db_ensure retries. */
	if (open_database(&process.conf, prog, &process.db, all_sql, &db_rc,
	    &why) != IZP_TOOL_OK && db_rc != DB_UNAVAILABLE) {
		syslog(LOG_ERR, "%s", why);
		return -1;
	}
	return 0;
}

/*
 * The program's database account (db.user.CLASS) with lib's statements,
 * the shared ones it uses and its own prepared: IZP_TOOL_CONFIG when the
 * account is not configured, IZP_TOOL_DATABASE when the server cannot be
 * reached or a statement not prepared (the server may still be starting:
 * db_ensure tries again).
 */
static enum izp_tool_status
open_database(const struct conf *conf, const struct izp_program *prog,
    struct db *db, const char ***all_sql, int *db_rc, const char **why)
{
	static char reason[320];
	struct db_config dbc;
	const char **sql;
	char key[128];
	size_t i, nsql;

	*all_sql = NULL;
	*db_rc = DB_ERROR;
	/* lib's statements, the shared ones the program uses, its own. */
	nsql = LIB_STMT__MAX + prog->nshared + prog->nsql;
	if ((sql = calloc(nsql, sizeof(*sql))) == NULL) {
		*why = "out of memory";
		return IZP_TOOL_CONFIG;
	}
	for (i = 0; i < LIB_STMT__MAX; i++)
		sql[i] = lib_sql[i];
	for (i = 0; i < prog->nshared; i++)
		sql[LIB_STMT__MAX + i] = prog->shared_sql[i];
	for (i = 0; i < prog->nsql; i++)
		sql[LIB_STMT__MAX + prog->nshared + i] = prog->sql[i];
	*all_sql = sql;
	memset(&dbc, 0, sizeof(dbc));
	dbc.socket = conf_get(conf, "db.socket", NULL);
	dbc.host = conf_get(conf, "db.host", NULL);
	dbc.port = (unsigned int)conf_get_long(conf, "db.port", 0);
	dbc.database = conf_get(conf, "db.name", "izp");
	dbc.timeout = (unsigned int)conf_get_long(conf, "db.timeout", 5);
	snprintf(key, sizeof(key), "db.user.%s", prog->db_class);
	dbc.user = conf_get(conf, key, NULL);
	snprintf(key, sizeof(key), "db.password.%s", prog->db_class);
	dbc.password = conf_get(conf, key, NULL);
	if (dbc.user == NULL || dbc.password == NULL) {
		snprintf(reason, sizeof(reason), "no database account for "
		    "class %s (db.user.%s, db.password.%s)", prog->db_class,
		    prog->db_class, prog->db_class);
		*why = reason;
		return IZP_TOOL_CONFIG;
	}
	if ((*db_rc = db_open(db, &dbc, sql, nsql)) == DB_OK)
		return IZP_TOOL_OK;
	snprintf(reason, sizeof(reason), "cannot prepare statements: %s",
	    db->last_error);
	*why = reason;
	return IZP_TOOL_DATABASE;
}

/*
 * A command-line tool of the suite (tools/izp-export): what start() does
 * for a worker, without FastCGI; errors go to stderr, and the status says
 * which kind (a tool's exit code).
 */
enum izp_tool_status
izp_tool_open(struct izp_tool *tool, const struct izp_program *prog,
    const char *config, const char *const *tool_sheets, size_t nsheets)
{
	const char *why = NULL;
	char why_conf[512];
	enum izp_tool_status status;
	int db_rc;

	memset(tool, 0, sizeof(*tool));
	if (config_problem(&tool->conf, config, why_conf, sizeof(why_conf)) !=
	    NULL) {
		fprintf(stderr, "%s: %s\n", prog->name, why_conf);
		return IZP_TOOL_CONFIG;
	}
	xmlInitParser();
	if (render_init(conf_get(&tool->conf, "xslt.dir", "xslt"), tool_sheets,
	    nsheets) != 0) {
		fprintf(stderr, "%s: cannot parse the stylesheets in %s "
		    "(xslt.dir)\n", prog->name, conf_get(&tool->conf,
		    "xslt.dir", "xslt"));
		return IZP_TOOL_CONFIG;
	}
	status = open_database(&tool->conf, prog, &tool->db, &tool->sql,
	    &db_rc, &why);
	if (status != IZP_TOOL_OK)
		fprintf(stderr, "%s: %s%s\n", prog->name, status ==
		    IZP_TOOL_DATABASE ? "database unavailable: " : "", why);
	return status;
}

void
izp_tool_close(struct izp_tool *tool)
{
	db_close(&tool->db);
	free(tool->sql);
	tool->sql = NULL;
	render_cleanup();
	xsltCleanupGlobals();
	xmlCleanupParser();
	conf_free(&tool->conf);
}

/* mimalloc's, when the program allocates through it (Makefile: MALLOC);
 * NULL in the tools and the sanitizer builds, which use glibc's. */
#pragma weak mi_collect
#pragma weak mi_option_get
#pragma weak mi_option_set

/*
 * Gives the heap's free pages back to the system.  mimalloc does so a
 * moment after a page empties, on its next call, which an idle worker
 * never makes: without a delay its collection does it at once.
 */
static void
give_back_memory(void)
{
	long page_delay, segment_delay;

	if (mi_collect == NULL) {
		malloc_trim(0);
		return;
	}
	page_delay = mi_option_get(mi_option_decommit_delay);
	segment_delay = mi_option_get(mi_option_segment_decommit_delay);
	mi_option_set(mi_option_decommit_delay, 0);
	mi_option_set(mi_option_segment_decommit_delay, 0);
	mi_collect(true);
	mi_option_set(mi_option_decommit_delay, page_delay);
	mi_option_set(mi_option_segment_decommit_delay, segment_delay);
}

/* No connection came to the FastCGI socket (fd 0) for a while. */
static int
idle(void)
{
	struct pollfd listener = { .fd = 0, .events = POLLIN };

	return poll(&listener, 1, IDLE_MS) == 0;
}

int
izp_main(const struct izp_program *prog)
{
	FCGX_Request fcgi;
	const char **sql = NULL;
	int rc = 1;

	openlog(prog->name, LOG_PID | LOG_PERROR, LOG_DAEMON);
	if (start(prog, &sql) != 0)
		goto out;
	if (FCGX_Init() != 0 || FCGX_InitRequest(&fcgi, 0, 0) != 0) {
		syslog(LOG_ERR, "FastCGI initialisation failed");
		goto out;
	}
	while (FCGX_Accept_r(&fcgi) >= 0) {
		handle(prog, &fcgi);
		FCGX_Finish_r(&fcgi);
		/*
		 * A page's document is thousands of small nodes, freed
		 * between blocks still in use: only a collection (a trim in
		 * glibc) gives their pages back.  Only once no request came
		 * for a while (a new one ends the wait at once), so a worker
		 * in use does not fault its heap in again for every request,
		 * and a quiet one does not keep the size of its largest page.
		 */
		if (idle())
			give_back_memory();
	}
	FCGX_Free(&fcgi, 1);
	rc = 0;
out:
	db_close(&process.db);
	free(sql);
	render_cleanup();
	xsltCleanupGlobals();
	xmlCleanupParser();
	conf_free(&process.conf);
	closelog();
	return rc;
}
