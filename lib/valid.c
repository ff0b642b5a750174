/*
 * Validators for the field types of the form tables.  Each returns NULL when
 * the value is acceptable, or the Dutch message the user sees beside the field.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "izp.h"

const char *
valid_text(const char *s, size_t len, size_t max, int multiline)
{
	size_t i;
	unsigned char c;

	if (!http_utf8_valid(s, len))
		return "Deze tekst bevat ongeldige tekens (geen geldige UTF-8).";
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '\t' || (multiline && (c == '\n' || c == '\r')))
			continue;
		if (c < 0x20 || c == 0x7f)
			return multiline ?
			    "Deze tekst bevat niet-toegestane stuurtekens." :
			    "Gebruik hier één regel tekst zonder stuurtekens.";
	}
	if (http_utf8_length(s, len) > max)
		return "Deze tekst is te lang.";
	return NULL;
}

const char *
valid_id(const char *s, long long *out)
{
	long long n = 0;
	const char *p;

	if (*s == '\0')
		return "Kies een geldige waarde.";
	for (p = s; *p != '\0'; p++) {
		if (!isdigit((unsigned char)*p) || n > 100000000000LL)
			return "Kies een geldige waarde.";
		n = n * 10 + (*p - '0');
	}
	if (n <= 0)
		return "Kies een geldige waarde.";
	*out = n;
	return NULL;
}

const char *
valid_enum(const char *s, const struct field_choice *choices)
{
	for (; choices != NULL && choices->code != NULL; choices++)
		if (strcmp(s, choices->code) == 0)
			return NULL;
	return "Kies een van de aangeboden mogelijkheden.";
}

int
date_is_real(int y, int m, int d)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int leap, max;

	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1)
		return 0;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	max = days[m - 1] + (m == 2 && leap);
	return d <= max;
}

static int
parse_digits(const char *s, size_t n, int *out)
{
	size_t i;
	int v = 0;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* ISO (what <input type="date"> sends) or Dutch dd-mm-jjjj as typed. */
const char *
valid_date(const char *s, struct date *out)
{
	struct date d;
	size_t len = strlen(s);

	if (len == 10 && s[4] == '-' && s[7] == '-') {
		if (parse_digits(s, 4, &d.year) || parse_digits(s + 5, 2,
		    &d.month) || parse_digits(s + 8, 2, &d.day))
			return "Geen geldige datum; gebruik dd-mm-jjjj.";
	} else if (len == 10 && (s[2] == '-' || s[2] == '/') && s[5] == s[2]) {
		if (parse_digits(s, 2, &d.day) || parse_digits(s + 3, 2,
		    &d.month) || parse_digits(s + 6, 4, &d.year))
			return "Geen geldige datum; gebruik dd-mm-jjjj.";
	} else
		return "Geen geldige datum; gebruik dd-mm-jjjj.";
	if (!date_is_real(d.year, d.month, d.day))
		return "Deze datum bestaat niet.";
	*out = d;
	return NULL;
}

int
date_compare(const struct date *a, const struct date *b)
{
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (a->month != b->month)
		return a->month < b->month ? -1 : 1;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return 0;
}

/* Now, local time, as "YYYY-MM-DD HH:MM:SS": the moment a printout or the
 * spoedoverzicht reflects.  0, or -1 when the clock cannot be read. */
int
moment_now(char out[20])
{
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL ||
	    strftime(out, 20, "%Y-%m-%d %H:%M:%S", &tm) != 19)
		return -1;
	return 0;
}

struct date
date_today(void)
{
	struct date d = { 1970, 1, 1 };
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) != NULL) {
		d.year = tm.tm_year + 1900;
		d.month = tm.tm_mon + 1;
		d.day = tm.tm_mday;
	}
	return d;
}

/* Nine digits whose weighted sum (9..2, and -1 for the last) is 0 mod 11. */
const char *
valid_bsn(const char *s)
{
	int sum = 0, i;

	if (strlen(s) != 9)
		return "Een BSN heeft 9 cijfers.";
	for (i = 0; i < 9; i++) {
		if (!isdigit((unsigned char)s[i]))
			return "Een BSN bestaat alleen uit cijfers.";
		sum += (s[i] - '0') * (i == 8 ? -1 : 9 - i);
	}
	if (sum == 0 || sum % 11 != 0)
		return "Dit is geen geldig BSN (de elfproef klopt niet).";
	return NULL;
}

/*
 * A moment in the past, for "the plan as it stood then": a date (read as
 * the end of that day) or a date and time as a browser's datetime-local
 * field or a person types it.  Writes "YYYY-MM-DD HH:MM:SS" to out, or
 * an empty string when the moment is now (today as a date).
 */
