/*
 * The agreement (zib ZorgAfspraak) as both writers know it: its field
 * table, the rules across fields, and the insert that a new agreement and a
 * new version of one share.  The statements are the caller's (prepared with
 * its own account); this file only says what to run.
 */
#include <stdlib.h>
#include <string.h>

#include "izp.h"

/* Others who may see the child (the HAP doctor) are not offered either:
 * an agreement is carried out by the child's own caregivers. */
#define PERSON_REFUSED "Kies een zorgverlener uit de lijst: een " \
	"verpleegkundige, kinderarts, casemanager of huisarts die dit kind " \
	"mag zien."

static const struct field_choice performers[] = {
	{ "zorgverlener", "Een zorgverlener die het IZP gebruikt" },
	{ "teamlid", "Iemand anders uit het behandelteam (bijvoorbeeld "
	    "schoolbegeleider, vrijwilliger, thuiszorg)" },
	{ "ouders", "De ouders" },
	{ "kind", "Het kind" },
	{ NULL, NULL }
};

const struct field_def agreement_fields[AF__MAX] = {
	[AF_ACTIVITY] = { "activity", "Wat wordt er gedaan?", FIELD_MEMO, 1,
	    1000, NULL, NULL },
	[AF_GOAL] = { "goal_id", "Voor welk doel", FIELD_ID, 0, 12, NULL,
	    "Kies een doel, of beschrijf hieronder het probleem." },
	[AF_PROBLEM] = { "problem", "Of: voor welk probleem", FIELD_TEXT, 0,
	    500, NULL, NULL },
	[AF_PARTY_CHILD] = { "party_child", "Afgesproken met het kind",
	    FIELD_CHECK, 0, 2, NULL, NULL },
	[AF_PARTY_PARENTS] = { "party_parents", "Afgesproken met de ouders of "
	    "vertegenwoordiger", FIELD_CHECK, 0, 2, NULL, NULL },
	[AF_PARTY_CAREGIVERS] = { "party_caregivers", "Afgesproken met de "
	    "zorgverleners", FIELD_CHECK, 0, 2, NULL, NULL },
	[AF_PERFORMER] = { "performer", "Wie voert het uit?", FIELD_ENUM, 1, 20,
	    performers, NULL },
	[AF_PERFORMER_ID] = { "performer_id", "Welke zorgverlener", FIELD_ID, 0,
	    12, NULL, "Verplicht als een zorgverlener het uitvoert." },
	[AF_PERFORMER_TEAM] = { "performer_team_id", "Wie uit het behandelteam",
	    FIELD_ID, 0, 12, NULL, "Verplicht als iemand anders uit het "
	    "behandelteam het uitvoert. Staat iemand er niet bij? Voeg die "
	    "eerst toe aan het behandelteam." },
	[AF_COORDINATOR] = { "coordinator_id", "Coördinator", FIELD_ID, 0, 12,
	    NULL, NULL },
	[AF_START] = { "start_date", "Ingangsdatum", FIELD_DATE, 1, 10, NULL,
	    NULL },
	[AF_END] = { "end_date", "Einddatum", FIELD_DATE, 0, 10, NULL, NULL },
	[AF_EVALUATE] = { "evaluate_on", "Evalueren op", FIELD_DATE, 0, 10,
	    NULL, "Wanneer wordt bekeken of de afspraak nog klopt?" },
};

