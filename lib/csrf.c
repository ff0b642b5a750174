/*
 * CSRF tokens: "<issued, hex>.<HMAC-SHA256(secret, user NUL action NUL
 * issued)>".  A token is bound to one user and to the form it was issued
 * for (the path it posts to), expires after CSRF_LIFETIME, and needs no
 * server-side state, so any worker process can check any form.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "izp.h"

static int
mac_hex(const char *secret, const char *user, const char *action,
    const char *issued, char out[65])
{
	unsigned char msg[1024], md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0, i;
	size_t ulen = strlen(user), alen = strlen(action), ilen = strlen(issued);

	if (secret == NULL || strlen(secret) < 16 ||
	    ulen + alen + ilen + 2 > sizeof(msg))
		return -1;
	memcpy(msg, user, ulen);
	msg[ulen] = '\0';
	memcpy(msg + ulen + 1, action, alen);
	msg[ulen + 1 + alen] = '\0';
	memcpy(msg + ulen + alen + 2, issued, ilen);
	if (HMAC(EVP_sha256(), secret, (int)strlen(secret), msg,
	    ulen + alen + 2 + ilen, md, &mdlen) == NULL || mdlen != 32)
		return -1;
	for (i = 0; i < mdlen; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	return 0;
}

int
csrf_token(const char *secret, const char *user, const char *action,
    time_t now, char out[CSRF_TOKEN_MAX])
{
	char issued[17], mac[65];

	if (user == NULL || action == NULL)
		return -1;
	snprintf(issued, sizeof(issued), "%" PRIx64, (uint64_t)now);
	if (mac_hex(secret, user, action, issued, mac) != 0)
		return -1;
	snprintf(out, CSRF_TOKEN_MAX, "%s.%s", issued, mac);
	return 0;
}

int
csrf_verify(const char *secret, const char *user, const char *action,
    const char *token, time_t now)
{
	char issued[17], mac[65];
	const char *dot;
	char *end;
	unsigned long long t;
	size_t ilen;

	if (token == NULL || user == NULL || action == NULL ||
	    (dot = strchr(token, '.')) == NULL)
		return -1;
	ilen = (size_t)(dot - token);
	if (ilen == 0 || ilen >= sizeof(issued) || strlen(dot + 1) != 64)
		return -1;
	memcpy(issued, token, ilen);
	issued[ilen] = '\0';
	t = strtoull(issued, &end, 16);
	if (*end != '\0' || strspn(issued, "0123456789abcdef") != ilen)
		return -1;
	/* Allow a little clock skew between worker hosts, no more. */
	if ((long long)t > (long long)now + 300 ||
	    (long long)t + CSRF_LIFETIME < (long long)now)
		return -1;
	if (mac_hex(secret, user, action, issued, mac) != 0)
		return -1;
	return CRYPTO_memcmp(mac, dot + 1, 64) == 0 ? 0 : -1;
}

int
random_hex(char *out, size_t nbytes)
{
	unsigned char buf[64];
	size_t i;

	if (nbytes > sizeof(buf) ||
	    getrandom(buf, nbytes, 0) != (ssize_t)nbytes)
		return -1;
	for (i = 0; i < nbytes; i++)
		snprintf(out + 2 * i, 3, "%02x", buf[i]);
	return 0;
}
