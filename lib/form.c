/*
 * Field tables: a program declares its fields once (name, label, type,
 * required, limit); form_read validates a request against the table and
 * form_xml describes the form, with what the user typed and the messages,
 * so the stylesheet can redisplay it after a failed validation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "izp.h"

static const char *
trim(const char *s, size_t len, size_t *outlen)
{
	while (len > 0 && (*s == ' ' || *s == '\t' || *s == '\r' ||
	    *s == '\n')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    s[len - 1] == '\r' || s[len - 1] == '\n'))
		len--;
	*outlen = len;
	return s;
}

/* BSNs are often typed in groups ("1234 56 782"); keep only the digits. */
static char *
strip_bsn(struct arena *a, const char *s, size_t len)
{
	char *out;
	size_t i, o = 0;

	if ((out = arena_alloc(a, len + 1)) == NULL)
		return NULL;
	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '.')
			out[o++] = s[i];
	out[o] = '\0';
	return out;
}

static const char *
validate(struct arena *a, const struct field_def *def, struct field_value *v)
{
	const char *err;
	char *bsn;

	switch (def->type) {
	case FIELD_TEXT:
	case FIELD_MEMO:
		if ((err = valid_text(v->text, v->len, def->max_len,
		    def->type == FIELD_MEMO)) != NULL)
			return err;
		return NULL;
	case FIELD_ID:
	case FIELD_VERSION:
		return valid_id(v->text, &v->id);
	case FIELD_ENUM:
		return valid_enum(v->text, def->choices);
	case FIELD_DATE:
		if ((err = valid_date(v->text, &v->date)) != NULL)
			return err;
		snprintf(v->iso, sizeof(v->iso), "%04d-%02d-%02d",
		    v->date.year, v->date.month, v->date.day);
		return NULL;
	case FIELD_BSN:
		if ((bsn = strip_bsn(a, v->text, v->len)) == NULL)
			return "Interne fout.";
		if ((err = valid_bsn(bsn)) != NULL)
			return err;
		v->text = bsn;
		v->len = strlen(bsn);
		return NULL;
	case FIELD_CHECK:
		return strcmp(v->text, "ja") == 0 ? NULL : "Ongeldige waarde.";
	case FIELD_TOKEN:
		if (v->len > def->max_len ||
		    strspn(v->text, "0123456789abcdef.") != v->len)
			return "Ongeldige waarde.";
		return NULL;
	}
	return "Ongeldige waarde.";
}

/* Returns the number of fields in error; values[] then holds the messages. */
int
form_read(struct arena *a, const struct http_params *params,
    const struct field_def *defs, size_t n, struct field_value *values)
{
	const struct http_param *p;
	size_t i;
	int errors = 0;

	for (i = 0; i < n; i++) {
		struct field_value *v = &values[i];

		memset(v, 0, sizeof(*v));
		v->text = "";
		if (http_param_count(params, defs[i].name) > 1) {
			v->error = "Dit veld is meer dan eens verstuurd.";
			errors++;
			continue;
		}
		if ((p = http_param_find(params, defs[i].name)) != NULL)
			v->text = trim(p->value, p->len, &v->len);
		/* A trimmed view is not NUL-terminated: copy it. */
		if ((v->text = arena_strndup(a, v->text, v->len)) == NULL)
			return -1;
		v->present = v->len > 0;
		if (!v->present) {
			if (defs[i].required) {
				v->error = defs[i].type == FIELD_ENUM ||
				    defs[i].type == FIELD_ID ? "Maak een keuze." :
				    "Vul dit veld in.";
				errors++;
			}
			continue;
		}
		if ((v->error = validate(a, &defs[i], v)) != NULL)
			errors++;
	}
	return errors;
}

void
form_set_error(struct field_value *v, const char *message)
{
	if (v->error == NULL)
		v->error = message;
}

/* A refusal by a rule of the plan, with the page where it can be resolved
 * (ending the limit that is in the way, creating the plan first). */