/* The rules across fields; returns the number of errors added. */
int
agreement_check(struct field_value *v)
{
	int errors = 0;

	if (!v[AF_GOAL].present && !v[AF_PROBLEM].present &&
	    v[AF_GOAL].error == NULL) {
		form_set_error(&v[AF_GOAL], "Kies het doel of beschrijf het "
		    "probleem waar deze afspraak voor is.");
		errors++;
	}
	if (!v[AF_PARTY_CHILD].present && !v[AF_PARTY_PARENTS].present &&
	    !v[AF_PARTY_CAREGIVERS].present) {
		form_set_error(&v[AF_PARTY_CHILD], "Geef aan met wie de afspraak "
		    "is gemaakt (minstens één).");
		errors++;
	}
	if (v[AF_PERFORMER].error == NULL &&
	    strcmp(v[AF_PERFORMER].text, "zorgverlener") == 0 &&
	    !v[AF_PERFORMER_ID].present) {
		form_set_error(&v[AF_PERFORMER_ID], "Kies de zorgverlener die "
		    "het uitvoert.");
		errors++;
	}
	if (v[AF_PERFORMER].error == NULL &&
	    strcmp(v[AF_PERFORMER].text, "teamlid") == 0 &&
	    !v[AF_PERFORMER_TEAM].present) {
		form_set_error(&v[AF_PERFORMER_TEAM], "Kies wie uit het "
		    "behandelteam het uitvoert.");
		errors++;
	}
	if (v[AF_START].present && v[AF_END].present &&
	    v[AF_START].error == NULL && v[AF_END].error == NULL &&
	    date_compare(&v[AF_END].date, &v[AF_START].date) < 0) {
		form_set_error(&v[AF_END], "De einddatum ligt vóór de "
		    "ingangsdatum.");
		errors++;
	}
	if (v[AF_START].present && v[AF_EVALUATE].present &&
	    v[AF_START].error == NULL && v[AF_EVALUATE].error == NULL &&
	    date_compare(&v[AF_EVALUATE].date, &v[AF_START].date) < 0) {
		form_set_error(&v[AF_EVALUATE], "De evaluatie ligt vóór de "
		    "ingangsdatum.");
		errors++;
	}
	return errors;
}

/* The id of a choice, or NULL when none was made. */
static struct db_arg
chosen(const struct field_value *v)
{
	return v->present ? DB_INT_ARG(v->id) : DB_NULL_ARG;
}

/*
 * Each choice made is still one the form offers (SQL_AGREEMENT_CHOICES_OK);
 * the number of choices that are not, with their messages set.
 */
static int
choices_refused(const struct db_rows *rows, struct field_value *v,
    int teamlid)
{
	const char *goal = db_cell_named(rows, 0, "goal");
	int errors = 0;

	if (v[AF_GOAL].present && goal == NULL) {
		form_set_error(&v[AF_GOAL], "Kies een doel van dit IZP.");
		errors++;
	} else if (v[AF_GOAL].present && strcmp(goal, "actief") != 0) {
		form_set_error(&v[AF_GOAL], "Dit doel is afgesloten; er kunnen "
		    "geen afspraken meer bij.");
		errors++;
	}
	if (!teamlid && v[AF_PERFORMER_ID].present &&
	    db_cell_named(rows, 0, "performer") == NULL) {
		form_set_error(&v[AF_PERFORMER_ID], PERSON_REFUSED);
		errors++;
	}
	if (teamlid && v[AF_PERFORMER_TEAM].present &&
	    db_cell_named(rows, 0, "team_member") == NULL) {
		form_set_error(&v[AF_PERFORMER_TEAM], "Kies iemand uit het "
		    "behandelteam van dit IZP.");
		errors++;
	}
	if (v[AF_COORDINATOR].present &&
	    db_cell_named(rows, 0, "coordinator") == NULL) {
		form_set_error(&v[AF_COORDINATOR], PERSON_REFUSED);
		errors++;
	}
	return errors;
}

/* Whom the form offers: caregivers of this child, and its team. */
int
agreement_people(struct izp_request *req, const struct agreement_stmts *st,
    const struct plan_lock *plan, struct db_rows *people,
    struct db_rows *team)
{
	struct db_arg child[] = { DB_INT_ARG(plan->child_id),
	    DB_INT_ARG(plan->child_id) };
	struct db_arg id = DB_INT_ARG(plan->id);
	int rc;

	if ((rc = izp_query(req, st->people, child, 2, people)) != DB_OK)
		return rc;
	return izp_query(req, st->team, &id, 1, team);
}

/*
 * Inside the caller's transaction, after plan_lock: checks what needs the
 * database (the goal is this plan's and still open, the people exist) and
 * inserts the agreement.  400 leaves the messages in v.
 */
int
agreement_insert(struct izp_request *req, const struct agreement_stmts *st,
    const struct plan_lock *plan, long long replaces, const char *reason,
    struct field_value *v, long long *id)
{
	int teamlid = strcmp(v[AF_PERFORMER].text, "teamlid") == 0;
	struct db_rows rows;
	int rc;

