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

/* goal-list: list goals, filtered; CSV for pipes, a table for people. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "list.h"
#include "method.h"

static const char synopsis[] =
    "goal-list [--open | --done | --all] [-k kind] [-p parent] "
    "[--due-before date]\n"
    "          [--overdue] [--progress] [--ids] [--safe] [--no-header]\n"
    "          [--csv | --tsv | --json | --jsonl | --table]";

static const char *const brief[] = { "id", "kind", "status", "due",
    "parent", "title", NULL };

enum { OPT_OPEN = OPT_LOCAL, OPT_DONE, OPT_ALL, OPT_DUE_BEFORE, OPT_OVERDUE,
    OPT_PROGRESS };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "open", no_argument, NULL, OPT_OPEN },
		{ "done", no_argument, NULL, OPT_DONE },
		{ "all", no_argument, NULL, OPT_ALL },
		{ "kind", required_argument, NULL, 'k' },
		{ "parent", required_argument, NULL, 'p' },
		{ "due-before", required_argument, NULL, OPT_DUE_BEFORE },
		{ "overdue", no_argument, NULL, OPT_OVERDUE },
		{ "progress", no_argument, NULL, OPT_PROGRESS },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *status = "open", *kind = NULL, *due;
	long long parent = 0;
	long before = 0, days, today;
	int ch, mode = OUT_AUTO, ids = 0, pflag = 0, table;
	struct progress *p = NULL;
	struct out *o = NULL;
	struct record *r;
	struct table *t;

	while ((ch = getopt_long(argc, argv, "k:p:h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_OPEN: status = "open"; break;
		case OPT_DONE: status = "done"; break;
		case OPT_ALL: status = NULL; break;
		case 'k':
			if ((kind = field_value(GOALS_KIND, optarg)) == NULL)
				career_die();
			break;
		case 'p':
			if ((parent = id_parse(optarg)) == -1)
				career_die();
			break;
		case OPT_DUE_BEFORE:
			if (date_parse(optarg, &before) == -1)
				career_die();
			break;
		case OPT_OVERDUE: before = date_today(); break;
		case OPT_PROGRESS: pflag = 1; break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);

	if ((t = table_open(&schema_goals)) == NULL)
		career_die();
	/* Each file is read once: progress.csv into a map, then the goals. */
	if (pflag && !ids && ((p = progress_latest()) == NULL ||
	    (o = progress_out_open(p, mode, t)) == NULL))
		career_die();
	if (!ids && !pflag)
		o = out_open_table(mode, t, brief);
	today = date_today();
	table = !ids && out_is_table(mode);
	while ((r = table_next(t)) != NULL) {
		if (status != NULL &&
		    strcmp(rec_field(t, r, GOALS_STATUS), status) != 0)
			continue;
		if (kind != NULL &&
		    strcmp(rec_field(t, r, GOALS_KIND), kind) != 0)
			continue;
		if (parent != 0 &&
		    strtoll(rec_field(t, r, GOALS_PARENT), NULL, 10) != parent)
			continue;
		if (before != 0) {
			due = rec_field(t, r, GOALS_DUE);
			if (*due == '\0' || date_parse(due, &days) == -1 ||
			    days >= before)
				continue;
		}
		if (ids) {
			printf("%lld\n", r->id);
			continue;
		}
		/* Marks are colours, for a table only: CSV need not pay. */
		if (table && strcmp(rec_field(t, r, GOALS_STATUS), "open") != 0)
			out_mark(o, OUT_DIM);
		else if (table &&
		    date_parse(rec_field(t, r, GOALS_DUE), &days) == 0 &&
		    days < today)
			out_mark(o, OUT_ALERT);
		if (p != NULL)
			progress_out_record(p, o, r);
		else
			out_record(o, r);
	}
	if (table_error(t))
		career_die();
	if (o != NULL && out_close(o) == -1)
		career_die();
	progress_free(p);
	career_exit(0);
}
