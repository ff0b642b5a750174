/*
 * The database layer against a real MariaDB (the test stack's): results are
 * never truncated, NULL stays NULL, a killed connection is rebuilt with its
 * statements, and a transaction that reports an error leaves nothing behind.
 * Runs when IZP_TEST_DB_CONFIG names a stack's izp.conf; else it is skipped.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <mysql.h>

#include "izp.h"
#include "unit.h"

enum { S_LONG, S_NULLS, S_CONN_ID, S_AUDIT, S__MAX };

static const char *const sql[S__MAX] = {
	[S_LONG] = "SELECT REPEAT('é', ?) AS t",
	[S_NULLS] = "SELECT NULL AS nothing, 'x' AS something",
	[S_CONN_ID] = "SELECT CONNECTION_ID()",
	[S_AUDIT] = "INSERT INTO audit_log (event_id, action, occurred_at, "
	    "outcome, user_name, object_type, program) VALUES (?, 'read', "
	    "UTC_TIMESTAMP(3), 'success', 'unit-test', 'test', 'unit')",
};

static struct conf conf;
static struct db db;
static struct arena results;	/* rows read inside transactions */

static void
setup(void)
{
	struct db_config c = { 0 };

	ck_assert_int_eq(conf_load(&conf, getenv("IZP_TEST_DB_CONFIG")), 0);
	c.socket = conf_get(&conf, "db.socket", NULL);
	c.database = "izp";
	c.user = conf_get(&conf, "db.user.read", NULL);
	c.password = conf_get(&conf, "db.password.read", NULL);
	c.timeout = 5;
	ck_assert_int_eq(db_open(&db, &c, sql, S__MAX), DB_OK);
}

static void
teardown(void)
{
	db_close(&db);
	conf_free(&conf);
	arena_free(&results);
}

START_TEST(long_text_is_not_truncated)
{
	struct arena a = { 0 };
	struct db_arg n = DB_INT_ARG(70000);
	struct db_rows rows;

	ck_assert_int_eq(db_exec(&db, &a, S_LONG, &n, 1, &rows), DB_OK);
	ck_assert_uint_eq(rows.nrows, 1);
	ck_assert_uint_eq(strlen(db_cell(&rows, 0, 0)), 140000);
	ck_assert_str_eq(rows.names[0], "t");
	arena_free(&a);
}
END_TEST

START_TEST(null_is_null)
{
	struct arena a = { 0 };
	struct db_rows rows;

	ck_assert_int_eq(db_exec(&db, &a, S_NULLS, NULL, 0, &rows), DB_OK);
	ck_assert_ptr_null(db_cell(&rows, 0, 0));
	ck_assert_str_eq(db_cell_named(&rows, 0, "something"), "x");
	ck_assert_ptr_null(db_cell(&rows, 5, 0));
	arena_free(&a);
}
END_TEST

static int
read_id(struct db *d, void *arg)
{
	struct db_rows *rows = arg;

	return db_exec(d, &results, S_CONN_ID, NULL, 0, rows);
}

static unsigned long
kill_connection(unsigned long id)
{
	MYSQL *root = mysql_init(NULL);
	char q[64];

	ck_assert_ptr_nonnull(mysql_real_connect(root, NULL, "root", NULL,
	    NULL, 0, conf_get(&conf, "db.socket", NULL), 0));
	snprintf(q, sizeof(q), "KILL %lu", id);
	ck_assert_int_eq(mysql_query(root, q), 0);
	mysql_close(root);
	return id;
}

START_TEST(lost_connection_is_rebuilt)
{
	struct db_rows rows;
	unsigned long before;
	unsigned int connects = db.reconnects;

	ck_assert_int_eq(db_transaction(&db, read_id, &rows), 0);
	before = strtoul(db_cell(&rows, 0, 0), NULL, 10);
	kill_connection(before);
	ck_assert_int_eq(db_transaction(&db, read_id, &rows), 0);
	ck_assert_uint_ne(strtoul(db_cell(&rows, 0, 0), NULL, 10), before);
	ck_assert_uint_eq(db.reconnects, connects + 1);
}
END_TEST

struct refused {
	char	event[37];
};

static int
insert_then_refuse(struct db *d, void *arg)
{
	struct refused *r = arg;
	struct arena a = { 0 };
	struct db_arg ev = DB_TEXT_ARG(r->event);
	int rc = db_exec(d, &a, S_AUDIT, &ev, 1, NULL);

	arena_free(&a);
	return rc == DB_OK ? 409 : rc;
}

START_TEST(refused_transaction_leaves_nothing)
{
	struct refused r;
	MYSQL *root = mysql_init(NULL);
	MYSQL_RES *res;
	MYSQL_ROW row;
	char q[128];

	ck_assert_int_eq(random_hex(r.event, 18), 0);
	r.event[36] = '\0';
	ck_assert_int_eq(db_transaction(&db, insert_then_refuse, &r), 409);
	ck_assert_ptr_nonnull(mysql_real_connect(root, NULL, "root", NULL,
	    "izp", 0, conf_get(&conf, "db.socket", NULL), 0));
	snprintf(q, sizeof(q), "SELECT COUNT(*) FROM audit_log WHERE "
	    "event_id = '%s'", r.event);	/* hex only: test code */
	ck_assert_int_eq(mysql_query(root, q), 0);
	res = mysql_store_result(root);
	row = mysql_fetch_row(res);
	ck_assert_str_eq(row[0], "0");
	mysql_free_result(res);
	mysql_close(root);
}
END_TEST

Suite *
db_suite(void)
{
	Suite *s = suite_create("db");
	TCase *tc = tcase_create("mariadb");

	if (getenv("IZP_TEST_DB_CONFIG") == NULL)
		return s;
	tcase_set_timeout(tc, 30);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, long_text_is_not_truncated);
	tcase_add_test(tc, null_is_null);
	tcase_add_test(tc, lost_connection_is_rebuilt);
	tcase_add_test(tc, refused_transaction_leaves_nothing);
	suite_add_tcase(s, tc);
	return s;
}
