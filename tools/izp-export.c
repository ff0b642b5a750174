/*
 * izp-export: delivers the plans to the GP practices and out-of-hours GP
 * posts (HAP) in the destinations table, each in the formats it takes, as
 * files in its outbox.  Per destination it sends every plan whose revision
 * is newer than the one it holds (with --urgent: only those whose treatment
 * limits changed since), rendered by the stylesheets of the pull routes
 * (/kinderen/{id}/berichten/...).
 *
 * A batch's files are written under hidden temporary names in the outbox,
 * synced, renamed to their final names and the folder synced; only then
 * are the deliveries recorded, with their NEN 7513 audit rows, in one
 * transaction per batch.  The final name carries the plan and its
 * revision, and the file is made from that revision alone, so a run killed
 * at any moment leaves whole files only, and the next run writes again
 * exactly what was not recorded: the same names, the same content, nothing
 * twice.
 *
 * Exit codes (README, "Levering aan huisarts en huisartsenpost"):
 *   0 everything due was delivered (or nothing was due)
 *   1 usage
 *   2 configuration error (the file, a key, the stylesheets, --destination)
 *   3 database unavailable (nothing more recorded than was written)
 *   4 an outbox is missing or not writable (the other destinations done)
 *   5 partial delivery (some plans could not be made; the rest done)
 *   6 another run is under way
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "izp.h"
#include "izp-sql.h"

enum exit_code {
	EXIT_DELIVERED = 0,
	EXIT_USAGE = 1,
	EXIT_CONFIG = 2,
	EXIT_DATABASE = 3,
	EXIT_OUTBOX = 4,
	EXIT_PARTIAL = 5,
	EXIT_BUSY = 6
};

/* Plans read together (one snapshot, three statements: lib/overview.c
 * message_read_batch), made and written before their deliveries are
 * recorded. */
#define BATCH 64

enum stmt {
	STMT_LOCK,
	STMT_UNLOCK,
	STMT_DESTINATION,
	STMT_DESTINATIONS,
	STMT_DUE,
	STMT_DUE_COUNT,
	STMT_WITHHOLD,
	STMT_WITHHELD_COUNT,
	STMT_RUN_ABANDONED,
	STMT_RUN_START,
	STMT_RUN_PROGRESS,
	STMT_RUN_END,
	STMT_DELIVERED,
	STMT_AUDITED,
	STMT__MAX
};

#define BATCH_JSON \
	"JSON_TABLE(?, '$[*]' COLUMNS (plan BIGINT PATH '$[0]', " \
	"revision BIGINT PATH '$[1]', child BIGINT PATH '$[2]')) j"

/* A format the destination takes that its copy was not sent in (the
 * format was added since): due at night, not urgent.  Both columns are the
 * same SET, so a format is the same bit in each. */
#define DESTINATION_LACKS_FORMAT "(d.formats + 0) & ~(v.formats + 0) <> 0"

#define DUE_FROM \
	"FROM destinations d JOIN children c ON " SQL_DESTINATION_SERVES " " \
	"JOIN care_plans p ON p.child_id = c.id AND " SQL_DELIVERED_PLAN " " \
	"LEFT JOIN deliveries v ON v.destination_id = d.id AND " \
	"v.plan_id = p.id WHERE d.id = ? AND " SQL_DESTINATION_MAY_RECEIVE \
	" AND IF(?, IFNULL(v.revision, 0) < p.limits_revision, " \
	"IFNULL(v.revision, 0) < p.revision OR " DESTINATION_LACKS_FORMAT ")"

#define WITHHELD_FROM \
	"FROM deliveries v JOIN destinations d ON d.id = v.destination_id " \
	"JOIN care_plans p ON p.id = v.plan_id JOIN children c ON " \
	"c.id = p.child_id WHERE v.destination_id = ? AND p.revision > " \
	"v.revision AND NOT (" SQL_DESTINATION_SERVES " AND " \
	SQL_DESTINATION_MAY_RECEIVE ")"

