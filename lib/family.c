/*
 * The family's door: which children a family log-in is linked to, and what
 * the WGBO lets it see on the day of the request.  Under 12 the parents
 * with authority see the plan; from 12 to 15 the child and those parents;
 * from 16 the child, and the parents only while the child lets them.  A
 * representative without authority, or one whose role has ended, sees
 * nothing.  The rule is here once, a pure function, so a unit test can
 * walk every case and the programs cannot disagree.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"

enum family_sight
family_sight(const struct family_link *l)
{
	if (l->is_child)
		return l->age >= 12 ? FAMILY_SEES : FAMILY_CHILD_TOO_YOUNG;
	if (!l->representative_active)
		return FAMILY_REPRESENTATIVE_ENDED;
	if (!l->has_authority)
		return FAMILY_NO_AUTHORITY;
	if (l->age >= 16 && !l->parents_may_see)
		return FAMILY_CHILD_DECIDES;
	return FAMILY_SEES;
}

/* Why a family log-in sees nothing of the plan, in the family's words. */
const char *
family_sight_reason(const struct family_link *l)
{
	switch (family_sight(l)) {
	case FAMILY_SEES:
		return NULL;
	case FAMILY_CHILD_TOO_YOUNG:
		return "Tot je 12 jaar bent, lezen je ouders het zorgplan. "
		    "Vraag hen of je zorgverlener om het samen met je te "
		    "bekijken.";
	case FAMILY_REPRESENTATIVE_ENDED:
		return "U bent niet meer als vertegenwoordiger van dit kind "
		    "vastgelegd. Neem contact op met de casemanager als dit "
		    "niet klopt.";
	case FAMILY_NO_AUTHORITY:
		return "Alleen ouders of voogden met gezag kunnen het "
		    "zorgplan inzien. Neem contact op met de casemanager als "
		    "dit niet klopt.";
	case FAMILY_CHILD_DECIDES:
		return "Vanaf 16 jaar beslist uw kind zelf wie het zorgplan "
		    "mag inzien. Uw kind heeft (nog) niet gekozen om het met "
		    "u te delen. Alleen uw kind kan dat veranderen.";
	}
	return "U kunt dit zorgplan niet inzien.";
}

/* Only the child itself, from 16, decides whether the parents see. */
int
family_decides_parents(const struct family_link *l)
{
	return l->is_child && l->age >= 16;
}

/*
 * May this log-in decide who sees the plan?  Until 16 the parents with
 * authority, from 12 the child too; from 16 the child alone.
 */
int
family_decides_access(const struct family_link *l)
{
	if (family_sight(l) != FAMILY_SEES)
		return 0;
	return l->is_child ? l->age >= 12 : l->age < 16;
}

/* Why not, in the family's words; NULL when it may. */
const char *
family_access_reason(const struct family_link *l)
{
	if (family_decides_access(l))
		return NULL;
	if (family_sight(l) != FAMILY_SEES)
		return family_sight_reason(l);
	return "Vanaf 16 jaar beslist uw kind zelf wie het zorgplan mag "
	    "inzien. U ziet hier wie dat mag; veranderen kan alleen uw kind.";
}

static int
cell_int(const struct db_rows *r, size_t row, const char *name)
{
	const char *v = db_cell_named(r, row, name);

	return v != NULL ? atoi(v) : 0;
}

/*
 * The log-in's links (every child, or only child when it is not 0),
 * through the program's statement stmt (SQL_FAMILY_LINKS); *n of them in
 * links, allocated in the request's arena; the rows too (for the audit row
 * of a list).
 */
int
family_links(struct izp_request *req, size_t stmt, long long child,
    struct family_link **links, size_t *n, struct db_rows *out)
{
	struct db_arg args[] = { DB_TEXT_ARG(req->user.username),
	    DB_TEXT_ARG(req->user.username), DB_INT_ARG(child),
	    DB_INT_ARG(child) };
	struct db_rows rows;
	struct family_link *l;
	size_t i;
	int rc;

