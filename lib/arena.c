/*
 * Per-request memory: everything a request parses or builds as C strings
 * lives in one arena that is freed at once when the request ends, so no
 * early return can leak.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "izp.h"

struct arena_block {
	struct arena_block	*next;
	max_align_t		 data[];
};

void *
arena_alloc(struct arena *a, size_t size)
{
	struct arena_block *b;

	if (size > SIZE_MAX - sizeof(*b))
		return NULL;
	if ((b = calloc(1, sizeof(*b) + size + 1)) == NULL)
		return NULL;
	b->next = a->head;
	a->head = b;
	return b->data;
}

char *
arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p;

	if ((p = arena_alloc(a, len + 1)) == NULL)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return s == NULL ? NULL : arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	int len;
	char *p;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0 || (p = arena_alloc(a, (size_t)len + 1)) == NULL)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)len + 1, fmt, ap);
	va_end(ap);
	return p;
}

void
arena_free(struct arena *a)
{
	struct arena_block *b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	a->head = NULL;
}
