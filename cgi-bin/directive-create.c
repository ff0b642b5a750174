/*
 * Wilsverklaring vastleggen: an advance directive of the child or signed
 * for the child (zib Wilsverklaring): its kind, when, who represented the
 * child, where the document is.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_KIND,
	F_KIND_OTHER,
	F_SIGNED_ON,
	F_REPRESENTATIVE,
	F_DOCUMENT,
	F_COMMENT,
	F__MAX
};

static const struct field_def fields[F__MAX] = {
	[F_KIND] = { "kind", "Soort wilsverklaring", FIELD_ENUM, 1, 10,
	    directive_kinds,
	    NULL },
	[F_KIND_OTHER] = { "kind_other", "Welke", FIELD_TEXT, 0, 200, NULL,
	    "Verplicht bij 'Anders'." },
	[F_SIGNED_ON] = { "signed_on", "Datum", FIELD_DATE, 1, 10, NULL, NULL },
	[F_REPRESENTATIVE] = { "representative", "Namens het kind "
	    "ondertekend door", FIELD_TEXT, 0, 200, NULL, NULL },
	[F_DOCUMENT] = { "document", "Waar ligt het document?", FIELD_TEXT, 0,
	    500, NULL, NULL },
	[F_COMMENT] = { "comment", "Toelichting", FIELD_MEMO, 0, 2000, NULL,
	    NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_SAME,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("advance_directives"),
	/* The same directive in force: of a kind a child has one of, or an
	 * oral or other one of the same day and words (a double entry). */
	[STMT_SAME] = "SELECT id, DATE_FORMAT(signed_on, '%d-%m-%Y') "
	    "FROM advance_directives WHERE child_id = ? AND status = 'actief' "
	    "AND kind = ? AND (kind NOT IN ('MON', 'OTH') OR (signed_on = ? "
	    "AND IFNULL(kind_other, '') = IFNULL(?, ''))) LIMIT 1",
	[STMT_INSERT] = "INSERT INTO advance_directives (child_id, kind, "
	    "kind_other, signed_on, representative, document, comment, "
	    "created_by, created_at, changed_by, change_reason, request_id) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(3), ?, "
	    "'Wilsverklaring vastgelegd', ?)",
};

static int
check(struct field_value *v)
{
	int errors = form_not_in_future(&v[F_SIGNED_ON], "De datum ligt in de "
	    "toekomst.");

	if (v[F_KIND].present && strcmp(v[F_KIND].text, "OTH") == 0 &&
	    !v[F_KIND_OTHER].present) {
		form_set_error(&v[F_KIND_OTHER], "Beschrijf de wilsverklaring.");
		errors++;
	}
	return errors;
}

static int
check_with_child(struct izp_request *req, struct field_value *v,
    const struct db_rows *child)
{
	struct db_arg args[] = { DB_TEXT_ARG(db_cell_named(child, 0, "id")),
	    DB_TEXT_ARG(v[F_KIND].text), DB_TEXT_ARG(v[F_SIGNED_ON].iso),
	    form_arg(&v[F_KIND_OTHER]) };
	struct db_rows same;
	int rc;

	if ((rc = izp_query(req, STMT_SAME, args, 4, &same)) != DB_OK)
		return rc;
	if (same.nrows == 0)
		return 0;
	form_set_error_link(&v[F_KIND], arena_printf(&req->arena, "Er is al "
	    "een geldige %s van %s. Beëindig die eerst als deze nieuwe haar "
	    "vervangt.", choice_label(directive_kinds, v[F_KIND].text),
	    db_cell(&same, 0, 1)), arena_printf(&req->arena,
	    "/wilsverklaringen/%s/beeindigen", db_cell(&same, 0, 0)),
	    "Die wilsverklaring beëindigen");
	return 400;
}

static int
insert(struct izp_request *req, struct field_value *v, long long child,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(child), DB_TEXT_ARG(v[F_KIND].text),
	    form_arg(&v[F_KIND_OTHER]), DB_TEXT_ARG(v[F_SIGNED_ON].iso),
	    form_arg(&v[F_REPRESENTATIVE]),
	    form_arg(&v[F_DOCUMENT]), form_arg(&v[F_COMMENT]),
	    DB_INT_ARG(req->user.id), DB_INT_ARG(req->user.id),
	    DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "directive-create",
	.action = "/kinderen/%lld/wilsverklaringen/nieuw",
	.object = "advance_directive",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 1,
	.editors = PLAN_TEAM,
	.anchor = "wilsverklaringen",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.check_with_child = check_with_child,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("directive-create", "plan", spec)
