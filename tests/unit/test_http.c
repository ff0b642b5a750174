/* Request parsing: UTF-8, percent-decoding, form bodies, lengths, Accept. */
#include <string.h>

#include <check.h>

#include "izp.h"
#include "unit.h"

START_TEST(utf8_accepts_valid_text)
{
	ck_assert(http_utf8_valid("Zoë één", strlen("Zoë één")));
	ck_assert(http_utf8_valid("\xf0\x9f\x98\x80", 4));	/* emoji */
	ck_assert(http_utf8_valid("", 0));
}
END_TEST

START_TEST(utf8_rejects_malformed_text)
{
	ck_assert(!http_utf8_valid("\xc0\xaf", 2));		/* overlong / */
	ck_assert(!http_utf8_valid("\xe0\x80\xaf", 3));	/* overlong */
	ck_assert(!http_utf8_valid("\xed\xa0\x80", 3));	/* surrogate */
	ck_assert(!http_utf8_valid("\xf4\x90\x80\x80", 4));	/* > U+10FFFF */
	ck_assert(!http_utf8_valid("\xc3", 1));		/* truncated */
	ck_assert(!http_utf8_valid("a\xffz", 3));
	ck_assert(!http_utf8_valid("\xc3(", 2));
}
END_TEST

START_TEST(utf8_counts_characters)
{
	ck_assert_uint_eq(http_utf8_length("één", strlen("één")), 3);
}
END_TEST

START_TEST(percent_decoding)
{
	struct arena a = { 0 };
	char *out;
	size_t len;

	ck_assert_int_eq(http_percent_decode(&a, "a+b%41%c3%a9", 12, &out,
	    &len), HTTP_PARSE_OK);
	ck_assert_str_eq(out, "a bAé");
	ck_assert_uint_eq(len, 6);
	ck_assert_int_eq(http_percent_decode(&a, "%4G", 3, &out, &len),
	    HTTP_PARSE_BAD_ESCAPE);
	ck_assert_int_eq(http_percent_decode(&a, "ab%4", 4, &out, &len),
	    HTTP_PARSE_BAD_ESCAPE);
	ck_assert_int_eq(http_percent_decode(&a, "a%00b", 5, &out, &len),
	    HTTP_PARSE_NUL);
	ck_assert_int_eq(http_percent_decode(&a, "%c3", 3, &out, &len),
	    HTTP_PARSE_BAD_UTF8);
	ck_assert_int_eq(http_percent_decode(&a, "%ff%fe", 6, &out, &len),
	    HTTP_PARSE_BAD_UTF8);
	arena_free(&a);
}
END_TEST

START_TEST(urlencoded_pairs)
{
	struct arena a = { 0 };
	struct http_params p;
	const char *body = "name=Zo%C3%AB&&empty=&flag&name=twee";

	ck_assert_int_eq(http_parse_urlencoded(&a, body, strlen(body), &p),
	    HTTP_PARSE_OK);
	ck_assert_uint_eq(p.n, 4);
	ck_assert_str_eq(http_param_find(&p, "name")->value, "Zoë");
	ck_assert_str_eq(http_param_find(&p, "empty")->value, "");
	ck_assert_str_eq(http_param_find(&p, "flag")->value, "");
	ck_assert_uint_eq(http_param_count(&p, "name"), 2);
	ck_assert_ptr_null(http_param_find(&p, "missing"));
	arena_free(&a);
}
END_TEST

START_TEST(urlencoded_rejects_bad_input)
{
	struct arena a = { 0 };
	struct http_params p;

	ck_assert_int_eq(http_parse_urlencoded(&a, "a=%ZZ", 5, &p),
	    HTTP_PARSE_BAD_ESCAPE);
	ck_assert_int_eq(http_parse_urlencoded(&a, "a=%C0%AF", 8, &p),
	    HTTP_PARSE_BAD_UTF8);
	ck_assert_int_eq(http_parse_urlencoded(&a, "a%00=1", 6, &p),
	    HTTP_PARSE_NUL);
	ck_assert_int_eq(http_parse_urlencoded(&a, "a=1\0b", 5, &p),
	    HTTP_PARSE_NUL);
	arena_free(&a);
}
END_TEST

START_TEST(urlencoded_limits_pairs)
{
	struct arena a = { 0 };
	struct http_params p;
	char body[4096];
	size_t i, o = 0;

	for (i = 0; i < 300; i++)
		o += (size_t)snprintf(body + o, sizeof(body) - o, "a=%zu&", i % 10);
	ck_assert_int_eq(http_parse_urlencoded(&a, body, o, &p),
	    HTTP_PARSE_TOO_LARGE);
	arena_free(&a);
}
END_TEST

START_TEST(content_length_parsing)
{
	size_t n = 0;

	ck_assert_int_eq(http_content_length("123", 1000, &n), HTTP_PARSE_OK);
	ck_assert_uint_eq(n, 123);
	ck_assert_int_eq(http_content_length("0", 1000, &n), HTTP_PARSE_OK);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(http_content_length(NULL, 1000, &n),
	    HTTP_PARSE_BAD_LENGTH);
	ck_assert_int_eq(http_content_length("", 1000, &n),
	    HTTP_PARSE_BAD_LENGTH);
	ck_assert_int_eq(http_content_length("-1", 1000, &n),
	    HTTP_PARSE_BAD_LENGTH);
	ck_assert_int_eq(http_content_length("12a", 1000, &n),
	    HTTP_PARSE_BAD_LENGTH);
	ck_assert_int_eq(http_content_length("1001", 1000, &n),
	    HTTP_PARSE_TOO_LARGE);
	ck_assert_int_eq(http_content_length("99999999999999999999999", 1000,
	    &n), HTTP_PARSE_TOO_LARGE);
}
END_TEST

START_TEST(accept_negotiation)
{
	ck_assert(http_accept_wants_xml("application/xml"));
	ck_assert(!http_accept_wants_xml("text/html,application/xhtml+xml,"
	    "application/xml;q=0.9,*/*;q=0.8"));
	ck_assert(!http_accept_wants_xml(NULL));
	ck_assert(!http_accept_wants_xml("*/*"));
}
END_TEST

START_TEST(methods_and_statuses)
{
	ck_assert_int_eq(http_method_parse("GET"), HTTP_GET);
	ck_assert_int_eq(http_method_parse("POST"), HTTP_POST);
	ck_assert_int_eq(http_method_parse("DELETE"), HTTP_OTHER);
	ck_assert_int_eq(http_method_parse(NULL), HTTP_OTHER);
	ck_assert_int_eq(http_parse_status(HTTP_PARSE_TOO_LARGE), 413);
	ck_assert_int_eq(http_parse_status(HTTP_PARSE_BAD_UTF8), 400);
}
END_TEST

Suite *
http_suite(void)
{
	Suite *s = suite_create("http");
	TCase *tc = tcase_create("parse");

	tcase_add_test(tc, utf8_accepts_valid_text);
	tcase_add_test(tc, utf8_rejects_malformed_text);
	tcase_add_test(tc, utf8_counts_characters);
	tcase_add_test(tc, percent_decoding);
	tcase_add_test(tc, urlencoded_pairs);
	tcase_add_test(tc, urlencoded_rejects_bad_input);
	tcase_add_test(tc, urlencoded_limits_pairs);
	tcase_add_test(tc, content_length_parsing);
	tcase_add_test(tc, accept_negotiation);
	tcase_add_test(tc, methods_and_statuses);
	suite_add_tcase(s, tc);
	return s;
}
