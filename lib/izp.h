/*
 * libizp: the shared core of the IZP FastCGI programs.
 *
 * One header, one prefix per concern: arena_ (per-request memory), conf_
 * (process configuration), http_ (request parsing), valid_ and form_ (field
 * tables and validators), csrf_ (form tokens), db_ (MariaDB), xml_ (building
 * documents), render_ (XSLT and output), audit_ (NEN 7513 log), izp_ (the
 * accept loop that ties them together).  Functions return a status; nothing
 * here calls exit() once the loop runs.
 */
#ifndef IZP_H
#define IZP_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <libxml/tree.h>

/* ---------------------------------------------------------------- arena */

struct arena_block;
struct arena {
	struct arena_block *head;
};

void	*arena_alloc(struct arena *, size_t);
char	*arena_strndup(struct arena *, const char *, size_t);
char	*arena_strdup(struct arena *, const char *);
char	*arena_printf(struct arena *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 arena_free(struct arena *);

/* ----------------------------------------------------------------- conf */

#define CONF_MAX_ENTRIES 64

struct conf {
	size_t	 n;
	char	*key[CONF_MAX_ENTRIES];
	char	*value[CONF_MAX_ENTRIES];
	int	 bad_line;	/* the line without '=' conf_parse refused */
	int	 too_many;	/* more than CONF_MAX_ENTRIES assignments */
};

int		 conf_load(struct conf *, const char *path);
int		 conf_parse(struct conf *, const char *text);
const char	*conf_get(const struct conf *, const char *key, const char *fallback);
long		 conf_get_long(const struct conf *, const char *key, long fallback);
void		 conf_free(struct conf *);
int		 conf_check(const struct conf *, char *why, size_t);
const char	*conf_known_key(size_t);

/* ----------------------------------------------------------------- http */

enum http_method {
	HTTP_GET,
	HTTP_HEAD,
	HTTP_POST,
	HTTP_OTHER
};

/* Outcome of parsing untrusted input; each maps to one HTTP status. */
enum http_parse {
	HTTP_PARSE_OK = 0,
	HTTP_PARSE_BAD_ESCAPE,	/* malformed %xx */
	HTTP_PARSE_BAD_UTF8,	/* not valid UTF-8 after decoding */
	HTTP_PARSE_NUL,		/* a NUL byte or other forbidden control */
	HTTP_PARSE_TOO_LARGE,	/* over the configured limit */
	HTTP_PARSE_BAD_LENGTH,	/* CONTENT_LENGTH absent, not a number */
	HTTP_PARSE_SHORT,	/* fewer bytes arrived than announced */
	HTTP_PARSE_NOMEM
};

struct http_param {
	char	*name;
	char	*value;
	size_t	 len;
};

struct http_params {
	struct http_param	*v;
	size_t			 n;
};

int		 http_utf8_valid(const char *, size_t);
size_t		 http_utf8_length(const char *, size_t);
enum http_parse	 http_percent_decode(struct arena *, const char *, size_t,
		    char **out, size_t *outlen);
enum http_parse	 http_parse_urlencoded(struct arena *, const char *, size_t,
		    struct http_params *);
enum http_parse	 http_content_length(const char *, size_t max, size_t *out);
const struct http_param *http_param_find(const struct http_params *,
		    const char *name);
size_t		 http_param_count(const struct http_params *, const char *name);
enum http_method http_method_parse(const char *);
int		 http_accept_wants_xml(const char *accept);
int		 http_parse_status(enum http_parse);

/* ---------------------------------------------------------- valid, form */

enum field_type {
	FIELD_TEXT,	/* one line of text */
	FIELD_MEMO,	/* several lines of text */
	FIELD_ID,	/* positive integer id of a row */
	FIELD_ENUM,	/* one of a fixed list of codes */
	FIELD_DATE,	/* a real calendar date */
	FIELD_BSN,	/* Dutch citizen service number, 11-test */
	FIELD_TOKEN,	/* hidden machine token: [0-9a-f.] only */
	FIELD_VERSION,	/* hidden: the version of the row the user saw */
	FIELD_CHECK	/* a check box: "ja" when ticked */
};

struct field_choice {
	const char	*code;
	const char	*label;
};

struct field_def {
	const char			*name;
	const char			*label;
	enum field_type			 type;
	int				 required;
	size_t				 max_len;	/* characters */
	const struct field_choice	*choices;	/* FIELD_ENUM, NULL ended */
	const char			*hint;
};

struct date {
	int	year, month, day;
};

struct field_value {
	int		 present;	/* non-empty after trimming */
	const char	*text;		/* as typed (trimmed), for redisplay */
	size_t		 len;
	long long	 id;		/* FIELD_ID */
	struct date	 date;		/* FIELD_DATE */
	char		 iso[11];	/* FIELD_DATE as YYYY-MM-DD */
	const char	*error;		/* Dutch message, or NULL */
	const char	*error_link;	/* where to fix it, e.g. the old limit */
	const char	*error_link_text;
};

const char	*valid_text(const char *, size_t, size_t max, int multiline);
const char	*valid_id(const char *, long long *);
const char	*valid_enum(const char *, const struct field_choice *);
const char	*valid_date(const char *, struct date *);
const char	*valid_bsn(const char *);
const char	*valid_moment(const char *, time_t now, char out[20]);
int		 valid_phone(const char *);
int		 valid_email(const char *);
const char	*valid_agb_gp(const char *);
const char	*valid_outbox(const char *root, const char *path);
/* Where the outboxes of the delivery live unless export.outbox_root says. */
#define IZP_OUTBOX_ROOT "/var/lib/izp/outbox"
int		 age_on(const struct date *birth, const struct date *on);
const char	*wgbo_missing(int age, int child_agreed, int parents_agreed);
int		 date_is_real(int y, int m, int d);
int		 date_compare(const struct date *, const struct date *);
struct date	 date_today(void);
int		 moment_now(char out[20]);

int		 form_read(struct arena *, const struct http_params *,
		    const struct field_def *, size_t, struct field_value *);
void		 form_set_error(struct field_value *, const char *);
void		 form_set_error_link(struct field_value *, const char *,
		    const char *, const char *);
int		 form_not_in_future(struct field_value *, const char *message);
void		 form_set_value(xmlNodePtr form, const char *name,
		    const char *value);
const char	*form_choice_label(const struct field_def *, const char *code);

/*
 * Whether the child took part in a conversation (drawing up the plan, an
 * ACP conversation, an evaluation): the whole, part of it, or not, and
 * why not or which part.  The same two fields on every such form.
 */
extern const struct field_choice child_participation[];
extern const struct field_choice crisis_situations[];
extern const struct field_choice directive_kinds[];
const char	*choice_label(const struct field_choice *, const char *code);
#define CHILD_PARTICIPATED_FIELD { "child_participated", "Deed het kind " \
	"mee aan het gesprek?", FIELD_ENUM, 1, 5, child_participation, NULL }
