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

/* career-git: run git inside the store, under the writers' lock. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"

static const char synopsis[] = "career-git git-command [argument ...]";

int
main(int argc, char *argv[])
{
	int rv;

	/* Everything after the command name belongs to git. */
	if (argc > 1 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0))
		career_usage(synopsis, 1);
	if (argc > 1 && strcmp(argv[1], "--version") == 0)
		career_version();
	/* The first argument is git's command, never an option of git's. */
	if (argc < 2 || argv[1][0] == '-')
		career_usage(synopsis, 0);
	if (store_lock() == -1)
		career_die();
	if ((rv = history_git(argv + 1, 1)) == -1)
		errx(EX_UNAVAILABLE, "cannot run git");
	if (rv == 0 && strcmp(argv[1], "init") == 0) {
		if (history_init() != 0)
			errx(EX_SOFTWARE, "git init worked, but the first "
			    "commit did not");
	}
	career_exit(rv == 127 ? EX_UNAVAILABLE : rv);
}