static const char *const sql[STMT__MAX] = {
	[STMT_LOCK] = "SELECT GET_LOCK('izp-export', 0)",
	[STMT_UNLOCK] = "SELECT RELEASE_LOCK('izp-export')",
	[STMT_DESTINATION] = "SELECT active FROM destinations WHERE agb = ?",
	[STMT_DESTINATIONS] =
	    "SELECT id, kind, agb, name, formats, outbox FROM destinations "
	    "WHERE active AND (? IS NULL OR agb = ?) ORDER BY id",
	/*
	 * A page of due plans after the last one seen: memory stays flat.
	 * The family's grant is looked up plan by plan: as a semi-join
	 * MariaDB reads every grant of the destination's team for each page
	 * (it cannot know the LIMIT ends the page early), so a page's cost
	 * would grow with the number of children.
	 */
	[STMT_DUE] = "SET STATEMENT optimizer_switch = 'semijoin=off' FOR "
	    "SELECT p.id, p.child_id " DUE_FROM " AND p.id % ? = ? "
	    "AND p.id > ? ORDER BY p.id LIMIT ?",
	[STMT_DUE_COUNT] = "SELECT COUNT(*) " DUE_FROM,
	/* Changed since this destination's last copy, but no longer its to
	 * receive: recorded once per revision, with why. */
	[STMT_WITHHOLD] =
	    "INSERT IGNORE INTO delivery_withheld (destination_id, plan_id, "
	    "revision, run_id, reason) SELECT d.id, p.id, p.revision, ?, "
	    "IF(" SQL_DESTINATION_SERVES ", 'de familie heeft de toegang "
	    "ingetrokken', 'het kind heeft een andere huisarts') "
	    WITHHELD_FROM,
	[STMT_WITHHELD_COUNT] = "SELECT COUNT(*) " WITHHELD_FROM " AND NOT "
	    "EXISTS (SELECT 1 FROM delivery_withheld w WHERE w.destination_id "
	    "= d.id AND w.plan_id = p.id AND w.revision = p.revision)",
	/* A run that never finished while this one holds the lock died
	 * (killed, the machine stopped): it says so from now on. */
	[STMT_RUN_ABANDONED] =
	    "UPDATE delivery_runs SET finished_at = NOW(3), message = "
	    "'afgebroken: gestopt zonder af te ronden' WHERE finished_at IS "
	    "NULL",
	[STMT_RUN_START] =
	    "INSERT INTO delivery_runs (started_at, urgent, destination_agb) "
	    "VALUES (NOW(3), ?, ?)",
	/* What a run has recorded so far, with each batch: a run killed
	 * half-way still says what it delivered. */
	[STMT_RUN_PROGRESS] =
	    "UPDATE delivery_runs SET delivered = delivered + ? WHERE id = ?",
	[STMT_RUN_END] =
	    "UPDATE delivery_runs SET finished_at = NOW(3), delivered = ?, "
	    "withheld = ?, failed = ?, exit_code = ?, message = ? WHERE id = ?",
	/*
	 * A batch's deliveries and their audit rows, a statement each: the
	 * plans as a JSON array of [plan, revision, child] (BATCH_JSON), so
	 * 64 plans cost two round trips instead of 128.  The audit rows are
	 * those audit_write makes for an export (lib/audit.c), one per plan:
	 * its columns, with no user id, role, on-behalf-of or shown list.
	 */
	[STMT_DELIVERED] =
	    "INSERT INTO deliveries (destination_id, plan_id, revision, "
	    "formats, delivered_at) SELECT ?, j.plan, j.revision, ?, NOW(3) "
	    "FROM " BATCH_JSON " ON DUPLICATE KEY UPDATE revision = "
	    "GREATEST(deliveries.revision, VALUES(revision)), formats = "
	    "VALUES(formats), delivered_at = VALUES(delivered_at)",
	[STMT_AUDITED] =
	    "INSERT INTO audit_log (" SQL_AUDIT_COLUMNS ") SELECT ?, ?, NULL, "
	    "?, ?, NULL, NULL, j.child, 'care_plan', j.plan, ?, ?, NULL, ? "
	    "FROM " BATCH_JSON,
};

static const struct izp_program program = {
	.name = "izp-export",
	.db_class = "export",
	.sql = sql,
	.nsql = STMT__MAX,
	.shared_sql = overview_batch_sql,
	.nshared = OVB__MAX,
};

/* The formats, by their name in destinations.formats. */
static const struct format {
	const char	*name;
	const char	*sheet;
} formats[] = {
	{ "nhg", "nhg/izp.xsl" },
	{ "ada", "ada/izp.xsl" },
	{ "fhir", "fhir/izp.xsl" },
};
#define NFORMATS (sizeof(formats) / sizeof(formats[0]))
static const char *const sheets[NFORMATS] = { "nhg/izp.xsl", "ada/izp.xsl",
    "fhir/izp.xsl" };

struct destination {
	long long	 id;
	const char	*kind;
	const char	*agb;
	const char	*name;
	const char	*outbox;
	const char	*formats;	/* as the SET column takes them back */
	int		 takes[NFORMATS];
	int		 outbox_fd;
};

/* One plan made ready: its child and the revision the files are of. */
struct made {
	long long	 plan;
	long long	 child;
	long long	 revision;
};

struct run {
	struct izp_tool	 tool;
	struct izp_request req;		/* what lib's readers expect */
	int		 urgent;
	int		 dry_run;
	const char	*only_agb;
	long long	 run_id;
	/* Counts and progress. */
	long long	 total, done, delivered, withheld, failed;
	int		 outbox_failed;
	int		 database_failed;
	int		 terminal;
	struct timespec	 started;
	const char	*origin;
	/* Workers: each takes the plans whose id % jobs is its number and
	 * tells the run (report_fd) what it did after each batch. */
	int		 jobs;
	int		 report_fd;
	long long	 reported_done, reported_delivered, reported_failed;
};

