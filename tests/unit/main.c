/*
 * Unit tests of libizp (check).  Each file adds one suite; the database
 * suite runs only when IZP_TEST_DB_CONFIG names a running stack's config.
 */
#include <stdlib.h>

#include <check.h>

#include "unit.h"

int
main(void)
{
	SRunner *sr;
	int failed;

	sr = srunner_create(http_suite());
	srunner_add_suite(sr, valid_suite());
	srunner_add_suite(sr, form_suite());
	srunner_add_suite(sr, csrf_suite());
	srunner_add_suite(sr, conf_suite());
	srunner_add_suite(sr, render_suite());
	srunner_add_suite(sr, parts_suite());
	srunner_add_suite(sr, db_suite());
	srunner_add_suite(sr, family_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
