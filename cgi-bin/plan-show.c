/*
 * Overzicht tonen van gehele plan: the whole care plan of a child, with the
 * child, its status and the people responsible, as HTML or XML.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"

struct reading {
	struct izp_request	*req;
	const char		*at;	/* NULL: now */
	struct overview		 o;
};

static int
read_plan(struct db *db, void *arg)
{
	struct reading *r = arg;
	struct izp_request *req = r->req;
	int rc;

	if ((rc = overview_read(req, req->path_id, r->at, &r->o)) != 0)
		return rc;
	return audit_write(req, db, "success");
}

/* What this user may do with the plan; the stylesheet offers only that. */
static void
add_actions(struct izp_request *req, xmlNodePtr root,
    const struct db_rows *plan)
{
	xmlNodePtr plan_node = root->children;
	long long hb = strtoll(db_cell_named(plan, 0, "hoofdbehandelaar_id"),
	    NULL, 10);
	long long cm = strtoll(db_cell_named(plan, 0, "casemanager_id"), NULL,
	    10);
	long long du = strtoll(db_cell_named(plan, 0, "drawn_up_by"), NULL, 10);
	int responsible = req->user.id == hb || req->user.id == cm;
	const char *reason = db_cell_named(plan, 0, "close_reason");
	const char *confirm_as;
	int closed, aftercare;
	xmlNodePtr actions;

	while (plan_node != NULL && !xmlStrEqual(plan_node->name,
	    BAD_CAST "plan"))
		plan_node = plan_node->next;
	if (plan_node == NULL || (!responsible && req->user.id != du))
		return;
	closed = strcmp(db_cell_named(plan, 0, "status"), "afgesloten") == 0;
	/* After the child died only the aftercare stays open. */
	aftercare = closed && responsible && reason != NULL &&
	    strcmp(reason, "overleden") == 0;
	if (closed && !aftercare)
		return;
	actions = xml_child(root, "actions");
	/* The model puts the actions right after the plan. */
	if (xmlAddNextSibling(plan_node, actions) == NULL)
		return;
	xml_attr(actions, "request-id", req->request_id);
	if (aftercare) {
		xml_attr(actions, "aftercare", "true");
		return;
	}
	xml_attr(actions, "edit", "true");
	if (!responsible)
		return;
	if (req->user.id == hb)	/* medical policy */
		xml_attr(actions, "limits", "true");
	if (strcmp(db_cell_named(plan, 0, "status"), "concept") == 0) {
		xml_attr(actions, "activate", "true");
		xml_attr(actions, "csrf", izp_form_token(req,
		    arena_printf(&req->arena, "/izp/%lld/actueel-maken",
		    req->path_id)));
	}
	xml_attr(actions, "close", "true");
	xml_attr(actions, "responsible", "true");
	/* Named later as hoofdbehandelaar or casemanager: confirm it. */
	confirm_as = req->user.id == hb && db_cell_named(plan, 0,
	    "hoofdbehandelaar_confirmed_at") == NULL ? "hoofdbehandelaar" :
	    req->user.id == cm && db_cell_named(plan, 0,
	    "casemanager_confirmed_at") == NULL ? "casemanager" : NULL;
	if (confirm_as != NULL) {
		xml_attr(actions, "confirm-as", confirm_as);
		xml_attr(actions, "confirm-csrf", izp_form_token(req,
		    arena_printf(&req->arena, "/izp/%lld/overname-bevestigen",
		    req->path_id)));
	}
}

static int
handle(struct izp_request *req)
{
	struct reading r = { .req = req };
	char moment[20];
	xmlNodePtr root;
	int rc;

	izp_audit_set(req, AUDIT_READ, 0, "care_plan", req->path_id);
	if ((rc = izp_at_moment(req, moment, &r.at)) != 0) {
		req->error_link = arena_printf(&req->arena,
		    "/izp/%lld/geschiedenis", req->path_id);
		return rc;
	}
	if ((rc = db_transaction(req->db, read_plan, &r)) != 0)
		return rc;
	root = izp_page(req, "plan");
	overview_xml(root, &r.o, r.at, conf_get_long(req->conf,
	    "limits.review_months", 6));
	if (r.at == NULL)	/* the past is read-only */
		add_actions(req, root, &r.o.part[OV_PLAN]);
	return 200;
}

IZP_OVERVIEW_PROGRAM("plan-show", "read", "GET", handle, OVERVIEW_SQL_ALL)
