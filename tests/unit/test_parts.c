/*
 * Parts read in one statement (lib/parts.c): rows arrive in no order, as
 * MariaDB streams a UNION ALL; db_split must give each part its rows in
 * the order of its keys (numbers by value, negated for descending, dates
 * as text, NULL first), keep only a part's first rows when asked, and
 * refuse rows that do not match the part's columns.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "izp.h"
#include "izp-sql.h"
#include "unit.h"

#define NCOLS (2 + SQL_PART_KEYS + SQL_PART_WIDTH)
#define PART_A(C) C("a.id", "id") C("a.name", "name")
#define PART_B(C) C("b.id", "id")

static struct arena arena;
static const char *cells[16 * NCOLS];
static struct db_rows all;

/* Append a row: part, owner, three keys, then the part's columns. */
static void
owned_row(const char *part, const char *owner, const char *k1,
    const char *k2, const char *k3, const char *c1, const char *c2)
{
	const char **r = &cells[all.nrows * NCOLS];

	memset(r, 0, NCOLS * sizeof(*r));
	r[0] = part;
	r[1] = owner;
	r[2] = k1;
	r[3] = k2;
	r[4] = k3;
	r[5] = c1;
	r[6] = c2;
	all.nrows++;
}

/* A row of a statement about one plan: every row has the same owner. */
static void
row(const char *part, const char *k1, const char *k2, const char *k3,
    const char *c1, const char *c2)
{
	owned_row(part, "7", k1, k2, k3, c1, c2);
}

static void
setup(void)
{
	memset(&arena, 0, sizeof(arena));
	memset(&all, 0, sizeof(all));
	all.ncols = NCOLS;
	all.cells = (char **)cells;
}

static void
teardown(void)
{
	arena_free(&arena);
}

static const struct db_part parts[] = { DB_PART(PART_A, 0), DB_PART(PART_B, 2) };

START_TEST(rows_come_in_key_order)
{
	struct db_rows out[2];

	/* Part 0 by a flag, a date and an id; part 1 newest id first. */
	row("1", "-7", NULL, NULL, "7", NULL);
	row("0", "1", "2026-01-02", "3", "3", "closed");
	row("0", "0", "2026-01-10", "12", "12", "later");
	row("1", "-12", NULL, NULL, "12", NULL);
	row("0", "0", "2026-01-10", "9", "9", "same day, lower id");
	row("0", "0", NULL, "40", "40", "no date");
	row("0", "0", "2025-12-31", "100", "100", "earlier");
	row("1", "-3", NULL, NULL, "3", NULL);
	ck_assert_int_eq(db_split(&arena, &all, parts, 2, out), DB_OK);
	ck_assert_uint_eq(out[0].nrows, 5);
	ck_assert_str_eq(db_cell_named(&out[0], 0, "id"), "40");
	ck_assert_str_eq(db_cell_named(&out[0], 1, "id"), "100");
	ck_assert_str_eq(db_cell_named(&out[0], 2, "id"), "9");
	ck_assert_str_eq(db_cell_named(&out[0], 3, "id"), "12");
	ck_assert_str_eq(db_cell_named(&out[0], 4, "name"), "closed");
	/* 12 before 7 before 3 by number, not as text; two kept. */
	ck_assert_uint_eq(out[1].nrows, 2);
	ck_assert_str_eq(db_cell_named(&out[1], 0, "id"), "12");
	ck_assert_str_eq(db_cell_named(&out[1], 1, "id"), "7");
}
END_TEST

START_TEST(empty_parts_are_empty)
{
	struct db_rows out[2];

	row("1", "5", NULL, NULL, "5", NULL);
	ck_assert_int_eq(db_split(&arena, &all, parts, 2, out), DB_OK);
	ck_assert_uint_eq(out[0].nrows, 0);
	ck_assert_uint_eq(out[1].nrows, 1);
	all.nrows = 0;
	ck_assert_int_eq(db_split(&arena, &all, parts, 2, out), DB_OK);
	ck_assert_uint_eq(out[0].nrows + out[1].nrows, 0);
}
END_TEST

/* A batch of plans: each owner gets its own rows of each part, in key
 * order, and an owner without rows none (owners 10 and 9 sort as numbers:
 * 9 before 10). */
START_TEST(many_owners_are_taken_apart)
{
	struct db_sorted_parts sorted;
	struct db_rows out[2];
	const long long of_10[] = { 10, 100 }, of_9[] = { 9, 90 },
	    of_11[] = { 11, 110 };

	owned_row("0", "10", "2", NULL, NULL, "2", "ten, second");
	owned_row("1", "90", "-1", NULL, NULL, "1", NULL);
	owned_row("0", "9", "1", NULL, NULL, "1", "nine");
	owned_row("1", "100", "-5", NULL, NULL, "5", NULL);
	owned_row("0", "10", "1", NULL, NULL, "1", "ten, first");
	owned_row("1", "100", "-6", NULL, NULL, "6", NULL);
	owned_row("1", "100", "-4", NULL, NULL, "4", NULL);
	ck_assert_int_eq(db_sort_parts(&arena, &all, 2, &sorted), DB_OK);
	ck_assert_int_eq(db_take(&arena, &sorted, parts, of_10, out), DB_OK);
	ck_assert_uint_eq(out[0].nrows, 2);
	ck_assert_str_eq(db_cell_named(&out[0], 0, "name"), "ten, first");
	ck_assert_str_eq(db_cell_named(&out[0], 1, "name"), "ten, second");
	/* Part 1 keeps two rows: 6 and 5 of owner 100, not 90's. */
	ck_assert_uint_eq(out[1].nrows, 2);
	ck_assert_str_eq(db_cell_named(&out[1], 0, "id"), "6");
	ck_assert_str_eq(db_cell_named(&out[1], 1, "id"), "5");
	ck_assert_int_eq(db_take(&arena, &sorted, parts, of_9, out), DB_OK);
	ck_assert_uint_eq(out[0].nrows, 1);
	ck_assert_str_eq(db_cell_named(&out[0], 0, "name"), "nine");
	ck_assert_uint_eq(out[1].nrows, 1);
	ck_assert_str_eq(db_cell_named(&out[1], 0, "id"), "1");
	ck_assert_int_eq(db_take(&arena, &sorted, parts, of_11, out), DB_OK);
	ck_assert_uint_eq(out[0].nrows + out[1].nrows, 0);
}
END_TEST

START_TEST(mismatched_rows_are_refused)
{
	struct db_rows out[2];

	/* A value beyond part 1's one column. */
	row("1", "5", NULL, NULL, "5", "extra");
	ck_assert_int_eq(db_split(&arena, &all, parts, 2, out), DB_ERROR);
	/* A part number the page does not have. */
	teardown();
	setup();
	row("2", "5", NULL, NULL, "5", NULL);
	ck_assert_int_eq(db_split(&arena, &all, parts, 2, out), DB_ERROR);
	/* A statement of another width. */
	teardown();
	setup();
	row("0", "5", NULL, NULL, "5", NULL);
	all.ncols = NCOLS - 1;
	ck_assert_int_eq(db_split(&arena, &all, parts, 2, out), DB_ERROR);
}
END_TEST

Suite *
parts_suite(void)
{
	Suite *s = suite_create("parts");
	TCase *tc = tcase_create("split");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, rows_come_in_key_order);
	tcase_add_test(tc, empty_parts_are_empty);
	tcase_add_test(tc, many_owners_are_taken_apart);
	tcase_add_test(tc, mismatched_rows_are_refused);
	suite_add_tcase(s, tc);
	return s;
}
