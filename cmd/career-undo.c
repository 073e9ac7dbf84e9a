/*
 * Copyright (c) 2026 The career authors
 *
 * Permission to use, copy, modify, and distribute this software for any
 * purpose with or without fee is hereby granted, provided that the above
 * copyright notice and this permission notice appear in all copies.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

/*
 * career-undo: undo the last write the tools made, with a revert commit.
 * Undo again to go further back: commits already undone are skipped.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"

static const char synopsis[] = "career-undo [-n]";

/*
 * The newest commit made by a tool and not undone yet: its hash and
 * subject.  Tool commits carry a "Career-Tool:" trailer, undo commits a
 * "Career-Undo: HASH" one naming what they reverted.
 */
static int
last_write(char *hash, size_t hsize, char *subject, size_t ssize)
{
	char **undone = NULL, *line = NULL, *f[4], *p;
	size_t nundone = 0, cap = 0, i, k;
	int found = 0;
	FILE *fp;

	if (setenv("CAREER_STORE", store_dir(), 1) == -1 ||
	    (fp = popen("git -C \"$CAREER_STORE\" log --format='%H%x09"
	    "%(trailers:key=Career-Tool,valueonly,separator=%x2C)%x09"
	    "%(trailers:key=Career-Undo,valueonly,separator=%x2C)%x09%s' "
	    "2>/dev/null", "r")) == NULL)
		err(EX_OSERR, "git log");
	while (!found && getline(&line, &cap, fp) != -1) {
		line[strcspn(line, "\n")] = '\0';
		for (p = line, k = 0; k < 4; k++)
			f[k] = k < 3 ? strsep(&p, "\t") : p;
		if (f[3] == NULL)
			continue;
		if (*f[2] != '\0') {
			undone = reallocarray(undone, nundone + 1,
			    sizeof(char *));
			if (undone == NULL ||
			    (undone[nundone++] = strdup(f[2])) == NULL)
				err(EX_OSERR, NULL);
			continue;
		}
		if (*f[1] == '\0')
			continue;	/* the user's own commit */
		for (i = 0; i < nundone; i++)
			if (strcmp(f[0], undone[i]) == 0)
				break;
		if (i < nundone)
			continue;
		strlcpy(hash, f[0], hsize);
		strlcpy(subject, f[3], ssize);
		found = 1;
	}
	pclose(fp);
	free(line);
	for (i = 0; i < nundone; i++)
		free(undone[i]);
	free(undone);
	return found;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	char hash[64], subject[512], message[640], trailer[96];
	char *revert[] = { "revert", "--no-commit", hash, NULL };
	char *abort_[] = { "revert", "--abort", NULL };
	char *commit[] = { "commit", "-q", "-m", message, "-m", trailer, NULL };
	int ch, nflag = 0;

	while ((ch = getopt_long(argc, argv, "nh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'n': nflag = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	if (!history_enabled())
		errx(EX_UNAVAILABLE, "%s is not a git work tree, so there is "
		    "no history to undo; start one with: career-git init",
		    store_dir());
	if (store_lock() == -1)
		career_die();
	if (!last_write(hash, sizeof(hash), subject, sizeof(subject)))
		errx(EX_DATAERR, "nothing to undo");
	if (nflag) {
		printf("would undo %.12s %s\n", hash, subject);
		career_exit(0);
	}
	snprintf(message, sizeof(message), "career-undo: %.12s %s", hash,
	    subject);
	snprintf(trailer, sizeof(trailer), "Career-Undo: %s", hash);
	if (history_git(revert, 0) != 0) {
		history_git(abort_, 0);
		errx(EX_DATAERR, "cannot undo %.12s %s: later changes depend "
		    "on it", hash, subject);
	}
	if (history_git(commit, 0) != 0)
		errx(EX_SOFTWARE, "the revert of %.12s is staged but not "
		    "committed", hash);
	printf("undid %.12s %s\n", hash, subject);
	career_exit(0);
}