const char *
valid_moment(const char *s, time_t now, char out[20])
{
	struct date d;
	char day[11];
	int hour = 23, minute = 59, second = 59;
	size_t len = strlen(s);
	struct tm tm;
	time_t t;

	if (len < 10)
		return "Geen geldig moment; gebruik jjjj-mm-ddTuu:mm of dd-mm-jjjj uu:mm.";
	memcpy(day, s, 10);
	day[10] = '\0';
	if (valid_date(day, &d) != NULL)
		return "Geen geldig moment; gebruik jjjj-mm-ddTuu:mm of dd-mm-jjjj uu:mm.";
	if (len > 10) {
		if ((s[10] != 'T' && s[10] != ' ') || (len != 16 && len != 19) ||
		    parse_digits(s + 11, 2, &hour) || s[13] != ':' ||
		    parse_digits(s + 14, 2, &minute) || (len == 19 &&
		    (s[16] != ':' || parse_digits(s + 17, 2, &second))))
			return "Geen geldig moment; gebruik jjjj-mm-ddTuu:mm of dd-mm-jjjj uu:mm.";
		if (len == 16)
			second = 0;
		if (hour > 23 || minute > 59 || second > 59)
			return "Dit tijdstip bestaat niet.";
	}
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = d.year - 1900;
	tm.tm_mon = d.month - 1;
	tm.tm_mday = d.day;
	tm.tm_hour = hour;
	tm.tm_min = minute;
	tm.tm_sec = second;
	tm.tm_isdst = -1;
	if ((t = mktime(&tm)) == (time_t)-1)
		return "Geen geldig moment; gebruik jjjj-mm-ddTuu:mm of dd-mm-jjjj uu:mm.";
	/* The end of today, or a clock a little ahead, means "now": the plan
	 * as it stands, with what changed in this very second, never a moment
	 * still to come. */
	if (t > now + 60 && !(len == 10 && t - now < 86400))
		return "Dat moment ligt in de toekomst.";
	if (t > now) {
		out[0] = '\0';
		return NULL;
	}
	if (strftime(out, 20, "%Y-%m-%d %H:%M:%S", &tm) != 19)
		return "Geen geldig moment; gebruik jjjj-mm-ddTuu:mm of dd-mm-jjjj uu:mm.";
	return NULL;
}

/* Full years of age on a date. */
int
age_on(const struct date *birth, const struct date *on)
{
	int age = on->year - birth->year;

	if (on->month < birth->month || (on->month == birth->month &&
	    on->day < birth->day))
		age--;
	return age;
}

/*
 * Whose agreement a medical decision about a minor needs (WGBO): under 12
 * the parents (or guardian), from 12 to 15 the child and the parents, from
 * 16 the child.  Returns a Dutch message when a required party is missing.
 */
const char *
wgbo_missing(int age, int child_agreed, int parents_agreed)
{
	if (age < 12)
		return parents_agreed ? NULL : "Het kind was jonger dan 12: "
		    "de ouders of de voogd moeten instemmen (WGBO).";
	if (age < 16)
		return child_agreed && parents_agreed ? NULL : "Het kind was "
		    "12 tot en met 15 jaar: het kind én de ouders of de voogd "
		    "moeten allebei instemmen (WGBO).";
	return child_agreed ? NULL : "Het kind was 16 jaar of ouder: het kind "
	    "moet zelf instemmen (WGBO).";
}

/* A phone number as people write it: digits, spaces, + - ( ); 6 to 15
 * digits. */
int
valid_phone(const char *s)
{
	size_t digits = 0;

	for (; *s != '\0'; s++) {
		if (*s >= '0' && *s <= '9')
			digits++;
		else if (strchr(" +-()", *s) == NULL)
			return 0;
	}
	return digits >= 6 && digits <= 15;
}

/*
 * The AGB code of a GP or GP practice (Vektis): 8 digits, of which the
 * first two, the profession, are 01 for huisartsen.
 */
const char *
valid_agb_gp(const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if (!isdigit((unsigned char)s[i]))
			return "Een AGB-code bestaat alleen uit cijfers, zonder "
			    "spaties of streepjes.";
	if (i != 8)
		return "Een AGB-code heeft 8 cijfers.";
	if (s[0] != '0' || s[1] != '1')
		return "De AGB-code van een huisarts of huisartsenpraktijk "
		    "begint met 01.";
	return NULL;
}

/*
 * A delivery outbox: a folder under the configured root (export.outbox_root),
 * written plainly (no empty, "." or ".." parts), so a destination cannot
 * point at another's folder by another spelling, nor anywhere else.
 */
const char *
valid_outbox(const char *root, const char *path)
{
	size_t n = strlen(root);
	const char *p;

	while (n > 1 && root[n - 1] == '/')
		n--;
	if (strncmp(path, root, n) != 0 || path[n] != '/' || path[n + 1] == '\0')
		return "De outbox moet een map binnen de map voor outboxen zijn "
		    "(de instelling export.outbox_root).";
	for (p = path + n; *p != '\0'; ) {
		size_t len;

		p++;	/* the slash */
		len = strcspn(p, "/");
		if (len == 0 || (len == 1 && p[0] == '.') ||
		    (len == 2 && p[0] == '.' && p[1] == '.'))
			return "Schrijf het pad van de outbox zonder lege delen, "
			    "\".\" of \"..\" en zonder / aan het eind.";
		p += len;
	}
	return NULL;
}

/* Plausibly an e-mail address: something@something.something, no spaces. */
int
valid_email(const char *s)
{
	const char *at = strchr(s, '@');

	return at != NULL && at != s && strchr(at + 1, '@') == NULL &&
	    strchr(at + 1, '.') != NULL && at[1] != '.' &&
	    s[strlen(s) - 1] != '.' && strpbrk(s, " \t<>\"") == NULL;
}