#define CHILD_ABSENT_REASON_FIELD { "child_absent_reason", "Waarom niet, " \
	"of bij welk deel?", FIELD_MEMO, 0, 1000, NULL, "Verplicht als het " \
	"kind niet of maar voor een deel meedeed." }
int		 form_check_participation(struct field_value *took_part,
		    struct field_value *reason);

/* The child's contacts, as registered and as corrected later. */
#define CHILD_GP_NAME_FIELD { "gp_name", "Huisarts", FIELD_TEXT, 0, 200, \
	NULL, NULL }
#define CHILD_GP_PRACTICE_FIELD { "gp_practice", "Huisartsenpraktijk", \
	FIELD_TEXT, 0, 200, NULL, NULL }
#define CHILD_GP_PHONE_FIELD { "gp_phone", "Telefoon huisarts", FIELD_TEXT, \
	0, 50, NULL, NULL }
#define CHILD_GP_AGB_FIELD { "gp_agb", "AGB-code huisarts", FIELD_TEXT, 0, \
	8, NULL, "8 cijfers, begint met 01; zo vindt het huisartsensysteem " \
	"de juiste huisarts bij een bericht." }
#define CHILD_HAP_NAME_FIELD { "hap_name", "Huisartsenpost (HAP)", \
	FIELD_TEXT, 0, 200, NULL, "De huisartsenpost voor het adres van het " \
	"kind, voor 's avonds, 's nachts en in het weekend." }
#define CHILD_HAP_PHONE_FIELD { "hap_phone", "Telefoon huisartsenpost", \
	FIELD_TEXT, 0, 50, NULL, NULL }
#define CHILD_ADDRESS_FIELD { "address", "Adres van het kind", FIELD_TEXT, \
	0, 300, NULL, "Straat, huisnummer en plaats: voor de ambulance en " \
	"de dokter van dienst." }
#define CHILD_PHONE_FIELD { "phone", "Telefoon thuis", FIELD_TEXT, 0, 50, \
	NULL, NULL }
/* A program's enum lists CHILD_CONTACT_FIELDS, its field table
 * CHILD_CONTACT_FIELD_DEFS: the same eight fields wherever they are. */
#define CHILD_CONTACT_FIELDS F_GP_NAME, F_GP_PRACTICE, F_GP_PHONE, F_GP_AGB, \
	F_HAP_NAME, F_HAP_PHONE, F_ADDRESS, F_PHONE
#define CHILD_CONTACT_FIELD_DEFS \
	[F_GP_NAME] = CHILD_GP_NAME_FIELD, \
	[F_GP_PRACTICE] = CHILD_GP_PRACTICE_FIELD, \
	[F_GP_PHONE] = CHILD_GP_PHONE_FIELD, [F_GP_AGB] = CHILD_GP_AGB_FIELD, \
	[F_HAP_NAME] = CHILD_HAP_NAME_FIELD, \
	[F_HAP_PHONE] = CHILD_HAP_PHONE_FIELD, \
	[F_ADDRESS] = CHILD_ADDRESS_FIELD, [F_PHONE] = CHILD_PHONE_FIELD
