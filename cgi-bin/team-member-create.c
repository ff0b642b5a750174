/*
 * Behandelteam: who is on the child's treatment team (hoofdbehandelaar,
 * casemanager / centrale zorgverlener, GP, KCT, nurses, other caregivers,
 * informal carers, volunteers), their tasks and responsibilities, and
 * whether the family can reach them day and night.  By the hoofdbehandelaar
 * or the casemanager, who divide the tasks.
 */
#include <ctype.h>
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_ROLE,
	F_NAME,
	F_ORGANISATION,
	F_PHONE,
	F_REACHABLE,
	F_TASKS,
	F__MAX
};

static const struct field_choice roles[] = {
	{ "hoofdbehandelaar", "Hoofdbehandelaar" },
	{ "casemanager", "Casemanager / centrale zorgverlener" },
	{ "huisarts", "Huisarts" },
	{ "kct", "Lid van het Kinder Comfort Team" },
	{ "kinderverpleegkundige", "Kinderverpleegkundige" },
	{ "zorgverlener", "Andere zorgverlener" },
	{ "mantelzorger", "Mantelzorger" },
	{ "vrijwilliger", "Vrijwilliger" },
	{ "anders", "Anders" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_ROLE] = { "role", "Rol", FIELD_ENUM, 1, 30, roles, NULL },
	[F_NAME] = { "name", "Naam", FIELD_TEXT, 1, 200, NULL, NULL },
	[F_ORGANISATION] = { "organisation", "Organisatie", FIELD_TEXT, 0, 200,
	    NULL, NULL },
	[F_PHONE] = { "phone", "Telefoon", FIELD_TEXT, 0, 50, NULL, NULL },
	[F_REACHABLE] = { "reachable_24_7",
	    "Dag en nacht bereikbaar voor de ouders", FIELD_CHECK, 0, 2, NULL,
	    NULL },
	[F_TASKS] = { "tasks", "Taken en verantwoordelijkheden", FIELD_MEMO, 1,
	    2000, NULL, NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_RESPONSIBLE,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("care_team"),
	/* The plan's own hoofdbehandelaar and casemanager, by name. */
	[STMT_RESPONSIBLE] = "SELECT hb.display_name, cm.display_name "
	    "FROM care_plans p JOIN users hb ON hb.id = p.hoofdbehandelaar_id "
	    "JOIN users cm ON cm.id = p.casemanager_id "
	    "WHERE p.open_child_id = ?",
	[STMT_INSERT] = "INSERT INTO care_team (plan_id, role, name, "
	    "organisation, phone, reachable_24_7, tasks, created_by, "
	    "created_at, changed_by, change_reason, request_id) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(3), ?, 'Lid "
	    "behandelteam toegevoegd', ?)",
};

/* Equal but for case and spaces (ASCII case; names are typed). */
static int
same_name(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ')
			a++;
		while (*b == ' ')
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++, b++;
	}
}

static int
check(struct field_value *v)
{
	int errors = 0;

	if (v[F_PHONE].present && !valid_phone(v[F_PHONE].text)) {
		form_set_error(&v[F_PHONE], "Geen geldig telefoonnummer.");
		errors++;
	}
	if (v[F_REACHABLE].present && !v[F_PHONE].present) {
		form_set_error(&v[F_PHONE],
	    "Wie dag en nacht bereikbaar is, heeft "
		    "een telefoonnummer nodig.");
		errors++;
	}
	return errors;
}

/*
 * A member in the role of hoofdbehandelaar or casemanager is the plan's
 * own (their tasks, their night phone), never a second one: the
 * spoedoverzicht would name two.  Names compared without case or spaces.
 */
static int
check_with_child(struct izp_request *req, struct field_value *v,
    const struct db_rows *child)
{
	struct db_arg id = DB_TEXT_ARG(db_cell_named(child, 0, "id"));
	struct db_rows people;
	const char *role = v[F_ROLE].text, *name;
	int hb, rc;

	hb = strcmp(role, "hoofdbehandelaar") == 0;
	if (!hb && strcmp(role, "casemanager") != 0)
		return 0;
	if ((rc = izp_query(req, STMT_RESPONSIBLE, &id, 1, &people)) != DB_OK)
		return rc;
	if (people.nrows == 0)
		return 0;
	name = db_cell(&people, 0, hb ? 0 : 1);
	if (same_name(name, v[F_NAME].text))
		return 0;
	form_set_error(&v[F_NAME], arena_printf(&req->arena, "De %s van dit "
	    "IZP is %s. Een andere %s noemt u via 'Hoofdbehandelaar of "
	    "casemanager wijzigen'; kies hier een andere rol.", role, name,
	    role));
	return 400;
}

static int
insert(struct izp_request *req, struct field_value *v, long long owner,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(owner),
	    DB_TEXT_ARG(v[F_ROLE].text),
	    DB_TEXT_ARG(v[F_NAME].text), form_arg(&v[F_ORGANISATION]),
	    form_arg(&v[F_PHONE]), DB_INT_ARG(v[F_REACHABLE].present),
	    DB_TEXT_ARG(v[F_TASKS].text), DB_INT_ARG(req->user.id),
	    DB_INT_ARG(req->user.id), DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "team-member-create",
	.action = "/izp/%lld/team/nieuw",
	.object = "care_team_member",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_RESPONSIBLE,
	.anchor = "team",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.check = check,
	.check_with_child = check_with_child,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("team-member-create", "plan", spec)