	if (v[AF_GOAL].present || v[AF_PERFORMER_ID].present ||
	    v[AF_PERFORMER_TEAM].present || v[AF_COORDINATOR].present) {
		struct db_arg args[] = {
			chosen(&v[AF_GOAL]), DB_INT_ARG(plan->id),
			teamlid ? DB_NULL_ARG : chosen(&v[AF_PERFORMER_ID]),
			DB_INT_ARG(plan->child_id), DB_INT_ARG(plan->child_id),
			teamlid ? chosen(&v[AF_PERFORMER_TEAM]) : DB_NULL_ARG,
			DB_INT_ARG(plan->id),
			chosen(&v[AF_COORDINATOR]),
			DB_INT_ARG(plan->child_id), DB_INT_ARG(plan->child_id),
		};

		if ((rc = izp_query(req, st->choices_ok, args, sizeof(args) /
		    sizeof(args[0]), &rows)) != DB_OK)
			return rc;
		if (choices_refused(&rows, v, teamlid) > 0)
			return 400;
	}
	{
		struct db_arg args[] = {
			DB_INT_ARG(plan->id),
			v[AF_GOAL].present ? DB_INT_ARG(v[AF_GOAL].id) :
			    DB_NULL_ARG,
			form_arg(&v[AF_PROBLEM]),
			DB_TEXT_ARG(v[AF_ACTIVITY].text),
			DB_INT_ARG(v[AF_PARTY_CHILD].present),
			DB_INT_ARG(v[AF_PARTY_PARENTS].present),
			DB_INT_ARG(v[AF_PARTY_CAREGIVERS].present),
			DB_TEXT_ARG(v[AF_PERFORMER].text),
			strcmp(v[AF_PERFORMER].text, "zorgverlener") == 0 ?
			    DB_INT_ARG(v[AF_PERFORMER_ID].id) : DB_NULL_ARG,
			teamlid ? DB_INT_ARG(v[AF_PERFORMER_TEAM].id) :
			    DB_NULL_ARG,
			v[AF_COORDINATOR].present ?
			    DB_INT_ARG(v[AF_COORDINATOR].id) : DB_NULL_ARG,
			form_arg(&v[AF_START]),
			form_arg(&v[AF_END]),
			form_arg(&v[AF_EVALUATE]),
			replaces > 0 ? DB_INT_ARG(replaces) : DB_NULL_ARG,
			replaces > 0 ? DB_TEXT_ARG(reason) : DB_NULL_ARG,
			DB_INT_ARG(req->user.id),
			DB_INT_ARG(req->user.id),
			DB_TEXT_ARG(reason),
			DB_TEXT_ARG(req->request_id),
		};

		if ((rc = izp_query(req, st->insert, args, sizeof(args) /
		    sizeof(args[0]), &rows)) != DB_OK)
			return rc;
	}
	*id = (long long)rows.insert_id;
	return 0;
}

/* The choices of goal and people, for the form. */
void
agreement_choices(xmlNodePtr form, const struct db_rows *goals,
    const struct db_rows *people, const struct db_rows *team)
{
	xmlNodePtr goal = form_field_node(form, "goal_id");
	xmlNodePtr performer = form_field_node(form, "performer_id");
	xmlNodePtr member = form_field_node(form, "performer_team_id");
	xmlNodePtr coordinator = form_field_node(form, "coordinator_id");
	size_t i;

	for (i = 0; i < goals->nrows; i++)
		if (strcmp(db_cell_named(goals, i, "status"), "actief") == 0)
			form_add_option(goal, db_cell_named(goals, i, "id"),
			    db_cell_named(goals, i, "description"));
	for (i = 0; i < people->nrows; i++) {
		form_add_option(performer, db_cell(people, i, 0),
		    db_cell(people, i, 1));
		form_add_option(coordinator, db_cell(people, i, 0),
		    db_cell(people, i, 1));
	}
	for (i = 0; i < team->nrows; i++)
		form_add_option(member, db_cell(team, i, 0), db_cell(team, i, 1));
}

/* The current agreement as form values, so "aanpassen" starts from it. */
int
agreement_values(struct arena *a, const struct db_rows *row,
    struct field_value *v)
{
	const char *cell;
	size_t i;

	for (i = 0; i < AF__MAX; i++) {
		memset(&v[i], 0, sizeof(v[i]));
		cell = db_cell_named(row, 0, agreement_fields[i].name);
		if (agreement_fields[i].type == FIELD_CHECK)
			cell = cell != NULL && strcmp(cell, "1") == 0 ? "ja" :
			    NULL;
		if ((v[i].text = arena_strdup(a, cell != NULL ? cell : "")) ==
		    NULL)
			return -1;
		v[i].len = strlen(v[i].text);
		v[i].present = v[i].len > 0;
	}
	return 0;
}