int		 form_check_agb(struct field_value *);
int		 form_check_phone(struct field_value *);

/* ----------------------------------------------------------------- csrf */

#define CSRF_TOKEN_MAX 96
#define CSRF_LIFETIME (12 * 3600)

int	csrf_token(const char *secret, const char *user, const char *action,
	    time_t now, char out[CSRF_TOKEN_MAX]);
int	csrf_verify(const char *secret, const char *user, const char *action,
	    const char *token, time_t now);
int	random_hex(char *out, size_t nbytes);

/* ------------------------------------------------------------------- db */

/* Statuses of db_ calls; negative so they never collide with HTTP codes. */
enum db_status {
	DB_OK = 0,
	DB_RETRY = -1,		/* deadlock or connection lost: run again */
	DB_DUPLICATE = -2,	/* unique key violated */
	DB_UNAVAILABLE = -3,	/* cannot reach the server */
	DB_ERROR = -4,		/* anything else: a bug or a grant missing */
	DB_FULL = -5		/* the server cannot write: its disk is full */
};

enum db_arg_type {
	DB_NULL,
	DB_INT,
	DB_TEXT
};

struct db_arg {
	enum db_arg_type	 type;
	long long		 i;
	const char		*s;
	size_t			 len;
};

#define DB_INT_ARG(v)	((struct db_arg){ .type = DB_INT, .i = (v) })
#define DB_TEXT_ARG(v)	((struct db_arg){ .type = (v) ? DB_TEXT : DB_NULL, \
			    .s = (v), .len = (v) ? strlen(v) : 0 })
#define DB_NULL_ARG	((struct db_arg){ .type = DB_NULL })

struct db_rows {
	size_t		  nrows;
	size_t		  ncols;
	char		**cells;	/* nrows * ncols, NULL for SQL NULL */
	const char	**names;	/* column names */
	unsigned long long affected;
	unsigned long long insert_id;
};

struct db_config {
	const char	*socket;
	const char	*host;
	unsigned int	 port;
	const char	*user;
	const char	*password;
	const char	*database;
	unsigned int	 timeout;
};

struct st_mysql;
struct st_mysql_stmt;

struct db {
	struct st_mysql		 *conn;
	struct st_mysql_stmt	**stmts;
	const char *const	 *sql;
	size_t			  nstmts;
	struct db_config	  config;
	unsigned int		  last_errno;
	char			  last_error[256];
	unsigned int		  reconnects;	/* for tests and logs */
	unsigned long		  txn;		/* counts db_transaction runs */
	int			  open;		/* a transaction is under way */
	void			(*on_commit)(struct db *, void *);
	void			 *on_commit_arg;
};

int		 db_open(struct db *, const struct db_config *,
		    const char *const *sql, size_t nstmts);
int		 db_ensure(struct db *);
void		 db_close(struct db *);
int		 db_exec(struct db *, struct arena *, size_t stmt,
		    const struct db_arg *, size_t nargs, struct db_rows *);
const char	*db_cell(const struct db_rows *, size_t row, size_t col);
const char	*db_cell_named(const struct db_rows *, size_t row,
		    const char *name);
int		 db_transaction(struct db *, int (*work)(struct db *, void *),
		    void *arg);

/*
 * One part of a statement of parts (lib/parts.c): its column names and
 * count, from its PART_x list (DB_PART), and how many rows to keep (0: all).
 */
struct db_part {
	const char *const	*names;
	size_t			 ncols;
	size_t			 max_rows;
};
#define DB_PART(list, max) \
	{ (const char *const[]){ list(SQL_PART_NAME) }, 0 list(SQL_PART_COUNT), \
	    (max) }

int		 db_split(struct arena *, const struct db_rows *all,
		    const struct db_part *, size_t nparts, struct db_rows *out);
/* The rows of a statement of parts about many owners (SQL_MANY), sorted
 * once; db_take gives one owner's parts, owner[p] being part p's. */
struct db_sorted_parts {
	const struct db_rows	*all;
	size_t			*order;
	size_t			 nparts;
};
int		 db_sort_parts(struct arena *, const struct db_rows *all,
		    size_t nparts, struct db_sorted_parts *);
int		 db_take(struct arena *, const struct db_sorted_parts *,
		    const struct db_part *, const long long *owner,
		    struct db_rows *out);
void		 db_end(struct db *);

/* ------------------------------------------------------------------ xml */

xmlNodePtr	 xml_child(xmlNodePtr parent, const char *name);
xmlNodePtr	 xml_text_child(xmlNodePtr parent, const char *name,
		    const char *text);
void		 xml_attr(xmlNodePtr, const char *name, const char *value);
void		 xml_attr_int(xmlNodePtr, const char *name, long long value);
void		 xml_rows(xmlNodePtr parent, const char *element,
		    const struct db_rows *, size_t row);
xmlNodePtr	 xml_list(xmlNodePtr parent, const char *list, const char *item,
		    const struct db_rows *);

/* --------------------------------------------------------------- render */

