/*
 * libFuzzer harness: the request parsers on hostile bytes (form bodies and
 * query strings, CONTENT_LENGTH, Accept).  Every result must be a status,
 * never a crash, and an accepted pair must be valid UTF-8 without NUL.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "izp.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = { 0 };
	struct http_params p;
	size_t i, n;
	char *text;

	if (http_parse_urlencoded(&a, (const char *)data, size, &p) ==
	    HTTP_PARSE_OK) {
		for (i = 0; i < p.n; i++) {
			if (!http_utf8_valid(p.v[i].value, p.v[i].len) ||
			    strlen(p.v[i].value) != p.v[i].len)
				abort();
			(void)http_param_count(&p, p.v[i].name);
		}
	}
	if ((text = arena_strndup(&a, (const char *)data, size)) != NULL) {
		(void)http_content_length(text, 65536, &n);
		(void)http_accept_wants_xml(text);
		(void)http_method_parse(text);
	}
	arena_free(&a);
	return 0;
}