void
form_set_error_link(struct field_value *v, const char *message,
    const char *link, const char *link_text)
{
	if (v->error == NULL) {
		v->error = message;
		v->error_link = link;
		v->error_link_text = link_text;
	}
}

/* A date that must not lie ahead; returns 1 when it set the message. */
int
form_not_in_future(struct field_value *v, const char *message)
{
	struct date today = date_today();

	if (!v->present || v->error != NULL ||
	    date_compare(&v->date, &today) <= 0)
		return 0;
	form_set_error(v, message);
	return 1;
}

/* The kinds of advance directive (zib Wilsverklaring). */
const struct field_choice directive_kinds[] = {
	{ "NR", "Niet-reanimerenverklaring" },
	{ "VERB", "Behandelverbod" },
	{ "VOL", "Volmacht" },
	{ "MON", "Mondelinge afspraak" },
	{ "LW", "Levenswensverklaring" },
	{ "DO", "Donorschap" },
	{ "EU", "Euthanasieverzoek" },
	{ "ZB", "Zelfbindingsverklaring" },
	{ "OTH", "Anders" },
	{ NULL, NULL }
};

/* The crises a step plan or a crisis medicine is for. */
const struct field_choice crisis_situations[] = {
	{ "bloeding", "Massaal bloedverlies" },
	{ "verstikking", "Acute verstikking" },
	{ "benauwdheid", "Ernstige benauwdheid" },
	{ "insult", "Epileptisch insult" },
	{ "pijn", "Pijncrisis" },
	{ "onrust", "Ernstige onrust of delier" },
	{ "refractair", "Refractaire symptomen" },
	{ "anders", "Anders" },
	{ NULL, NULL }
};

const struct field_choice child_participation[] = {
	{ "ja", "Ja, het hele gesprek" },
	{ "deels", "Deels, een deel van het gesprek" },
	{ "nee", "Nee" },
	{ NULL, NULL }
};

/* Unless the child took part in the whole conversation, say why not or
 * which part; returns 1 when it set the message. */
int
form_check_participation(struct field_value *took_part,
    struct field_value *reason)
{
	if (took_part->error != NULL || !took_part->present ||
	    strcmp(took_part->text, "ja") == 0 || reason->present ||
	    reason->error != NULL)
		return 0;
	form_set_error(reason, strcmp(took_part->text, "deels") == 0 ?
	    "Zeg bij welk deel van het gesprek het kind meedeed." :
	    "Leg uit waarom het kind niet heeft meegedaan.");
	return 1;
}

void
form_add_responsible_choices(xmlNodePtr form, const struct db_rows *people)
{
	xmlNodePtr hb = form_field_node(form, "hoofdbehandelaar_id");
	xmlNodePtr cm = form_field_node(form, "casemanager_id");
	size_t i;

	for (i = 0; i < people->nrows; i++)
		form_add_option(strcmp(db_cell_named(people, i, "role"),
		    "kinderarts") == 0 ? hb : cm, db_cell(people, i, 0),
		    db_cell_named(people, i, "display_name"));
}

int
form_check_responsible(struct izp_request *req, size_t stmt,
    size_t may_see_stmt, long long child_id,
    struct field_value *hoofdbehandelaar, struct field_value *casemanager)
{
	static const char *const kinderartsen[] = { "kinderarts", NULL };
	static const char *const casemanagers[] = { "casemanager",
	    "verpleegkundige", NULL };
	int rc, errors = 0;