enum render_view {
	RENDER_HTML,
	RENDER_XML
};

int	 render_init(const char *dir, const char *const *sheets, size_t n);
void	 render_cleanup(void);
int	 render_find(const char *name);
xmlDocPtr render_new_doc(void);
int	 render_to_buffer(xmlDocPtr, int sheet, const char **params,
	    xmlChar **out, int *len, const char **content_type);

/* ---------------------------------------------------------------- audit */

/* NEN 7513 event types. */
enum audit_action {
	AUDIT_CREATE,
	AUDIT_READ,
	AUDIT_UPDATE,
	AUDIT_PRINT,
	AUDIT_EXPORT,
	AUDIT_SEARCH,
	AUDIT_EMERGENCY
};

struct audit_event {
	enum audit_action	 action;
	long long		 patient_id;	/* 0: none known */
	const char		*object_type;
	long long		 object_id;
	const char		*shown;		/* a list's children: JSON ids */
	const char		*receiver;	/* an export's receiving party */
	unsigned long		 txn;		/* transaction that wrote it */
	int			 resent;	/* a copy of a form carried out */
	int			 written;	/* set once the row is committed */
};

/* ------------------------------------------------------------ izp: loop */

struct izp_user {
	long long	 id;
	const char	*username;
	const char	*name;
	const char	*role;
	const char	*on_behalf_of;	/* the responsible user (NEN 7513) */
};

struct izp_request;
typedef int (*izp_handler)(struct izp_request *);

/* What one program is: its name, its database account, its statements. */
struct izp_program {
	const char		*name;
	const char		*db_class;
	const char *const	*sql;
	size_t			 nsql;
	const char *const	*shared_sql;	/* lib's, prepared before sql */
	size_t			 nshared;
	const char		*methods;	/* e.g. "GET POST" */
	izp_handler		 handler;
	const char		*message_sheet;	/* NULL: pages; else every
						 * answer, errors too */
	int			 exchange;	/* renders the messages (NHG,
						 * ADA, FHIR), so parses their
						 * stylesheets too */
	int			 open;		/* answers without a user and
						 * writes no audit row: only
						 * for what shows nothing of
						 * anyone (the health check) */
	int			 family;	/* the family's door: its
						 * user is a family log-in
						 * (lib/family.c), never a
						 * caregiver */
};

struct izp_request {
	struct arena		 arena;
	struct db		*db;
	const struct conf	*conf;
	const struct izp_program *program;
	void			*fcgi;		/* FCGX_Request *, NULL in tests */

	enum http_method	 method;
	const char		*method_name;
	const char		*remote_addr;
	const char		*origin;
	const char		*host;
	const char		*scheme;	/* http or https: the door */
	const char		*fetch_site;	/* Sec-Fetch-Site, if sent */
	int			 origins;	/* how many Origin headers */
	long long		 path_id;	/* from nginx: IZP_ID */
	const char		*view_name;	/* from nginx: IZP_VIEW */
	enum render_view	 view;
	struct http_params	 query;
	struct http_params	 form;		/* POST body */

	const char		*path;		/* DOCUMENT_URI: a form's action */
	const char		*path_object;	/* from nginx: what IZP_ID names */
	const char		*presented_user; /* as nginx passed it */
	struct izp_user		 user;
	const char		*request_id;	/* idempotency key of a form */
	struct audit_event	 audit;

	/* The response the handler leaves behind. */
	int			 status;
	const char		*location;	/* 303 target */
	const char		*message;	/* Dutch, for error pages */
	const char		*error_link;	/* where to see the current state */
	/* A refusal by a rule, not a concurrent change: its own title, and
	 * what the link does ("IZP aanmaken"). */
	const char		*error_title;
	const char		*error_link_text;
	xmlDocPtr		 doc;
	const char		*sheet;
	const char		*message_sheet;	/* a message, whatever happens */
};

int		 izp_main(const struct izp_program *);

/* A command-line tool of the suite (tools/izp-export): a worker's set-up
 * without FastCGI (lib/serve.c); messages on stderr. */
enum izp_tool_status {
	IZP_TOOL_OK,
	IZP_TOOL_CONFIG,	/* configuration missing or invalid */
	IZP_TOOL_DATABASE	/* the database cannot be reached or used */
};
struct izp_tool {
	struct conf	 conf;
	struct db	 db;
	const char	**sql;
};
enum izp_tool_status izp_tool_open(struct izp_tool *,
		    const struct izp_program *, const char *config,
		    const char *const *sheets, size_t nsheets);
void		 izp_tool_close(struct izp_tool *);

/*
 * The end of every program: its description and main().  IZP_PROGRAM
 * expects the program's statement table to be called sql[];
 * IZP_OVERVIEW_PROGRAM is for one that only shows the whole plan
 * (lib/overview.c), nshared being OVERVIEW_SQL_NOW or, for "as of" too,
 * OVERVIEW_SQL_ALL.
 */
