/* CSRF tokens and the small configuration parser. */
#include <stdio.h>
#include <stdlib.h>
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

/* The message conf_check gives for a file's text, or "" when it passes. */
static const char *
checked(const char *text)
{
	static char why[256];
	struct conf c = { 0 };

	ck_assert_int_eq(conf_parse(&c, text), 0);
	if (conf_check(&c, why, sizeof(why)) == 0)
		why[0] = '\0';
	conf_free(&c);
	return why;
}

#define ACCOUNT(class) "db.user." class " = izp_" class "\n" \
	"db.password." class " = geheim\n"
#define ACCOUNTS ACCOUNT("read") ACCOUNT("child") ACCOUNT("plan") \
	ACCOUNT("access") ACCOUNT("audit") ACCOUNT("emergency") \
	ACCOUNT("export") ACCOUNT("admin") ACCOUNT("family")
#define SITE "csrf.secret = 0123456789abcdef0123456789abcdef\n" \
	"site.origin = https://izp.ziekenhuis.nl http://127.0.0.1:8080\n"
#define VALID ACCOUNTS SITE

START_TEST(conf_check_names_the_key)
{
	struct conf c = { 0 };

	ck_assert_str_eq(checked(VALID "db.user.read = izp_read\n"
	    "emergency.minutes = 60\nexport.outbox_root = /var/lib/izp\n"), "");
	ck_assert_str_eq(checked(ACCOUNTS "site.origin = https://a.nl\n"),
	    "csrf.secret is missing");
	ck_assert_str_eq(checked(ACCOUNTS "csrf.secret = kort\n"),
	    "csrf.secret is shorter than 32 characters");
	ck_assert_str_eq(checked(ACCOUNTS
	    "csrf.secret = 0123456789abcdef0123456789abcdef\n"),
	    "site.origin is missing");
	/* Every class's account, and no class that does not exist. */
	ck_assert_str_eq(checked(SITE ACCOUNT("read") ACCOUNT("child")
	    ACCOUNT("plan") ACCOUNT("access") ACCOUNT("audit")
	    ACCOUNT("emergency") ACCOUNT("export") ACCOUNT("family")
	    "db.user.admin = a\n"), "db.password.admin is missing");
	ck_assert_str_eq(checked(VALID "db.user.reed = x\n"),
	    "unknown key db.user.reed (a typing error? "
	    "conf/izp.conf.example lists every key)");
	/* The path the site is served under. */
	ck_assert_str_eq(checked(VALID "site.base_path = /zorg/izp-2_b\n"), "");
	{
		static const char *const bad[] = { "/zorg/", "zorg",
		    "/zorg'izp", "/", "/Zorg", "/zorg//izp" };
		char text[1024];
		size_t i;

		for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			snprintf(text, sizeof(text), VALID
			    "site.base_path = %s\n", bad[i]);
			ck_assert_str_eq(checked(text), "site.base_path is not "
			    "a path like /zorg/izp (segments of a-z, 0-9, - "
			    "and _; no / at the end)");
		}
	}
	/* An editor's byte order mark before the first key. */
	ck_assert_str_eq(checked("\xEF\xBB\xBF" VALID), "");
	ck_assert_str_eq(checked(VALID "emergency.minutes = zestig\n"),
	    "emergency.minutes is not a whole number");
	ck_assert_str_eq(checked(VALID "emergency.minutes = 0\n"),
	    "emergency.minutes is out of range");
	ck_assert_str_eq(checked(VALID "emergency.minute = 60\n"),
	    "unknown key emergency.minute (a typing error? "
	    "conf/izp.conf.example lists every key)");
	ck_assert_str_eq(checked(VALID "db.user. = x\n"),
	    "unknown key db.user. (a typing error? "
	    "conf/izp.conf.example lists every key)");
	ck_assert_str_eq(checked(VALID "xslt.dir = xslt\n"),
	    "xslt.dir is not an absolute path");
	ck_assert_str_eq(checked(VALID "db.name =\n"), "db.name is empty");
	ck_assert_str_eq(checked(VALID "db.name = izp_test\n"), "db.name is not "
	    "izp (the name sql/grants.sql and the migrations use)");
	ck_assert_str_eq(checked(VALID "db.password.read = CHANGE-ME\n"),
	    "db.password.read still holds the example's placeholder (CHANGE-ME)");
	ck_assert_str_eq(checked(ACCOUNTS
	    "csrf.secret = 0123456789abcdef0123456789abcdef\n"
	    "site.origin = https://izp.nl/pad\n"),
	    "site.origin holds an origin that is not http(s)://host[:port]");
	ck_assert_str_eq(checked(ACCOUNTS
	    "csrf.secret = 0123456789abcdef0123456789abcdef\n"
	    "site.origin = izp.nl\n"),
	    "site.origin holds an origin that is not http(s)://host[:port]");
	ck_assert_str_eq(checked(VALID "site.origin = https://izp.nl?x=1\n"),
	    "site.origin holds an origin that is not http(s)://host[:port]");
	ck_assert_str_eq(checked(VALID "site.origin = https://u@izp.nl\n"),
	    "site.origin holds an origin that is not http(s)://host[:port]");
	ck_assert_str_eq(checked(VALID "site.origin = https://[::1]:8443\n"),
	    "");
	ck_assert_str_eq(checked(VALID "site.frame_ancestors = 'none'\n"), "");
	ck_assert_str_eq(checked(VALID "site.frame_ancestors = 'self' "
	    "https://portaal.nl http://intranet:8080\n"), "");
	ck_assert_str_eq(checked(VALID "site.frame_ancestors = https://a.nl; "
	    "script-src *\n"), "site.frame_ancestors holds something that "
	    "is not 'none', 'self' or http(s)://host[:port]");
	ck_assert_str_eq(checked(VALID "site.frame_ancestors = *\n"),
	    "site.frame_ancestors holds something that is not 'none', "
	    "'self' or http(s)://host[:port]");
	/* The line without '=' is named. */
	ck_assert_int_ne(conf_parse(&c, "# x\na = 1\nzonder is-teken\n"), 0);
	ck_assert_int_eq(c.bad_line, 3);
	conf_free(&c);
	/* More settings than a configuration holds: said so, not a read
	 * error. */
	{
		char many[(CONF_MAX_ENTRIES + 1) * 16] = "";
		int i;

		for (i = 0; i <= CONF_MAX_ENTRIES; i++)
			snprintf(many + strlen(many), sizeof(many) - strlen(many),
			    "db.name = x%d\n", i);
		ck_assert_int_ne(conf_parse(&c, many), 0);
		ck_assert_int_eq(c.too_many, 1);
		conf_free(&c);
	}
}
END_TEST

