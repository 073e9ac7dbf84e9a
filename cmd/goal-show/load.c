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
 * load.c: the store read once for goal-show: every goal (a goal's
 * objective and an objective's sub-goals are goals too), then of each
 * other file only the rows about the goals asked, and the questions of
 * their gaps with the trend of their answers.  batna.csv is read for
 * its content only when --batna asks; else only whether a goal has one.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"
#include "show.h"

static const struct {
	const struct schema *s;
	const char *section;
	int goalcol, datecol;
} parts[P_N] = {
	{ &schema_feedback, "feedback", FEEDBACK_GOAL, FEEDBACK_DATE },
	{ &schema_gaps, "gap", GAPS_GOAL, 0 },
	{ &schema_progress, "progress", PROGRESS_GOAL, PROGRESS_DATE },
	{ &schema_wins, "win", WINS_GOAL, WINS_DATE },
	{ &schema_followups, "follow-up", FOLLOWUPS_GOAL, FOLLOWUPS_DUE },
	{ &schema_batna, "batna", BATNA_GOAL, 0 },
};

/* An id as stored; anything else is no id (career-check reports it). */
static long long
id_of(const char *s)
{
	long long n = strtoll(s, NULL, 10);

	return n > 0 ? n : 0;
}

static int
cmp_id(const void *a, const void *b)
{
	const struct record *x = *(struct record *const *)a;
	const struct record *y = *(struct record *const *)b;

	return x->id < y->id ? -1 : x->id > y->id;
}

/* qsort has no argument: the part being sorted. */
static const struct part *sorting;

/* By date (YYYY-MM-DD compares as text; none first), then by id. */
static int
cmp_date(const void *a, const void *b)
{
	const struct record *x = *(struct record *const *)a;
	const struct record *y = *(struct record *const *)b;
	int c;

	if (sorting->datecol != 0 && (c = strcmp(rec_field(sorting->t, x,
	    sorting->datecol), rec_field(sorting->t, y, sorting->datecol))))
		return c;
	return cmp_id(a, b);
}

long long
show_of(const struct part *p, const struct record *r)
{
	return id_of(rec_field(p->t, r, p->goalcol));
}

long long
show_parent(const struct show *v, const struct record *g)
{
	return id_of(rec_field(v->goals, g, GOALS_PARENT));
}

struct record *
show_goal(const struct show *v, long long id)
{
	struct record key, *k = &key, **r;

	key.id = id;
	if (v->ng == 0)
		return NULL;
	r = bsearch(&k, v->g, v->ng, sizeof(*v->g), cmp_id);
	return r != NULL ? *r : NULL;
}

/* The rows of p about the goals in set, in date order. */
static int
load_part(struct part *p, const struct idset *set, int current)
{
	struct record *r, **nr;
	size_t cap = 0;

	if ((p->t = table_open(p->s)) == NULL)
		return -1;
	while ((r = table_next(p->t)) != NULL) {
		if (!idset_has(set, show_of(p, r)))
			continue;
		/* What batna-set -l shows: the current ones. */
		if (current && strcmp(rec_field(p->t, r, BATNA_STATUS),
		    "current") != 0)
			continue;
		if (p->n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nr = reallocarray(p->rows, cap,
			    sizeof(*nr))) == NULL)
				err(EX_OSERR, NULL);
			p->rows = nr;
		}
		if ((p->rows[p->n++] = rec_dup(r)) == NULL)
			return -1;
	}
	if (table_error(p->t))
		return -1;
	sorting = p;
	if (p->n > 0)
		qsort(p->rows, p->n, sizeof(*p->rows), cmp_date);
	return 0;
}

/* The questions of the gaps kept, with what their answers say. */
static int
load_checks(struct show *v)
{
	const struct part *p = &v->p[P_GAPS];
	struct idset gaps = { NULL, 0, 0, 0 };
	long i, n, k = 0;
	size_t j;

	for (j = 0; j < p->n; j++)
		if (idset_add(&gaps, p->rows[j]->id) == -1)
			return -1;
	if ((n = checks_load(&v->qs, 1)) == -1)
		return -1;
	/* Only those: the answers to the others are not read. */
	for (i = 0; i < n; i++)
		if (idset_has(&gaps, v->qs[i].gap))
			v->qs[k++] = v->qs[i];
		else
			free(v->qs[i].question);
	free(gaps.v);
	v->nq = k;
	return checks_history(v->qs, v->nq, 0);
}

int
show_load(struct show *v, const long long *ids, size_t n, int batna)
{
	struct idset set = { NULL, 0, 0, 0 };
	size_t i;

	memset(v, 0, sizeof(*v));
	v->batna = batna;
	for (i = 0; i < n; i++)
		if (idset_add(&set, ids[i]) == -1)
			return -1;
	if ((v->goals = table_open(&schema_goals)) == NULL ||
	    table_load(v->goals, &v->g) == -1)
		return -1;
	while (v->g[v->ng] != NULL)
		v->ng++;
	if (v->ng > 0)
		qsort(v->g, v->ng, sizeof(*v->g), cmp_id);
	for (i = 0; i < P_N; i++) {
		v->p[i].s = parts[i].s;
		v->p[i].section = parts[i].section;
		v->p[i].goalcol = parts[i].goalcol;
		v->p[i].datecol = parts[i].datecol;
		if (i == P_BATNA && !batna)
			continue;
		if (load_part(&v->p[i], &set, i == P_BATNA) == -1)
			return -1;
	}
	free(set.v);
	if (!batna && (v->nbatna = batna_goals(&v->hasbatna)) == -1)
		return -1;
	return load_checks(v);
}
