/*
 * A child's IZP as a message for another system: the NHG HIS IZP message
 * for GP information systems (/kinderen/{id}/berichten/nhg), the zib 2020
 * ADA registrations (.../ada) or a FHIR Bundle of everything (.../fhir).
 * The same reading of the whole plan as the overview (lib/overview.c), now
 * or as it stood at ?at=, turned into the message by its stylesheet;
 * audited as an export.  The plan is the child's open one, else its most
 * recent; a child without any plan still has its treatment limits, and
 * they are sent.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum stmt {
	STMT_PLAN_OF_CHILD,
	STMT_BSN,
	STMT_USERS,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_PLAN_OF_CHILD] = SQL_PLAN_OF_CHILD,
	[STMT_BSN] = SQL_CHILD_BSN,
	[STMT_USERS] = SQL_USERS_OF_MESSAGE,
};

/* The formats by IZP_VIEW from nginx, and their stylesheets; FHIR says
 * its errors in FHIR too (an OperationOutcome). */
static const struct format {
	const char	*view;
	const char	*sheet;
	int		 errors_too;
} formats[] = {
	{ "nhg", "nhg/izp.xsl", 0 },
	{ "ada", "ada/izp.xsl", 0 },
	{ "fhir", "fhir/izp.xsl", 1 },
};

struct message {
	struct izp_request	*req;
	const char		*at;	/* NULL: now */
	struct overview		 o;
	struct db_rows		 bsn, users;
};

static int
read_message(struct db *db, void *arg)
{
	struct message *m = arg;
	struct izp_request *req = m->req;
	struct db_arg child = DB_INT_ARG(req->path_id);
	struct db_rows plan;
	int rc;

	if ((rc = izp_authorise_child(req, req->path_id)) != 0)
		return rc;
	if ((rc = izp_query(req, STMT_PLAN_OF_CHILD, &child, 1, &plan)) !=
	    DB_OK)
		return rc;
	if (plan.nrows > 0) {
		req->audit.object_id = strtoll(db_cell(&plan, 0, 0), NULL, 10);
		rc = overview_read(req, req->audit.object_id, m->at, &m->o);
	} else {
		/* Without a plan the child's own parts still count. */
		izp_audit_set(req, AUDIT_EXPORT, req->path_id, "child",
		    req->path_id);
		rc = overview_read_child(req, req->path_id, m->at, &m->o);
	}
	if (rc != 0 || (rc = message_read(req, STMT_BSN, STMT_USERS,
	    plan.nrows > 0 ? req->audit.object_id : 0, req->path_id, &m->bsn,
	    &m->users)) != DB_OK)
		return rc;
	return audit_write(req, db, "success");
}

static int
handle(struct izp_request *req)
{
	struct message m = { .req = req };
	const struct format *f = NULL;
	char moment[20];
	xmlNodePtr root, request;
	size_t i;
	int rc;

	izp_audit_set(req, AUDIT_EXPORT, req->path_id, "care_plan", 0);
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (req->view_name != NULL &&
		    strcmp(req->view_name, formats[i].view) == 0)
			f = &formats[i];
	if (f == NULL)
		return izp_fail(req, 404, "Dit berichtformaat bestaat niet.");
	if (f->errors_too)
		req->message_sheet = f->sheet;
	for (i = 0; i < req->query.n; i++)
		if (strcmp(req->query.v[i].name, "at") != 0)
			return izp_fail(req, 400, "Een bericht kent alleen de "
			    "parameter at (het moment, jjjj-mm-ddTuu:mm:ss).");
	if ((rc = izp_at_moment(req, moment, &m.at)) != 0)
		return rc;
	if ((rc = db_transaction(req->db, read_message, &m)) != 0)
		return rc;
	root = izp_page(req, "plan");
	overview_xml(root, &m.o, m.at, conf_get_long(req->conf,
	    "limits.review_months", 6));
	message_xml(root, &m.bsn, &m.users);
	request = xml_child(root, "fhir-request");
	xml_attr(request, "interaction", "collection");
	xml_attr(request, "base", arena_printf(&req->arena, "%s/fhir",
	    izp_site_base(req)));
	/* A message is always the message, whatever the client accepts. */
	req->sheet = f->sheet;
	req->view = RENDER_HTML;
	return 200;
}

IZP_EXCHANGE_PROGRAM("plan-message", "read", "GET", handle, sql,
    sizeof(sql) / sizeof(sql[0]), overview_sql, OVERVIEW_SQL_ALL)
