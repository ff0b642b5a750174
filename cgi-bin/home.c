/*
 * Start page: the children the user may see (by the family's grants or as
 * hoofdbehandelaar or casemanager), each with the state of the IZP
 * and, for a child without one, the 8-week term (ok / due soon / overdue);
 * the most urgent first, a page at a time (?pagina=), searchable by name,
 * BSN or date of birth (?zoek=).  The count comes with the page, in the
 * same statement, so the page costs the same however many children.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum stmt {
	STMT_CHILDREN,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILDREN] =
	    "SELECT " SQL_CHILD_COLUMNS ", p.id AS plan_id, "
	    "p.status AS plan_status, "
	    "CASE WHEN p.id IS NOT NULL THEN 'plan' "
	    "WHEN EXISTS (SELECT 1 FROM care_plans q WHERE q.child_id = c.id) "
	    "THEN 'closed' "
	    "WHEN DATEDIFF(" SQL_DEADLINE ", CURDATE()) < 0 THEN 'overdue' "
	    "WHEN DATEDIFF(" SQL_DEADLINE ", CURDATE()) <= ? THEN 'due-soon' "
	    "ELSE 'ok' END AS deadline_status, "
	    "COUNT(*) OVER () AS total "
	    "FROM children c JOIN " SQL_VISIBLE_CHILDREN " ON v.id = c.id "
	    "LEFT JOIN care_plans p ON p.child_id = c.id "
	    "AND p.status IN ('concept', 'actueel') "
	    "WHERE (? = 0 OR c.given_name LIKE ? "
	    "OR c.family_name LIKE ? "
	    "OR CONCAT(c.given_name, ' ', c.family_name) LIKE ? "
	    "OR c.bsn = ? OR c.birth_date = ?) "
	    "ORDER BY FIELD(deadline_status, 'overdue', 'due-soon', 'ok', "
	    "'plan', 'closed'), days_left, c.family_name, c.given_name, c.id "
	    "LIMIT ? OFFSET ?",
};

#define SEARCH_MAX 100	/* characters */

struct listing {
	struct izp_request	*req;
	const char		*search;	/* as typed, trimmed; "" none */
	const char		*like;		/* %search%, wildcards escaped */
	const char		*bsn;		/* when it is a BSN */
	const char		*birth;		/* when it is a date: ISO */
	long long		 page;		/* from 1 */
	long			 page_size;
	struct db_rows		 children;
};

/* What the search box holds, as a name pattern, a BSN and a date. */
static int
read_search(struct listing *l)
{
	struct izp_request *req = l->req;
	const struct http_param *q = http_param_find(&req->query, "zoek");
	const struct http_param *p = http_param_find(&req->query, "pagina");
	const char *text = q != NULL ? q->value : "";
	struct date d;
	char *like;
	size_t i, n, len;

	if (http_param_count(&req->query, "zoek") > 1 ||
	    http_param_count(&req->query, "pagina") > 1)
		return izp_fail(req, 400, "Geef één zoekterm en één pagina op.");
	l->page = 1;
	if (p != NULL && *p->value != '\0' &&
	    (valid_id(p->value, &l->page) != NULL || l->page > 100000))
		return izp_fail(req, 400, "Dat is geen paginanummer.");
	while (*text == ' ')
		text++;
	len = strlen(text);
	while (len > 0 && text[len - 1] == ' ')
		len--;
	if (http_utf8_length(text, len) > SEARCH_MAX)
		return izp_fail(req, 400, "De zoekterm is te lang (hoogstens 100 "
		    "tekens).");
	l->search = arena_strndup(&req->arena, text, len);
	if ((like = arena_alloc(&req->arena, 2 * len + 3)) == NULL)
		return 503;
	n = 0;
	like[n++] = '%';
	for (i = 0; i < len; i++) {
		if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
			like[n++] = '\\';
		like[n++] = text[i];
	}
	like[n++] = '%';
	like[n] = '\0';
	l->like = like;
	if (valid_bsn(l->search) == NULL)
		l->bsn = l->search;
	if (valid_date(l->search, &d) == NULL)
		l->birth = arena_printf(&req->arena, "%04d-%02d-%02d", d.year,
		    d.month, d.day);
	return 0;
}

static int
read_children(struct db *db, void *arg)
{
	struct listing *l = arg;
	long long user = l->req->user.id;
	struct db_arg args[] = {
		DB_INT_ARG(conf_get_long(l->req->conf, "deadline.warn_days", 14)),
		DB_INT_ARG(user), DB_INT_ARG(user), DB_INT_ARG(user),
		DB_INT_ARG(user), DB_INT_ARG(*l->search != '\0'),
		DB_TEXT_ARG(l->like), DB_TEXT_ARG(l->like),
		DB_TEXT_ARG(l->like), DB_TEXT_ARG(l->bsn),
		DB_TEXT_ARG(l->birth), DB_INT_ARG(l->page_size),
		DB_INT_ARG((l->page - 1) * l->page_size),
	};
	int rc;

	if ((rc = izp_query(l->req, STMT_CHILDREN, args,
	    sizeof(args) / sizeof(args[0]), &l->children)) != DB_OK)
		return rc;
	l->req->audit.shown = NULL;	/* this run may be a retry */
	if (izp_audit_shown(l->req, &l->children, "id") != 0)
		return 503;
	return audit_write(l->req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct listing l = { .req = req };
	xmlNodePtr root, list;
	size_t i;
	int rc;

	izp_audit_set(req, AUDIT_SEARCH, 0, "children", 0);
	l.page_size = conf_get_long(req->conf, "home.page_size", 50);
	if ((rc = read_search(&l)) != 0)
		return rc;
	if ((rc = db_transaction(req->db, read_children, &l)) != 0)
		return rc;
	root = izp_page(req, "children");
	list = xml_child(root, "children");
	xml_attr_int(list, "warn-days", conf_get_long(req->conf,
	    "deadline.warn_days", 14));
	xml_attr_int(list, "page", l.page);
	xml_attr_int(list, "page-size", l.page_size);
	xml_attr(list, "total", l.children.nrows > 0 ?
	    db_cell_named(&l.children, 0, "total") : "0");
	if (*l.search != '\0')
		xml_attr(list, "search", l.search);
	if (l.children.nrows == 0 && l.page > 1)
		xml_attr(list, "past-end", "1");
	if (http_param_find(&req->query, "afgesloten") != NULL)
		xml_attr(list, "notice", "plan-closed");
	for (i = 0; i < l.children.nrows; i++)
		xml_rows(list, "child", &l.children, i);
	return 200;
}

IZP_PROGRAM("home", "read", "GET", handle)
