/*
 * make bench's amendments: the form token of each path read from stdin
 * (one per line), for the user named and the secret in BENCH_SECRET, as
 * the site's forms carry them (lib/csrf.c).  Prints "path TAB token".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "izp.h"

int
main(int argc, char *argv[])
{
	const char *secret = getenv("BENCH_SECRET");
	char line[512], token[CSRF_TOKEN_MAX];
	time_t now = time(NULL);

	if (argc != 2 || secret == NULL) {
		fprintf(stderr, "usage: BENCH_SECRET=... bench-tokens USER "
		    "< paths\n");
		return 2;
	}
	while (fgets(line, sizeof(line), stdin) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (csrf_token(secret, argv[1], line, now, token) != 0)
			return 1;
		if (printf("%s\t%s\n", line, token) < 0)
			return 1;
	}
	return ferror(stdin) || fflush(stdout) != 0 ? 1 : 0;
}
