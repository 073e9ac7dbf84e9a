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

/* meeting-check: answer the checklist after a meeting, and see the trend. */
#include <ctype.h>
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "list.h"
#include "method.h"

static const char synopsis[] =
    "meeting-check [-q] [-d date] [-y id]... [-n id]... [-a answers] "
    "meeting ...\n"
    "meeting-check -r [--all] [--since date] [--ids] [--safe] "
    "[--no-header]\n"
    "              [--csv | --tsv | --json | --jsonl | --table]";

enum { OPT_SINCE = OPT_LOCAL, OPT_ALL };

/* Ask each question on the terminal; end of input leaves the rest unset. */
static void
ask(const struct check *qs, long n, int *ans)
{
	char *line = NULL, *q;
	size_t cap = 0;
	ssize_t len;
	long i;

	for (i = 0; i < n; i++) {
		if ((q = str_display(qs[i].question)) == NULL)
			career_die();
		do {
			fprintf(stderr, "%lld. %s [y/n] ", qs[i].id, q);
			if ((len = getline(&line, &cap, stdin)) == -1) {
				fputc('\n', stderr);
				free(line);
				free(q);
				return;
			}
			while (len > 0 && isspace((unsigned char)line[len - 1]))
				line[--len] = '\0';
		} while ((ans[i] = meeting_yesno(line)) == -1);
		free(q);
	}
	free(line);
}

/* The answers from -a, -y and -n, or from the terminal, into meetings.csv. */
static void
record(const char *date, const char *meeting, const char *a,
    const struct check_given *g, size_t ng, int qflag)
{
	struct check *qs;
	long long id;
	long n, i, yes;
	int *ans, asked;
	char *name;

	if (store_lock() == -1 || (n = checks_active(&qs)) == -1)
		career_die();
	if ((ans = calloc(n + 1, sizeof(*ans))) == NULL)
		err(EX_OSERR, NULL);
	if (meeting_answers(qs, n, a, g, ng, ans) == -1)
		career_die();
	if ((asked = a == NULL && ng == 0 && isatty(STDIN_FILENO) &&
	    isatty(STDOUT_FILENO)))
		ask(qs, n, ans);
	if ((id = meeting_add(date, meeting, qs, n, ans)) == -1)
		career_die();
	for (i = 0, yes = 0; i < n; i++)
		yes += ans[i] != 0;
	free(ans);
	checks_free(qs, n);
	/* A person who answered on the terminal reads what was kept. */
	if (asked && !qflag) {
		if ((name = str_display(meeting)) == NULL)
			err(EX_OSERR, NULL);
		printf("%ld answer%s recorded for %s on %s: %ld yes, %ld no\n",
		    n, n == 1 ? "" : "s", name, date, yes, n - yes);
		free(name);
	}
	/* A script gets the new rows' ids, as from every command that adds. */
	for (i = 0; i < n && !qflag && !asked; i++)
		printf("%lld\n", id + i);
	career_exit(0);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "date", required_argument, NULL, 'd' },
		{ "yes", required_argument, NULL, 'y' },
		{ "no", required_argument, NULL, 'n' },
		{ "answers", required_argument, NULL, 'a' },
		{ "report", no_argument, NULL, 'r' },
		{ "since", required_argument, NULL, OPT_SINCE },
		{ "all", no_argument, NULL, OPT_ALL },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *date = NULL, *a = NULL, *sincearg = NULL, *meeting;
	struct check_given *g = NULL;
	char datebuf[11];
	long days, since = 0;
	size_t ng = 0;
	int ch, qflag = 0, rflag = 0, all = 0, ids = 0, mode = OUT_AUTO;
	int adding;

	while ((ch = getopt_long(argc, argv, "qd:y:n:a:rh", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'd': date = optarg; break;
		case 'y':
		case 'n':
			if ((g = reallocarray(g, ng + 1, sizeof(*g))) == NULL)
				err(EX_OSERR, NULL);
			if ((g[ng].id = id_parse(optarg)) == -1)
				career_die();
			g[ng++].yes = ch == 'y';
			break;
		case 'a': a = optarg; break;
		case 'r': rflag = 1; break;
		case OPT_ALL: all = 1; break;
		case OPT_SINCE:
			if (date_parse(sincearg = optarg, &since) == -1)
				career_die();
			break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	adding = qflag || date != NULL || ng > 0 || a != NULL;
	if (rflag ? argc != 0 || adding : argc == 0 || sincearg != NULL ||
	    ids || all || mode != OUT_AUTO)
		career_usage(synopsis, 0);
	if (rflag) {
		if (meeting_report(since, all, mode, ids) == -1)
			career_die();
		career_exit(0);
	}

	if (a != NULL && ng > 0)
		errx(EX_USAGE, "-a answers every question; it does not mix "
		    "with -y and -n");
	if (date_parse(date != NULL ? date : "today", &days) == -1)
		career_die();
	if (*(meeting = str_join(argc, argv)) == '\0')
		errx(EX_USAGE, "the meeting cannot be empty");
	record(date_fmt(days, datebuf), meeting, a, g, ng, qflag);
}