#define IZP_PROGRAM_DEF(prog_name, account_class, allowed_methods,	\
    handle_fn, own_sql, n_own, lib_shared, n_shared, sheet_name, messages, \
    at_family_door)							\
	static const struct izp_program izp_program = {			\
		.name = (prog_name),					\
		.db_class = (account_class),				\
		.sql = (own_sql),					\
		.nsql = (n_own),					\
		.shared_sql = (lib_shared),				\
		.nshared = (n_shared),					\
		.methods = (allowed_methods),				\
		.handler = (handle_fn),					\
		.message_sheet = (sheet_name),				\
		.exchange = (messages),					\
		.family = (at_family_door),				\
	};								\
	int								\
	main(void)							\
	{								\
		return izp_main(&izp_program);				\
	}
#define IZP_PROGRAM_FULL(prog_name, account_class, allowed_methods,	\
    handle_fn, own_sql, n_own, lib_shared, n_shared, sheet_name, messages) \
	IZP_PROGRAM_DEF(prog_name, account_class, allowed_methods,	\
	    handle_fn, own_sql, n_own, lib_shared, n_shared, sheet_name,	\
	    messages, 0)
#define IZP_PROGRAM_WITH(prog_name, account_class, allowed_methods,	\
    handle_fn, own_sql, n_own, lib_shared, n_shared)			\
	IZP_PROGRAM_FULL(prog_name, account_class, allowed_methods,	\
	    handle_fn, own_sql, n_own, lib_shared, n_shared, NULL, 0)
/* A page program that also answers with the messages, as the client asks. */
#define IZP_EXCHANGE_PROGRAM(prog_name, account_class, allowed_methods,	\
    handle_fn, own_sql, n_own, lib_shared, n_shared)			\
	IZP_PROGRAM_FULL(prog_name, account_class, allowed_methods,	\
	    handle_fn, own_sql, n_own, lib_shared, n_shared, NULL, 1)
/* A program whose every answer is a message of one stylesheet (errors
 * too, e.g. FHIR's OperationOutcome), whatever the client accepts. */
#define IZP_MESSAGE_PROGRAM(prog_name, account_class, handle_fn, own_sql, \
    n_own, lib_shared, n_shared, sheet_name)				\
	IZP_PROGRAM_FULL(prog_name, account_class, "GET", handle_fn,	\
	    own_sql, n_own, lib_shared, n_shared, sheet_name, 1)
/* The health check for a load balancer: GET only, nobody logged in, no
 * audit row; it must show nothing of any child or user. */
#define IZP_OPEN_PROGRAM(prog_name, account_class, handle_fn)		\
	static const struct izp_program izp_program = {			\
		.name = (prog_name),					\
		.db_class = (account_class),				\
		.sql = sql,						\
		.nsql = sizeof(sql) / sizeof(sql[0]),			\
		.methods = "GET",					\
		.handler = (handle_fn),					\
		.open = 1,						\
	};								\
	int								\
	main(void)							\
	{								\
		return izp_main(&izp_program);				\
	}
/* A program of the family's door (conf/nginx/izp-family-routes.conf.in):
 * the user is the family log-in nginx passes; the account is "family",
 * or "audit" for the one that reads the log. */
#define IZP_FAMILY_PROGRAM(prog_name, account_class, allowed_methods,	\
    handle_fn, own_sql, n_own, lib_shared, n_shared)			\
	IZP_PROGRAM_DEF(prog_name, account_class, allowed_methods,	\
	    handle_fn, own_sql, n_own, lib_shared, n_shared, NULL, 0, 1)
#define IZP_PROGRAM(prog_name, account_class, allowed_methods, handle_fn) \
	IZP_PROGRAM_WITH(prog_name, account_class, allowed_methods,	\
	    handle_fn, sql, sizeof(sql) / sizeof(sql[0]), NULL, 0)
#define IZP_OVERVIEW_PROGRAM(prog_name, account_class, allowed_methods, \
    handle_fn, nshared)							\
	IZP_PROGRAM_WITH(prog_name, account_class, allowed_methods,	\
	    handle_fn, NULL, 0, overview_sql, nshared)
xmlNodePtr	 izp_page(struct izp_request *, const char *page);
int		 izp_fail(struct izp_request *, int status, const char *message);
int		 izp_redirect(struct izp_request *, const char *location);
int		 izp_check_csrf(struct izp_request *);
const char	*izp_form_token(struct izp_request *, const char *action);
int		 izp_role_in(const struct izp_request *, const char *const *roles);
int		 izp_row_exists(struct izp_request *, size_t stmt,
		    const struct db_arg *, size_t nargs);
int		 izp_user_role_in(struct izp_request *, size_t stmt,
		    long long user, const char *const *roles);
const char	*izp_site_base(struct izp_request *);
enum izp_access {
	IZP_ACCESS_NO_SUCH_CHILD,
	IZP_ACCESS_DENIED,
	IZP_ACCESS_GRANTED
};

int		 izp_authorise_child(struct izp_request *, long long child);
int		 izp_authorise_child_row(struct izp_request *, long long child,
		    struct db_rows *child_row);
