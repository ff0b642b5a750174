/*
 * The flow every "add something to the IZP" form shares: show the form for
 * a child or a plan, read and check what was posted, and in one
 * transaction lock the plan, apply the rules, insert and write the audit
 * row; a resent form is stored once; then back to the overview.  A program
 * describes its fields, its cross-field rules and its insert
 * (struct entry_spec); this file runs them.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"

struct entry {
	struct izp_request	*req;
	const struct entry_spec	*spec;
	struct field_value	*v;
	struct db_rows		 child;
	struct db_rows		 choices;	/* spec->choices_prefix */
	long long		 plan_id;
	int			 write;
};

static int
add_entry(struct db *db, void *arg)
{
	struct entry *e = arg;
	struct izp_request *req = e->req;
	const struct entry_spec *spec = e->spec;
	struct plan_lock plan;
	struct db_arg id;
	long long earlier, created;
	int rc;

	if ((rc = spec->of_child ? child_plan_lock(req, req->path_id,
	    spec->editors, &plan) : plan_lock(req, req->path_id,
	    PLAN_ANY_VERSION, spec->editors, &plan)) != 0)
		return rc;
	e->plan_id = plan.id;
	id = DB_INT_ARG(plan.child_id);
	if ((rc = izp_query(req, spec->stmt_child, &id, 1, &e->child)) !=
	    DB_OK)
		return rc;
	if (spec->choices_prefix != NULL && (rc = izp_query(req,
	    spec->stmt_choices, &id, 1, &e->choices)) != DB_OK)
		return rc;
	if (!e->write)	/* a refused POST has its own audit row */
		return req->method == HTTP_POST ? 0 :
		    audit_write(req, db, "success");
	if ((rc = izp_saved_before(req, spec->stmt_by_request, &earlier)) !=
	    DB_OK)
		return rc;
	if (earlier != 0)
		return 0;
	if (spec->check_with_child != NULL &&
	    (rc = spec->check_with_child(req, e->v, &e->child)) != 0)
		return rc;
	if ((rc = spec->insert(req, e->v, spec->of_child ? plan.child_id :
	    plan.id, &created)) != 0)
		return rc;
	req->audit.object_id = created;
	return audit_write(req, db, "success");
}

static void
add_choices(struct entry *e, xmlNodePtr form)
{
	const char *prefix = e->spec->choices_prefix;
	size_t f, i;

	for (f = 0; prefix != NULL && f < e->spec->nfields; f++) {
		const struct field_def *def = &e->spec->fields[f];

		if (def->type != FIELD_ID || strncmp(def->name, prefix,
		    strlen(prefix)) != 0)
			continue;
		for (i = 0; i < e->choices.nrows; i++)
			form_add_option(form_field_node(form, def->name),
			    db_cell(&e->choices, i, 0),
			    db_cell(&e->choices, i, 1));
	}
}

static int
show_form(struct entry *e, int status)
{
	struct izp_request *req = e->req;
	xmlNodePtr root, form;
	int rc;

	e->write = 0;
	if ((rc = db_transaction(req->db, add_entry, e)) != 0)
		return rc;
	root = izp_page(req, e->spec->page);
	xml_rows(root, "child", &e->child, 0);
	form = form_xml(req, root, e->spec->page, arena_printf(&req->arena,
	    e->spec->action, req->path_id), e->spec->fields, e->spec->nfields,
	    req->method == HTTP_POST ? e->v : NULL);
	xml_attr(form, "cancel", arena_printf(&req->arena, "/izp/%lld#%s",
	    e->plan_id, e->spec->anchor));
	add_choices(e, form);
	return status;
}

int
entry_handle(struct izp_request *req, const struct entry_spec *spec)
{
	struct entry e = { .req = req, .spec = spec };
	int rc, errors;

	izp_audit_set(req, req->method == HTTP_POST ? AUDIT_CREATE : AUDIT_READ,
	    0, spec->object, 0);
	if ((e.v = arena_alloc(&req->arena, spec->nfields * sizeof(*e.v))) ==
	    NULL)
		return 503;
	memset(e.v, 0, spec->nfields * sizeof(*e.v));
	if (req->method != HTTP_POST)
		return show_form(&e, 200);
	if ((errors = form_read(&req->arena, &req->form, spec->fields,
	    spec->nfields, e.v)) < 0)
		return 503;
	if (spec->check != NULL)
		errors += spec->check(e.v);
	if (errors > 0)
		return show_form(&e, 400);
	e.write = 1;
	if ((rc = db_transaction(req->db, add_entry, &e)) == 400)
		return show_form(&e, 400);
	if (rc != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena, "/izp/%lld#%s",
	    e.plan_id, spec->anchor));
}

/* Runs the program's insert and gives the new row's id. */
int
entry_insert(struct izp_request *req, size_t stmt, const struct db_arg *args,
    size_t nargs, long long *id)
{
	struct db_rows rows;
	int rc;

	if ((rc = izp_query(req, stmt, args, nargs, &rows)) != DB_OK)
		return rc;
	*id = (long long)rows.insert_id;
	return 0;
}
