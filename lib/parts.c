/*
 * Many parts of a plan in one round trip.  A statement that is a UNION ALL
 * of SQL_PART selects (lib/izp-sql.h) returns, per row, the part's number,
 * its order within the part and SQL_PART_WIDTH columns; db_split gives each
 * part its own rows again, named by that part's column list, so the pages
 * and stylesheets see exactly what one statement per part gave them.
 */
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "izp.h"
#include "izp-sql.h"

/* The cells of part p's rows: its columns, after the number and the order. */
static int
take_rows(struct arena *a, const struct db_rows *all, size_t p,
    const struct db_part *part, struct db_rows *out)
{
	size_t r, c, n = 0;

	memset(out, 0, sizeof(*out));
	out->ncols = part->ncols;
	out->names = (const char **)part->names;
	for (r = 0; r < all->nrows; r++)
		if ((size_t)atol(db_cell(all, r, 0)) == p)
			n++;
	if (part->max_rows != 0 && n > part->max_rows)
		n = part->max_rows;
	if (n == 0)
		return DB_OK;
	if ((out->cells = arena_alloc(a, n * part->ncols *
	    sizeof(*out->cells))) == NULL)
		return DB_ERROR;
	for (r = 0; r < all->nrows && out->nrows < n; r++) {
		if ((size_t)atol(db_cell(all, r, 0)) != p)
			continue;
		for (c = 0; c < part->ncols; c++)
			out->cells[out->nrows * part->ncols + c] =
			    all->cells[r * all->ncols + 2 + c];
		/* A value in the padding: the list and the SQL disagree. */
		for (c = 2 + part->ncols; c < all->ncols; c++)
			if (db_cell(all, r, c) != NULL)
				return DB_ERROR;
		out->nrows++;
	}
	return DB_OK;
}

int
db_split(struct arena *a, const struct db_rows *all,
    const struct db_part *parts, size_t nparts, struct db_rows *out)
{
	size_t p, r;
	int rc;

	if (all->ncols != 2 + SQL_PART_WIDTH) {
		syslog(LOG_ERR, "a statement of parts has %zu columns, not %d",
		    all->ncols, 2 + SQL_PART_WIDTH);
		return DB_ERROR;
	}
	for (r = 0; r < all->nrows; r++)
		if (db_cell(all, r, 0) == NULL ||
		    (size_t)atol(db_cell(all, r, 0)) >= nparts)
			return DB_ERROR;
	for (p = 0; p < nparts; p++)
		if ((rc = take_rows(a, all, p, &parts[p], &out[p])) != DB_OK) {
			syslog(LOG_ERR, "part %zu does not match its columns",
			    p);
			return rc;
		}
	return DB_OK;
}
