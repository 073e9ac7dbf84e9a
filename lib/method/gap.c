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
 * gap.c: the gaps of gaps.csv, step 3 of the method: a gap, the chain of
 * whys that ends at its root cause, and the plan that closes it (an
 * action, and checklist questions kept in checks.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"

/* gap_list's columns: a table's, and those it adds to the file's in CSV. */
static const char *const brief[] = { "id", "goal", "questions", "flag",
    "statement", "root", "action", NULL };
static const char *const derived[] = { "root", "questions", "flag", NULL };

long long
gap_open(const char *arg)
{
	struct record *r;
	struct table *t;
	long long id;

	if ((id = id_parse(arg)) == -1 ||
	    (t = table_open(&schema_gaps)) == NULL)
		return -1;
	if ((r = table_find(t, id)) == NULL) {
		if (!table_error(t))
			career_fail(EX_DATAERR, "gap %s: no such gap", arg);
		id = -1;
	} else if (strcmp(rec_field(t, r, GAPS_STATUS), "open") != 0)
		id = career_fail(EX_DATAERR, "gap %s: already closed (%s)",
		    arg, rec_field(t, r, GAPS_CLOSED));
	table_close(t);
	return id;
}

/* Check what gap_add is given that lives in other files. */
static int
gap_refs(const struct gap *g, char *goal, size_t size)
{
	struct table *t;
	long long id;
	long long rv;

	*goal = '\0';
	if (g->goal != NULL) {
		if ((id = ref_check(&schema_goals, "goal", g->goal)) == -1)
			return -1;
		snprintf(goal, size, "%lld", id);
	}
	/* A source in digits is a record of feedback.csv; else a person. */
	if (*g->source != '\0' && strspn(g->source, "0123456789") ==
	    strlen(g->source) && ref_check(&schema_feedback, "feedback",
	    g->source) == -1)
		return -1;
	/* Refuse a checks.csv that does not parse before the gap is written. */
	if (g->nquestions == 0)
		return 0;
	if ((t = table_open(&schema_checks)) == NULL)
		return -1;
	rv = table_drain(t);
	table_close(t);
	return rv == -1 ? -1 : 0;
}

long long
gap_add(const struct gap *g)
{
	struct record *r = NULL;
	struct table *t;
	char goal[24];
	long long id = -1;
	size_t i;

	if (gap_refs(g, goal, sizeof(goal)) == -1 ||
	    (t = table_open(&schema_gaps)) == NULL)
		return -1;
	if ((r = rec_new(t)) == NULL)
		goto done;
	rec_set(t, r, GAPS_GOAL, goal);
	rec_set(t, r, GAPS_STATEMENT, g->statement);
	rec_set(t, r, GAPS_SOURCE, g->source);
	rec_set(t, r, GAPS_ACTION, g->action);
	rec_set(t, r, GAPS_STATUS, "open");
	rec_set(t, r, GAPS_CREATED, date_today_str());
	for (i = 0; i < g->nwhy; i++)
		rec_set(t, r, GAPS_WHY1 + i, g->why[i]);
	if (table_append(t, &r, 1) == -1 || (g->nquestions > 0 &&
	    checks_add(r->id, g->questions, g->nquestions) == -1))
		goto done;
	id = r->id;
done:
	rec_free(r);
	table_close(t);
	return id;
}

static int
retire(struct table *t, struct record *r, void *arg)
{
	long long gap = *(long long *)arg;

	if (r != NULL && strtoll(rec_field(t, r, CHECKS_GAP), NULL, 10) ==
	    gap && strcmp(rec_field(t, r, CHECKS_STATUS), "active") == 0)
		rec_set(t, r, CHECKS_STATUS, "retired");
	return 0;
}

int
gap_close(long long gap)
{
	const char *names[] = { "status", "closed" };
	const char *values[] = { "closed", date_today_str() };
	struct table *t;
	int rv;

	/*
	 * The questions first: should closing the gap then fail, the gap is
	 * still open and closing it again finishes the job.
	 */
	if ((t = table_open(&schema_checks)) == NULL)
		return -1;
	rv = table_rewrite(t, retire, &gap);
	table_close(t);
	if (rv == -1 || (t = table_open(&schema_gaps)) == NULL)
		return -1;
	rv = table_update(t, &gap, 1, names, values, 2);
	table_close(t);
	return rv;
}

const char *
gap_root(const struct table *t, const struct record *r)
{
	const char *s;
	int c;

	for (c = GAPS_WHY5; c >= GAPS_WHY1; c--)
		if (*(s = rec_field(t, r, c)) != '\0')
			return s;
	return "";
}

/* An open gap with neither an action nor a question has no plan. */
static const char *
flag(const struct table *t, const struct record *r, long questions)
{
	if (strcmp(rec_field(t, r, GAPS_STATUS), "open") == 0 &&
	    questions == 0 && *rec_field(t, r, GAPS_ACTION) == '\0')
		return "no plan";
	return "";
}

/* One row of gap_list: the columns names[n] (col[n] in the file). */
static void
list_row(struct out *o, const struct table *t, const struct record *r,
    const struct check *qs, long nq, const char **names, const int *col,
    const char **vals, long n)
{
	char nbuf[24];
	long i, k;

	/* Active questions are few: every meeting answers them all. */
	for (k = 0, i = 0; i < nq; i++)
		k += qs[i].gap == r->id;
	snprintf(nbuf, sizeof(nbuf), "%ld", k);
	for (i = 0; i < n; i++)
		vals[i] = strcmp(names[i], "root") == 0 ? gap_root(t, r) :
		    strcmp(names[i], "questions") == 0 ? nbuf :
		    strcmp(names[i], "flag") == 0 ? flag(t, r, k) :
		    rec_get(r, col[i]);
	out_row(o, vals);
}

int
gap_list(int all, int mode, int ids)
{
	const char **names = NULL, **vals = NULL;
	struct check *qs;
	struct record *r;
	struct table *t = NULL;
	struct out *o = NULL;
	long nq, i, n = 0;
	int *col = NULL, rv = -1;

	if ((nq = checks_active(&qs)) == -1)
		return -1;
	if ((t = table_open(&schema_gaps)) == NULL)
		goto done;
	/* The file's columns and ours. */
	if ((names = calloc(table_ncols(t) + 4, sizeof(*names))) == NULL ||
	    (vals = calloc(table_ncols(t) + 4, sizeof(*vals))) == NULL ||
	    (col = calloc(table_ncols(t) + 4, sizeof(*col))) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		goto done;
	}
	if (out_is_table(mode))
		for (; brief[n] != NULL; n++)
			names[n] = brief[n];
	else {
		for (; n < (long)table_ncols(t); n++)
			names[n] = table_colname(t, n);
		for (i = 0; derived[i] != NULL; i++)
			names[n++] = derived[i];
	}
	for (i = 0; i < n; i++)
		col[i] = table_col(t, names[i]);
	if (!ids)
		o = out_open(mode, n, names);
	while ((r = table_next(t)) != NULL) {
		if (!all && strcmp(rec_field(t, r, GAPS_STATUS), "open") != 0)
			continue;
		if (ids)
			printf("%lld\n", r->id);
		else
			list_row(o, t, r, qs, nq, names, col, vals, n);
	}
	rv = table_error(t) ? -1 : 0;
	if (o != NULL && out_close(o) == -1)
		rv = -1;
done:
	free(names);
	free(vals);
	free(col);
	table_close(t);
	checks_free(qs, nq);
	return rv;
}