int		 izp_deny_child(struct izp_request *);
int		 izp_child_access_open_plan(struct izp_request *,
		    long long child, enum izp_access *,
		    struct db_rows *child_row, struct db_rows *plan_row);
int		 izp_plan_access(struct izp_request *, long long plan,
		    enum izp_access *, struct db_rows *child_row,
		    struct db_rows *plan_row);
int		 izp_child_access(struct izp_request *, long long child,
		    enum izp_access *);
int		 izp_child_access_row(struct izp_request *, long long child,
		    enum izp_access *, struct db_rows *child_row);
int		 izp_sees_many(struct izp_request *, int *many);
int		 grantee_missing(struct field_value *user,
		    struct field_value *team);
int		 grantee_check(struct izp_request *, size_t user_ok,
		    size_t team_ok, struct field_value *user,
		    struct field_value *team);
int		 audit_write(struct izp_request *, struct db *, const char *outcome);
const char	*audit_action_name(enum audit_action);
void		 izp_audit_set(struct izp_request *, enum audit_action,
		    long long patient, const char *object_type, long long object);
int		 izp_audit_shown(struct izp_request *, const struct db_rows *,
		    const char *id_column);

/* ------------------------------------------------- the family's door */

/* A family log-in's link to one child (lib/family.c). */
struct family_link {
	long long	 account_id;
	long long	 child_id;
	long long	 plan_id;	/* the open plan, 0: none */
	int		 is_child;	/* the child itself, else a representative */
	int		 age;		/* today, in whole years */
	int		 has_authority;
	int		 representative_active;
	int		 parents_may_see;	/* the child's choice from 16 */
	const char	*given_name, *family_name;
	const char	*person;	/* the representative's or child's name */
	const char	*relation;	/* moeder, vader, ouder, voogd, overig */
	const char	*plan_status;
};

enum family_sight {
	FAMILY_SEES,
	FAMILY_CHILD_TOO_YOUNG,		/* the child's own log-in before 12 */
	FAMILY_REPRESENTATIVE_ENDED,
	FAMILY_NO_AUTHORITY,
	FAMILY_CHILD_DECIDES		/* 16 or older, parents not let in */
};

enum family_sight family_sight(const struct family_link *);
const char	*family_sight_reason(const struct family_link *);
int		 family_decides_parents(const struct family_link *);
int		 family_decides_access(const struct family_link *);
const char	*family_access_reason(const struct family_link *);
int		 family_links(struct izp_request *, size_t stmt, long long child,
		    struct family_link **, size_t *n, struct db_rows *);
void		 family_identify(struct izp_request *,
		    const struct family_link *);
int		 family_authorise(struct izp_request *, size_t stmt, int must_see,
		    struct family_link **);
xmlNodePtr	 family_link_xml(xmlNodePtr parent, const struct family_link *);

/* A care plan about to change, locked for the transaction (lib/plan.c). */
struct plan_lock {
	long long	 id;
	long long	 child_id;
	long long	 version;
	const char	*status;
	const char	*created_at;
	int		 twin;		/* this request changed it already
					 * (plan_row_lock only) */
};

/* Who may make a change: the activation and closing of a plan are for the
 * hoofdbehandelaar and casemanager; its content also for the nurse who drew
 * it up. */
enum plan_editors {
	PLAN_HOOFDBEHANDELAAR,	/* medical policy: treatment limits */
	PLAN_RESPONSIBLE,
	PLAN_TEAM,
	PLAN_AFTERCARE		/* hb or cm, of a plan closed at death */
};

#define PLAN_ANY_VERSION 0	/* additions do not overwrite anything */

int		 plan_lock(struct izp_request *, long long plan,
		    long long seen_version, enum plan_editors,
		    struct plan_lock *);
/* The same for a change of the plan row itself, which may be a twin. */
int		 plan_row_lock(struct izp_request *, long long plan,
		    long long seen_version, enum plan_editors,
		    struct plan_lock *);
int		 child_plan_lock(struct izp_request *, long long child,
		    enum plan_editors, struct plan_lock *);

/*
 * A button on the plan (make actueel, confirm a handover): its only field
 * is the plan version the user saw; step runs in a transaction with a
 * struct plan_button, then the user is back on the plan.
 */
struct plan_button {
	struct izp_request	*req;
	long long		 version;
};
int		 plan_button(struct izp_request *,
		    int (*step)(struct db *, void *));

/* Agreements (lib/agreement.c), shared by the programs that write them. */
enum agreement_field {
	AF_ACTIVITY,
	AF_GOAL,
	AF_PROBLEM,
	AF_PARTY_CHILD,
	AF_PARTY_PARENTS,
	AF_PARTY_CAREGIVERS,
	AF_PERFORMER,
	AF_PERFORMER_ID,
	AF_PERFORMER_TEAM,
	AF_COORDINATOR,
	AF_START,
	AF_END,
	AF_EVALUATE,
	AF__MAX
};

