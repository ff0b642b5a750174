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

/*
 * A request makes thousands of small strings (every cell of every row), so
 * they are cut from chunks instead of each being its own calloc: freeing a
 * request is a few free() calls.  Chunks come from calloc and are never
 * reused before arena_free, so every allocation starts zeroed, as callers
 * expect.  Under AddressSanitizer each allocation stays its own block, so
 * an overrun still meets a red zone.
 */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_EACH_ALONE 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_EACH_ALONE 1
#endif
#endif

#define ARENA_FIRST_CHUNK	(8 * 1024)
#define ARENA_LARGEST_CHUNK	(32 * 1024)

struct arena_block {
	struct arena_block	*next;
	size_t			 used;
	size_t			 size;
	max_align_t		 data[];
};

static struct arena_block *
new_block(size_t size)
{
	struct arena_block *b;

	if (size > SIZE_MAX - sizeof(*b) ||
	    (b = calloc(1, sizeof(*b) + size)) == NULL)
		return NULL;
	b->size = size;
	return b;
}

void *
arena_alloc(struct arena *a, size_t size)
{
	const size_t align = sizeof(max_align_t);
	struct arena_block *b = a->head;
	size_t need, chunk;

	/* One byte more: a string may be terminated past what was asked. */
	if (size > SIZE_MAX - 2 * align)
		return NULL;
	need = (size + 1 + align - 1) / align * align;
#ifndef ARENA_EACH_ALONE
	if (b != NULL && b->size - b->used >= need) {
		char *p = (char *)b->data + b->used;

		b->used += need;
		return p;
	}
	chunk = b == NULL ? ARENA_FIRST_CHUNK : b->size * 2;
	if (chunk > ARENA_LARGEST_CHUNK)
		chunk = ARENA_LARGEST_CHUNK;
	/* Something large gets a block of its own behind the current chunk,
	 * which goes on serving the small ones. */
	if (need > chunk / 4 && b != NULL) {
		struct arena_block *own;

		if ((own = new_block(need)) == NULL)
			return NULL;
		own->used = need;
		own->next = b->next;
		b->next = own;
		return own->data;
	}
	if (need > chunk)
		chunk = need;
#else
	(void)b;
	chunk = need;
#endif
	if ((b = new_block(chunk)) == NULL)
		return NULL;
	b->used = need;
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
