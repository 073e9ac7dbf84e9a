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
 * career-git: run git inside the store, under the writers' lock; and
 * sync the store through a remote (sync.c), with its conflicts
 * (conflicts.c).
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "sync.h"

static const char synopsis[] =
    "career-git [git-option ...] git-command [argument ...]\n"
    "career-git sync [-q] [remote]\n"
    "career-git conflicts [-r id ...]";

/*
 * Git's global options a person may give before git's command: those
 * that take the next argument, and the rest.  Those that would take git
 * out of the store (-C, --git-dir, --work-tree) are not among them.
 */
static const char *const takes_next[] = { "-c", "--config-env",
    "--namespace", NULL };
static const char *const git_options[] = { "-p", "--paginate", "-P",
    "--no-pager", "--no-replace-objects", "--no-lazy-fetch",
    "--no-optional-locks", "--no-advice", "--literal-pathspecs",
    "--glob-pathspecs", "--noglob-pathspecs", "--icase-pathspecs",
    "--exec-path", "--html-path", "--man-path", "--info-path", NULL };

/* The index of git's command in argv, after git's options, or usage. */
static int
git_command(int argc, char *argv[])
{
	char name[32];
	int i;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		strlcpy(name, argv[i], sizeof(name));
		if (strncmp(name, "--", 2) == 0)
			name[strcspn(name, "=")] = '\0';
		if (str_oneof(argv[i], takes_next) && i + 1 < argc)
			i++;
		else if (!str_oneof(name, takes_next) &&
		    !str_oneof(name, git_options)) {
			if (strcmp(name, "-C") == 0 ||
			    strcmp(name, "--git-dir") == 0 ||
			    strcmp(name, "--work-tree") == 0)
				warnx("%s: git runs in the store, %s",
				    argv[i], store_dir());
			career_usage(synopsis, 0);
		}
	}
	return i;
}

int
main(int argc, char *argv[])
{
	int cmd, rv;

	/* Ours only as the first argument; every other one is git's. */
	if (argc > 1 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0))
		career_usage(synopsis, 1);
	if (argc > 1 && strcmp(argv[1], "--version") == 0)
		career_version();
	/* Not git's: git has no command of these names. */
	if (argc > 1 && strcmp(argv[1], "sync") == 0) {
		argv[1] = argv[0];	/* getopt's messages name us */
		sync_main(argc - 1, argv + 1);
	}
	if (argc > 1 && strcmp(argv[1], "conflicts") == 0) {
		argv[1] = argv[0];
		conflicts_main(argc - 1, argv + 1);
	}
	if ((cmd = git_command(argc, argv)) >= argc)
		career_usage(synopsis, 0);	/* no git command */
	if (store_lock() == -1)
		career_die();
	if ((rv = history_git(argv + 1, 1)) == -1)
		errx(EX_UNAVAILABLE, "cannot run git");
	if (rv == 0 && strcmp(argv[cmd], "init") == 0) {
		if (history_init() != 0)
			errx(EX_SOFTWARE, "git init worked, but the first "
			    "commit did not");
		if (sync_setup() == -1)
			career_die();
	}
	career_exit(rv == 127 ? EX_UNAVAILABLE : rv);
}