/* What a worker tells the run after each batch, and once at its end. */
struct report {
	long long	 done, delivered, failed;
	int		 database_failed;
};

static double
seconds_since(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) +
	    (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

static void
progress(struct run *r, int last)
{
	double elapsed = seconds_since(&r->started);
	double rate = elapsed > 0 ? (double)r->done / elapsed : 0;

	if (!r->terminal)
		return;
	fprintf(stderr, "\r%lld / %lld plannen, %.0f per seconde, nog %.0f s ",
	    r->done, r->total, rate, rate > 0 ?
	    (double)(r->total - r->done) / rate : 0.0);
	if (last)
		fputc('\n', stderr);
}

static int
query(struct run *r, enum stmt stmt, const struct db_arg *args, size_t n,
    struct db_rows *rows)
{
	return izp_query(&r->req, stmt, args, n, rows);
}

struct one_write {
	struct run		*run;
	enum stmt		 stmt;
	const struct db_arg	*args;
	size_t			 n;
	struct db_rows		*rows;
};

static int
one_write(struct db *db, void *arg)
{
	struct one_write *w = arg;

	(void)db;
	return query(w->run, w->stmt, w->args, w->n, w->rows);
}

/* One writing statement, committed (the connection does not autocommit). */
static int
write_committed(struct run *r, enum stmt stmt, const struct db_arg *args,
    size_t n, struct db_rows *rows)
{
	struct one_write w = { r, stmt, args, n, rows };

	return db_transaction(&r->tool.db, one_write, &w);
}

/* The outbox, opened as a folder we may write in (fsync needs it open),
 * and only under export.outbox_root. */
static int
open_outbox(const struct run *r, struct destination *d)
{
	const char *wrong = valid_outbox(conf_get(&r->tool.conf,
	    "export.outbox_root", IZP_OUTBOX_ROOT), d->outbox);
	struct stat st;

	if (wrong != NULL) {
		fprintf(stderr, "izp-export: outbox of %s %s (%s) is not a "
		    "folder under export.outbox_root; nothing sent there\n",
		    d->agb, d->name, d->outbox);
		d->outbox_fd = -1;
		return -1;
	}

	d->outbox_fd = open(d->outbox, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (d->outbox_fd < 0 || fstat(d->outbox_fd, &st) != 0 ||
	    !S_ISDIR(st.st_mode) || access(d->outbox, W_OK | X_OK) != 0) {
		fprintf(stderr, "izp-export: outbox of %s %s (%s) is not a "
		    "writable folder: %s; nothing sent there\n", d->agb,
		    d->name, d->outbox, strerror(errno));
		if (d->outbox_fd >= 0)
			close(d->outbox_fd);
		d->outbox_fd = -1;
		return -1;
	}
	return 0;
}

/* Temporary files a killed run left behind (never read: hidden names). */
static void
remove_leftovers(const struct destination *d)
{
	DIR *dir;
	struct dirent *e;
	int fd;

	if ((fd = dup(d->outbox_fd)) < 0 || (dir = fdopendir(fd)) == NULL) {
		if (fd >= 0)
			close(fd);
		return;
	}
	while ((e = readdir(dir)) != NULL)
		if (strncmp(e->d_name, ".izp-", 5) == 0 &&
		    strlen(e->d_name) > 4 && strcmp(e->d_name +
		    strlen(e->d_name) - 4, ".tmp") == 0 &&
		    unlinkat(d->outbox_fd, e->d_name, 0) != 0)
			fprintf(stderr, "izp-export: cannot remove %s/%s: %s\n",
			    d->outbox, e->d_name, strerror(errno));
	closedir(dir);
}

/* The final and the hidden temporary name of a plan's file in a format. */
static int
file_names(long long plan, long long revision, size_t f, char name[128],
    char tmp[160])
{
	if (snprintf(name, 128, "izp-%lld-r%lld.%s.xml", plan, revision,
	    formats[f].name) >= 128)
		return -1;
	return snprintf(tmp, 160, ".%s.tmp", name) >= 160 ? -1 : 0;
}

/* One file under its hidden temporary name, not yet synced (the batch is,
 * at once: publish_batch). */
static int
write_hidden(const struct destination *d, const char *tmp,
    const xmlChar *data, int len)
{
	ssize_t n;
	int fd, off = 0;

	fd = openat(d->outbox_fd, tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW |
	    O_CLOEXEC, 0640);
	if (fd < 0)
		goto fail;
	while (off < len) {
		if ((n = write(fd, data + off, (size_t)(len - off))) < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			goto fail;
		}
		off += (int)n;
	}
	if (close(fd) != 0)
		goto fail;
	return 0;
fail:
	fprintf(stderr, "izp-export: cannot write %s/%s: %s\n", d->outbox,
	    tmp, strerror(errno));
	unlinkat(d->outbox_fd, tmp, 0);
	return -1;
}

/* The hidden files of a plan, up to format upto, removed (not made). */
static void
remove_hidden(const struct destination *d, const struct made *m, size_t upto)
{
	char name[128], tmp[160];
	size_t f;

	for (f = 0; f < upto && f < NFORMATS; f++)
		if (d->takes[f] && file_names(m->plan, m->revision, f, name,
		    tmp) == 0)
			unlinkat(d->outbox_fd, tmp, 0);
}

/*
 * The batch's files made whole and visible: their contents durable first
 * (one syncfs for the batch: fsync per file cost about 4 ms each here, a
 * journal commit each, 64 plans a quarter of a second), then each renamed
 * to its final name and the folder synced, so no final name ever shows a
 * partial file.  Plans whose files could not be published are dropped
 * from made (counted in *failed); returns how many are left.
 */
static size_t
publish_batch(const struct destination *d, struct made *made, size_t n,
    long long *failed)
{
	char name[128], tmp[160];
	size_t i, kept = 0, f;
	int ok;

	if (syncfs(d->outbox_fd) != 0) {
		fprintf(stderr, "izp-export: cannot sync %s: %s\n", d->outbox,
		    strerror(errno));
		for (i = 0; i < n; i++)
			remove_hidden(d, &made[i], NFORMATS);
		*failed += (long long)n;
		return 0;
	}
	for (i = 0; i < n; i++) {
		for (f = 0, ok = 1; f < NFORMATS && ok; f++)
			if (d->takes[f] && (file_names(made[i].plan,
			    made[i].revision, f, name, tmp) != 0 ||
			    renameat(d->outbox_fd, tmp, d->outbox_fd, name) !=
			    0)) {
				fprintf(stderr, "izp-export: cannot rename "
				    "%s/%s: %s\n", d->outbox, tmp,
				    strerror(errno));
				ok = 0;
			}
		if (!ok) {
			/* A file already renamed is whole: the next run
			 * writes it again under the same name. */
			remove_hidden(d, &made[i], NFORMATS);
			(*failed)++;
			continue;
		}
		made[kept++] = made[i];
	}
	/* The renames are durable before anything says so. */
	if (kept > 0 && fsync(d->outbox_fd) != 0) {
		fprintf(stderr, "izp-export: cannot sync %s: %s\n", d->outbox,
		    strerror(errno));
		*failed += (long long)kept;
		return 0;
	}
	return kept;
}

struct reading {
	struct izp_request	*req;
	struct plan_message	*m;
	size_t			 n;
};

/* The batch as one snapshot: each revision named is the content written. */
static int
read_batch(struct db *db, void *arg)
{
	struct reading *g = arg;

	(void)db;
	return message_read_batch(g->req, g->m, g->n);
}

/* The message document, as plan-message builds it, without "now". */
static xmlDocPtr
message_document(struct run *r, const struct plan_message *m)
{
	xmlDocPtr doc = render_new_doc();
	xmlNodePtr root, request;

	if (doc == NULL)
		return NULL;
	root = xmlNewNode(NULL, (const xmlChar *)"izp");
	xmlDocSetRootElement(doc, root);
	xml_attr(root, "page", "plan");
	overview_xml(root, &m->o, NULL, conf_get_long(&r->tool.conf,
	    "limits.review_months", 6));
	message_xml(root, &m->bsn, &m->users);
	request = xml_child(root, "fhir-request");
	xml_attr(request, "interaction", "collection");
	xml_attr(request, "base", arena_printf(&r->req.arena, "%s/fhir",
	    r->origin));
	return doc;
}

/*
 * Makes and writes one plan, read with its batch, for one destination;
 * fills *made.  0 when every file is in the outbox, 1 when the plan could
 * not be made (counted, the run goes on).
 */
static int
make_plan(struct run *r, const struct destination *d,
    const struct plan_message *m, struct made *made)
{
	xmlDocPtr doc;
	xmlChar *out;
	const char *type, *revision;
	char name[128], tmp[160];
	size_t f;
	int len, failed = 0;

	if (!m->found)
		return 1;
	revision = db_cell_named(&m->o.part[OV_PLAN], 0, "revision");
	made->plan = m->plan;
	made->child = m->child;
	made->revision = revision != NULL ? strtoll(revision, NULL, 10) : 0;
	if ((doc = message_document(r, m)) == NULL)
		return 1;
	for (f = 0; f < NFORMATS && !failed; f++) {
		if (!d->takes[f])
			continue;
		if (file_names(m->plan, made->revision, f, name, tmp) != 0 ||
		    render_to_buffer(doc, render_find(formats[f].sheet), NULL,
		    &out, &len, &type) != 0) {
			fprintf(stderr, "izp-export: plan %lld: the %s "
			    "stylesheet failed\n", m->plan, formats[f].name);
			failed = 1;
			continue;
		}
		if (write_hidden(d, tmp, out, len) != 0)
			failed = 1;
		xmlFree(out);
	}
	xmlFreeDoc(doc);
	if (failed)
		remove_hidden(d, made, f);
	return failed;
}

struct record {
	struct run		*run;
	const struct destination *d;
	const struct made	*made;
	size_t			 n;
};

/* The batch as BATCH_JSON takes it: numbers only, each of at most 20
 * characters, so a plan takes at most 66. */
static const char *
batch_json(struct arena *arena, const struct made *made, size_t n)
{
	char *json = arena_alloc(arena, n * 66 + 3), *at = json;
	size_t i;

	if (json == NULL)
		return NULL;
	*at++ = '[';
	for (i = 0; i < n; i++)
		at += sprintf(at, "%s[%lld,%lld,%lld]", i > 0 ? "," : "",
		    made[i].plan, made[i].revision, made[i].child);
	*at++ = ']';
	*at = '\0';
	return json;
}

/* The batch's deliveries and their audit rows, together or not at all. */
static int
record_batch(struct db *db, void *arg)
{
	struct record *b = arg;
	struct izp_request *req = &b->run->req;
	const char *json = batch_json(&req->arena, b->made, b->n);
	const char *receiver = arena_printf(&req->arena, "%s %s (%s)",
	    b->d->kind, b->d->agb, b->d->name);
	struct db_rows rows;
	int rc;

	(void)db;
	if (json == NULL || receiver == NULL)
		return DB_ERROR;
	{
		struct db_arg args[] = { DB_INT_ARG(b->d->id),
		    DB_TEXT_ARG(b->d->formats), DB_TEXT_ARG(json) };

		if ((rc = query(b->run, STMT_DELIVERED, args, 3, &rows)) !=
		    DB_OK)
			return rc;
	}
	{
		struct db_arg args[] = {
		    DB_TEXT_ARG(audit_action_name(AUDIT_EXPORT)),
		    DB_TEXT_ARG("success"), DB_TEXT_ARG(req->user.username),
		    DB_TEXT_ARG(req->user.name), DB_TEXT_ARG(req->remote_addr),
		    DB_TEXT_ARG(req->program->name), DB_TEXT_ARG(receiver),
		    DB_TEXT_ARG(json) };

		if ((rc = query(b->run, STMT_AUDITED, args,
		    sizeof(args) / sizeof(args[0]), &rows)) != DB_OK)
			return rc;
		if (rows.affected != (unsigned long long)b->n)
			return DB_ERROR;
	}
	{
		struct db_arg args[] = { DB_INT_ARG((long long)b->n),
		    DB_INT_ARG(b->run->run_id) };

		return query(b->run, STMT_RUN_PROGRESS, args, 2, &rows);
	}
}

static void
note_database_failure(struct run *r, int rc)
{
	r->database_failed = 1;
	fprintf(stderr, "izp-export: database %s: %s\n", rc == DB_UNAVAILABLE ?
	    "unavailable" : "error", r->tool.db.last_error);
}

/* A worker's counts since its last report, to the run. */
static void
report(struct run *r)
{
	struct report m = { r->done - r->reported_done,
	    r->delivered - r->reported_delivered,
	    r->failed - r->reported_failed, r->database_failed };

	if (r->report_fd < 0)
		return;
	if (write(r->report_fd, &m, sizeof(m)) != (ssize_t)sizeof(m))
		_exit(EXIT_DATABASE);	/* the run is gone: stop */
	r->reported_done = r->done;
	r->reported_delivered = r->delivered;
	r->reported_failed = r->failed;
}

/* Every due plan of one destination (of worker part of jobs), a page and
 * a batch at a time. */
static int
deliver(struct run *r, struct destination *d, int jobs, int part)
{
	struct made made[BATCH];
	struct plan_message msgs[BATCH];
	struct reading g = { &r->req, msgs, 0 };
	struct db_rows due;
	long long after = 0;
	size_t i, n;
	int rc;

	for (;;) {
		struct db_arg args[] = { DB_INT_ARG(d->id),
		    DB_INT_ARG(r->urgent), DB_INT_ARG(jobs), DB_INT_ARG(part),
		    DB_INT_ARG(after), DB_INT_ARG(BATCH) };

		arena_free(&r->req.arena);
		if ((rc = query(r, STMT_DUE, args, 6, &due)) != DB_OK)
			return rc;
		db_end(&r->tool.db);
		if (due.nrows == 0)
			return 0;
		for (i = 0; i < due.nrows; i++) {
			after = strtoll(db_cell(&due, i, 0), NULL, 10);
			msgs[i].plan = after;
			msgs[i].child = strtoll(db_cell(&due, i, 1), NULL, 10);
			if (r->dry_run)
				printf("%s %s: IZP %s (kind %s)\n", d->agb,
				    d->name, db_cell(&due, i, 0),
				    db_cell(&due, i, 1));
		}
		g.n = due.nrows;
		if (r->dry_run)
			r->done += (long long)due.nrows;
		else if ((rc = db_transaction(&r->tool.db, read_batch, &g)) !=
		    0)
			return rc < 0 ? rc : DB_ERROR;
		for (i = n = 0; !r->dry_run && i < due.nrows; i++) {
			if (make_plan(r, d, &msgs[i], &made[n]) == 0)
				n++;
			else
				r->failed++;
			r->done++;
		}
		if (n > 0 && (n = publish_batch(d, made, n, &r->failed)) > 0) {
			struct record b = { r, d, made, n };

			if ((rc = db_transaction(&r->tool.db, record_batch,
			    &b)) != 0)
				return rc;
			r->delivered += (long long)n;
		}
		report(r);
		progress(r, 0);
	}
}

/*
 * One worker: its own connection (the run's stays the run's: the worker
 * never closes it), its part of the plans; it dies with the run.
 */
static void
worker(struct run *r, struct destination *d, int part, pid_t run_pid)
{
	struct db own;
	int rc;

	if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != run_pid)
		_exit(EXIT_DATABASE);
	/* Its reports count only its own plans. */
	r->done = r->delivered = r->failed = 0;
	r->reported_done = r->reported_delivered = r->reported_failed = 0;
	if (db_open(&own, &r->tool.db.config, r->tool.sql, r->tool.db.nstmts)
	    != DB_OK) {
		r->database_failed = 1;
		report(r);
		_exit(EXIT_DATABASE);
	}
	r->tool.db = own;
	r->req.db = &r->tool.db;
	r->terminal = 0;
	rc = deliver(r, d, r->jobs, part);
	if (rc < 0)
		r->database_failed = 1;
	report(r);
	_exit(rc < 0 ? EXIT_DATABASE : EXIT_DELIVERED);
}

/* The destination's plans by r->jobs workers at once, their reports
 * counted as they come. */
static int
deliver_in_parallel(struct run *r, struct destination *d)
{
	struct report m;
	pid_t pids[16], run_pid = getpid();
	int fds[2], k, started = 0, status, rc = 0;
	ssize_t got;

	if (r->jobs <= 1 || r->dry_run)
		return deliver(r, d, 1, 0);
	if (pipe(fds) != 0)
		return deliver(r, d, 1, 0);
	fflush(NULL);
	for (k = 0; k < r->jobs; k++) {
		if ((pids[k] = fork()) == 0) {
			close(fds[0]);
			r->report_fd = fds[1];
			worker(r, d, k, run_pid);
		}
		if (pids[k] < 0) {
			fprintf(stderr, "izp-export: cannot start a worker: "
			    "%s\n", strerror(errno));
			r->failed++;
			break;
		}
		started++;
	}
	close(fds[1]);
	while ((got = read(fds[0], &m, sizeof(m))) != 0) {
		if (got < 0 && errno == EINTR)
			continue;
		if (got != (ssize_t)sizeof(m))
			break;
		r->done += m.done;
		r->delivered += m.delivered;
		r->failed += m.failed;
		if (m.database_failed)
			r->database_failed = 1;
		progress(r, 0);
	}
	close(fds[0]);
	for (k = 0; k < started; k++)
		if (waitpid(pids[k], &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != EXIT_DELIVERED)
			rc = DB_UNAVAILABLE;
	return rc;
}

static int
withhold(struct run *r, const struct destination *d)
{
	struct db_arg args[] = { DB_INT_ARG(r->run_id), DB_INT_ARG(d->id) };
	struct db_rows rows;
	int rc;

	if (r->dry_run) {	/* what a real run would hold back */
		if ((rc = query(r, STMT_WITHHELD_COUNT, args + 1, 1, &rows)) !=
		    DB_OK)
			return rc;
		db_end(&r->tool.db);
		r->withheld += strtoll(db_cell(&rows, 0, 0), NULL, 10);
		return 0;
	}
	if ((rc = write_committed(r, STMT_WITHHOLD, args, 2, &rows)) != 0)
		return rc;
	r->withheld += (long long)rows.affected;
	return 0;
}

static int
run_destinations(struct run *r)
{
	struct db_arg only[] = { DB_TEXT_ARG(r->only_agb),
	    DB_TEXT_ARG(r->only_agb) };
	struct db_rows list, count;
	struct destination *all;
	size_t i, f;
	int rc = 0;

	if ((rc = query(r, STMT_DESTINATIONS, only, 2, &list)) != DB_OK)
		return rc;
	db_end(&r->tool.db);
	if ((all = calloc(list.nrows + 1, sizeof(*all))) == NULL)
		return DB_ERROR;
	for (i = 0; i < list.nrows; i++) {
		struct destination *d = &all[i];
		const char *set = db_cell_named(&list, i, "formats");

		d->id = strtoll(db_cell(&list, i, 0), NULL, 10);
		d->kind = strdup(db_cell_named(&list, i, "kind"));
		d->agb = strdup(db_cell_named(&list, i, "agb"));
		d->name = strdup(db_cell_named(&list, i, "name"));
		d->outbox = strdup(db_cell_named(&list, i, "outbox"));
		d->formats = strdup(set);
		for (f = 0; f < NFORMATS; f++)
			d->takes[f] = strstr(set, formats[f].name) != NULL;
		d->outbox_fd = -1;
		if (d->kind == NULL || d->agb == NULL || d->name == NULL ||
		    d->outbox == NULL || d->formats == NULL) {
			rc = DB_ERROR;
			goto out;
		}
	}
	for (i = 0; i < list.nrows && rc == 0; i++) {
		struct db_arg args[] = { DB_INT_ARG(all[i].id),
		    DB_INT_ARG(r->urgent) };

		if ((rc = query(r, STMT_DUE_COUNT, args, 2, &count)) == DB_OK)
			r->total += strtoll(db_cell(&count, 0, 0), NULL, 10);
	}
	db_end(&r->tool.db);
	for (i = 0; i < list.nrows && rc == 0; i++) {
		struct destination *d = &all[i];

		if ((rc = withhold(r, d)) != 0)
			break;
		/* A dry run says so too: it writes nothing, but the run it
		 * stands for would send nothing there. */
		if (open_outbox(r, d) != 0) {
			r->outbox_failed = 1;
			continue;
		}
		if (!r->dry_run)
			remove_leftovers(d);
		rc = deliver_in_parallel(r, d);
		if (d->outbox_fd >= 0)
			close(d->outbox_fd);
		d->outbox_fd = -1;
	}
out:
	for (i = 0; i < list.nrows; i++) {
		free((char *)all[i].kind);
		free((char *)all[i].agb);
		free((char *)all[i].name);
		free((char *)all[i].outbox);
		free((char *)all[i].formats);
	}
	free(all);
	return rc;
}

static int
start_run(struct run *r)
{
	struct db_rows rows;
	int rc;

	if ((rc = query(r, STMT_LOCK, NULL, 0, &rows)) != DB_OK)
		return rc;
	if (rows.nrows != 1 || db_cell(&rows, 0, 0) == NULL ||
	    strcmp(db_cell(&rows, 0, 0), "1") != 0)
		return EXIT_BUSY;
	if (r->only_agb != NULL) {
		struct db_arg agb = DB_TEXT_ARG(r->only_agb);

		if ((rc = query(r, STMT_DESTINATION, &agb, 1, &rows)) != DB_OK)
			return rc;
		db_end(&r->tool.db);
		if (rows.nrows == 0 || strcmp(db_cell(&rows, 0, 0), "1") != 0) {
			fprintf(stderr, "izp-export: --destination %s: %s\n",
			    r->only_agb, rows.nrows == 0 ? "no such destination "
			    "(destinations.agb)" : "this destination is "
			    "switched off");
			return EXIT_CONFIG;
		}
	}
	if (r->dry_run)
		return 0;
	{
		struct db_arg args[] = { DB_INT_ARG(r->urgent),
		    DB_TEXT_ARG(r->only_agb) };

		if ((rc = write_committed(r, STMT_RUN_ABANDONED, NULL, 0,
		    &rows)) != 0 || (rc = write_committed(r, STMT_RUN_START,
		    args, 2, &rows)) != 0)
			return rc;
	}
	r->run_id = (long long)rows.insert_id;
	return 0;
}

static int
exit_code_of(const struct run *r, int rc)
{
	if (rc > 0)
		return rc;
	if (rc < 0 || r->database_failed)
		return EXIT_DATABASE;
	if (r->outbox_failed)
		return EXIT_OUTBOX;
	if (r->failed > 0)
		return EXIT_PARTIAL;
	return EXIT_DELIVERED;
}

static void
end_run(struct run *r, int code)
{
	static const char *const messages[] = { "alles geleverd wat mocht",
	    "",
	    "configuratiefout", "database niet bereikbaar",
	    "outbox niet beschrijfbaar", "gedeeltelijk geleverd",
	    "een andere run loopt" };
	struct db_arg args[] = { DB_INT_ARG(r->delivered),
	    DB_INT_ARG(r->withheld), DB_INT_ARG(r->failed), DB_INT_ARG(code),
	    DB_TEXT_ARG(messages[code]), DB_INT_ARG(r->run_id) };
	struct db_rows rows;

	if (r->run_id == 0 || code == EXIT_DATABASE)
		return;
	if (write_committed(r, STMT_RUN_END, args, 6, &rows) != 0)
		fprintf(stderr, "izp-export: cannot record the end of run "
		    "%lld\n", r->run_id);
	if (query(r, STMT_UNLOCK, NULL, 0, &rows) != DB_OK)
		fprintf(stderr, "izp-export: cannot release the run's lock\n");
	db_end(&r->tool.db);
}

/* The resident memory of the largest process of the run, workers too. */
static long
largest_resident_kb(void)
{
	struct rusage self, workers;

	if (getrusage(RUSAGE_SELF, &self) != 0 ||
	    getrusage(RUSAGE_CHILDREN, &workers) != 0)
		return 0;
	return self.ru_maxrss > workers.ru_maxrss ? self.ru_maxrss :
	    workers.ru_maxrss;
}

static void
usage(void)
{
	fprintf(stderr, "usage: izp-export [--urgent] [--dry-run] "
	    "[--destination AGB] [--jobs N] [--config FILE]\n");
}

int
main(int argc, char **argv)
{
	static const struct option options[] = {
		{ "urgent", no_argument, NULL, 'u' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "destination", required_argument, NULL, 'd' },
		{ "config", required_argument, NULL, 'c' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct run r;
	const char *config = getenv("IZP_CONFIG");
	int c, rc, code;

	memset(&r, 0, sizeof(r));
	r.jobs = 2;
	r.report_fd = -1;
	while ((c = getopt_long(argc, argv, "und:c:j:h", options, NULL)) != -1)
		switch (c) {
		case 'u': r.urgent = 1; break;
		case 'n': r.dry_run = 1; break;
		case 'd': r.only_agb = optarg; break;
		case 'c': config = optarg; break;
		case 'j':
			r.jobs = atoi(optarg);
			if (r.jobs < 1 || r.jobs > 16) {
				fprintf(stderr, "izp-export: --jobs takes 1 to "
				    "16\n");
				return EXIT_USAGE;
			}
			break;
		case 'h': usage(); return EXIT_DELIVERED;
		default: usage(); return EXIT_USAGE;
		}
	if (optind != argc) {
		usage();
		return EXIT_USAGE;
	}
	if (r.only_agb != NULL && (strlen(r.only_agb) != 8 ||
	    strspn(r.only_agb, "0123456789") != 8)) {
		fprintf(stderr, "izp-export: --destination takes an AGB code "
		    "of 8 digits\n");
		return EXIT_CONFIG;
	}
	if (config == NULL)
		config = "/etc/izp/izp.conf";
	switch (izp_tool_open(&r.tool, &program, config, sheets, NFORMATS)) {
	case IZP_TOOL_OK:
		break;
	case IZP_TOOL_CONFIG:
		izp_tool_close(&r.tool);
		return EXIT_CONFIG;
	default:
		izp_tool_close(&r.tool);
		return EXIT_DATABASE;
	}
	r.origin = conf_get(&r.tool.conf, "site.origin", NULL);
	if (r.origin == NULL || strncmp(r.origin, "http", 4) != 0) {
		fprintf(stderr, "izp-export: site.origin missing in %s: the "
		    "address of this site, e.g. https://izp.ziekenhuis.nl\n",
		    config);
		izp_tool_close(&r.tool);
		return EXIT_CONFIG;
	}
	/* A FHIR base is one address: the first origin, with the path the
	 * site is served under (site.base_path). */
	{
		const char *base = conf_get(&r.tool.conf, "site.base_path", "");
		size_t n = strcspn(r.origin, " ");
		char *o;

		if ((o = malloc(n + strlen(base) + 1)) == NULL) {
			izp_tool_close(&r.tool);
			return EXIT_CONFIG;
		}
		memcpy(o, r.origin, n);
		strcpy(o + n, base);
		r.origin = o;
	}
	r.req.db = &r.tool.db;
	r.req.conf = &r.tool.conf;
	r.req.program = &program;
	r.req.user.username = "izp-export";
	r.req.user.name = "Levering aan huisarts en huisartsenpost";
	r.req.remote_addr = "localhost";
	r.terminal = isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &r.started);

	rc = start_run(&r);
	if (rc == 0)
		rc = run_destinations(&r);
	if (rc < 0)
		note_database_failure(&r, rc);
	code = exit_code_of(&r, rc);
	progress(&r, 1);
	end_run(&r, code);
	if (code == EXIT_BUSY)
		fprintf(stderr, "izp-export: another run is under way\n");
	printf("izp-export%s%s: %lld geleverd, %lld tegengehouden, "
	    "%lld mislukt, in %.1f s, %ld KB geheugen (exit %d)\n",
	    r.urgent ? " --urgent" : "", r.dry_run ? " --dry-run" : "",
	    r.dry_run ? 0 : r.delivered, r.withheld, r.failed,
	    seconds_since(&r.started), largest_resident_kb(), code);
	arena_free(&r.req.arena);
	free((char *)r.origin);
	izp_tool_close(&r.tool);
	return code;
}
