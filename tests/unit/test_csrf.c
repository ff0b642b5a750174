/* CSRF tokens and the small configuration parser. */
#include <string.h>

#include <check.h>

#include "izp.h"
#include "unit.h"

static const char secret[] = "0123456789abcdef0123456789abcdef";
#define FORM "/izp/7/doelen/nieuw"
#define T0 1700000000

START_TEST(token_round_trip)
{
	char t[CSRF_TOKEN_MAX];

	ck_assert_int_eq(csrf_token(secret, "kinderarts", FORM, T0, t), 0);
	ck_assert_int_eq(csrf_verify(secret, "kinderarts", FORM, t, T0), 0);
	ck_assert_int_eq(csrf_verify(secret, "kinderarts", FORM, t,
	    T0 + CSRF_LIFETIME - 1), 0);
}
END_TEST

START_TEST(token_is_bound_to_user_secret_and_time)
{
	char t[CSRF_TOKEN_MAX];

	ck_assert_int_eq(csrf_token(secret, "kinderarts", FORM, T0, t), 0);
	ck_assert_int_ne(csrf_verify(secret, "huisarts", FORM, t, T0), 0);
	ck_assert_int_ne(csrf_verify("another-secret-of-32-characters!",
	    "kinderarts", FORM, t, T0), 0);
	ck_assert_int_ne(csrf_verify(secret, "kinderarts", FORM, t,
	    T0 + CSRF_LIFETIME + 1), 0);
	ck_assert_int_ne(csrf_verify(secret, "kinderarts", FORM, t,
	    T0 - 3600), 0);
}
END_TEST

START_TEST(token_is_bound_to_its_form)
{
	char t[CSRF_TOKEN_MAX];

	ck_assert_int_eq(csrf_token(secret, "kinderarts", FORM, T0, t),
	    0);
	ck_assert_int_eq(csrf_verify(secret, "kinderarts", FORM, t,
	    T0), 0);
	ck_assert_int_ne(csrf_verify(secret, "kinderarts",
	    "/izp/7/afsluiten", t, T0), 0);
	ck_assert_int_ne(csrf_verify(secret, "kinderarts",
	    "/izp/8/doelen/nieuw", t, T0), 0);
	ck_assert_int_ne(csrf_verify(secret, "kinderarts", "", t,
	    T0), 0);
	ck_assert_int_ne(csrf_verify(secret, "kinderarts", NULL, t,
	    T0), 0);
	/* user and action cannot be shifted into each other */
	ck_assert_int_eq(csrf_token(secret, "a", "b/c", T0, t), 0);
	ck_assert_int_ne(csrf_verify(secret, "a/b", "c", t, T0), 0);
}
END_TEST

START_TEST(token_tampering_fails)
{
	char t[CSRF_TOKEN_MAX];
	size_t n;

	ck_assert_int_eq(csrf_token(secret, "kinderarts", FORM, T0, t), 0);
	n = strlen(t);
	t[n - 1] = t[n - 1] == '0' ? '1' : '0';
	ck_assert_int_ne(csrf_verify(secret, "kinderarts", FORM, t, T0), 0);
	ck_assert_int_ne(csrf_verify(secret, "kinderarts", FORM, "", T0), 0);
	ck_assert_int_ne(csrf_verify(secret, "kinderarts", FORM, NULL, T0),
	    0);
	ck_assert_int_ne(csrf_verify(secret, "kinderarts", FORM, "zz.00",
	    T0), 0);
	ck_assert_int_ne(csrf_token("short", "kinderarts", FORM, T0, t), 0);
}
END_TEST

START_TEST(random_tokens_differ)
{
	char a[33], b[33];

	ck_assert_int_eq(random_hex(a, 16), 0);
	ck_assert_int_eq(random_hex(b, 16), 0);
	ck_assert_uint_eq(strlen(a), 32);
	ck_assert_str_ne(a, b);
}
END_TEST

Suite *
csrf_suite(void)
{
	Suite *s = suite_create("csrf");
	TCase *tc = tcase_create("tokens");

	tcase_add_test(tc, token_round_trip);
	tcase_add_test(tc, token_is_bound_to_user_secret_and_time);
	tcase_add_test(tc, token_is_bound_to_its_form);
	tcase_add_test(tc, token_tampering_fails);
	tcase_add_test(tc, random_tokens_differ);
	suite_add_tcase(s, tc);
	return s;
}

START_TEST(conf_parses_and_overrides)
{
	struct conf c = { 0 };

	ck_assert_int_eq(conf_parse(&c, "# comment\n a = 1 \nb=two words\n"
	    "\na = 3\nn = x12\n"), 0);
	ck_assert_str_eq(conf_get(&c, "a", NULL), "3");
	ck_assert_str_eq(conf_get(&c, "b", NULL), "two words");
	ck_assert_str_eq(conf_get(&c, "missing", "dflt"), "dflt");
	ck_assert_int_eq(conf_get_long(&c, "a", 0), 3);
	ck_assert_int_eq(conf_get_long(&c, "n", 7), 7);
	conf_free(&c);
}
END_TEST

START_TEST(conf_refuses_garbage)
{
	struct conf c = { 0 };

	ck_assert_int_ne(conf_parse(&c, "no equals sign here\n"), 0);
	conf_free(&c);
	ck_assert_int_ne(conf_load(&c, "/nonexistent/izp.conf"), 0);
}
END_TEST

Suite *
conf_suite(void)
{
	Suite *s = suite_create("conf");
	TCase *tc = tcase_create("conf");

	tcase_add_test(tc, conf_parses_and_overrides);
	tcase_add_test(tc, conf_refuses_garbage);
	suite_add_tcase(s, tc);
	return s;
}
