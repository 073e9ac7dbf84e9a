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

/* goal-progress: record a measured value of a goal, or list them. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "list.h"
#include "method.h"

static const char synopsis[] =
    "goal-progress [-q] [-d date] id value [note ...]\n"
    "goal-progress -l [id] [--ids] [--safe] [--no-header]\n"
    "              [--csv | --tsv | --json | --jsonl | --table]";

static const char *const brief[] = { "id", "date", "goal", "value", "note",
    NULL };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "date", required_argument, NULL, 'd' },
		{ "list", no_argument, NULL, 'l' },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *date = NULL;
	char datebuf[11], goalbuf[24];
	struct record *r;
	struct table *t;
	long long goal = 0;
	double value;
	long days;
	int ch, qflag = 0, lflag = 0, ids = 0, mode = OUT_AUTO;

	while ((ch = getopt_long(argc, argv, "qd:lh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'd': date = optarg; break;
		case 'l': lflag = 1; break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (lflag ? argc > 1 || qflag || date != NULL :
	    argc < 2 || ids || mode != OUT_AUTO || out_safe)
		career_usage(synopsis, 0);
	if (lflag) {
		if (argc == 1 &&
		    (goal = ref_check(&schema_goals, "goal", argv[0])) == -1)
			career_die();
		if (out_list(&schema_progress, mode, ids, brief, goal, NULL) ==
		    -1)
			career_die();
		career_exit(0);
	}

	/* Check what was typed before taking the lock. */
	if (id_parse(argv[0]) == -1 || progress_number(argv[1], &value) == -1 ||
	    date_parse(date != NULL ? date : "today", &days) == -1)
		career_die();
	date_fmt(days, datebuf);
	if (store_lock() == -1 ||
	    (goal = ref_check(&schema_goals, "goal", argv[0])) == -1)
		career_die();
	snprintf(goalbuf, sizeof(goalbuf), "%lld", goal);
	if ((t = table_open(&schema_progress)) == NULL ||
	    (r = rec_new(t)) == NULL)
		career_die();
	rec_set(t, r, PROGRESS_GOAL, goalbuf);
	rec_set(t, r, PROGRESS_DATE, datebuf);
	rec_set(t, r, PROGRESS_VALUE, argv[1]);
	rec_set(t, r, PROGRESS_NOTE, str_join(argc - 2, argv + 2));
	rec_set(t, r, PROGRESS_CREATED, date_today_str());
	if (table_append(t, &r, 1) == -1)
		career_die();
	if (!qflag)
		printf("%lld\n", r->id);
	career_exit(0);
}
