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

/* resume-bullets: wins and goals reached, as resume bullet points. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

static const char synopsis[] =
    "resume-bullets [--since date] [-g goal] [--markdown]";

enum { OPT_SINCE = OPT_LOCAL, OPT_MARKDOWN };

static struct bullet *bullets;
static size_t nbullets, capbullets;
/* With -g: the goal and the goals under it, sorted. */
static long long *scope;
static size_t nscope;
static char since[11];

/* Room for one more bullet. */
static struct bullet *
more(void)
{
	if (nbullets == capbullets) {
		capbullets = capbullets ? capbullets * 2 : 64;
		if ((bullets = reallocarray(bullets, capbullets,
		    sizeof(*bullets))) == NULL)
			err(EX_OSERR, NULL);
	}
	return &bullets[nbullets];
}

static int
cmpid(const void *a, const void *b)
{
	const long long *x = a, *y = b;

	return *x < *y ? -1 : *x > *y;
}

static int
in_scope(long long id)
{
	return scope == NULL || bsearch(&id, scope, nscope, sizeof(*scope),
	    cmpid) != NULL;
}

/* The goals done (on or after since), and with -g, the scope. */
static void
goals(long long goal, const struct progress *p)
{
	const struct progress_entry *e;
	const char *updated;
	struct record *r;
	struct table *t;

	if ((t = table_open(&schema_goals)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL) {
		if (goal != 0) {
			if (r->id != goal && strtoll(rec_field(t, r,
			    GOALS_PARENT), NULL, 10) != goal)
				continue;
			if ((scope = reallocarray(scope, nscope + 1,
			    sizeof(*scope))) == NULL)
				err(EX_OSERR, NULL);
			scope[nscope++] = r->id;
		}
		updated = rec_field(t, r, GOALS_UPDATED);
		if (strcmp(rec_field(t, r, GOALS_STATUS), "done") != 0 ||
		    strcmp(updated, since) < 0)
			continue;
		e = progress_find(p, r->id);
		if (resume_goal(more(), r->id, updated,
		    rec_field(t, r, GOALS_TITLE),
		    rec_field(t, r, GOALS_MEASURE), e != NULL ? e->value : "",
		    rec_field(t, r, GOALS_TARGET),
		    rec_field(t, r, GOALS_STRETCH)) == -1)
			career_die();
		nbullets++;
	}
	if (table_error(t))
		career_die();
	table_close(t);
	if (goal != 0)
		qsort(scope, nscope, sizeof(*scope), cmpid);
}

static void
wins(void)
{
	struct record *r;
	struct table *t;
	const char *date;

	if ((t = table_open(&schema_wins)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL) {
		date = rec_field(t, r, WINS_DATE);
		if (!in_scope(strtoll(rec_field(t, r, WINS_GOAL), NULL, 10)) ||
		    strcmp(date, since) < 0)
			continue;
		if (resume_win(more(), r->id, date, rec_field(t, r, WINS_WHAT),
		    rec_field(t, r, WINS_METRIC)) == -1)
			career_die();
		nbullets++;
	}
	if (table_error(t))
		career_die();
	table_close(t);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "since", required_argument, NULL, OPT_SINCE },
		{ "goal", required_argument, NULL, 'g' },
		{ "markdown", no_argument, NULL, OPT_MARKDOWN },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *goalarg = NULL;
	struct progress *p;
	long long goal = 0;
	size_t i;
	long days;
	int ch, markdown = 0;
	char *line;

	while ((ch = getopt_long(argc, argv, "g:h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_SINCE:
			if (date_parse(optarg, &days) == -1)
				career_die();
			date_fmt(days, since);
			break;
		case 'g': goalarg = optarg; break;
		case OPT_MARKDOWN: markdown = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	if (goalarg != NULL &&
	    (goal = ref_check(&schema_goals, "goal", goalarg)) == -1)
		career_die();

	if ((p = progress_latest()) == NULL)
		career_die();
	goals(goal, p);
	progress_free(p);
	wins();
	resume_sort(bullets, nbullets);
	for (i = 0; i < nbullets; i++) {
		if ((line = resume_format(&bullets[i], markdown)) == NULL)
			career_die();
		puts(line);
		free(line);
	}
	resume_free(bullets, nbullets);
	free(scope);
	career_exit(0);
}