/* The caller's statement numbers for SQL_AGREEMENT_* (lib/izp-sql.h). */
struct agreement_stmts {
	size_t	choices_ok;	/* SQL_AGREEMENT_CHOICES_OK */
	size_t	insert;
	size_t	people;		/* SQL_AGREEMENT_PEOPLE */
	size_t	team;		/* SQL_AGREEMENT_TEAM */
};

extern const struct field_def agreement_fields[AF__MAX];

int		 agreement_check(struct field_value *);
int		 agreement_insert(struct izp_request *,
		    const struct agreement_stmts *, const struct plan_lock *,
		    long long replaces, const char *reason,
		    struct field_value *, long long *id);
int		 agreement_people(struct izp_request *,
		    const struct agreement_stmts *, const struct plan_lock *,
		    struct db_rows *people, struct db_rows *team);
void		 agreement_choices(xmlNodePtr form, const struct db_rows *goals,
		    const struct db_rows *people, const struct db_rows *team);
int		 agreement_values(struct arena *, const struct db_rows *,
		    struct field_value *);

/*
 * The whole plan for the overview and the printout (lib/overview.c), read
 * by statements lib keeps once (overview_sql): a program that shows it
 * ends with IZP_OVERVIEW_PROGRAM, which has serve.c prepare them.
 */
/* From OV_GOALS to OV_TOPICS in the order of one statement of parts
 * (lib/overview.c); a program reading a run of them uses overview_part. */
enum overview_part {
	OV_PLAN,
	OV_CHILD,
	OV_GOALS,
	OV_AGREEMENTS,
	OV_EVALUATIONS,
	OV_OUTCOMES,
	OV_LIMITS,		/* of the child */
	OV_DIRECTIVES,
	OV_REPRESENTATIVES,
	OV_CRISIS_MEDICATIONS,
	OV_CRISIS_PLANS,	/* of the plan */
	OV_CRISIS_STEPS,
	OV_NEXT_STEP,
	OV_PLACE_WISHES,
	OV_TEAM,
	OV_WISHES,
	OV_PROBLEMS,
	OV_ACP,
	OV_DEVIATIONS,
	OV_TOPICS,
	OV_AFTERCARE,		/* after the child died */
	OV_DELIVERIES,		/* to the GP and HAP, now only */
	OV_REVISION,		/* last: it has no AS OF form */
	OV__MAX
};

/* Its statements: now first, then as of a moment (the revision takes the
 * moment as an argument). */
enum overview_stmt {
	OVS_PLAN,
	OVS_CHILD,
	OVS_CONTENT,		/* every part from OV_GOALS on (lib/parts.c) */
	OVS_REVISION,
	OVS_PLAN_AT,
	OVS_CHILD_AT,
	OVS_CONTENT_AT,
	OVS__MAX
};

#define OVERVIEW_SQL_NOW	OVS_PLAN_AT		/* the plan now */
#define OVERVIEW_SQL_ALL	OVS__MAX		/* and as of a moment */

extern const char *const overview_sql[OVERVIEW_SQL_ALL];

struct overview {
	struct db_rows	part[OV__MAX];
};

void		 plan_changes_args(struct db_arg *args, long long plan,
		    long long child);
int		 overview_read(struct izp_request *, long long plan,
		    const char *at, struct overview *);
int		 overview_read_decided(struct izp_request *, long long plan,
		    struct overview *);
int		 overview_read_child(struct izp_request *, long long child,
		    const char *at, struct overview *);
void		 overview_xml(xmlNodePtr root, const struct overview *,
		    const char *at, long review_months);
int		 message_read(struct izp_request *, size_t stmt_bsn,
		    size_t stmt_users, long long plan, long long child,
		    struct db_rows *bsn, struct db_rows *users);

/*
 * Plans to send, many at once (tools/izp-export, whose access a
 * destination's grant decided): the overview now and what only a message
 * carries, for a batch of plans in three statements (overview_batch_sql,
 * which that program has serve.c prepare instead of overview_sql).
 */
enum overview_batch_stmt {
	OVB_PLANS,
	OVB_CHILDREN,		/* with the BSN */
	OVB_CONTENT,		/* the parts, and the caregivers named */
	OVB__MAX
};

extern const char *const overview_batch_sql[OVB__MAX];

struct plan_message {
	long long	 plan, child;	/* given */
	int		 found;		/* the plan and its child were read */
	struct overview	 o;
	struct db_rows	 bsn, users;
};

int		 message_read_batch(struct izp_request *, struct plan_message *,
		    size_t n);
void		 message_xml(xmlNodePtr root, const struct db_rows *bsn,
		    const struct db_rows *users);
void		 crisis_xml(xmlNodePtr root, const struct db_rows *plans,
		    const struct db_rows *steps);
const struct db_part *overview_part(enum overview_part);

/* ----------------------------------------- the spoedoverzicht's content */

/* lib/emergency.c: the statements a program lists as its shared ones. */
enum emergency_stmt {
	EMS_PLAN,
	EMS_LAST_CLOSED,
	EMS_CONTENT,
	EMS_CHILD,
	EMS__MAX
};
extern const char *const emergency_sql[EMS__MAX];

