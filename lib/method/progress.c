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
 * progress.c: measured values against targets (goal-progress, goal-list
 * --progress).  progress.csv is read once into a small map from goal id
 * to its latest value, so a listing of every goal costs one pass over
 * each file, whatever their sizes.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"

/* Open addressing on the goal id; 0 marks an empty slot (ids are >= 1). */
struct progress {
	struct progress_entry *v;
	size_t cap, n;
	/* set by progress_out_open() */
	const struct table *t;
	int table;
	size_t ncols;
	const char **vals;
};

int
progress_number(const char *s, double *v)
{
	if (number_parse(s, v) == -1)
		return career_fail(EX_DATAERR, "%s: not a number (digits, "
		    "with an optional minus sign and decimal point: 12, -3, "
		    "2.5)", s);
	return 0;
}

static size_t
slot(const struct progress *p, long long goal)
{
	size_t i;

	/* Ids are mostly small and dense: a multiplicative hash spreads them. */
	i = (size_t)((unsigned long long)goal * 0x9e3779b97f4a7c15ULL) &
	    (p->cap - 1);
	while (p->v[i].goal != 0 && p->v[i].goal != goal)
		i = (i + 1) & (p->cap - 1);
	return i;
}

static int
grow(struct progress *p)
{
	struct progress_entry *old = p->v;
	size_t i, oldcap = p->cap;

	p->cap = p->cap ? p->cap * 2 : 64;
	if ((p->v = calloc(p->cap, sizeof(*p->v))) == NULL) {
		p->v = old;
		p->cap = oldcap;
		return career_fail(EX_OSERR, "out of memory");
	}
	for (i = 0; i < oldcap; i++)
		if (old[i].goal != 0)
			p->v[slot(p, old[i].goal)] = old[i];
	free(old);
	return 0;
}

