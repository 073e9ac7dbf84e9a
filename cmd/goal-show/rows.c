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
 * rows.c: a goal seen whole, for a script: one row a field, as
 * goal,section,file,id,field,value, so that CSV, TSV and JSON all carry
 * every record with the file and id it comes from, and awk or jq pick
 * what they need by section and field (goal-show(1)).
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "list.h"
#include "method.h"
#include "show.h"

const char *const show_columns[] = { "goal", "section", "file", "id",
    "field", "value", NULL };

/* What the rows of one goal share: the goal, the output. */
struct emit {
	struct out *o;
	char goal[24];
};

static void
row(struct emit *e, const char *section, const char *file, long long id,
    const char *field, const char *value)
{
	const char *vals[6];
	char idbuf[24];

	snprintf(idbuf, sizeof(idbuf), "%lld", id);
	vals[0] = e->goal;
	vals[1] = section;
	vals[2] = file;
	vals[3] = idbuf;
	vals[4] = field;
	vals[5] = value;
	out_row(e->o, vals);
}

/* Every column of r but its id, in the order of the file. */
static void
record(struct emit *e, const char *section, const struct table *t,
    const struct record *r)
{
	size_t i;

	for (i = 0; i < table_ncols(t); i++)
		if (strcmp(table_colname(t, i), "id") != 0)
			row(e, section, table_name(t), r->id,
			    table_colname(t, i), rec_get(r, i));
}

/* The latest value and its share of the target, as goal-list --progress. */
static void
latest(struct emit *e, const struct show *v, const struct record *g)
{
	const struct part *p = &v->p[P_PROGRESS];
	const char *value = "";
	char pct[32], spct[32];
	size_t i;

	for (i = 0; i < p->n; i++)
		if (show_of(p, p->rows[i]) == g->id)
			value = rec_field(p->t, p->rows[i], PROGRESS_VALUE);
	progress_percent(value, rec_field(v->goals, g, GOALS_TARGET), pct,
	    sizeof(pct));
	progress_percent(value, rec_field(v->goals, g, GOALS_STRETCH), spct,
	    sizeof(spct));
	row(e, "goal", schema_goals.file, g->id, "value", value);
	row(e, "goal", schema_goals.file, g->id, "percent", pct);
	row(e, "goal", schema_goals.file, g->id, "stretch_percent", spct);
}

/* A question of a gap, with what meeting-check -r says of it. */
static void
question(struct emit *e, const struct check *q)
{
	char n[4][24];
	const char *f = schema_checks.file;

	snprintf(n[0], sizeof(n[0]), "%lld", q->gap);
	snprintf(n[1], sizeof(n[1]), "%ld", q->meetings);
	snprintf(n[2], sizeof(n[2]), "%ld", q->yes);
	snprintf(n[3], sizeof(n[3]), "%ld", q->run);
	row(e, "question", f, q->id, "gap", n[0]);
	row(e, "question", f, q->id, "question", q->question);
	row(e, "question", f, q->id, "status", check_statuses[q->retired]);
	row(e, "question", f, q->id, "meetings", n[1]);
	row(e, "question", f, q->id, "yes", n[2]);
	row(e, "question", f, q->id, "run", n[3]);
	row(e, "question", f, q->id, "trend", check_trends[q->trend]);
}

void
show_rows(const struct show *v, struct out *o, const struct record *g)
{
	const struct part *p;
	const struct record *r;
	struct emit e;
	size_t i, k;
	long j;

	e.o = o;
	snprintf(e.goal, sizeof(e.goal), "%lld", g->id);
	record(&e, "goal", v->goals, g);
	latest(&e, v, g);
	if ((r = show_goal(v, show_parent(v, g))) != NULL)
		record(&e, "objective", v->goals, r);
	for (i = 0; i < v->ng; i++)
		if (show_parent(v, v->g[i]) == g->id)
			record(&e, "sub-goal", v->goals, v->g[i]);
	for (k = 0; k < P_N; k++) {
		p = &v->p[k];
		for (i = 0; i < p->n; i++) {
			if (show_of(p, r = p->rows[i]) != g->id)
				continue;
			record(&e, p->section, p->t, r);
			for (j = 0; k == P_GAPS && j < v->nq; j++)
				if (v->qs[j].gap == r->id)
					question(&e, &v->qs[j]);
		}
	}
}
