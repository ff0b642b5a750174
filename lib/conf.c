/*
 * Process configuration: a small "key = value" file read once before the
 * first request (FastCGI parameters die at the next accept, a file does not).
 * Lines starting with '#' are comments.  conf_check knows every key the
 * suite reads (conf/izp.conf.example documents them) and names the first
 * that is missing, unknown or invalid, so a wrong file stops a program at
 * its start with the key in the message, never at a user's request.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "izp.h"

static char *
trim(char *s)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

int
conf_parse(struct conf *c, const char *text)
{
	char *copy, *next, *line, *eq, *key, *value;
	int rc = 0, number = 0;

	/* An editor's UTF-8 byte order mark is not part of the first key. */
	if (strncmp(text, "\xEF\xBB\xBF", 3) == 0)
		text += 3;
	if ((copy = strdup(text)) == NULL)
		return -1;
	for (next = copy; (line = strsep(&next, "\n")) != NULL;) {
		number++;	/* counted as an editor counts them */
		line = trim(line);
		if (*line == '\0' || *line == '#')
			continue;
		if ((eq = strchr(line, '=')) == NULL) {
			c->bad_line = number;
			rc = -1;
			break;
		}
		*eq = '\0';
		key = trim(line);
		value = trim(eq + 1);
		if (c->n == CONF_MAX_ENTRIES) {
			c->too_many = 1;
			rc = -1;
			break;
		}
		c->key[c->n] = strdup(key);
		c->value[c->n] = strdup(value);
		if (c->key[c->n] == NULL || c->value[c->n] == NULL) {
			free(c->key[c->n]);
			free(c->value[c->n]);
			rc = -1;
			break;
		}
		c->n++;
	}
	free(copy);
	return rc;
}

int
conf_load(struct conf *c, const char *path)
{
	struct stat st;
	FILE *f;
	char *text;
	long size = 0;
	int rc = -1;

	if ((f = fopen(path, "r")) == NULL)
		return -1;
	/* A folder opens too; say what it is, not that it is too large. */
	if (fstat(fileno(f), &st) != 0) {
		fclose(f);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		fclose(f);
		return -1;
	}
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
	    size > 65536 || fseek(f, 0, SEEK_SET) != 0) {
		if (size > 65536)
			errno = EFBIG;
		fclose(f);
		return -1;
	}
	if ((text = calloc(1, (size_t)size + 1)) != NULL) {
		if (fread(text, 1, (size_t)size, f) == (size_t)size)
			rc = conf_parse(c, text);
		free(text);
	}
	fclose(f);
	return rc;
}

const char *
conf_get(const struct conf *c, const char *key, const char *fallback)
{
	size_t i;

	/* The last assignment wins, so a local file can override defaults. */
	for (i = c->n; i > 0; i--)
		if (strcmp(c->key[i - 1], key) == 0)
			return c->value[i - 1];
	return fallback;
}

long
conf_get_long(const struct conf *c, const char *key, long fallback)
{
	const char *v = conf_get(c, key, NULL);
	char *end;
	long n;

	if (v == NULL)
		return fallback;
	errno = 0;
	n = strtol(v, &end, 10);
	if (errno != 0 || end == v || *end != '\0')
		return fallback;
	return n;
}

void
conf_free(struct conf *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->key[i]);
		free(c->value[i]);
	}
	c->n = 0;
}

/* Every key the suite reads, with what a valid value is. */
enum conf_kind {
	CONF_TEXT, CONF_NUMBER, CONF_SECRET, CONF_ORIGINS, CONF_PATH,
	CONF_ANCESTORS, CONF_BASE_PATH, CONF_DB_NAME
};

static const struct conf_key {
	const char	*name;
	enum conf_kind	 kind;
	long		 min, max;	/* numbers */
	int		 required;
} conf_keys[] = {
	{ "db.socket", CONF_PATH, 0, 0, 0 },
	{ "db.host", CONF_TEXT, 0, 0, 0 },
	{ "db.port", CONF_NUMBER, 1, 65535, 0 },
	{ "db.name", CONF_DB_NAME, 0, 0, 0 },
	{ "db.timeout", CONF_NUMBER, 1, 60, 0 },
	/* Each program class's account (lib/izp.h IZP_PROGRAM): all are
	 * required, so a missing one stops every program at its start, not
	 * only that class at its first request. */
#define ACCOUNT(class) \
	{ "db.user." class, CONF_TEXT, 0, 0, 1 }, \
	{ "db.password." class, CONF_TEXT, 0, 0, 1 }
	ACCOUNT("read"), ACCOUNT("child"), ACCOUNT("plan"), ACCOUNT("access"),
	ACCOUNT("audit"), ACCOUNT("emergency"), ACCOUNT("export"),
	ACCOUNT("admin"), ACCOUNT("family"),
#undef ACCOUNT
	{ "csrf.secret", CONF_SECRET, 0, 0, 1 },
	{ "site.origin", CONF_ORIGINS, 0, 0, 1 },
	{ "site.frame_ancestors", CONF_ANCESTORS, 0, 0, 0 },
	{ "site.base_path", CONF_BASE_PATH, 0, 0, 0 },
	{ "xslt.dir", CONF_PATH, 0, 0, 0 },
	{ "identity.param", CONF_TEXT, 0, 0, 0 },
	{ "identity.on_behalf_param", CONF_TEXT, 0, 0, 0 },
	{ "identity.family_param", CONF_TEXT, 0, 0, 0 },
	{ "body.max", CONF_NUMBER, 1024, 16 * 1024 * 1024, 0 },
	{ "deadline.warn_days", CONF_NUMBER, 0, 56, 0 },
	{ "deadline.recent_days", CONF_NUMBER, 1, 3650, 0 },
	{ "emergency.minutes", CONF_NUMBER, 1, 24 * 60, 0 },
	{ "limits.review_months", CONF_NUMBER, 1, 120, 0 },
	{ "evaluation.warn_days", CONF_NUMBER, 0, 365, 0 },
	{ "lists.many_from", CONF_NUMBER, 1, 1000000, 0 },
	{ "lists.many_remember_seconds", CONF_NUMBER, 0, 3600, 0 },
	{ "home.page_size", CONF_NUMBER, 1, 1000, 0 },
	{ "worklists.preview", CONF_NUMBER, 1, 1000, 0 },
	{ "worklists.show", CONF_NUMBER, 1, 100000, 0 },
	{ "export.outbox_root", CONF_PATH, 0, 0, 0 },
};
#define NCONF_KEYS (sizeof(conf_keys) / sizeof(conf_keys[0]))