/* Keep row r if it is later than what goal has so far. */
static int
consider(struct progress *p, long long goal, const char *date,
    const char *value, long long id)
{
	struct progress_entry *e;
	char *v;
	int c;

	if (p->n * 2 >= p->cap && grow(p) == -1)
		return -1;
	e = &p->v[slot(p, goal)];
	if (e->goal != 0 && ((c = strcmp(date, e->date)) < 0 ||
	    (c == 0 && id < e->id)))
		return 0;
	if ((v = strdup(value)) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	if (e->goal == 0)
		p->n++;
	free(e->value);
	e->goal = goal;
	e->id = id;
	e->value = v;
	strlcpy(e->date, date, sizeof(e->date));
	return 0;
}

struct progress *
progress_latest(void)
{
	struct progress *p;
	struct record *r;
	struct table *t;
	const char *errstr;
	long long goal;

	if ((p = calloc(1, sizeof(*p))) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	if (grow(p) == -1 || (t = table_open(&schema_progress)) == NULL)
		goto fail;
	while ((r = table_next(t)) != NULL) {
		/* A row a hand edit left without a goal belongs to none. */
		goal = strtonum(rec_field(t, r, PROGRESS_GOAL), 1, LLONG_MAX,
		    &errstr);
		if (errstr == NULL && consider(p, goal,
		    rec_field(t, r, PROGRESS_DATE),
		    rec_field(t, r, PROGRESS_VALUE), r->id) == -1)
			break;
	}
	if (r != NULL || table_error(t)) {
		table_close(t);
		goto fail;
	}
	table_close(t);
	return p;
fail:
	progress_free(p);
	return NULL;
}

const struct progress_entry *
progress_find(const struct progress *p, long long goal)
{
	const struct progress_entry *e;

	if (goal <= 0)
		return NULL;
	e = &p->v[slot(p, goal)];
	return e->goal == goal ? e : NULL;
}

void
progress_free(struct progress *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->cap; i++)
		free(p->v[i].value);
	free(p->v);
	free(p->vals);
	free(p);
}

int
progress_ratio(const char *value, const char *target, double *pct)
{
	double v, t;

	if (number_parse(value, &v) == -1 || number_parse(target, &t) == -1 ||
	    t == 0)
		return -1;
	*pct = v / t * 100;
	return 0;
}

int
progress_percent(const char *value, const char *target, char *buf,
    size_t size)
{
	double pct;

	buf[0] = '\0';
	if (progress_ratio(value, target, &pct) == -1)
		return -1;
	/*
	 * The one rounding rule for every percentage shown: to the nearest
	 * whole, a half away from zero (11 of 12 is 92%, 1 of 8 is 13%).
	 * The 1e-9 keeps a half that binary cannot hold exactly a half.
	 */
	if (pct > -1e15 && pct < 1e15)	/* larger ones are whole already */
		pct = pct < 0 ? -(double)(long long)(-pct + 0.5 + 1e-9) :
		    (double)(long long)(pct + 0.5 + 1e-9);
	snprintf(buf, size, "%.0f", pct == 0 ? 0 : pct);
	return 0;
}

char *
progress_bar(const char *percent, char *buf, size_t size)
{
	char cells[11];
	double pct = strtod(percent, NULL);
	int i, full;

	full = pct <= 0 ? 0 : pct >= 100 ? 10 : (int)(pct / 10);
	for (i = 0; i < 10; i++)
		cells[i] = i < full ? '#' : '.';
	cells[10] = '\0';
	snprintf(buf, size, "[%s] %3s%%", cells, percent);
	return buf;
}

static const char *const table_cols[] = { "id", "status", "due", "value",
    "target", "progress", "stretch", "stretch%", "title", NULL };
static const char *const csv_extra[] = { "value", "percent",
    "stretch_percent", NULL };

struct out *
progress_out_open(struct progress *p, int mode, const struct table *t)
{
	const char **names;
	size_t i;

	p->t = t;
	p->table = out_is_table(mode);
	p->ncols = p->table ? 9 : table_ncols(t) + 3;
	if ((p->vals = calloc(p->ncols, sizeof(char *))) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	names = p->vals;
	for (i = 0; i < p->ncols; i++)
		names[i] = p->table ? table_cols[i] : i < table_ncols(t) ?
		    table_colname(t, i) : csv_extra[i - table_ncols(t)];
	return out_open(mode, p->ncols, names);
}

void
progress_out_record(struct progress *p, struct out *o,
    const struct record *r)
{
	const struct progress_entry *e = progress_find(p, r->id);
	const char *value = e != NULL ? e->value : "";
	const char *target = rec_field(p->t, r, GOALS_TARGET);
	const char *stretch = rec_field(p->t, r, GOALS_STRETCH);
	char pct[32], spct[32], bar[64], spctsign[40];
	size_t i, n;

	progress_percent(value, target, pct, sizeof(pct));
	progress_percent(value, stretch, spct, sizeof(spct));
	if (!p->table) {
		n = table_ncols(p->t);
		for (i = 0; i < n; i++)
			p->vals[i] = rec_get(r, i);
		p->vals[n] = value;
		p->vals[n + 1] = pct;
		p->vals[n + 2] = spct;
		out_row(o, p->vals);
		return;
	}
	bar[0] = spctsign[0] = '\0';
	if (*pct != '\0')
		progress_bar(pct, bar, sizeof(bar));
	if (*spct != '\0')
		snprintf(spctsign, sizeof(spctsign), "%s%%", spct);
	p->vals[0] = rec_field(p->t, r, GOALS_ID);
	p->vals[1] = rec_field(p->t, r, GOALS_STATUS);
	p->vals[2] = rec_field(p->t, r, GOALS_DUE);
	p->vals[3] = value;
	p->vals[4] = target;
	p->vals[5] = bar;
	p->vals[6] = stretch;
	p->vals[7] = spctsign;
	p->vals[8] = rec_field(p->t, r, GOALS_TITLE);
	out_row(o, p->vals);
}
