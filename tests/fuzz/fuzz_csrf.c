/*
 * libFuzzer harness: csrf_verify on hostile tokens.  Nothing but a token made
 * with the secret for this user may pass.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "izp.h"

static const char secret[] = "fuzz-secret-fuzz-secret-fuzz-secret!";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char token[CSRF_TOKEN_MAX + 64], real[CSRF_TOKEN_MAX];

	if (size >= sizeof(token))
		return 0;
	memcpy(token, data, size);
	token[size] = '\0';
	if (csrf_verify(secret, "kinderarts", "/kinderen/nieuw", token,
	    1800000000) == 0) {
		if (csrf_token(secret, "kinderarts", "/kinderen/nieuw",
		    (time_t)strtoull(token,
		    NULL, 16), real) != 0 || strcmp(real, token) != 0)
			abort();
	}
	return 0;
}
