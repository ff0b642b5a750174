/*
 * libFuzzer harness: a form body through a field table with every field
 * type, and the validators on their own.  A field without an error must hold
 * what its type promises.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "izp.h"

static const struct field_choice yes_no[] = { { "ja", "Ja" }, { "nee", "Nee" },
    { NULL, NULL } };

enum { F_TEXT, F_MEMO, F_ID, F_ENUM, F_DATE, F_BSN, F_TOKEN, F__MAX };

static const struct field_def defs[F__MAX] = {
	[F_TEXT] = { "t", "Tekst", FIELD_TEXT, 1, 20, NULL, NULL },
	[F_MEMO] = { "m", "Memo", FIELD_MEMO, 0, 50, NULL, NULL },
	[F_ID] = { "i", "Id", FIELD_ID, 0, 12, NULL, NULL },
	[F_ENUM] = { "e", "Keuze", FIELD_ENUM, 0, 3, yes_no, NULL },
	[F_DATE] = { "d", "Datum", FIELD_DATE, 0, 10, NULL, NULL },
	[F_BSN] = { "b", "BSN", FIELD_BSN, 0, 11, NULL, NULL },
	[F_TOKEN] = { "k", "Token", FIELD_TOKEN, 0, 32, NULL, NULL },
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = { 0 };
	struct http_params p;
	struct field_value v[F__MAX];
	struct date d;
	char *text;

	if (http_parse_urlencoded(&a, (const char *)data, size, &p) ==
	    HTTP_PARSE_OK && form_read(&a, &p, defs, F__MAX, v) >= 0) {
		if (v[F_TEXT].error == NULL &&
		    http_utf8_length(v[F_TEXT].text, v[F_TEXT].len) > 20)
			abort();
		if (v[F_ID].present && v[F_ID].error == NULL && v[F_ID].id <= 0)
			abort();
		if (v[F_DATE].present && v[F_DATE].error == NULL &&
		    !date_is_real(v[F_DATE].date.year, v[F_DATE].date.month,
		    v[F_DATE].date.day))
			abort();
		if (v[F_BSN].present && v[F_BSN].error == NULL &&
		    valid_bsn(v[F_BSN].text) != NULL)
			abort();
	}
	if ((text = arena_strndup(&a, (const char *)data, size)) != NULL) {
		(void)valid_date(text, &d);
		(void)valid_bsn(text);
		(void)valid_text(text, strlen(text), 10, 1);
	}
	arena_free(&a);
	return 0;
}
