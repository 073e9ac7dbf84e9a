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

/* goal-add: add an objective, a goal or a stretch goal to goals.csv. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

static const char synopsis[] =
    "goal-add [-q] [-k kind] [-m measure] [-t target] [-d due] [-p parent] "
    "title ...\n"
    "goal-add [-q] -";

/* Set a checked field of r, or die. */
static void
set(struct table *t, struct record *r, int col, const char *v)
{
	if (rec_put(t, r, col, v) == -1)
		career_die();
}

/* New goals from CSV with a header on stdin: all of them or none. */
static size_t
import(struct table *t, struct record ***recsp)
{
	struct record *in, **recs = NULL;
	struct table *src;
	size_t n = 0;

	if ((src = table_fopen(stdin, "-", &schema_goals)) == NULL)
		career_die();
	while ((in = table_next(src)) != NULL) {
		if ((recs = reallocarray(recs, n + 1, sizeof(*recs))) == NULL ||
		    (recs[n] = rec_new(t)) == NULL)
			career_die();
		set(t, recs[n], GOALS_KIND, "goal");
		set(t, recs[n], GOALS_STATUS, "open");
		set(t, recs[n], GOALS_CREATED, "today");
		if (rec_import(t, recs[n], src, in) == -1)
			career_die();
		set(t, recs[n], GOALS_UPDATED,
		    rec_field(t, recs[n], GOALS_CREATED));
		/* Its fields point into the input row, which the next replaces. */
		if ((in = rec_dup(recs[n])) == NULL)
			career_die();
		rec_free(recs[n]);
		recs[n++] = in;
	}
	if (table_error(src))
		career_die();
	*recsp = recs;
	return n;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "kind", required_argument, NULL, 'k' },
		{ "measure", required_argument, NULL, 'm' },
		{ "target", required_argument, NULL, 't' },
		{ "due", required_argument, NULL, 'd' },
		{ "parent", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *kind = "goal", *measure = "", *target = "", *due = "";
	const char *parent = "", *title;
	struct record **recs, *r;
	struct table *t;
	size_t i, n;
	int ch, qflag = 0;

	while ((ch = getopt_long(argc, argv, "qk:m:t:d:p:h", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'k': kind = optarg; break;
		case 'm': measure = optarg; break;
		case 't': target = optarg; break;
		case 'd': due = optarg; break;
		case 'p': parent = optarg; break;
		default: career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		career_usage(synopsis, 0);
	/* What needs no store is done before the lock, held briefly. */
	title = str_join(argc, argv);

	if (store_lock() == -1 || (t = table_open(&schema_goals)) == NULL)
		career_die();
	if (argc == 1 && strcmp(argv[0], "-") == 0) {
		n = import(t, &recs);
	} else {
		if ((r = rec_new(t)) == NULL)
			career_die();
		set(t, r, GOALS_TITLE, title);
		set(t, r, GOALS_KIND, kind);
		set(t, r, GOALS_MEASURE, measure);
		set(t, r, GOALS_TARGET, target);
		set(t, r, GOALS_DUE, due);
		set(t, r, GOALS_PARENT, parent);
		set(t, r, GOALS_STATUS, "open");
		set(t, r, GOALS_CREATED, "today");
		set(t, r, GOALS_UPDATED, "today");
		recs = &r;
		n = 1;
	}
	if (table_append(t, recs, n) == -1)
		career_die();
	for (i = 0; i < n; i++) {
		if (!qflag)
			printf("%lld\n", recs[i]->id);
		rec_free(recs[i]);
	}
	if (recs != &r)
		free(recs);
	career_exit(0);
}
