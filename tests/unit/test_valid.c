/* Validators and field tables: dates, BSN, text, ids, enums, form_read. */
#include <string.h>

#include <check.h>

#include "izp.h"
#include "unit.h"

START_TEST(dates_must_exist)
{
	struct date d;

	ck_assert_ptr_null(valid_date("2024-02-29", &d));
	ck_assert_int_eq(d.year, 2024);
	ck_assert_int_eq(d.month, 2);
	ck_assert_int_eq(d.day, 29);
	ck_assert_ptr_null(valid_date("31-12-2025", &d));
	ck_assert_int_eq(d.day, 31);
	ck_assert_ptr_null(valid_date("01/02/2020", &d));
	ck_assert_int_eq(d.month, 2);
	ck_assert_ptr_nonnull(valid_date("2023-02-29", &d));
	ck_assert_ptr_nonnull(valid_date("2000-13-01", &d));
	ck_assert_ptr_nonnull(valid_date("31-04-2026", &d));
	ck_assert_ptr_nonnull(valid_date("1900-02-29", &d));	/* not leap */
	ck_assert_ptr_null(valid_date("2000-02-29", &d));	/* leap */
	ck_assert_ptr_nonnull(valid_date("2026-1-1", &d));
	ck_assert_ptr_nonnull(valid_date("gisteren", &d));
	ck_assert_ptr_nonnull(valid_date("2026-0a-01", &d));
	ck_assert_ptr_nonnull(valid_date("01-02/2020", &d));
	ck_assert_ptr_nonnull(valid_date("0000-01-01", &d));
}
END_TEST

START_TEST(date_order)
{
	struct date a = { 2020, 1, 31 }, b = { 2020, 2, 1 };

	ck_assert_int_lt(date_compare(&a, &b), 0);
	ck_assert_int_gt(date_compare(&b, &a), 0);
	ck_assert_int_eq(date_compare(&a, &a), 0);
}
END_TEST

START_TEST(moments_for_as_of)
{
	/* 2026-11-22 12:00 local time, as "now". */
	struct tm tm = { .tm_year = 126, .tm_mon = 10, .tm_mday = 22,
	    .tm_hour = 12, .tm_isdst = -1 };
	time_t now = mktime(&tm);
	char out[20];

	ck_assert_ptr_null(valid_moment("2026-11-20T03:10", now, out));
	ck_assert_str_eq(out, "2026-11-20 03:10:00");
	ck_assert_ptr_null(valid_moment("2026-11-20 03:10:42", now, out));
	ck_assert_str_eq(out, "2026-11-20 03:10:42");
	ck_assert_ptr_null(valid_moment("20-11-2026", now, out));
	ck_assert_str_eq(out, "2026-11-20 23:59:59");
	/* Today as a date means "as it stands now", and says now. */
	ck_assert_ptr_null(valid_moment("2026-11-22", now, out));
	ck_assert_str_eq(out, "");
	ck_assert_ptr_null(valid_moment("2026-11-21", now, out));
	ck_assert_str_eq(out, "2026-11-21 23:59:59");
	ck_assert_str_eq(valid_moment("2026-11-23T00:00", now, out),
	    "Dat moment ligt in de toekomst.");
	ck_assert_str_eq(valid_moment("2026-11-20T24:00", now, out),
	    "Dit tijdstip bestaat niet.");
	ck_assert_ptr_nonnull(valid_moment("2026-02-30T10:00", now, out));
	ck_assert_ptr_nonnull(valid_moment("2026-11-20T3:10", now, out));
	ck_assert_ptr_nonnull(valid_moment("2026-11-20X03:10", now, out));
	ck_assert_ptr_nonnull(valid_moment("gisteren", now, out));
	ck_assert_ptr_nonnull(valid_moment("", now, out));
}
END_TEST

START_TEST(wgbo_by_age)
{
	struct date birth = { 2012, 11, 23 };
	struct date before = { 2024, 11, 22 }, on = { 2024, 11, 23 };

	/* The birthday itself counts. */
	ck_assert_int_eq(age_on(&birth, &before), 11);
	ck_assert_int_eq(age_on(&birth, &on), 12);
	/* Under 12: the parents. */
	ck_assert_ptr_null(wgbo_missing(11, 0, 1));
	ck_assert_ptr_nonnull(wgbo_missing(11, 1, 0));
	/* 12 to 15: both. */
	ck_assert_ptr_null(wgbo_missing(12, 1, 1));
	ck_assert_ptr_nonnull(wgbo_missing(12, 0, 1));
	ck_assert_ptr_nonnull(wgbo_missing(15, 1, 0));
	/* 16 and over: the child. */
	ck_assert_ptr_null(wgbo_missing(16, 1, 0));
	ck_assert_ptr_nonnull(wgbo_missing(17, 0, 1));
}
END_TEST

