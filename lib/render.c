/*
 * Rendering: every stylesheet is parsed once at start-up; each request gets a
 * fresh transform context with forbid-all security preferences, and the
 * result, context and input are freed per request.  The raw XML view skips
 * the stylesheet.  Escaping is the stylesheet's job alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libexslt/exslt.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "izp.h"

#define RENDER_MAX_SHEETS 16

static struct {
	size_t			 n;
	char			*name[RENDER_MAX_SHEETS];
	char			*type[RENDER_MAX_SHEETS];	/* Content-Type */
	xsltStylesheetPtr	 sheet[RENDER_MAX_SHEETS];
	xsltSecurityPrefsPtr	 prefs;
	/* The names of the sheets and of every document: one copy each, and
	 * XPath's name tests compare pointers first. */
	xmlDictPtr		 dict;
} render;

static int
forbid_all(xsltSecurityPrefsPtr prefs)
{
	return xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE,
	    xsltSecurityForbid) |
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE,
	    xsltSecurityForbid) |
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY,
	    xsltSecurityForbid) |
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK,
	    xsltSecurityForbid) |
	    xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK,
	    xsltSecurityForbid);
}

/*
 * What a sheet's output is: its xsl:output media-type (a FHIR message says
 * application/fhir+xml), else XML for method="xml" (a message), else HTML.
 */
static char *
content_type_of(xsltStylesheetPtr sheet)
{
	const char *media = "text/html";
	char *type;

	if (sheet->mediaType != NULL)
		media = (const char *)sheet->mediaType;
	else if (sheet->method != NULL &&
	    xmlStrEqual(sheet->method, BAD_CAST "xml"))
		media = "application/xml";
	if ((type = malloc(strlen(media) + sizeof("; charset=utf-8"))) == NULL)
		return NULL;
	strcpy(type, media);
	strcat(type, "; charset=utf-8");
	return type;
}

/* A sheet parsed into render.dict. */
static xmlDocPtr
read_sheet(const char *path)
{
	xmlParserCtxtPtr parser = xmlNewParserCtxt();
	xmlDocPtr doc;

	if (parser == NULL)
		return NULL;
	xmlDictFree(parser->dict);
	parser->dict = render.dict;
	xmlDictReference(render.dict);
	doc = xmlCtxtReadFile(parser, path, NULL, XML_PARSE_NONET);
	xmlFreeParserCtxt(parser);
	return doc;
}

/* A document to render, whose names are the sheets' own strings. */
xmlDocPtr
render_new_doc(void)
{
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");

	if (doc != NULL && render.dict != NULL) {
		doc->dict = render.dict;
		xmlDictReference(render.dict);
	}
	return doc;
}

/* Parse all sheets first (imports need the files), then forbid. */
int
render_init(const char *dir, const char *const *sheets, size_t n)
{
	char path[4096];
	xmlDocPtr doc;
	size_t i;

	if (n > RENDER_MAX_SHEETS)
		return -1;
	/* exsl:node-set only: a message is built whole, then selected from. */
	exsltCommonRegister();
	xmlSubstituteEntitiesDefault(0);
	xmlLoadExtDtdDefaultValue = 0;
	if (render.dict == NULL && (render.dict = xmlDictCreate()) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir,
		    sheets[i]) >= sizeof(path))
			return -1;
		if ((doc = read_sheet(path)) == NULL)
			return -1;
		if ((render.sheet[i] = xsltParseStylesheetDoc(doc)) == NULL) {
			xmlFreeDoc(doc);
			return -1;
		}
		render.n = i + 1;
		if ((render.name[i] = strdup(sheets[i])) == NULL ||
		    (render.type[i] = content_type_of(render.sheet[i])) == NULL)
			return -1;
	}
	if ((render.prefs = xsltNewSecurityPrefs()) == NULL ||
	    forbid_all(render.prefs) != 0)
		return -1;
	xsltSetDefaultSecurityPrefs(render.prefs);
	return 0;
}

void
render_cleanup(void)
{
	size_t i;

	for (i = 0; i < render.n; i++) {
		xsltFreeStylesheet(render.sheet[i]);
		free(render.name[i]);
		free(render.type[i]);
	}
	render.n = 0;
	if (render.prefs != NULL) {
		xsltSetDefaultSecurityPrefs(NULL);
		xsltFreeSecurityPrefs(render.prefs);
		render.prefs = NULL;
	}
	xmlDictFree(render.dict);
	render.dict = NULL;
}

int
render_find(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < render.n; i++)
		if (strcmp(render.name[i], name) == 0)
			return (int)i;
	return -1;
}

/*
 * sheet < 0 gives the XML itself.  params are already quoted XPath
 * string literals (xsltQuoteOneUserParam) or NULL.  *out is xmlFree'd by the
 * caller.
 */
int
render_to_buffer(xmlDocPtr doc, int sheet, const char **params,
    xmlChar **out, int *len, const char **content_type)
{
	xsltTransformContextPtr ctxt;
	xmlDocPtr result;
	int rc;

	*out = NULL;
	*len = 0;
	if (sheet < 0 || (size_t)sheet >= render.n) {
		xmlDocDumpFormatMemoryEnc(doc, out, len, "UTF-8", 1);
		*content_type = "application/xml; charset=utf-8";
		return *out == NULL ? -1 : 0;
	}
	if ((ctxt = xsltNewTransformContext(render.sheet[sheet], doc)) == NULL)
		return -1;
	if (xsltSetCtxtSecurityPrefs(render.prefs, ctxt) != 0) {
		xsltFreeTransformContext(ctxt);
		return -1;
	}
	result = xsltApplyStylesheetUser(render.sheet[sheet], doc, params,
	    NULL, NULL, ctxt);
	if (result == NULL || ctxt->state != XSLT_STATE_OK) {
		xmlFreeDoc(result);
		xsltFreeTransformContext(ctxt);
		return -1;
	}
	rc = xsltSaveResultToString(out, len, result, render.sheet[sheet]);
	xmlFreeDoc(result);
	xsltFreeTransformContext(ctxt);
	if (rc != 0 || *out == NULL)
		return -1;
	*content_type = render.type[sheet];
	return 0;
}
