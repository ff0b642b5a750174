/*
 * MariaDB access.  One connection per process with every statement prepared
 * once; auto-reconnect stays off (it would silently drop the prepared
 * statements), so a lost connection is rebuilt here, the statements are
 * prepared again, and the whole uncommitted transaction runs again.  Deadlocks
 * and lock wait time-outs also roll back and rerun the whole transaction.
 * Result cells are copied into the request arena as strings, never truncated.
 */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "izp.h"

#define DB_MAX_ARGS 48
#define DB_MAX_COLS 64
#define DB_ATTEMPTS 4

static void
remember_error(struct db *db, unsigned int err, const char *msg)
{
	db->last_errno = err;
	snprintf(db->last_error, sizeof(db->last_error), "%s", msg);
}

static void
drop_connection(struct db *db)
{
	size_t i;

	for (i = 0; db->stmts != NULL && i < db->nstmts; i++) {
		if (db->stmts[i] != NULL)
			mysql_stmt_close(db->stmts[i]);
		db->stmts[i] = NULL;
	}
	if (db->conn != NULL)
		mysql_close(db->conn);
	db->conn = NULL;
	db->open = 0;
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int
classify(struct db *db, unsigned int err, const char *msg)
{
	remember_error(db, err, msg);
	switch (err) {
	case 0:
		return DB_OK;
	case ER_LOCK_DEADLOCK:
	case ER_LOCK_WAIT_TIMEOUT:
		return DB_RETRY;
	case CR_SERVER_GONE_ERROR:
	case CR_SERVER_LOST:
	case CR_CONNECTION_ERROR:
	case CR_CONN_HOST_ERROR:
	case ER_NEED_REPREPARE:
	case ER_UNKNOWN_STMT_HANDLER:
		drop_connection(db);
		return DB_RETRY;
	case ER_DUP_ENTRY:
		/*
		 * The same form saved at this very moment by a twin request
		 * (a double click): run again, and the writer's resend check
		 * then finds the saved row.  Keys on request ids end so.
		 */
		if (ends_with(msg, "_request'"))
			return DB_RETRY;
		return DB_DUPLICATE;
	case ER_RECORD_FILE_FULL:
	case ER_DISK_FULL:
	case ER_GET_ERRNO:
	case ER_ERROR_ON_WRITE:
		/* Said so, or errno 28 (ENOSPC) through the storage engine
		 * or a file. */
		if (err == ER_RECORD_FILE_FULL || err == ER_DISK_FULL ||
		    strstr(msg, "error 28") != NULL ||
		    strstr(msg, "errno: 28") != NULL) {
			syslog(LOG_CRIT, "database cannot write, disk full: "
			    "%s", msg);
			return DB_FULL;
		}
		break;
	default:
		break;
	}
	syslog(LOG_ERR, "db error %u: %s", err, msg);
	return DB_ERROR;
}

/*
 * The statements are written for this mode, whatever the server's default
 * is: strict (a value that does not fit is an error, not a truncation), and
 * lists may group by a child's id while showing its other columns.
 */
#define SESSION_SQL_MODE "SET SESSION sql_mode = 'STRICT_TRANS_TABLES," \
	"ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'"

static int
connect_and_prepare(struct db *db)
{
	unsigned int timeout = db->config.timeout ? db->config.timeout : 5;
	unsigned int no = 0;
	my_bool yes = 1;
	size_t i;

	if ((db->conn = mysql_init(NULL)) == NULL)
		return DB_UNAVAILABLE;
	if (mysql_options(db->conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout) ||
	    mysql_options(db->conn, MYSQL_OPT_READ_TIMEOUT, &timeout) ||
	    mysql_options(db->conn, MYSQL_OPT_WRITE_TIMEOUT, &timeout) ||
	    mysql_options(db->conn, MYSQL_OPT_LOCAL_INFILE, &no) ||
	    mysql_options(db->conn, MYSQL_REPORT_DATA_TRUNCATION, &yes) ||
	    mysql_options(db->conn, MYSQL_INIT_COMMAND, SESSION_SQL_MODE)) {
		drop_connection(db);
		return DB_UNAVAILABLE;
	}
	if (mysql_real_connect(db->conn, db->config.host, db->config.user,
	    db->config.password, db->config.database, db->config.port,
	    db->config.socket, 0) == NULL) {
		remember_error(db, mysql_errno(db->conn), mysql_error(db->conn));
		drop_connection(db);
		return DB_UNAVAILABLE;
	}
	/*
	 * Autocommit off: a transaction starts with the first statement and
	 * ends at COMMIT or ROLLBACK, which saves a START TRANSACTION round
	 * trip on every request.  db_end closes what a request read outside
	 * db_transaction, so no snapshot outlives its request.
	 */
	if (mysql_set_character_set(db->conn, "utf8mb4") != 0 ||
	    mysql_autocommit(db->conn, 0) != 0) {
		remember_error(db, mysql_errno(db->conn), mysql_error(db->conn));
		drop_connection(db);
		return DB_UNAVAILABLE;
	}
	for (i = 0; i < db->nstmts; i++) {
		if ((db->stmts[i] = mysql_stmt_init(db->conn)) == NULL ||
		    mysql_stmt_prepare(db->stmts[i], db->sql[i],
		    strlen(db->sql[i])) != 0 ||
		    mysql_stmt_attr_set(db->stmts[i],
		    STMT_ATTR_UPDATE_MAX_LENGTH, &yes) != 0) {
			if (db->stmts[i] != NULL)
				remember_error(db, mysql_stmt_errno(
				    db->stmts[i]), mysql_stmt_error(
				    db->stmts[i]));
			syslog(LOG_ERR, "prepare %zu failed: %s", i,
			    db->last_error);
			drop_connection(db);
			return DB_ERROR;
		}
	}
	db->reconnects++;
	return DB_OK;
}

int
db_open(struct db *db, const struct db_config *config,
    const char *const *sql, size_t nstmts)
{
	memset(db, 0, sizeof(*db));
	db->config = *config;
	db->sql = sql;
	db->nstmts = nstmts;
	if ((db->stmts = calloc(nstmts ? nstmts : 1, sizeof(*db->stmts))) ==
	    NULL)
		return DB_ERROR;
	/* The server may still be starting: db_ensure retries per request. */
	return connect_and_prepare(db);
}

int
db_ensure(struct db *db)
{
	if (db->conn != NULL)
		return DB_OK;
	return connect_and_prepare(db);
}

void
db_close(struct db *db)
{
	drop_connection(db);
	free(db->stmts);
	db->stmts = NULL;
}

static void
bind_args(MYSQL_BIND *bind, const struct db_arg *args, size_t nargs)
{
	size_t i;

	memset(bind, 0, nargs * sizeof(*bind));
	for (i = 0; i < nargs; i++) {
		switch (args[i].type) {
		case DB_NULL:
			bind[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		case DB_INT:
			bind[i].buffer_type = MYSQL_TYPE_LONGLONG;
			bind[i].buffer = (void *)&args[i].i;
			break;
		case DB_TEXT:
			bind[i].buffer_type = MYSQL_TYPE_STRING;
			bind[i].buffer = (void *)args[i].s;
			bind[i].buffer_length = args[i].len;
			break;
		}
	}
}

static int
stmt_error(struct db *db, MYSQL_STMT *stmt)
{
	return classify(db, mysql_stmt_errno(stmt), mysql_stmt_error(stmt));
}

/* Copy every row of the stored result into the arena as strings. */
static int
fetch_rows(struct db *db, struct arena *a, MYSQL_STMT *stmt, MYSQL_RES *meta,
    struct db_rows *rows)
{
	MYSQL_BIND bind[DB_MAX_COLS];
	MYSQL_FIELD *fields;
	unsigned long length[DB_MAX_COLS];
	my_bool is_null[DB_MAX_COLS], error[DB_MAX_COLS];
	size_t c, r, nrows;
	int rc;

	rows->ncols = mysql_num_fields(meta);
	fields = mysql_fetch_fields(meta);
	if (rows->ncols > DB_MAX_COLS || fields == NULL)
		return DB_ERROR;
	if (mysql_stmt_store_result(stmt) != 0)
		return stmt_error(db, stmt);
	nrows = (size_t)mysql_stmt_num_rows(stmt);
	rows->names = arena_alloc(a, rows->ncols * sizeof(char *));
	rows->cells = arena_alloc(a, (nrows * rows->ncols + 1) *
	    sizeof(char *));
	if (rows->names == NULL || rows->cells == NULL)
		return DB_ERROR;
	memset(bind, 0, sizeof(bind));
	for (c = 0; c < rows->ncols; c++) {
		if ((rows->names[c] = arena_strdup(a, fields[c].name)) == NULL)
			return DB_ERROR;
		bind[c].buffer_type = MYSQL_TYPE_STRING;
		bind[c].buffer_length = fields[c].max_length + 64;
		if ((bind[c].buffer = arena_alloc(a, bind[c].buffer_length))
		    == NULL)
			return DB_ERROR;
		bind[c].length = &length[c];
		bind[c].is_null = &is_null[c];
		bind[c].error = &error[c];
	}
	if (mysql_stmt_bind_result(stmt, bind) != 0)
		return stmt_error(db, stmt);
	for (r = 0; r < nrows; r++) {
		rc = mysql_stmt_fetch(stmt);
		if (rc == 1)
			return stmt_error(db, stmt);
		if (rc == MYSQL_NO_DATA)
			break;
		for (c = 0; c < rows->ncols; c++) {
			char **cell = &rows->cells[r * rows->ncols + c];

			if (is_null[c]) {
				*cell = NULL;
				continue;
			}
			if (length[c] >= bind[c].buffer_length) {
				/* Never silently cut: fetch it whole. */
				MYSQL_BIND whole;

				memset(&whole, 0, sizeof(whole));
				whole.buffer_type = MYSQL_TYPE_STRING;
				whole.buffer_length = length[c] + 1;
				whole.buffer = arena_alloc(a, length[c] + 1);
				whole.length = &length[c];
				if (whole.buffer == NULL ||
				    mysql_stmt_fetch_column(stmt, &whole,
				    (unsigned int)c, 0) != 0)
					return DB_ERROR;
				*cell = arena_strndup(a, whole.buffer,
				    length[c]);
			} else
				*cell = arena_strndup(a, bind[c].buffer,
				    length[c]);
			if (*cell == NULL)
				return DB_ERROR;
		}
	}
	rows->nrows = r;
	return DB_OK;
}

int
db_exec(struct db *db, struct arena *a, size_t idx, const struct db_arg *args,
    size_t nargs, struct db_rows *rows)
{
	MYSQL_BIND bind[DB_MAX_ARGS];
	MYSQL_STMT *stmt;
	MYSQL_RES *meta;
	struct db_rows scratch;
	int rc;

	if (rows == NULL)
		rows = &scratch;
	memset(rows, 0, sizeof(*rows));
	if (db->conn == NULL)
		return DB_RETRY;
	if (idx >= db->nstmts || nargs > DB_MAX_ARGS)
		return DB_ERROR;
	stmt = db->stmts[idx];
	if (mysql_stmt_param_count(stmt) != nargs) {
		syslog(LOG_ERR, "statement %zu wants %lu arguments, got %zu",
		    idx, mysql_stmt_param_count(stmt), nargs);
		return DB_ERROR;
	}
	db->open = 1;
	bind_args(bind, args, nargs);
	if (nargs > 0 && mysql_stmt_bind_param(stmt, bind) != 0)
		return stmt_error(db, stmt);
	if (mysql_stmt_execute(stmt) != 0)
		return stmt_error(db, stmt);
	if ((meta = mysql_stmt_result_metadata(stmt)) == NULL) {
		if (mysql_stmt_errno(stmt) != 0)
			return stmt_error(db, stmt);
		rows->affected = mysql_stmt_affected_rows(stmt);
		rows->insert_id = mysql_stmt_insert_id(stmt);
		return DB_OK;
	}
	rc = fetch_rows(db, a, stmt, meta, rows);
	mysql_free_result(meta);
	if (db->conn != NULL && mysql_stmt_free_result(stmt) != 0 &&
	    rc == DB_OK)
		rc = stmt_error(db, stmt);
	return rc;
}

const char *
db_cell(const struct db_rows *rows, size_t row, size_t col)
{
	if (row >= rows->nrows || col >= rows->ncols)
		return NULL;
	return rows->cells[row * rows->ncols + col];
}

const char *
db_cell_named(const struct db_rows *rows, size_t row, const char *name)
{
	size_t c;

	for (c = 0; c < rows->ncols; c++)
		if (strcmp(rows->names[c], name) == 0)
			return db_cell(rows, row, c);
	return NULL;
}

static void
backoff(int attempt)
{
	struct timespec ts = { 0, 20000000L * (attempt + 1) };

	nanosleep(&ts, NULL);
}

/*
 * Runs work() inside one transaction.  work returns 0 to commit, a DB_
 * status, or an HTTP status (>= 300) to roll back and report.  work must
 * have no effects outside the database: it may run more than once.
 */
int
db_transaction(struct db *db, int (*work)(struct db *, void *), void *arg)
{
	int attempt, rc;

	for (attempt = 0; attempt < DB_ATTEMPTS; attempt++) {
		if (attempt > 0)
			backoff(attempt);
		if ((rc = db_ensure(db)) != DB_OK) {
			if (rc == DB_UNAVAILABLE)
				continue;
			return rc;
		}
		db->txn++;
		rc = work(db, arg);
		if (rc == 0) {
			if (mysql_commit(db->conn) == 0) {
				db->open = 0;
				if (db->on_commit != NULL)
					db->on_commit(db, db->on_commit_arg);
				return 0;
			}
			/*
			 * The outcome of a failed COMMIT may be unknown; writers
			 * carry a request id, so running them again is safe.
			 */
			rc = classify(db, mysql_errno(db->conn),
			    mysql_error(db->conn));
		}
		db_end(db);
		if (rc != DB_RETRY)
			return rc;
	}
	return DB_UNAVAILABLE;
}

/* Rolls back what is still open: reads outside db_transaction, a failure. */
void
db_end(struct db *db)
{
	if (db->conn != NULL && db->open && mysql_rollback(db->conn) != 0)
		drop_connection(db);
	db->open = 0;
}
