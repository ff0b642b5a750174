/*
 * make bench's floor: the least any page of this suite must do, without
 * libizp.  Per request one primary-key SELECT, one audit INSERT committed
 * durably (the server runs innodb_flush_log_at_trx_commit=1), and a cached
 * stylesheet applied to a small document.  Pages are measured against it.
 * Configuration from the environment: BENCH_DB_SOCKET, BENCH_DB_USER,
 * BENCH_XSL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fcgiapp.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <mysql.h>

static MYSQL *db;
static MYSQL_STMT *select_child, *insert_audit;

static MYSQL_STMT *
prepare(const char *sql)
{
	MYSQL_STMT *stmt = mysql_stmt_init(db);

	if (stmt == NULL || mysql_stmt_prepare(stmt, sql, strlen(sql)) != 0) {
		fprintf(stderr, "floor: %s\n", mysql_error(db));
		exit(1);
	}
	return stmt;
}

/* The child's name by id, or "" when there is none. */
static int
child_name(long long id, char *name, unsigned long size)
{
	MYSQL_BIND param, result;
	unsigned long len = 0;

	memset(&param, 0, sizeof(param));
	param.buffer_type = MYSQL_TYPE_LONGLONG;
	param.buffer = &id;
	memset(&result, 0, sizeof(result));
	result.buffer_type = MYSQL_TYPE_STRING;
	result.buffer = name;
	result.buffer_length = size - 1;
	result.length = &len;
	name[0] = '\0';
	if (mysql_stmt_bind_param(select_child, &param) != 0 ||
	    mysql_stmt_execute(select_child) != 0 ||
	    mysql_stmt_bind_result(select_child, &result) != 0)
		return -1;
	if (mysql_stmt_fetch(select_child) == 0)
		name[len < size ? len : size - 1] = '\0';
	return mysql_stmt_free_result(select_child) == 0 ? 0 : -1;
}

static int
audit(long long id)
{
	MYSQL_BIND param;

	memset(&param, 0, sizeof(param));
	param.buffer_type = MYSQL_TYPE_LONGLONG;
	param.buffer = &id;
	if (mysql_stmt_bind_param(insert_audit, &param) != 0 ||
	    mysql_stmt_execute(insert_audit) != 0)
		return -1;
	return mysql_commit(db) == 0 ? 0 : -1;
}

int
main(void)
{
	const char *sock = getenv("BENCH_DB_SOCKET");
	const char *user = getenv("BENCH_DB_USER");
	const char *xsl = getenv("BENCH_XSL");
	xsltStylesheetPtr sheet;
	FCGX_Request req;
	char name[256];

	if (sock == NULL || user == NULL || xsl == NULL)
		return 2;
	if ((sheet = xsltParseStylesheetFile((const xmlChar *)xsl)) == NULL)
		return 1;
	if ((db = mysql_init(NULL)) == NULL || mysql_real_connect(db, NULL,
	    user, NULL, "izp", 0, sock, 0) == NULL ||
	    mysql_autocommit(db, 0) != 0) {
		fprintf(stderr, "floor: %s\n", db ? mysql_error(db) : "no memory");
		return 1;
	}
	select_child = prepare("SELECT given_name FROM children WHERE id = ?");
	insert_audit = prepare("INSERT INTO izp_bench.floor_log (at, child_id) "
	    "VALUES (NOW(6), ?)");
	if (FCGX_Init() != 0 || FCGX_InitRequest(&req, 0, 0) != 0)
		return 1;
	while (FCGX_Accept_r(&req) >= 0) {
		const char *q = FCGX_GetParam("QUERY_STRING", req.envp);
		long long id = q != NULL ? atoll(q) : 1;
		xmlDocPtr doc = NULL, out = NULL;
		xmlChar *html = NULL;
		int len = 0;

		if (child_name(id, name, sizeof(name)) == 0 && audit(id) == 0 &&
		    (doc = xmlNewDoc((const xmlChar *)"1.0")) != NULL) {
			xmlNodePtr root = xmlNewNode(NULL,
			    (const xmlChar *)"child");

			xmlDocSetRootElement(doc, root);
			xmlNewProp(root, (const xmlChar *)"name",
			    (const xmlChar *)name);
			if ((out = xsltApplyStylesheet(sheet, doc, NULL)) != NULL)
				xsltSaveResultToString(&html, &len, out, sheet);
		}
		if (html != NULL)
			FCGX_FPrintF(req.out, "Status: 200 OK\r\nContent-Type: "
			    "text/html; charset=utf-8\r\nContent-Length: %d\r\n"
			    "\r\n", len);
		else
			FCGX_FPrintF(req.out, "Status: 500 Internal Server "
			    "Error\r\nContent-Length: 0\r\n\r\n");
		if (html != NULL)
			FCGX_PutStr((const char *)html, len, req.out);
		xmlFree(html);
		xmlFreeDoc(out);
		xmlFreeDoc(doc);
		FCGX_Finish_r(&req);
	}
	return 0;
}
