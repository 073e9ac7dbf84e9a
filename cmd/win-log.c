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

/* win-log: record an accomplishment and its number, or list them. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"

static const char synopsis[] =
    "win-log [-q] [-g goal] [-d date] [-m metric] what ...\n"
    "win-log -l [-g goal] [--ids] [--safe] [--no-header]\n"
    "        [--csv | --tsv | --json | --jsonl | --table]";

static const char *const brief[] = { "id", "date", "goal", "what", "metric",
    NULL };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "goal", required_argument, NULL, 'g' },
		{ "date", required_argument, NULL, 'd' },
		{ "metric", required_argument, NULL, 'm' },
		{ "list", no_argument, NULL, 'l' },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *date = NULL, *goalarg = NULL, *metric = NULL, *what;
	struct record *r;
	struct table *t;
	long long goal = 0;
	int ch, qflag = 0, lflag = 0, ids = 0, mode = OUT_AUTO;

	while ((ch = getopt_long(argc, argv, "qg:d:m:lh", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'g': goalarg = optarg; break;
		case 'd': date = optarg; break;
		case 'm': metric = optarg; break;
		case 'l': lflag = 1; break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (lflag ? argc != 0 || qflag || date != NULL || metric != NULL :
	    argc == 0 || ids || mode != OUT_AUTO || out_safe)
		career_usage(synopsis, 0);
	if (lflag) {
		if (goalarg != NULL &&
		    (goal = ref_check(&schema_goals, "goal", goalarg)) == -1)
			career_die();
		if (out_list(&schema_wins, mode, ids, brief, goal, NULL) == -1)
			career_die();
		career_exit(0);
	}

	what = str_join(argc, argv);
	if (metric == NULL)
		metric = "";
	if (store_lock() == -1 || (t = table_open(&schema_wins)) == NULL ||
	    (r = rec_new(t)) == NULL ||
	    rec_put(t, r, WINS_GOAL, goalarg ? goalarg : "") == -1 ||
	    rec_put(t, r, WINS_DATE, date ? date : "today") == -1 ||
	    rec_put(t, r, WINS_WHAT, what) == -1 ||
	    rec_put(t, r, WINS_METRIC, metric) == -1 ||
	    rec_put(t, r, WINS_CREATED, "today") == -1 ||
	    table_append(t, &r, 1) == -1)
		career_die();
	/* Advice, not refusal: resume-bullets lists it last, with a note. */
	if (!resume_has_number(what) && !resume_has_number(metric))
		warnx("win %lld has no number; a resume bullet needs one: how "
		    "many, how much, how fast (-m)", r->id);
	if (!qflag)
		printf("%lld\n", r->id);
	career_exit(0);
}