	*links = NULL;
	*n = 0;
	if ((rc = izp_query(req, stmt, args, sizeof(args) / sizeof(args[0]),
	    &rows)) != DB_OK)
		return rc;
	*out = rows;
	if (rows.nrows == 0)
		return DB_OK;
	if ((l = arena_alloc(&req->arena, rows.nrows * sizeof(*l))) == NULL)
		return DB_ERROR;
	for (i = 0; i < rows.nrows; i++) {
		l[i].account_id = strtoll(db_cell_named(&rows, i, "id"), NULL,
		    10);
		l[i].child_id = strtoll(db_cell_named(&rows, i, "child_id"),
		    NULL, 10);
		l[i].plan_id = cell_int(&rows, i, "plan_id");
		l[i].is_child = strcmp(db_cell_named(&rows, i, "kind"),
		    "kind") == 0;
		l[i].age = cell_int(&rows, i, "age");
		l[i].has_authority = cell_int(&rows, i, "has_authority");
		l[i].representative_active = cell_int(&rows, i,
		    "representative_active");
		l[i].parents_may_see = cell_int(&rows, i, "parents_may_see");
		l[i].given_name = db_cell_named(&rows, i, "given_name");
		l[i].family_name = db_cell_named(&rows, i, "family_name");
		l[i].person = db_cell_named(&rows, i, "person");
		l[i].relation = db_cell_named(&rows, i, "relation");
		l[i].plan_status = db_cell_named(&rows, i, "plan_status");
	}
	*links = l;
	*n = rows.nrows;
	return DB_OK;
}

/*
 * The log-in's link to the child of the request's path, in *link: 404 when
 * there is none (whether the child exists or not: nothing is revealed),
 * else the audit row names the child and the log-in's person; and, when
 * must_see, 403 with the reason when the WGBO does not let it see.
 */
int
family_authorise(struct izp_request *req, size_t stmt, int must_see,
    struct family_link **link)
{
	struct db_rows rows;
	size_t n;
	int rc;

	if ((rc = family_links(req, stmt, req->path_id, link, &n, &rows)) !=
	    DB_OK)
		return rc;
	if (n == 0)
		return izp_fail(req, 404, "Dit kind is niet aan uw account "
		    "gekoppeld. Klopt dat niet, neem dan contact op met de "
		    "casemanager.");
	family_identify(req, *link);
	req->audit.patient_id = (*link)->child_id;
	if (must_see && family_sight(*link) != FAMILY_SEES)
		return izp_fail(req, 403, family_sight_reason(*link));
	return 0;
}

/*
 * The family's page: the log-in's person and role on the audit row (a
 * parent or the child, named as the representative is), and on the page.
 */
void
family_identify(struct izp_request *req, const struct family_link *l)
{
	req->user.name = l->person;
	req->user.role = l->is_child ? "kind" : l->relation;
}

/* One link as the family pages show it. */
xmlNodePtr
family_link_xml(xmlNodePtr parent, const struct family_link *l)
{
	xmlNodePtr x = xml_child(parent, "family-link");
	const char *why = family_sight_reason(l);

	xml_attr_int(x, "child-id", l->child_id);
	xml_attr(x, "given-name", l->given_name);
	xml_attr(x, "family-name", l->family_name);
	xml_attr_int(x, "age", l->age);
	xml_attr(x, "who", l->is_child ? "kind" : "vertegenwoordiger");
	xml_attr(x, "person", l->person);
	if (l->plan_id > 0) {
		xml_attr_int(x, "plan-id", l->plan_id);
		xml_attr(x, "plan-status", l->plan_status);
	}
	xml_attr(x, "sees", why == NULL ? "ja" : "nee");
	if (why != NULL)
		xml_text_child(x, "why-not", why);
	if (family_decides_parents(l))
		xml_attr(x, "parents-may-see", l->parents_may_see ? "ja" :
		    "nee");
	return x;
}
