/*
 * Building the XML model of a resource with libxml2.  Text and attribute
 * values are always set as data (escaped on output), never parsed as markup.
 * Rows from the database become elements whose attributes are named after the
 * SQL column aliases, so a query and its XML are declared in one place.
 */
#include <stdio.h>
#include <string.h>

#include "izp.h"

xmlNodePtr
xml_child(xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, NULL, (const xmlChar *)name, NULL);
}

xmlNodePtr
xml_text_child(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, (const xmlChar *)name,
	    (const xmlChar *)(text != NULL ? text : ""));
}

void
xml_attr(xmlNodePtr node, const char *name, const char *value)
{
	if (node != NULL && value != NULL)
		xmlNewProp(node, (const xmlChar *)name, (const xmlChar *)value);
}

void
xml_attr_int(xmlNodePtr node, const char *name, long long value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", value);
	xml_attr(node, name, buf);
}

/* One element per row; column "given_name" becomes attribute "given-name". */
void
xml_rows(xmlNodePtr parent, const char *element, const struct db_rows *rows,
    size_t row)
{
	xmlNodePtr node;
	char name[64];
	size_t c, i;

	if (row >= rows->nrows)
		return;
	node = xml_child(parent, element);
	for (c = 0; c < rows->ncols; c++) {
		if (db_cell(rows, row, c) == NULL)
			continue;
		for (i = 0; rows->names[c][i] != '\0' && i + 1 < sizeof(name);
		    i++)
			name[i] = rows->names[c][i] == '_' ? '-' :
			    rows->names[c][i];
		name[i] = '\0';
		xml_attr(node, name, db_cell(rows, row, c));
	}
}

/* A list element holding one item element per row; returns the list. */
xmlNodePtr
xml_list(xmlNodePtr parent, const char *list, const char *item,
    const struct db_rows *rows)
{
	xmlNodePtr node = xml_child(parent, list);
	size_t i;

	for (i = 0; i < rows->nrows; i++)
		xml_rows(node, item, rows, i);
	return node;
}
