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
 * journey.c: the store read once for the reports that show the whole
 * journey (agenda, journey-map): the goals with their latest measured
 * progress, the open gaps with their root cause and checklist, and the
 * follow-ups.  The BATNA is no part of it: batna.csv is never opened here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

enum { T_GOALS, T_GAPS, T_FOLLOWS };

static const struct schema *const tables[] = { &schema_goals, &schema_gaps,
    &schema_followups };

static int
cmp_goal(const void *a, const void *b)
{
	const struct jgoal *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

static int
cmp_gap(const void *a, const void *b)
{
	const struct jgap *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

/* By due day, undated (-1) last, then by id. */
static int
by_due(long da, long long ia, long db, long long ib)
{
	if (da != db) {
		if (da == -1 || db == -1)
			return da == -1 ? 1 : -1;
		return da < db ? -1 : 1;
	}
	return ia < ib ? -1 : ia > ib;
}

static int
cmp_follow(const void *a, const void *b)
{
	const struct jfollow *x = a, *y = b;

	return by_due(x->due, x->id, y->due, y->id);
}

int
journey_cmp_due(const void *a, const void *b)
{
	const struct jgoal *x = *(struct jgoal *const *)a;
	const struct jgoal *y = *(struct jgoal *const *)b;

	return by_due(x->due, x->id, y->due, y->id);
}

/* A stored date as a day number, or -1 when empty or not a date. */
static long
day_of(const char *s)
{
	long d;

	if (!date_valid(s) || date_parse(s, &d) == -1)
		return -1;
	return d;
}

static long long
id_of(const char *s)
{
	long long n = strtoll(s, NULL, 10);

	return n > 0 ? n : 0;
}

static void *
alloc(size_t n, size_t size)
{
	void *p;

	if ((p = calloc(n ? n : 1, size)) == NULL)
		career_fail(EX_OSERR, "out of memory");
	return p;
}

static int
load_goals(struct journey *j)
{
	struct table *t = j->t[T_GOALS];
	struct record **r;
	struct jgoal *g;
	size_t n;

	for (n = 0; j->rows[T_GOALS][n] != NULL; n++)
		;
	if ((j->goals = alloc(n, sizeof(*j->goals))) == NULL)
		return -1;
	for (r = j->rows[T_GOALS]; *r != NULL; r++) {
		g = &j->goals[j->ngoals++];
		g->id = (*r)->id;
		g->parent = id_of(rec_field(t, *r, GOALS_PARENT));
		g->kind = rec_field(t, *r, GOALS_KIND);
		g->title = rec_field(t, *r, GOALS_TITLE);
		g->measure = rec_field(t, *r, GOALS_MEASURE);
		g->target = rec_field(t, *r, GOALS_TARGET);
		g->stretch = rec_field(t, *r, GOALS_STRETCH);
		g->status = rec_field(t, *r, GOALS_STATUS);
		g->agreed = rec_field(t, *r, GOALS_AGREED);
		g->due = day_of(rec_field(t, *r, GOALS_DUE));
		g->created = day_of(rec_field(t, *r, GOALS_CREATED));
		g->updated = day_of(rec_field(t, *r, GOALS_UPDATED));
	}
	if (j->ngoals > 0)
		qsort(j->goals, j->ngoals, sizeof(*j->goals), cmp_goal);
	return 0;
}

static int
load_gaps(struct journey *j)
{
	struct table *t = j->t[T_GAPS];
	struct record **r;
	struct jgap *g;
	size_t n;

	for (n = 0; j->rows[T_GAPS][n] != NULL; n++)
		;
	if ((j->gaps = alloc(n, sizeof(*j->gaps))) == NULL)
		return -1;
	for (r = j->rows[T_GAPS]; *r != NULL; r++) {
		if (strcmp(rec_field(t, *r, GAPS_STATUS), "open") != 0)
			continue;
		g = &j->gaps[j->ngaps++];
		g->id = (*r)->id;
		g->goal = id_of(rec_field(t, *r, GAPS_GOAL));
		g->statement = rec_field(t, *r, GAPS_STATEMENT);
		g->cause = gap_root(t, *r);
		g->action = rec_field(t, *r, GAPS_ACTION);
	}
	if (j->ngaps > 0)
		qsort(j->gaps, j->ngaps, sizeof(*j->gaps), cmp_gap);
	return 0;
}

static int
load_follows(struct journey *j)
{
	struct table *t = j->t[T_FOLLOWS];
	struct record **r;
	struct jfollow *f;
	size_t n;

	for (n = 0; j->rows[T_FOLLOWS][n] != NULL; n++)
		;
	if ((j->follows = alloc(n, sizeof(*j->follows))) == NULL)
		return -1;
	for (r = j->rows[T_FOLLOWS]; *r != NULL; r++) {
		f = &j->follows[j->nfollows++];
		f->id = (*r)->id;
		f->goal = id_of(rec_field(t, *r, FOLLOWUPS_GOAL));
		f->with = rec_field(t, *r, FOLLOWUPS_WITH);
		f->note = rec_field(t, *r, FOLLOWUPS_NOTE);
		f->every = rec_field(t, *r, FOLLOWUPS_EVERY);
		f->status = rec_field(t, *r, FOLLOWUPS_STATUS);
		f->due = day_of(rec_field(t, *r, FOLLOWUPS_DUE));
		f->done = day_of(rec_field(t, *r, FOLLOWUPS_DONE));
	}
	if (j->nfollows > 0)
		qsort(j->follows, j->nfollows, sizeof(*j->follows),
		    cmp_follow);
	return 0;
}

static int
cmp_bygap(const void *a, const void *b)
{
	const struct check *x = *(struct check *const *)a;
	const struct check *y = *(struct check *const *)b;

	if (x->gap != y->gap)
		return x->gap < y->gap ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Each gap's questions, found in one sort rather than a scan per gap. */
static int
link_checks(struct journey *j)
{
	struct jgap *g;
	long i, k = 0;
	size_t n;

	if ((j->bygap = alloc(j->nchecks, sizeof(*j->bygap))) == NULL)
		return -1;
	for (i = 0; i < j->nchecks; i++)
		j->bygap[i] = &j->checks[i];
	if (j->nchecks > 0)
		qsort(j->bygap, j->nchecks, sizeof(*j->bygap), cmp_bygap);
	/* Both in gap order: one merge. */
	for (n = 0; n < j->ngaps; n++) {
		g = &j->gaps[n];
		while (k < j->nchecks && j->bygap[k]->gap < g->id)
			k++;
		g->checks = &j->bygap[k];
		while (k < j->nchecks && j->bygap[k]->gap == g->id)
			k++, g->nchecks++;
	}
	return 0;
}

int
journey_load(struct journey *j)
{
	size_t i;

	memset(j, 0, sizeof(*j));
	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		if ((j->t[i] = table_open(tables[i])) == NULL ||
		    table_load(j->t[i], &j->rows[i]) == -1)
			goto fail;
	if (load_goals(j) == -1 || load_gaps(j) == -1 ||
	    load_follows(j) == -1 ||
	    (j->nchecks = checks_active(&j->checks)) == -1 ||
	    link_checks(j) == -1)
		goto fail;
	return 0;
fail:
	journey_free(j);
	return -1;
}

void
journey_free(struct journey *j)
{
	size_t i;

	for (i = 0; i < j->ngoals; i++)
		free(j->goals[i].prev);
	progress_free(j->progress);
	free(j->goals);
	free(j->gaps);
	free(j->bygap);
	free(j->follows);
	if (j->nchecks > 0)
		checks_free(j->checks, j->nchecks);
	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		table_free_rows(j->rows[i]);
		table_close(j->t[i]);
	}
	memset(j, 0, sizeof(*j));
}

struct jgoal *
journey_goal(const struct journey *j, long long id)
{
	struct jgoal key;

	key.id = id;
	if (j->ngoals == 0)
		return NULL;
	return bsearch(&key, j->goals, j->ngoals, sizeof(*j->goals),
	    cmp_goal);
}

/*
 * The latest value of each goal measured before since: what the agenda
 * compares the latest one (progress_latest) against.  One pass.
 */
static int
read_before(struct journey *j, long since)
{
	struct record *r;
	struct table *t;
	struct jgoal *g;
	const char *v;
	char *c;
	long day;
	int rv = 0;

	if ((t = table_open(&schema_progress)) == NULL)
		return -1;
	while (rv == 0 && (r = table_next(t)) != NULL) {
		v = rec_field(t, r, PROGRESS_VALUE);
		/* career-check reports bad dates and unknown goals. */
		day = day_of(rec_field(t, r, PROGRESS_DATE));
		g = journey_goal(j, id_of(rec_field(t, r, PROGRESS_GOAL)));
		if (*v == '\0' || day == -1 || day >= since || g == NULL)
			continue;
		/* The latest wins, and of two on one day the one written last. */
		if (g->prev != NULL && (day < g->prevd ||
		    (day == g->prevd && r->id < g->previd)))
			continue;
		if ((c = strdup(v)) == NULL)
			rv = career_fail(EX_OSERR, "out of memory");
		else {
			free(g->prev);
			g->prev = c;
			g->prevd = day;
			g->previd = r->id;
		}
	}
	if (table_error(t))
		rv = -1;
	table_close(t);
	return rv;
}

int
journey_measure(struct journey *j, long since)
{
	size_t i;

	if ((j->progress = progress_latest()) == NULL)
		return -1;
	for (i = 0; i < j->ngoals; i++)
		j->goals[i].latest = progress_find(j->progress,
		    j->goals[i].id);
	if (since != 0 && read_before(j, since) == -1)
		return -1;
	return checks_history(j->checks, j->nchecks, since);
}

char *
journey_when(long day, long today, char *buf, size_t size)
{
	char span[64];
	long d = day - today, a = d < 0 ? -d : d, n, m;

	if (d == 0) {
		strlcpy(buf, "today", size);
		return buf;
	}
	if (a < 14)
		snprintf(span, sizeof(span), "%ld day%s", a, a == 1 ? "" : "s");
	else if (a < 61)
		snprintf(span, sizeof(span), "%ld weeks", a / 7);
	else if (a < 730)
		snprintf(span, sizeof(span), "%ld months", a * 12 / 365);
	else {
		n = a / 365;
		m = a % 365 * 12 / 365;
		snprintf(span, sizeof(span), "%ld years", n);
		if (m > 0)
			snprintf(span + strlen(span), sizeof(span) -
			    strlen(span), " %ld month%s", m, m == 1 ? "" : "s");
	}
	snprintf(buf, size, d > 0 ? "in %s" : "%s ago", span);
	return buf;
}
