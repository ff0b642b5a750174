/*
 * Gezondheid: may a load balancer send this node requests?  Yes (200) when
 * the database answers and the stylesheets are in place, else 503 with
 * what is wrong.  Nobody logs in and no audit row is written: the answer
 * holds nothing of any child or user, only two words per check, so a
 * check every few seconds does not fill the NEN 7513 log.
 */
#include <string.h>
#include <unistd.h>

#include "izp.h"

enum stmt {
	STMT_PING,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PING] = "SELECT 1",
};

/* The database: reachable, and answering a statement now.  A connection
 * lost while it was away is made again once, as for any page. */
static int
database_answers(struct izp_request *req)
{
	struct db_rows rows;
	int attempt, rc = DB_ERROR;

	for (attempt = 0; attempt < 2; attempt++) {
		if (db_ensure(req->db) != DB_OK)
			return 0;
		if ((rc = izp_query(req, STMT_PING, NULL, 0, &rows)) !=
		    DB_RETRY)
			break;
	}
	return rc == DB_OK && rows.nrows == 1;
}

/* The stylesheets this worker parsed at start are still where a worker
 * started now would read them (an upgrade half done removes them). */
static int
stylesheets_readable(struct izp_request *req)
{
	const char *dir = conf_get(req->conf, "xslt.dir", "xslt");
	const char *path = arena_printf(&req->arena, "%s/html/main.xsl", dir);

	return path != NULL && access(path, R_OK) == 0;
}

static int
handle(struct izp_request *req)
{
	int database = database_answers(req);
	int stylesheets = stylesheets_readable(req);
	xmlNodePtr root = izp_page(req, "health"), health;

	health = xml_child(root, "health");
	xml_attr(health, "database", database ? "ok" : "fout");
	xml_attr(health, "stylesheets", stylesheets ? "ok" : "fout");
	/* This answer itself went through the stylesheets: a 200 in HTML
	 * proves they still transform. */
	return database && stylesheets ? 200 : 503;
}

IZP_OPEN_PROGRAM("health", "read", handle)
