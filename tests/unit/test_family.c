/*
 * The WGBO rules of the family's door (lib/family.c), case by case: who of
 * the family sees a child's plan at which age, and who decides about the
 * parents from 16.
 */
#include <check.h>

#include "izp.h"
#include "unit.h"

static struct family_link
parent(int age, int authority, int active, int let_in)
{
	struct family_link l = { .is_child = 0, .age = age,
	    .has_authority = authority, .representative_active = active,
	    .parents_may_see = let_in };

	return l;
}

static struct family_link
child(int age)
{
	struct family_link l = { .is_child = 1, .age = age,
	    .representative_active = 0 };

	return l;
}

START_TEST(family_sight_by_age_and_authority)
{
	struct family_link l;
	int age;

	/* The child itself: from 12, at every age after. */
	for (age = 0; age < 12; age++) {
		l = child(age);
		ck_assert_int_eq(family_sight(&l), FAMILY_CHILD_TOO_YOUNG);
		ck_assert_ptr_nonnull(family_sight_reason(&l));
		ck_assert_int_eq(family_decides_parents(&l), 0);
	}
	for (age = 12; age < 25; age++) {
		l = child(age);
		ck_assert_int_eq(family_sight(&l), FAMILY_SEES);
		ck_assert_ptr_null(family_sight_reason(&l));
		ck_assert_int_eq(family_decides_parents(&l), age >= 16);
	}
	/* A parent with authority: until 16, then only when let in. */
	for (age = 0; age < 16; age++) {
		l = parent(age, 1, 1, 0);
		ck_assert_int_eq(family_sight(&l), FAMILY_SEES);
		ck_assert_int_eq(family_decides_parents(&l), 0);
	}
	for (age = 16; age < 25; age++) {
		l = parent(age, 1, 1, 0);
		ck_assert_int_eq(family_sight(&l), FAMILY_CHILD_DECIDES);
		l = parent(age, 1, 1, 1);
		ck_assert_int_eq(family_sight(&l), FAMILY_SEES);
		ck_assert_int_eq(family_decides_parents(&l), 0);
	}
	/* Without authority, or no longer a representative: never, also
	 * when the child of 16 let the parents in. */
	for (age = 0; age < 25; age++) {
		l = parent(age, 0, 1, 1);
		ck_assert_int_eq(family_sight(&l), FAMILY_NO_AUTHORITY);
		l = parent(age, 1, 0, 1);
		ck_assert_int_eq(family_sight(&l), FAMILY_REPRESENTATIVE_ENDED);
		ck_assert_ptr_nonnull(family_sight_reason(&l));
	}
}
END_TEST

Suite *
family_suite(void)
{
	Suite *s = suite_create("family");
	TCase *tc = tcase_create("wgbo");

	tcase_add_test(tc, family_sight_by_age_and_authority);
	suite_add_tcase(s, tc);
	return s;
}