	if ((rc = izp_user_role_in(req, stmt, hoofdbehandelaar->id,
	    kinderartsen)) < 0)
		return rc;
	if (rc == 0)
		form_set_error(hoofdbehandelaar, "Kies een kinderarts als "
		    "hoofdbehandelaar."), errors++;
	if ((rc = izp_user_role_in(req, stmt, casemanager->id,
	    casemanagers)) < 0)
		return rc;
	if (rc == 0)
		form_set_error(casemanager, "Kies een casemanager of "
		    "verpleegkundige."), errors++;
	if (casemanager->error == NULL) {
		struct db_arg who[] = { DB_INT_ARG(casemanager->id),
		    DB_INT_ARG(child_id), DB_INT_ARG(child_id) };
		struct db_rows rows;

		if ((rc = izp_query(req, may_see_stmt, who, 3, &rows)) != DB_OK)
			return rc;
		if (rows.nrows == 0)
			form_set_error_link(casemanager, "Kies een casemanager "
			    "die dit kind mag zien: het kind en de ouders "
			    "bepalen wie toegang heeft.", arena_printf(
			    &req->arena, "/kinderen/%lld/toegang", child_id),
			    "Toegang tot dit kind"), errors++;
	}
	return errors;
}

/* A date in the child's life (child: SQL_CHILD_COLUMNS); 1 when it set
 * the message. */
int
form_not_before_birth(struct field_value *v, const struct db_rows *child)
{
	const char *birth = db_cell_named(child, 0, "birth_date");

	if (!v->present || v->error != NULL || birth == NULL ||
	    strcmp(v->iso, birth) >= 0)
		return 0;
	form_set_error(v, "Die datum ligt vóór de geboorte van het kind.");
	return 1;
}

/* A GP's AGB code, if given; returns 1 when it set the message. */
int
form_check_agb(struct field_value *v)
{
	const char *message;

	if (!v->present || v->error != NULL ||
	    (message = valid_agb_gp(v->text)) == NULL)
		return 0;
	form_set_error(v, message);
	return 1;
}

/* A phone number, if given, that can be dialled; 1 when it set the
 * message. */
int
form_check_phone(struct field_value *v)
{
	if (!v->present || v->error != NULL || valid_phone(v->text))
		return 0;
	form_set_error(v, "Dit is geen telefoonnummer: gebruik cijfers, "
	    "spaties, + - ( ), 6 tot 15 cijfers.");
	return 1;
}

/* The words for a code of a list of choices; the code itself if unknown. */
const char *
choice_label(const struct field_choice *choices, const char *code)
{
	const struct field_choice *c;

	for (c = choices; c != NULL && c->code != NULL; c++)
		if (strcmp(c->code, code) == 0)
			return c->label;
	return code;
}

const char *
form_choice_label(const struct field_def *def, const char *code)
{
	const char *label = choice_label(def->choices, code);

	return label == code ? NULL : label;
}

static const char *
type_name(enum field_type t)
{
	switch (t) {
	case FIELD_TEXT:
		return "text";
	case FIELD_MEMO:
		return "memo";
	case FIELD_ID:
		return "id";
	case FIELD_ENUM:
		return "enum";
	case FIELD_DATE:
		return "date";
	case FIELD_BSN:
		return "bsn";
	case FIELD_TOKEN:
		return "token";
	case FIELD_VERSION:
		return "version";
	case FIELD_CHECK:
		return "check";
	}
	return "text";
}

/*
 * The form as data: every field with its label, limits, choices, the value
 * as typed and its message.  values may be NULL for an empty form.
 */
xmlNodePtr
form_xml(struct izp_request *req, xmlNodePtr parent, const char *name,
    const char *action, const struct field_def *defs, size_t n,
    const struct field_value *values)
{
	xmlNodePtr form;
	char fresh[33];

	form = xml_child(parent, "form");
	xml_attr(form, "name", name);
	xml_attr(form, "action", action);
	xml_attr(form, "csrf", izp_form_token(req, action));
	/* The form shown again with what was posted keeps its request id (a
	 * resend is recognised); every other form of a page gets its own,
	 * or two forms of one page would be taken for one another's resend. */
	if (values == NULL && random_hex(fresh, 16) == 0)
		xml_attr(form, "request-id", fresh);
	else
		xml_attr(form, "request-id", req->request_id);
	form_add_fields(form, defs, n, values);
	return form;
}