START_TEST(phones_and_emails)
{
	ck_assert(valid_phone("06-12345678"));
	ck_assert(valid_phone("+31 (0)6 1234 5678"));
	ck_assert(!valid_phone("12345"));
	ck_assert(!valid_phone("bel maar"));
	ck_assert(!valid_phone("06-1234567890123456"));
	ck_assert(valid_email("oma@example.org"));
	ck_assert(!valid_email("oma@"));
	ck_assert(!valid_email("@example.org"));
	ck_assert(!valid_email("oma@example"));
	ck_assert(!valid_email("oma@@example.org"));
	ck_assert(!valid_email("o ma@example.org"));
}
END_TEST

START_TEST(agb_codes_of_gps)
{
	ck_assert_ptr_null(valid_agb_gp("01999991"));
	ck_assert_str_eq(valid_agb_gp("02123456"), "De AGB-code van een "
	    "huisarts of huisartsenpraktijk begint met 01.");
	ck_assert_str_eq(valid_agb_gp("0112345"), "Een AGB-code heeft 8 "
	    "cijfers.");
	ck_assert_str_eq(valid_agb_gp("011234567"), "Een AGB-code heeft 8 "
	    "cijfers.");
	ck_assert_ptr_nonnull(valid_agb_gp("01-12345"));
	ck_assert_ptr_nonnull(valid_agb_gp("0112 3456"));
}
END_TEST

START_TEST(child_participation_needs_a_reason)
{
	struct field_value took_part = { .present = 1, .text = "deels" };
	struct field_value reason = { 0 };

	ck_assert_int_eq(form_check_participation(&took_part, &reason), 1);
	ck_assert_str_eq(reason.error, "Zeg bij welk deel van het gesprek het "
	    "kind meedeed.");
	memset(&reason, 0, sizeof(reason));
	took_part.text = "nee";
	ck_assert_int_eq(form_check_participation(&took_part, &reason), 1);
	ck_assert_str_eq(reason.error, "Leg uit waarom het kind niet heeft "
	    "meegedaan.");
	memset(&reason, 0, sizeof(reason));
	reason.present = 1;
	reason.text = "Te moe";
	ck_assert_int_eq(form_check_participation(&took_part, &reason), 0);
	memset(&reason, 0, sizeof(reason));
	took_part.text = "ja";
	ck_assert_int_eq(form_check_participation(&took_part, &reason), 0);
	ck_assert_ptr_null(reason.error);
}
END_TEST

START_TEST(bsn_eleven_test)
{
	ck_assert_ptr_null(valid_bsn("111222333"));
	ck_assert_ptr_null(valid_bsn("123456782"));
	ck_assert_ptr_nonnull(valid_bsn("123456789"));
	ck_assert_ptr_nonnull(valid_bsn("000000000"));
	ck_assert_ptr_nonnull(valid_bsn("12345678"));
	ck_assert_ptr_nonnull(valid_bsn("1234567822"));
	ck_assert_ptr_nonnull(valid_bsn("12345678a"));
}
END_TEST

START_TEST(text_limits_and_controls)
{
	ck_assert_ptr_null(valid_text("ééééé", strlen("ééééé"), 5, 0));
	ck_assert_ptr_nonnull(valid_text("éééééé", strlen("éééééé"), 5, 0));
	ck_assert_ptr_nonnull(valid_text("a\nb", 3, 10, 0));
	ck_assert_ptr_null(valid_text("a\r\nb", 4, 10, 1));
	ck_assert_ptr_nonnull(valid_text("a\x01" "b", 3, 10, 1));
	ck_assert_ptr_nonnull(valid_text("a\x7f", 2, 10, 1));
	ck_assert_ptr_nonnull(valid_text("\xc3", 1, 10, 0));
	ck_assert_ptr_null(valid_text("<script>'; DROP TABLE x; --", 27, 100,
	    0));
}
END_TEST

