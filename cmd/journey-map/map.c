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
 * map.c: journey-map's journey, read once and laid out for drawing: the
 * long-term objectives apart, the other goals on a timeline by due date,
 * and the words both renderers put beside them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"
#include "journeymap.h"

const char *const map_status_words[] = { "open", "overdue", "done",
    "dropped" };
const char *const map_trend_words[] = { "new", "up", "down", "flat" };

/* Keep s (from malloc, may be NULL) for the drawing; "" when it is NULL. */
static const char *
keep(struct map *m, char *s)
{
	char **v;
	size_t cap;

	if (s != NULL && m->nstrs == m->capstrs) {
		cap = m->capstrs ? m->capstrs * 2 : 64;
		if ((v = reallocarray(m->strs, cap, sizeof(*v))) == NULL) {
			free(s);
			s = NULL;
		} else {
			m->strs = v;
			m->capstrs = cap;
		}
	}
	if (s == NULL) {
		if (!m->failed)
			career_fail(EX_OSERR, "out of memory");
		m->failed = 1;
		return "";
	}
	return m->strs[m->nstrs++] = s;
}

const char *
map_str(struct map *m, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) == -1)
		s = NULL;
	va_end(ap);
	return keep(m, s);
}

const char *
map_cut(struct map *m, const char *s, size_t cols)
{
	return keep(m, str_ellipsis(s, cols));
}

const char *
map_day(struct map *m, long day)
{
	char buf[11];

	return map_str(m, "%s", date_fmt(day, buf));
}

const char *
map_when(struct map *m, long day)
{
	char buf[64];

	return map_str(m, "%s", journey_when(day, m->today, buf, sizeof(buf)));
}

const char *
map_overdue(struct map *m, long day)
{
	char buf[64];
	size_t n;

	journey_when(day, m->today, buf, sizeof(buf));
	if ((n = strlen(buf)) > 4 && strcmp(buf + n - 4, " ago") == 0)
		buf[n - 4] = '\0';
	return map_str(m, "%s overdue", buf);
}

int
map_status(const struct map *m, const struct jgoal *g)
{
	if (strcmp(g->status, "done") == 0)
		return ST_DONE;
	if (strcmp(g->status, "dropped") == 0)
		return ST_DROPPED;
	return g->due != -1 && g->due < m->today ? ST_OVERDUE : ST_OPEN;
}

double
map_pct(const struct jgoal *g, const char *target)
{
	char buf[32];

	if (g->latest == NULL || progress_percent(g->latest->value, target,
	    buf, sizeof(buf)) == -1)
		return -1;
	return strtod(buf, NULL);
}

const char *
map_progress(struct map *m, const struct jgoal *g)
{
	double sp = map_pct(g, g->stretch);
	const char *s = "";

	if (g->latest != NULL)
		s = *g->target != '\0' ? map_str(m, "%s of %s",
		    g->latest->value, g->target) : g->latest->value;
	else if (*g->target != '\0')
		s = map_str(m, "target %s, not measured yet", g->target);
	if (*g->stretch != '\0')
		s = map_str(m, "%s%sstretch %s%s", s, *s ? " \xc2\xb7 " : "",
		    g->stretch, sp >= 0 ? map_str(m, ": %.0f%%", sp) : "");
	return s;
}

const char *
map_toward(struct map *m, const struct jgoal *o)
{
	size_t i, n = 0, done = 0;

	for (i = 0; i < m->nline; i++)
		if (m->line[i]->parent == o->id) {
			n++;
			done += map_status(m, m->line[i]) == ST_DONE;
		}
	if (n == 0)
		return "no goal toward it yet";
	return map_str(m, "%zu goal%s toward it, %zu done", n,
	    n == 1 ? "" : "s", done);
}

long
map_month(long day, long n)
{
	char buf[11];
	long d = date_add_months(day, n);

	return d - (strtol(date_fmt(d, buf) + 8, NULL, 10) - 1);
}

/* Sort the goals into the objectives and the timeline, and size it. */
static int
plan(struct map *m)
{
	struct jgoal *g;
	long lo = m->today, hi = m->today;
	size_t i;

	if ((m->line = calloc(m->j.ngoals + 1, sizeof(*m->line))) == NULL ||
	    (m->objs = calloc(m->j.ngoals + 1, sizeof(*m->objs))) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	for (i = 0; i < m->j.ngoals; i++) {
		g = &m->j.goals[i];
		if (strcmp(g->kind, "objective") == 0) {
			m->objs[m->nobj++] = g;
			continue;
		}
		m->line[m->nline++] = g;
		if (g->due != -1 && g->due < lo)
			lo = g->due;
		if (g->due != -1 && g->due > hi)
			hi = g->due;
		if (g->created != -1 && g->created < lo && g->due != -1)
			lo = g->created;
	}
	if (m->nline > 0)
		qsort(m->line, m->nline, sizeof(*m->line), journey_cmp_due);
	if (m->nobj > 0)
		qsort(m->objs, m->nobj, sizeof(*m->objs), journey_cmp_due);
	m->start = map_month(lo, 0);
	m->end = map_month(hi, 1);
	if (m->end - m->start < 180)
		m->end = map_month(m->start, 6);
	return 0;
}

int
map_open(struct map *m)
{
	memset(m, 0, sizeof(*m));
	m->today = date_today();
	if (journey_load(&m->j) == -1 || journey_measure(&m->j, 0) == -1)
		return -1;
	return plan(m);
}

void
map_close(struct map *m)
{
	while (m->nstrs > 0)
		free(m->strs[--m->nstrs]);
	free(m->strs);
	free(m->line);
	free(m->objs);
	journey_free(&m->j);
	memset(m, 0, sizeof(*m));
}