/* The name of the i-th key the suite knows, NULL past the last: for the
 * test that the example lists them all. */
const char *
conf_known_key(size_t i)
{
	return i < NCONF_KEYS ? conf_keys[i].name : NULL;
}

static const struct conf_key *
known_key(const char *name)
{
	size_t i;

	for (i = 0; i < NCONF_KEYS; i++)
		if (strcmp(name, conf_keys[i].name) == 0)
			return &conf_keys[i];
	return NULL;
}

/* The length of o's "https://" or "http://", else 0. */
static size_t
origin_scheme(const char *o)
{
	return strncmp(o, "https://", 8) == 0 ? 8 :
	    strncmp(o, "http://", 7) == 0 ? 7 : 0;
}

/* Is o[0..len) scheme://host[:port], nothing more (no path, query, user
 * or quote)? */
static int
is_origin(const char *o, size_t len)
{
	static const char host[] = "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]";
	size_t scheme = origin_scheme(o);
	size_t i;

	if (scheme == 0 || len == scheme)
		return 0;
	for (i = scheme; i < len; i++)
		if (strchr(host, o[i]) == NULL)
			return 0;
	return 1;
}

/* Why value is not a valid value of key k, or NULL. */
static const char *
invalid_value(const struct conf_key *k, const char *value)
{
	const char *o;
	char *end;
	size_t len;
	long n;

	if (*value == '\0')
		return "is empty";
	if (strncmp(value, "CHANGE-ME", 9) == 0)
		return "still holds the example's placeholder (CHANGE-ME)";
	switch (k->kind) {
	case CONF_NUMBER:
		errno = 0;
		n = strtol(value, &end, 10);
		if (errno != 0 || end == value || *end != '\0')
			return "is not a whole number";
		if (n < k->min || n > k->max)
			return "is out of range";
		return NULL;
	case CONF_SECRET:
		return strlen(value) < 32 ? "is shorter than 32 characters" :
		    NULL;
	case CONF_ORIGINS:
		/* Each one scheme://host[:port], space separated. */
		for (o = value; *(o += strspn(o, " ")) != '\0'; o += len) {
			len = strcspn(o, " ");
			if (!is_origin(o, len))
				return "holds an origin that is not "
				    "http(s)://host[:port]";
		}
		return NULL;
	case CONF_ANCESTORS:
		/* 'none', or 'self' and origins: nothing else reaches the
		 * header (no ';' or ',' to smuggle in another directive). */
		if (strcmp(value, "'none'") == 0)
			return NULL;
		for (o = value; *(o += strspn(o, " ")) != '\0'; o += len) {
			len = strcspn(o, " ");
			if (len == 6 && strncmp(o, "'self'", 6) == 0)
				continue;
			if (!is_origin(o, len))
				return "holds something that is not 'none', "
				    "'self' or http(s)://host[:port]";
		}
		return NULL;
	case CONF_PATH:
		return *value != '/' ? "is not an absolute path" : NULL;
	case CONF_BASE_PATH:
		/* Put in nginx's location regexes and in stylesheet
		 * parameters as it is: nothing there may need quoting. */
		for (o = value; *o == '/'; o += 1 + len) {
			len = strspn(o + 1, "abcdefghijklmnopqrstuvwxyz"
			    "0123456789-_");
			if (len == 0)
				break;
		}
		if (*o != '\0')
			return "is not a path like /zorg/izp (segments of "
			    "a-z, 0-9, - and _; no / at the end)";
		return strlen(value) > 200 ? "is longer than 200 characters" :
		    NULL;
	case CONF_DB_NAME:
		/* sql/grants.sql and tools/izp-migrate name the database. */
		return strcmp(value, "izp") != 0 ? "is not izp (the name "
		    "sql/grants.sql and the migrations use)" : NULL;
	case CONF_TEXT:
		return NULL;
	}
	return NULL;
}

int
conf_check(const struct conf *c, char *why, size_t size)
{
	const struct conf_key *k;
	const char *problem;
	size_t i;

	for (i = 0; i < c->n; i++) {
		if ((k = known_key(c->key[i])) == NULL) {
			snprintf(why, size, "unknown key %s (a typing error? "
			    "conf/izp.conf.example lists every key)",
			    c->key[i]);
			return -1;
		}
		if ((problem = invalid_value(k, c->value[i])) != NULL) {
			snprintf(why, size, "%s %s", c->key[i], problem);
			return -1;
		}
	}
	for (i = 0; i < NCONF_KEYS; i++)
		if (conf_keys[i].required &&
		    conf_get(c, conf_keys[i].name, NULL) == NULL) {
			snprintf(why, size, "%s is missing", conf_keys[i].name);
			return -1;
		}
	return 0;
}