START_TEST(ids_and_enums)
{
	static const struct field_choice yn[] = { { "ja", "Ja" },
	    { "nee", "Nee" }, { NULL, NULL } };
	long long id = 0;

	ck_assert_ptr_null(valid_id("42", &id));
	ck_assert_int_eq(id, 42);
	ck_assert_ptr_nonnull(valid_id("0", &id));
	ck_assert_ptr_nonnull(valid_id("-1", &id));
	ck_assert_ptr_nonnull(valid_id("1e3", &id));
	ck_assert_ptr_nonnull(valid_id("99999999999999999999", &id));
	ck_assert_ptr_null(valid_enum("nee", yn));
	ck_assert_ptr_nonnull(valid_enum("misschien", yn));
	ck_assert_ptr_nonnull(valid_enum("", yn));
}
END_TEST

Suite *
valid_suite(void)
{
	Suite *s = suite_create("valid");
	TCase *tc = tcase_create("validators");

	tcase_add_test(tc, dates_must_exist);
	tcase_add_test(tc, date_order);
	tcase_add_test(tc, bsn_eleven_test);
	tcase_add_test(tc, moments_for_as_of);
	tcase_add_test(tc, wgbo_by_age);
	tcase_add_test(tc, phones_and_emails);
	tcase_add_test(tc, agb_codes_of_gps);
	tcase_add_test(tc, child_participation_needs_a_reason);
	tcase_add_test(tc, text_limits_and_controls);
	tcase_add_test(tc, ids_and_enums);
	suite_add_tcase(s, tc);
	return s;
}

/* ---- form_read over a field table ---- */

enum { F_NAME, F_BIRTH, F_BSN, F_NOTE, F__MAX };

static const struct field_def defs[F__MAX] = {
	[F_NAME] = { "name", "Naam", FIELD_TEXT, 1, 10, NULL, NULL },
	[F_BIRTH] = { "birth", "Geboortedatum", FIELD_DATE, 1, 10, NULL, NULL },
	[F_BSN] = { "bsn", "BSN", FIELD_BSN, 0, 11, NULL, NULL },
	[F_NOTE] = { "note", "Notitie", FIELD_MEMO, 0, 20, NULL, NULL },
};

static int
read_body(struct arena *a, const char *body, struct field_value *v)
{
	struct http_params p;

	ck_assert_int_eq(http_parse_urlencoded(a, body, strlen(body), &p),
	    HTTP_PARSE_OK);
	return form_read(a, &p, defs, F__MAX, v);
}

START_TEST(form_accepts_and_normalises)
{
	struct arena a = { 0 };
	struct field_value v[F__MAX];

	ck_assert_int_eq(read_body(&a, "name=+Noor+&birth=29-02-2020&"
	    "bsn=1112.22.333&note=regel+1%0D%0Aregel+2", v), 0);
	ck_assert_str_eq(v[F_NAME].text, "Noor");
	ck_assert_str_eq(v[F_BIRTH].iso, "2020-02-29");
	ck_assert_str_eq(v[F_BSN].text, "111222333");
	ck_assert(v[F_NOTE].present);
	arena_free(&a);
}
END_TEST

START_TEST(form_reports_each_field)
{
	struct arena a = { 0 };
	struct field_value v[F__MAX];

	ck_assert_int_eq(read_body(&a, "name=&birth=2023-02-29&bsn=123456789",
	    v), 3);
	ck_assert_str_eq(v[F_NAME].error, "Vul dit veld in.");
	ck_assert_ptr_nonnull(v[F_BIRTH].error);
	ck_assert_ptr_nonnull(v[F_BSN].error);
	ck_assert_ptr_null(v[F_NOTE].error);
	/* What was typed comes back for redisplay. */
	ck_assert_str_eq(v[F_BIRTH].text, "2023-02-29");
	arena_free(&a);
}
END_TEST

START_TEST(form_refuses_duplicates_and_overlong)
{
	struct arena a = { 0 };
	struct field_value v[F__MAX];

	ck_assert_int_eq(read_body(&a, "name=a&name=b&birth=2020-01-01&"
	    "note=123456789012345678901", v), 2);
	ck_assert_ptr_nonnull(v[F_NAME].error);
	ck_assert_str_eq(v[F_NOTE].error, "Deze tekst is te lang.");
	arena_free(&a);
}
END_TEST

Suite *
form_suite(void)
{
	Suite *s = suite_create("form");
	TCase *tc = tcase_create("form_read");

	tcase_add_test(tc, form_accepts_and_normalises);
	tcase_add_test(tc, form_reports_each_field);
	tcase_add_test(tc, form_refuses_duplicates_and_overlong);
	suite_add_tcase(s, tc);
	return s;
}
