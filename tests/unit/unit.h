/* The suites of the unit test program. */
#ifndef UNIT_H
#define UNIT_H

#include <check.h>

Suite	*http_suite(void);
Suite	*valid_suite(void);
Suite	*form_suite(void);
Suite	*csrf_suite(void);
Suite	*conf_suite(void);
Suite	*render_suite(void);
Suite	*db_suite(void);
Suite	*family_suite(void);
Suite	*parts_suite(void);

#endif
