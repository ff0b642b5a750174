/*
 * Many parts of a plan in one round trip.  A statement that is a UNION ALL
 * of SQL_PART selects (lib/izp-sql.h) returns, per row, the part's number,
 * its owner (the plan or child it belongs to), SQL_PART_KEYS sort keys and
 * SQL_PART_WIDTH columns, in no order; db_split sorts them by part, owner
 * and keys and gives each part its own rows again, named by that part's
 * column list, so the pages and stylesheets see exactly what one ordered
 * statement per part gave them.  A statement about many plans at once
 * (SQL_MANY) is sorted once (db_sort_parts) and taken apart per owner
 * (db_take).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "izp.h"
#include "izp-sql.h"

#define OWNER_COLUMN 1
#define FIRST_COLUMN (2 + SQL_PART_KEYS)

/* A whole decimal integer, as MariaDB writes numbers. */
static int
as_number(const char *s, long long *n)
{
	char *end;

	if (s == NULL || *s == '\0')
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

/* qsort has no argument for the rows: they travel with each index. */
struct sort_row {
	const struct db_rows	*all;
	size_t			 row;
};

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

int
db_sort_parts(struct arena *a, const struct db_rows *all, size_t nparts,
    struct db_sorted_parts *s)
{
	struct sort_row *sorted;
	long long part;
	size_t r;

	memset(s, 0, sizeof(*s));
	s->all = all;
	s->nparts = nparts;
	if (all->ncols != FIRST_COLUMN + SQL_PART_WIDTH) {
		syslog(LOG_ERR, "a statement of parts has %zu columns, not %d",
		    all->ncols, FIRST_COLUMN + SQL_PART_WIDTH);
		return DB_ERROR;
	}
	for (r = 0; r < all->nrows; r++)
		if (!as_number(db_cell(all, r, 0), &part) || part < 0 ||
		    (size_t)part >= nparts)
			return DB_ERROR;
	if (all->nrows == 0)
		return DB_OK;
	if ((sorted = arena_alloc(a, all->nrows * sizeof(*sorted))) == NULL ||
	    (s->order = arena_alloc(a, all->nrows * sizeof(*s->order))) ==
	    NULL)
		return DB_ERROR;
	for (r = 0; r < all->nrows; r++)
		sorted[r] = (struct sort_row){ all, r };
	qsort(sorted, all->nrows, sizeof(*sorted), compare_rows);
	for (r = 0; r < all->nrows; r++)
		s->order[r] = sorted[r].row;
	return DB_OK;
}

/* Row i (in sorted order) against part p of owner (NULL: any owner): below
 * 0 when it comes before, 0 in it, above 0 after. */
static int
place(const struct db_sorted_parts *s, size_t i, size_t p,
    const long long *owner)
{
	long long part = atoll(db_cell(s->all, s->order[i], 0)), o;

	if ((size_t)part != p)
		return (size_t)part < p ? -1 : 1;
	if (owner == NULL)
		return 0;
	if (!as_number(db_cell(s->all, s->order[i], OWNER_COLUMN), &o))
		return -1;
	return (o > *owner) - (o < *owner);
}

/* The first row in sorted order that is not before (or, with after, not
 * in) part p of owner. */
static size_t
bound(const struct db_sorted_parts *s, size_t p, const long long *owner,
    int after)
{
	size_t lo = 0, hi = s->all->nrows, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (place(s, mid, p, owner) < (after ? 1 : 0))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The cells of the sorted rows first..end-1 as part's rows: its columns,
 * after the number, the owner and the keys. */
static int
take_rows(struct arena *a, const struct db_sorted_parts *s, size_t first,
    size_t end, const struct db_part *part, struct db_rows *out)
{
	const struct db_rows *all = s->all;
	size_t n = end - first, r, c, row;

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
		row = s->order[r];
		for (c = 0; c < part->ncols; c++)
			out->cells[out->nrows * part->ncols + c] =
			    all->cells[row * all->ncols + FIRST_COLUMN + c];
		/* A value in the padding: the list and the SQL disagree. */
		for (c = FIRST_COLUMN + part->ncols; c < all->ncols; c++)
			if (db_cell(all, row, c) != NULL)
				return DB_ERROR;
		out->nrows++;
	}
	return DB_OK;
}

int
db_take(struct arena *a, const struct db_sorted_parts *s,
    const struct db_part *parts, const long long *owner, struct db_rows *out)
{
	size_t p;
	int rc;

	for (p = 0; p < s->nparts; p++)
		if ((rc = take_rows(a, s, bound(s, p, owner != NULL ?
		    &owner[p] : NULL, 0), bound(s, p, owner != NULL ?
		    &owner[p] : NULL, 1), &parts[p], &out[p])) != DB_OK) {
			syslog(LOG_ERR, "part %zu does not match its columns",
			    p);
			return rc;
		}
	return DB_OK;
}

int
db_split(struct arena *a, const struct db_rows *all,
    const struct db_part *parts, size_t nparts, struct db_rows *out)
{
	struct db_sorted_parts s;
	int rc;

	if ((rc = db_sort_parts(a, all, nparts, &s)) != DB_OK)
		return rc;
	return db_take(a, &s, parts, NULL, out);
}