/*
 * Appends fields to a form (a second table, e.g. the reason of a change),
 * keeping its error count.  values may be NULL for empty fields.
 */
void
form_add_fields(xmlNodePtr form, const struct field_def *defs, size_t n,
    const struct field_value *values)
{
	xmlNodePtr field;
	const struct field_choice *c;
	xmlChar *before;
	long long errors = 0;
	size_t i;

	if ((before = xmlGetProp(form, (const xmlChar *)"errors")) != NULL) {
		errors = strtoll((const char *)before, NULL, 10);
		xmlFree(before);
	}
	for (i = 0; i < n; i++) {
		field = xml_child(form, "field");
		xml_attr(field, "name", defs[i].name);
		xml_attr(field, "label", defs[i].label);
		xml_attr(field, "type", type_name(defs[i].type));
		xml_attr(field, "required", defs[i].required ? "true" : "false");
		xml_attr_int(field, "max", (long long)defs[i].max_len);
		if (defs[i].hint != NULL)
			xml_attr(field, "hint", defs[i].hint);
		if (values != NULL) {
			xml_attr(field, "value", values[i].text);
			if (values[i].error != NULL) {
				xml_attr(field, "error", values[i].error);
				xml_attr(field, "error-link",
				    values[i].error_link);
				xml_attr(field, "error-link-text",
				    values[i].error_link_text);
				errors++;
			}
		}
		for (c = defs[i].choices; c != NULL && c->code != NULL; c++)
			form_add_option(field, c->code, c->label);
	}
	if (errors > 0) {
		char buf[32];

		snprintf(buf, sizeof(buf), "%lld", errors);
		xmlSetProp(form, (const xmlChar *)"errors",
		    (const xmlChar *)buf);
	}
}

/* Fills in a field of a fresh form, e.g. the version the user now sees. */
void
form_set_value(xmlNodePtr form, const char *name, const char *value)
{
	xmlNodePtr field = form_field_node(form, name);

	if (field != NULL && value != NULL)
		xmlSetProp(field, (const xmlChar *)"value",
		    (const xmlChar *)value);
}

xmlNodePtr
form_field_node(xmlNodePtr form, const char *name)
{
	xmlNodePtr n;
	xmlChar *v;
	int match;

	for (n = form->children; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if ((v = xmlGetProp(n, (const xmlChar *)"name")) == NULL)
			continue;
		match = strcmp((const char *)v, name) == 0;
		xmlFree(v);
		if (match)
			return n;
	}
	return NULL;
}

void
form_add_option(xmlNodePtr field, const char *code, const char *label)
{
	xmlNodePtr o;

	if (field == NULL)
		return;
	o = xml_child(field, "option");
	xml_attr(o, "value", code);
	xml_attr(o, "label", label);
}

/* A field as a statement argument: NULL when left empty, a date as ISO. */
struct db_arg
form_arg(const struct field_value *v)
{
	if (!v->present)
		return DB_NULL_ARG;
	return v->iso[0] != '\0' ? DB_TEXT_ARG(v->iso) : DB_TEXT_ARG(v->text);
}

/* The choices of a form that grants access: caregivers ("name
 * (organisation)") in user_id, teams in team_id. */
void
form_add_grantees(struct izp_request *req, xmlNodePtr form,
    const struct db_rows *users, const struct db_rows *teams)
{
	xmlNodePtr u = form_field_node(form, "user_id");
	xmlNodePtr t = form_field_node(form, "team_id");
	size_t i;

	for (i = 0; i < users->nrows; i++)
		form_add_option(u, db_cell(users, i, 0), arena_printf(
		    &req->arena, "%s (%s)", db_cell(users, i, 1),
		    db_cell(users, i, 2) ? db_cell(users, i, 2) : "-"));
	for (i = 0; i < teams->nrows; i++)
		form_add_option(t, db_cell(teams, i, 0), db_cell(teams, i, 1));
}
