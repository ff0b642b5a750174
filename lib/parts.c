/*
 * Many parts of a plan in one round trip.  A statement that is a UNION ALL
 * of SQL_PART selects (lib/izp-sql.h) returns, per row, the part's number,
 * SQL_PART_KEYS sort keys and SQL_PART_WIDTH columns, in no order;
 * db_split sorts them by part and keys and gives each part its own rows
 * again, named by that part's column list, so the pages and stylesheets
 * see exactly what one ordered statement per part gave them.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "izp.h"
#include "izp-sql.h"

#define FIRST_COLUMN (1 + SQL_PART_KEYS)

struct sort_row {
	const struct db_rows	*all;
	size_t			 row;
};

/* A whole decimal integer, as MariaDB writes numbers. */
static int
as_number(const char *s, long long *n)
{
	char *end;

	if (*s == '\0')
		return 0;
	errno = 0;
	*n = strtoll(s, &end, 10);
	return *end == '\0' && errno == 0;
}

/* NULL first, then numbers by value and other text (dates) as text. */
static int
compare_key(const char *a, const char *b)
{
	long long x, y;

	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	if (as_number(a, &x) && as_number(b, &y))
		return (x > y) - (x < y);
	return strcmp(a, b);
}

static int
compare_rows(const void *pa, const void *pb)
{
	const struct sort_row *a = pa, *b = pb;
	size_t c;
	int d;

	for (c = 0; c < FIRST_COLUMN; c++)
		if ((d = compare_key(db_cell(a->all, a->row, c),
		    db_cell(b->all, b->row, c))) != 0)
			return d;
	return (a->row > b->row) - (a->row < b->row);
}

/* The cells of part p's rows, sorted from *next on: its columns, after the
 * number and the keys. */
static int
take_rows(struct arena *a, const struct sort_row *sorted, size_t nrows,
    size_t *next, size_t p, const struct db_part *part, struct db_rows *out)
{
	const struct db_rows *all;
	size_t first = *next, n, r, c;

	while (*next < nrows && (size_t)atol(db_cell(sorted[*next].all,
	    sorted[*next].row, 0)) == p)
		(*next)++;
	n = *next - first;
	memset(out, 0, sizeof(*out));
	out->ncols = part->ncols;
	out->names = (const char **)part->names;
	if (part->max_rows != 0 && n > part->max_rows)
		n = part->max_rows;
	if (n == 0)
		return DB_OK;
	if ((out->cells = arena_alloc(a, n * part->ncols *
	    sizeof(*out->cells))) == NULL)
		return DB_ERROR;
	for (r = first; out->nrows < n; r++) {
		all = sorted[r].all;
		for (c = 0; c < part->ncols; c++)
			out->cells[out->nrows * part->ncols + c] =
			    all->cells[sorted[r].row * all->ncols +
			    FIRST_COLUMN + c];
		/* A value in the padding: the list and the SQL disagree. */
		for (c = FIRST_COLUMN + part->ncols; c < all->ncols; c++)
			if (db_cell(all, sorted[r].row, c) != NULL)
				return DB_ERROR;
		out->nrows++;
	}
	return DB_OK;
}

int
db_split(struct arena *a, const struct db_rows *all,
    const struct db_part *parts, size_t nparts, struct db_rows *out)
{
	struct sort_row *sorted = NULL;
	size_t p, r, next = 0;
	int rc;

	if (all->ncols != FIRST_COLUMN + SQL_PART_WIDTH) {
		syslog(LOG_ERR, "a statement of parts has %zu columns, not %d",
		    all->ncols, FIRST_COLUMN + SQL_PART_WIDTH);
		return DB_ERROR;
	}
	for (r = 0; r < all->nrows; r++)
		if (db_cell(all, r, 0) == NULL ||
		    (size_t)atol(db_cell(all, r, 0)) >= nparts)
			return DB_ERROR;
	if (all->nrows > 0) {
		if ((sorted = arena_alloc(a, all->nrows * sizeof(*sorted))) ==
		    NULL)
			return DB_ERROR;
		for (r = 0; r < all->nrows; r++)
			sorted[r] = (struct sort_row){ all, r };
		qsort(sorted, all->nrows, sizeof(*sorted), compare_rows);
	}
	for (p = 0; p < nparts; p++)
		if ((rc = take_rows(a, sorted, all->nrows, &next, p, &parts[p],
		    &out[p])) != DB_OK) {
			syslog(LOG_ERR, "part %zu does not match its columns",
			    p);
			return rc;
		}
	return DB_OK;
}