/* The example documents every key conf_check knows, and only those; its
 * secrets are placeholders that conf_check refuses. */
START_TEST(conf_example_is_complete)
{
	char path[1024], why[256];
	struct conf c = { 0 };
	const char *src = getenv("IZP_SOURCE_DIR"), *name;
	size_t i;

	snprintf(path, sizeof(path), "%s/conf/izp.conf.example",
	    src != NULL ? src : ".");
	ck_assert_int_eq(conf_load(&c, path), 0);
	/* db.host, db.port and site.base_path are there as comments. */
	for (i = 0; (name = conf_known_key(i)) != NULL; i++)
		ck_assert_msg(conf_get(&c, name, NULL) != NULL ||
		    strcmp(name, "db.host") == 0 || strcmp(name, "db.port") == 0 ||
		    strcmp(name, "site.base_path") == 0,
		    "%s is not in the example", name);
	ck_assert_int_ne(conf_check(&c, why, sizeof(why)), 0);
	ck_assert_msg(strstr(why, "placeholder") != NULL, "%s", why);
	/* With its placeholders filled in, every key is known and valid. */
	for (i = 0; i < c.n; i++)
		if (strncmp(c.value[i], "CHANGE-ME", 9) == 0) {
			free(c.value[i]);
			c.value[i] = strdup("0123456789abcdef0123456789abcdef");
			ck_assert_ptr_nonnull(c.value[i]);
		}
	ck_assert_msg(conf_check(&c, why, sizeof(why)) == 0, "%s", why);
	conf_free(&c);
}
END_TEST

Suite *
conf_suite(void)
{
	Suite *s = suite_create("conf");
	TCase *tc = tcase_create("conf");

	tcase_add_test(tc, conf_parses_and_overrides);
	tcase_add_test(tc, conf_refuses_garbage);
	tcase_add_test(tc, conf_check_names_the_key);
	tcase_add_test(tc, conf_example_is_complete);
	suite_add_tcase(s, tc);
	return s;
}
