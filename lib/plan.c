/*
 * The rules every change of a care plan obeys, in one place: the plan
 * exists, the user may see the child, only the hoofdbehandelaar or the
 * casemanager (for content also the nurse who drew it up) changes it, a
 * closed plan is read-only (but for the bereavement care after the child
 * died), and the change is based on the version the user saw (else 409,
 * so two caregivers never overwrite each other).  Runs inside the writer's transaction and
 * locks the plan row until it commits.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"
#include "internal.h"

static int
is_one_of(const struct izp_request *req, const struct db_rows *plan,
    enum plan_editors editors)
{
	long long me = req->user.id;

	if (strtoll(db_cell_named(plan, 0, "hoofdbehandelaar_id"), NULL, 10) ==
	    me)
		return 1;
	if (editors == PLAN_HOOFDBEHANDELAAR)
		return 0;
	if (editors == PLAN_AFTERCARE)
		editors = PLAN_RESPONSIBLE;
	return strtoll(db_cell_named(plan, 0, "casemanager_id"), NULL, 10) ==
	    me || (editors == PLAN_TEAM && strtoll(db_cell_named(plan, 0,
	    "drawn_up_by"), NULL, 10) == me);
}

static const char *
who_may(enum plan_editors editors)
{
	switch (editors) {
	case PLAN_HOOFDBEHANDELAAR:
		return "Alleen de hoofdbehandelaar van dit kind kan dit doen: "
		    "beleid loopt altijd via de hoofdbehandelaar.";
	case PLAN_RESPONSIBLE:
	case PLAN_AFTERCARE:
		return "Alleen de hoofdbehandelaar of de casemanager van dit "
		    "IZP kan dit doen.";
	case PLAN_TEAM:
		break;
	}
	return "Alleen de hoofdbehandelaar, de casemanager en de "
	    "verpleegkundige die het IZP opstelde kunnen het wijzigen.";
}

/*
 * own_row: the caller changes the plan row itself (activate, close, the
 * responsible, the policy goal).  Then a resent copy of the request that
 * made the row's current version, by the same user, is a twin (a double
 * click): it changes nothing and answers as the first did, so it skips
 * the checks the first passed (after closing, the plan no longer gives
 * access).  Any other writer gets no such way around them: a request id
 * is the client's to choose.
 */
static int
lock_plan(struct izp_request *req, long long plan, long long seen_version,
    enum plan_editors editors, int own_row, struct plan_lock *out)
{
	struct db_arg args[] = { DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_INT_ARG(plan) };
	struct db_rows rows;
	int rc;

	if ((rc = db_exec(req->db, &req->arena, LIB_STMT_PLAN_FOR_CHANGE, args,
	    sizeof(args) / sizeof(args[0]), &rows)) != DB_OK)
		return rc;
	if (rows.nrows == 0)
		return izp_fail(req, 404, "Dit IZP bestaat niet.");
	out->id = plan;
	out->child_id = strtoll(db_cell_named(&rows, 0, "child_id"), NULL, 10);
	req->audit.patient_id = out->child_id;
	out->version = strtoll(db_cell_named(&rows, 0, "version"), NULL, 10);
	out->status = db_cell_named(&rows, 0, "status");
	out->created_at = db_cell_named(&rows, 0, "created_at");
	out->twin = 0;
	/* Its current version is this very request's: a twin was first. */
	if (own_row && (out->twin = izp_is_twin(req, &rows)) != 0)
		return 0;
	if (strcmp(db_cell_named(&rows, 0, "allowed"), "1") != 0)
		return izp_deny_child(req);
	if (!is_one_of(req, &rows, editors))
		return izp_fail(req, 403, who_may(editors));
	req->error_link = arena_printf(&req->arena, "/izp/%lld", plan);
	if (editors == PLAN_AFTERCARE) {
		const char *reason = db_cell_named(&rows, 0, "close_reason");

		if (strcmp(out->status, "afgesloten") != 0 || reason == NULL ||
		    strcmp(reason, "overleden") != 0) {
			req->error_title = "Nazorg na overlijden";
			req->error_link_text = "Terug naar het IZP";
			return izp_fail(req, 409, "Nazorg wordt vastgelegd "
			    "nadat het IZP is afgesloten omdat het kind is "
			    "overleden. Zolang het kind leeft, horen afspraken "
			    "over nazorg bij 'Levensbeschouwing en nazorg'.");
		}
		return 0;
	}
	if (strcmp(out->status, "afgesloten") == 0)
		return izp_fail(req, 409, "Dit IZP is afgesloten en kan niet "
		    "meer worden gewijzigd. Start zo nodig een nieuw IZP.");
	if (seen_version != PLAN_ANY_VERSION && out->version != seen_version)
		return izp_fail(req, 409, arena_printf(&req->arena, "Iemand "
		    "anders heeft dit IZP intussen gewijzigd (nu versie %lld, "
		    "u zag versie %lld). Er is niets opgeslagen; bekijk de "
		    "huidige stand en probeer het zo nodig opnieuw.",
		    out->version, seen_version));
	return 0;
}

int
plan_lock(struct izp_request *req, long long plan, long long seen_version,
    enum plan_editors editors, struct plan_lock *out)
{
	return lock_plan(req, plan, seen_version, editors, 0, out);
}

int
plan_row_lock(struct izp_request *req, long long plan, long long seen_version,
    enum plan_editors editors, struct plan_lock *out)
{
	return lock_plan(req, plan, seen_version, editors, 1, out);
}

static const struct field_def version_field[] = {
	{ "version", "Versie", FIELD_VERSION, 1, 12, NULL, NULL },
};

int
plan_button(struct izp_request *req, int (*step)(struct db *, void *))
{
	struct plan_button button = { .req = req };
	struct field_value v[1];
	int rc;

	if ((rc = form_read(&req->arena, &req->form, version_field, 1, v)) < 0)
		return 503;
	if (rc > 0)
		return izp_fail(req, 400, "Het formulier is onvolledig "
		    "verstuurd; er is niets opgeslagen.");
	button.version = v[0].id;
	if ((rc = db_transaction(req->db, step, &button)) != 0)
		return rc;
	return izp_redirect(req, arena_printf(&req->arena, "/izp/%lld",
	    req->path_id));
}

/*
 * What belongs to the child rather than to one plan (treatment limits,
 * representatives, advance directives) is changed under the same rules,
 * by the people of the child's open plan.  Without an open plan: 409.
 */
int
child_plan_lock(struct izp_request *req, long long child,
    enum plan_editors editors, struct plan_lock *out)
{
	struct db_arg id = DB_INT_ARG(child);
	struct db_rows rows;
	int rc;

	if ((rc = izp_authorise_child(req, child)) != 0)
		return rc;
	if ((rc = db_exec(req->db, &req->arena, LIB_STMT_OPEN_PLAN_FOR_CHANGE,
	    &id, 1, &rows)) != DB_OK)
		return rc;
	if (rows.nrows == 0) {
		req->error_link = arena_printf(&req->arena,
		    "/kinderen/%lld/izp/nieuw", child);
		req->error_title = "Eerst een IZP nodig";
		req->error_link_text = "IZP aanmaken";
		return izp_fail(req, 409, "Dit kind heeft geen open IZP. Maak "
		    "eerst een IZP; de hoofdbehandelaar en de casemanager "
		    "daarvan leggen dit vast.");
	}
	return plan_lock(req, strtoll(db_cell(&rows, 0, 0), NULL, 10),
	    PLAN_ANY_VERSION, editors, out);
}
