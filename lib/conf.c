/*
 * Process configuration: a small "key = value" file read once before the
 * first request (FastCGI parameters die at the next accept, a file does not).
 * Lines starting with '#' are comments.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "izp.h"

static char *
trim(char *s)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

int
conf_parse(struct conf *c, const char *text)
{
	char *copy, *line, *save = NULL, *eq, *key, *value;
	int rc = 0;

	if ((copy = strdup(text)) == NULL)
		return -1;
	for (line = strtok_r(copy, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		line = trim(line);
		if (*line == '\0' || *line == '#')
			continue;
		if ((eq = strchr(line, '=')) == NULL) {
			rc = -1;
			break;
		}
		*eq = '\0';
		key = trim(line);
		value = trim(eq + 1);
		if (c->n == CONF_MAX_ENTRIES) {
			rc = -1;
			break;
		}
		c->key[c->n] = strdup(key);
		c->value[c->n] = strdup(value);
		if (c->key[c->n] == NULL || c->value[c->n] == NULL) {
			free(c->key[c->n]);
			free(c->value[c->n]);
			rc = -1;
			break;
		}
		c->n++;
	}
	free(copy);
	return rc;
}

int
conf_load(struct conf *c, const char *path)
{
	FILE *f;
	char *text;
	long size;
	int rc = -1;

	if ((f = fopen(path, "r")) == NULL)
		return -1;
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
	    size > 65536 || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return -1;
	}
	if ((text = calloc(1, (size_t)size + 1)) != NULL) {
		if (fread(text, 1, (size_t)size, f) == (size_t)size)
			rc = conf_parse(c, text);
		free(text);
	}
	fclose(f);
	return rc;
}

const char *
conf_get(const struct conf *c, const char *key, const char *fallback)
{
	size_t i;

	/* The last assignment wins, so a local file can override defaults. */
	for (i = c->n; i > 0; i--)
		if (strcmp(c->key[i - 1], key) == 0)
			return c->value[i - 1];
	return fallback;
}

long
conf_get_long(const struct conf *c, const char *key, long fallback)
{
	const char *v = conf_get(c, key, NULL);
	char *end;
	long n;

	if (v == NULL)
		return fallback;
	errno = 0;
	n = strtol(v, &end, 10);
	if (errno != 0 || end == v || *end != '\0')
		return fallback;
	return n;
}

void
conf_free(struct conf *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->key[i]);
		free(c->value[i]);
	}
	c->n = 0;
}
