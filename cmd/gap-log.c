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

/* gap-log: a gap, its five whys, and the checklist that closes it. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"

static const char synopsis[] =
    "gap-log [-q] [-g goal] [-s source] [-w why]... [-a action] "
    "[-c question]... statement ...\n"
    "gap-log [-q] -C gap question ...\n"
    "gap-log -x gap\n"
    "gap-log -l [--all] [--ids] [--safe] [--no-header]\n"
    "        [--csv | --tsv | --json | --jsonl | --table]\n"
    "gap-log -L [--ids] [--safe] [--no-header]\n"
    "        [--csv | --tsv | --json | --jsonl | --table]";

enum { OPT_ALL = OPT_LOCAL };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "goal", required_argument, NULL, 'g' },
		{ "source", required_argument, NULL, 's' },
		{ "why", required_argument, NULL, 'w' },
		{ "action", required_argument, NULL, 'a' },
		{ "check", required_argument, NULL, 'c' },
		{ "add-check", required_argument, NULL, 'C' },
		{ "close", required_argument, NULL, 'x' },
		{ "list", no_argument, NULL, 'l' },
		{ "questions", no_argument, NULL, 'L' },
		{ "all", no_argument, NULL, OPT_ALL },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct gap g = { .source = "", .action = "" };
	const char *gaparg = NULL;
	char **q = NULL, *s;
	size_t i;
	long long id;
	int ch, cmd = 0, qflag = 0, all = 0, ids = 0, mode = OUT_AUTO, listing;

	while ((ch = getopt_long(argc, argv, "qg:s:w:a:c:C:x:lLh", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'g': g.goal = optarg; break;
		case 's': g.source = optarg; break;
		case 'w':
			if (g.nwhy == GAP_WHYS)
				errx(EX_USAGE, "-w %s: a sixth why; five at "
				    "most, the last is the root cause", optarg);
			g.why[g.nwhy++] = optarg;
			break;
		case 'a': g.action = optarg; break;
		case 'c':
			if ((q = reallocarray(q, g.nquestions + 1,
			    sizeof(*q))) == NULL)
				err(EX_OSERR, NULL);
			q[g.nquestions++] = optarg;
			break;
		case 'C':
		case 'x':
			gaparg = optarg;
			/* FALLTHROUGH */
		case 'l':
		case 'L':
			if (cmd != 0 && cmd != ch)
				career_usage(synopsis, 0);
			cmd = ch;
			break;
		case OPT_ALL: all = 1; break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	g.questions = q;
	listing = cmd == 'l' || cmd == 'L';
	if ((cmd != 0 && (g.goal != NULL || *g.source || g.nwhy ||
	    *g.action || g.nquestions)) ||
	    (!listing && (ids || mode != OUT_AUTO)) || (all && cmd != 'l') ||
	    ((listing || cmd == 'x') && qflag) ||
	    (cmd == 0 || cmd == 'C' ? argc == 0 : argc != 0))
		career_usage(synopsis, 0);
	if (listing) {
		if ((cmd == 'l' ? gap_list(all, mode, ids) :
		    checks_list(mode, ids)) == -1)
			career_die();
		career_exit(0);
	}
	if (cmd == 'x') {
		if (store_lock() == -1 || (id = gap_open(gaparg)) == -1 ||
		    gap_close(id) == -1)
			career_die();
		career_exit(0);
	}

	s = str_join(argc, argv);
	for (i = 0; i < g.nwhy; i++)
		if (*g.why[i] == '\0')
			errx(EX_USAGE, "-w: a why cannot be empty");
	for (i = 0; i < g.nquestions; i++)
		if (*q[i] == '\0')
			errx(EX_USAGE, "-c: a question cannot be empty");
	if (*s == '\0')
		errx(EX_USAGE, "the %s cannot be empty", cmd ? "question" :
		    "statement");
	if (store_lock() == -1)
		career_die();
	if (cmd == 'C') {
		if ((id = gap_open(gaparg)) == -1 ||
		    (id = checks_add(id, &s, 1)) == -1)
			career_die();
	} else {
		g.statement = s;
		if ((id = gap_add(&g)) == -1)
			career_die();
	}
	if (!qflag)
		printf("%lld\n", id);
	career_exit(0);
}
