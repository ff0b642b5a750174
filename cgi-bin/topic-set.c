/*
 * Overige onderwerpen: worldview and cultural background, social matters
 * (finances, insurance, siblings, school, funeral, legal), end-of-life
 * decisions and aftercare for the family.  The newest note on a topic
 * replaces the previous one, which stays in the history.
 */
#include <string.h>

#include "izp.h"
#include "izp-sql.h"

enum field {
	F_TOPIC,
	F_NOTE,
	F__MAX
};

static const struct field_choice topics[] = {
	{ "levensbeschouwing", "Levensbeschouwing" },
	{ "cultuur", "Culturele achtergrond" },
	{ "financien", "Financiën" },
	{ "verzekering", "Verzekering" },
	{ "broers_zussen", "Broers en zussen" },
	{ "school", "School" },
	{ "uitvaart", "Uitvaart" },
	{ "juridisch", "Juridische of notariële zaken" },
	{ "levenseinde", "Beslissingen rond het levenseinde" },
	{ "nazorg", "Nazorg voor het gezin" },
	{ "anders", "Anders" },
	{ NULL, NULL }
};

static const struct field_def fields[F__MAX] = {
	[F_TOPIC] = { "topic", "Onderwerp", FIELD_ENUM, 1, 20, topics, NULL },
	[F_NOTE] = { "note", "Wat is er besproken of afgesproken", FIELD_MEMO,
	    1, 4000, NULL, NULL },
};

enum stmt {
	STMT_CHILD,
	STMT_BY_REQUEST,
	STMT_INSERT,
	STMT__MAX
};

static const char *const sql[STMT__MAX] = {
	[STMT_CHILD] = SQL_CHILD_BY_ID,
	[STMT_BY_REQUEST] = SQL_SAVED_BEFORE("plan_topics"),
	[STMT_INSERT] = "INSERT INTO plan_topics (plan_id, topic, note, "
	    "created_by, created_at, request_id) VALUES (?, ?, ?, ?, "
	    "NOW(3), ?)",
};

static int
insert(struct izp_request *req, struct field_value *v, long long owner,
    long long *id)
{
	struct db_arg args[] = { DB_INT_ARG(owner),
	    DB_TEXT_ARG(v[F_TOPIC].text),
	    DB_TEXT_ARG(v[F_NOTE].text), DB_INT_ARG(req->user.id),
	    DB_TEXT_ARG(req->request_id) };

	return entry_insert(req, STMT_INSERT, args, sizeof(args) /
	    sizeof(args[0]), id);
}

static const struct entry_spec spec = {
	.page = "topic-set",
	.action = "/izp/%lld/onderwerpen/nieuw",
	.object = "plan_topic",
	.fields = fields,
	.nfields = F__MAX,
	.of_child = 0,
	.editors = PLAN_TEAM,
	.anchor = "onderwerpen",
	.stmt_child = STMT_CHILD,
	.stmt_by_request = STMT_BY_REQUEST,
	.insert = insert,
};

IZP_ENTRY_PROGRAM("topic-set", "plan", spec)
