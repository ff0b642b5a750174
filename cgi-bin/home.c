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
	STMT_FEW,
	STMT_MANY,
	STMT__MAX
};

/*
 * Both read the same columns, in the same order, with the same search;
 * P is the child's open plan (the scan joins it once, as SQL_SEEN_JOINS's
 * sp).  Only what a row shows: each column is an attribute the stylesheet
 * finds by walking the row's attributes, the ones it tests most first.
 */
#define CHILD_ROW(P) \
	"SELECT CASE WHEN c.died_on IS NOT NULL THEN 'died' " \
	"WHEN c.first_actueel_on IS NOT NULL " \
	"THEN IF(c.first_actueel_on <= " SQL_DEADLINE ", 'met', 'late') " \
	"WHEN c.list_state = 3 THEN 'closed' " \
	"WHEN DATEDIFF(" SQL_DEADLINE ", CURDATE()) < 0 THEN 'overdue' " \
	"WHEN DATEDIFF(" SQL_DEADLINE ", CURDATE()) <= ? THEN 'due-soon' " \
	"ELSE 'ok' END AS deadline_status, " P ".id AS plan_id, c.id, " \
	P ".status AS plan_status, c.given_name, c.family_name, " \
	"TIMESTAMPDIFF(MONTH, c.birth_date, CURDATE()) AS age_months, " \
	"TIMESTAMPDIFF(YEAR, c.birth_date, CURDATE()) AS age_years, " \
	"c.diagnosis, " SQL_DEADLINE " AS deadline, " \
	"DATEDIFF(" SQL_DEADLINE ", CURDATE()) AS days_left, " \
	"c.first_actueel_on, DATEDIFF(c.first_actueel_on, " SQL_DEADLINE \
	") AS actueel_days_after_term, c.died_on"
#define SEARCH \
	"(? = 0 OR c.given_name LIKE ? OR c.family_name LIKE ? " \
	"OR CONCAT(c.given_name, ' ', c.family_name) LIKE ? " \
	"OR c.bsn = ? OR c.birth_date = ?)"
#define LIST_ORDER \
	" ORDER BY c.list_state, c.deadline, c.family_name, c.given_name, c.id"

static const char *const sql[STMT__MAX] = {
	/* A user who sees few children: those first, then sorted; the count
	 * of all comes in the same statement. */
	[STMT_FEW] = CHILD_ROW("p") ", COUNT(*) OVER () AS total "
	    "FROM children c JOIN " SQL_VISIBLE_CHILDREN " ON v.id = c.id "
	    "LEFT JOIN care_plans p ON p.open_child_id = c.id "
	    "WHERE " SEARCH LIST_ORDER " LIMIT ? OFFSET ?",
	/* A user who sees many: all children in the start page's order,
	 * stopping after the page; no count, which would cost them all. */
	[STMT_MANY] = CHILD_ROW("sp") " FROM children c "
	    "FORCE INDEX (children_list)" SQL_SEEN_JOINS "WHERE " SQL_SEEN_WHERE " AND " SEARCH
	    " GROUP BY c.list_state, c.deadline, c.family_name, c.given_name, "
	    "c.id" LIST_ORDER " LIMIT ? OFFSET ?",
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
	int			 counted;	/* total known (few children) */
	int			 more;		/* a next page */
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
	struct db_arg args[24];
	size_t n = 0, k;
	int many, rc;

	if ((rc = izp_sees_many(l->req, &many)) != 0)
		return rc;
	args[n++] = DB_INT_ARG(conf_get_long(l->req->conf,
	    "deadline.warn_days", 14));
	/* Either way the user four times before the search: in
	 * SQL_VISIBLE_CHILDREN, or in SQL_SEEN_JOINS and SQL_SEEN_WHERE. */
	for (k = 0; k < SQL_MAY_SEE_CHILD_ARGS; k++)
		args[n++] = DB_INT_ARG(user);
	args[n++] = DB_INT_ARG(*l->search != '\0');
	args[n++] = DB_TEXT_ARG(l->like);
	args[n++] = DB_TEXT_ARG(l->like);
	args[n++] = DB_TEXT_ARG(l->like);
	args[n++] = DB_TEXT_ARG(l->bsn);
	args[n++] = DB_TEXT_ARG(l->birth);
	/* One more than a page: is there a next one? */
	args[n++] = DB_INT_ARG(l->page_size + 1);
	args[n++] = DB_INT_ARG((l->page - 1) * l->page_size);
	if ((rc = izp_query(l->req, many ? STMT_MANY : STMT_FEW, args, n,
	    &l->children)) != DB_OK)
		return rc;
	l->counted = !many;
	l->more = l->children.nrows > (size_t)l->page_size;
	if (l->more)
		l->children.nrows = (size_t)l->page_size;
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
	if (l.counted)
		xml_attr(list, "total", l.children.nrows > 0 ?
		    db_cell_named(&l.children, 0, "total") : "0");
	if (l.more)
		xml_attr(list, "more", "1");
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