struct emergency {
	struct db_rows	child, plan, last_closed;
	struct db_rows	part[OV__MAX];	/* as the overview's */
};

int		 emergency_read(struct izp_request *, long long child,
		    int with_rows, struct emergency *);
xmlNodePtr	 emergency_xml(struct izp_request *, const struct emergency *);

/*
 * An "add something to the IZP" form (lib/entry.c): for a child (its open
 * plan's people may add) or for a plan.  check runs on the posted fields
 * alone, check_with_child inside the transaction; both return the number
 * of errors or 400 and leave the messages in the values.  The form may
 * offer choices that depend on the child (choices_prefix).  insert gets the
 * child or the plan id and returns 0 or a status.
 */
struct entry_spec {
	const char		*page;		/* page and form name */
	const char		*action;	/* "/izp/%lld/...": the path id */
	const char		*object;	/* audit object type */
	const struct field_def	*fields;
	size_t			 nfields;
	int			 of_child;	/* path id: child, else plan */
	enum plan_editors	 editors;
	const char		*anchor;	/* on the plan overview */
	size_t			 stmt_child;	/* SQL_CHILD_BY_ID */
	size_t			 stmt_by_request; /* id WHERE request_id = ? */
	int			(*check)(struct field_value *);
	int			(*check_with_child)(struct izp_request *,
				    struct field_value *,
				    const struct db_rows *child);
	int			(*insert)(struct izp_request *,
				    struct field_value *, long long owner,
				    long long *id);
	/* Optional: choices read per child (rows of id, label), offered in
	 * every FIELD_ID field whose name starts with choices_prefix. */
	const char		*choices_prefix;
	size_t			 stmt_choices;	/* binds the child id */
};

int		 entry_handle(struct izp_request *, const struct entry_spec *);
int		 entry_insert(struct izp_request *, size_t stmt,
		    const struct db_arg *, size_t nargs, long long *id);
struct db_arg	 form_arg(const struct field_value *);

/* The end of an "add" program: its handler is entry_handle(spec). */
#define IZP_ENTRY_PROGRAM(prog_name, account_class, entry_spec)	\
	static int							\
	handle(struct izp_request *req)					\
	{								\
		return entry_handle(req, &(entry_spec));		\
	}								\
	IZP_PROGRAM(prog_name, account_class, "GET POST", handle)

/* The candidates for hoofdbehandelaar (kinderartsen) and casemanager
 * (the others) as the choices of those two fields; rows id, display_name,
 * role. */
void		 form_add_responsible_choices(xmlNodePtr form,
		    const struct db_rows *people);
int		 form_not_before_birth(struct field_value *,
		    const struct db_rows *child);
/* The chosen hoofdbehandelaar is a kinderarts, the casemanager a
 * casemanager or nurse who may see the child, both active (stmt:
 * SQL_USER_ROLE, may_see_stmt: SQL_AGREEMENT_PERSON_OK); the errors set,
 * or a db_status below 0. */
int		 form_check_responsible(struct izp_request *, size_t stmt,
		    size_t may_see_stmt, long long child_id,
		    struct field_value *hoofdbehandelaar,
		    struct field_value *casemanager);
#define HOOFDBEHANDELAAR_FIELD { "hoofdbehandelaar_id", "Hoofdbehandelaar", \
	FIELD_ID, 1, 12, NULL, \
	"De kinderarts die eindverantwoordelijk is voor het plan." }
#define CASEMANAGER_FIELD { "casemanager_id", "Casemanager (centrale " \
	"zorgverlener)", FIELD_ID, 1, 12, NULL, \
	"Vast aanspreekpunt voor kind, ouders en zorgverleners. Alleen " \
	"wie het kind mag zien (Toegang) staat in de lijst." }

/* Form helpers that need the request: the XML of a form with its fields. */
xmlNodePtr	 form_xml(struct izp_request *, xmlNodePtr parent,
		    const char *name, const char *action,
		    const struct field_def *, size_t,
		    const struct field_value *);
void		 form_add_fields(xmlNodePtr form, const struct field_def *,
		    size_t, const struct field_value *);
xmlNodePtr	 form_field_node(xmlNodePtr form, const char *name);
void		 form_add_option(xmlNodePtr field, const char *code,
		    const char *label);
void		 form_add_grantees(struct izp_request *, xmlNodePtr form,
		    const struct db_rows *users, const struct db_rows *teams);
int		 izp_query(struct izp_request *, size_t stmt,
		    const struct db_arg *, size_t nargs, struct db_rows *);
int		 izp_query_parts(struct izp_request *, size_t stmt,
		    const struct db_arg *, size_t nargs, const struct db_part *,
		    size_t nparts, struct db_rows *out);
int		 izp_saved_before(struct izp_request *, size_t stmt,
		    long long *id);
int		 izp_is_twin(struct izp_request *, const struct db_rows *);
int		 izp_at_moment(struct izp_request *, char moment[20],
		    const char **at);

#endif
