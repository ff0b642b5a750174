/*
 * Parsing of untrusted request input: percent-decoding, strict UTF-8,
 * application/x-www-form-urlencoded pairs, CONTENT_LENGTH and Accept.
 * Pure functions over buffers, so the fuzzers and unit tests drive them
 * without a FastCGI server.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "izp.h"

#define HTTP_MAX_PARAMS 256

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
int
http_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, need, k;
	unsigned int cp;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if (p[i] >= 0xc2 && p[i] <= 0xdf) {
			need = 1;
			cp = p[i] & 0x1f;
		} else if (p[i] >= 0xe0 && p[i] <= 0xef) {
			need = 2;
			cp = p[i] & 0x0f;
		} else if (p[i] >= 0xf0 && p[i] <= 0xf4) {
			need = 3;
			cp = p[i] & 0x07;
		} else
			return 0;
		if (len - i <= need)
			return 0;
		for (k = 1; k <= need; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i + k] & 0x3f);
		}
		if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += need + 1;
	}
	return 1;
}

/* Characters, not bytes: field limits are what a user sees. */
size_t
http_utf8_length(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

enum http_parse
http_percent_decode(struct arena *a, const char *s, size_t len, char **out,
    size_t *outlen)
{
	char *buf;
	size_t i, o = 0;
	int hi, lo;

	if ((buf = arena_alloc(a, len + 1)) == NULL)
		return HTTP_PARSE_NOMEM;
	for (i = 0; i < len; i++) {
		if (s[i] == '+')
			buf[o++] = ' ';
		else if (s[i] == '%') {
			if (len - i < 3 || (hi = hex_value(s[i + 1])) < 0 ||
			    (lo = hex_value(s[i + 2])) < 0)
				return HTTP_PARSE_BAD_ESCAPE;
			buf[o++] = (char)(hi * 16 + lo);
			i += 2;
		} else
			buf[o++] = s[i];
		if (buf[o - 1] == '\0')
			return HTTP_PARSE_NUL;
	}
	buf[o] = '\0';
	if (!http_utf8_valid(buf, o))
		return HTTP_PARSE_BAD_UTF8;
	*out = buf;
	*outlen = o;
	return HTTP_PARSE_OK;
}

enum http_parse
http_parse_urlencoded(struct arena *a, const char *s, size_t len,
    struct http_params *out)
{
	const char *pair, *end = s + len, *amp, *eq;
	struct http_param *v;
	size_t n = 0, cap = 0, nlen;
	enum http_parse rc;

	out->v = NULL;
	out->n = 0;
	for (pair = s; pair < end; pair = amp + 1) {
		if ((amp = memchr(pair, '&', (size_t)(end - pair))) == NULL)
			amp = end;
		if (amp == pair)
			continue;
		if (n == HTTP_MAX_PARAMS)
			return HTTP_PARSE_TOO_LARGE;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((v = arena_alloc(a, cap * sizeof(*v))) == NULL)
				return HTTP_PARSE_NOMEM;
			if (n > 0)
				memcpy(v, out->v, n * sizeof(*v));
			out->v = v;
		}
		if ((eq = memchr(pair, '=', (size_t)(amp - pair))) == NULL)
			eq = amp;
		rc = http_percent_decode(a, pair, (size_t)(eq - pair),
		    &out->v[n].name, &nlen);
		if (rc != HTTP_PARSE_OK)
			return rc;
		if (eq == amp)
			rc = http_percent_decode(a, "", 0, &out->v[n].value,
			    &out->v[n].len);
		else
			rc = http_percent_decode(a, eq + 1,
			    (size_t)(amp - eq - 1), &out->v[n].value,
			    &out->v[n].len);
		if (rc != HTTP_PARSE_OK)
			return rc;
		out->n = ++n;
	}
	return HTTP_PARSE_OK;
}

enum http_parse
http_content_length(const char *s, size_t max, size_t *out)
{
	unsigned long long n = 0;
	const char *p;

	if (s == NULL || *s == '\0')
		return HTTP_PARSE_BAD_LENGTH;
	for (p = s; *p != '\0'; p++) {
		if (*p < '0' || *p > '9')
			return HTTP_PARSE_BAD_LENGTH;
		n = n * 10 + (unsigned long long)(*p - '0');
		if (n > max)
			return HTTP_PARSE_TOO_LARGE;
	}
	*out = (size_t)n;
	return HTTP_PARSE_OK;
}

const struct http_param *
http_param_find(const struct http_params *p, const char *name)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0)
			return &p->v[i];
	return NULL;
}

size_t
http_param_count(const struct http_params *p, const char *name)
{
	size_t i, n = 0;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0)
			n++;
	return n;
}

enum http_method
http_method_parse(const char *m)
{
	if (m == NULL)
		return HTTP_OTHER;
	if (strcmp(m, "GET") == 0)
		return HTTP_GET;
	if (strcmp(m, "HEAD") == 0)
		return HTTP_HEAD;
	if (strcmp(m, "POST") == 0)
		return HTTP_POST;
	return HTTP_OTHER;
}

/*
 * Browsers list application/xml too (with a lower q), so XML is chosen only
 * when the client names it and does not name text/html.
 */
int
http_accept_wants_xml(const char *accept)
{
	if (accept == NULL)
		return 0;
	return strstr(accept, "application/xml") != NULL &&
	    strstr(accept, "text/html") == NULL;
}

int
http_parse_status(enum http_parse rc)
{
	switch (rc) {
	case HTTP_PARSE_OK:
		return 200;
	case HTTP_PARSE_TOO_LARGE:
		return 413;
	case HTTP_PARSE_NOMEM:
		return 503;
	default:
		return 400;
	}
}
