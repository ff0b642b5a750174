/*
 * Rendering: the real stylesheets turn the XML model into HTML with every
 * user string escaped, the XML view is the model itself, and a stylesheet
 * cannot read files.
 */
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "izp.h"
#include "unit.h"

static const char *const sheets[] = { "xslt/html/main.xsl",
    "tests/unit/data/read-file.xsl" };

static void
setup(void)
{
	const char *dir = getenv("IZP_SOURCE_DIR");

	ck_assert_msg(dir != NULL, "IZP_SOURCE_DIR not set");
	ck_assert_int_eq(render_init(dir, sheets, 2), 0);
}

static void
teardown(void)
{
	render_cleanup();
}

static xmlDocPtr
page_with_child(const char *given)
{
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr root = xmlNewNode(NULL, (const xmlChar *)"izp"), sess, p, c;

	xmlDocSetRootElement(doc, root);
	xml_attr(root, "page", "plan");
	sess = xml_child(root, "session");
	xml_attr(sess, "name", "Zoë <b>");
	xml_attr(sess, "role", "kinderarts");
	c = xml_child(root, "child");
	xml_attr(c, "given-name", given);
	xml_attr(c, "family-name", "Fictief");
	xml_attr(c, "birth-date", "2020-02-29");
	p = xml_child(root, "plan");
	xml_attr(p, "status", "concept");
	xml_attr(p, "parents-present", "\"Moeder\" & 'vader'");
	return doc;
}

START_TEST(html_escapes_user_text)
{
	xmlDocPtr doc = page_with_child("<script>alert(1)</script>");
	xmlChar *out = NULL;
	const char *type = NULL;
	int len = 0;

	ck_assert_int_eq(render_to_buffer(doc, render_find(sheets[0]), NULL,
	    &out, &len, &type), 0);
	ck_assert_str_eq(type, "text/html; charset=utf-8");
	ck_assert_ptr_null(strstr((char *)out, "<script>"));
	ck_assert_ptr_nonnull(strstr((char *)out, "&lt;script&gt;alert(1)"));
	ck_assert_ptr_null(strstr((char *)out, "Zoë <b>"));
	ck_assert_ptr_nonnull(strstr((char *)out, "29-02-2020"));
	ck_assert_ptr_nonnull(strstr((char *)out, "<html lang=\"nl\">"));
	xmlFree(out);
	xmlFreeDoc(doc);
}
END_TEST

START_TEST(xml_view_is_the_model)
{
	xmlDocPtr doc = page_with_child("Noor & <Sem>");
	xmlChar *out = NULL;
	const char *type = NULL;
	int len = 0;

	ck_assert_int_eq(render_to_buffer(doc, -1, NULL, &out, &len, &type), 0);
	ck_assert_str_eq(type, "application/xml; charset=utf-8");
	ck_assert_ptr_nonnull(strstr((char *)out,
	    "given-name=\"Noor &amp; &lt;Sem&gt;\""));
	xmlFree(out);
	xmlFreeDoc(doc);
}
END_TEST

START_TEST(stylesheets_cannot_read_files)
{
	xmlDocPtr doc = page_with_child("x");
	xmlChar *out = NULL;
	const char *type = NULL;
	int len = 0, rc;

	ck_assert_int_ge(render_find(sheets[1]), 0);
	rc = render_to_buffer(doc, render_find(sheets[1]), NULL, &out, &len,
	    &type);
	ck_assert(rc != 0 || strstr((char *)out, "GEHEIM") == NULL);
	xmlFree(out);
	xmlFreeDoc(doc);
}
END_TEST

START_TEST(unknown_sheet_is_not_found)
{
	ck_assert_int_lt(render_find("html/none.xsl"), 0);
	ck_assert_int_lt(render_find(NULL), 0);
}
END_TEST

Suite *
render_suite(void)
{
	Suite *s = suite_create("render");
	TCase *tc = tcase_create("render");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, html_escapes_user_text);
	tcase_add_test(tc, xml_view_is_the_model);
	tcase_add_test(tc, stylesheets_cannot_read_files);
	tcase_add_test(tc, unknown_sheet_is_not_found);
	suite_add_tcase(s, tc);
	return s;
}
