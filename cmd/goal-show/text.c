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
 * text.c: a goal seen whole, for a person: its fields, its objective or
 * its sub-goals, then a section for each step of the method that speaks
 * of it.  An empty section says "none", so what is missing shows.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"
#include "show.h"

/*
 * s as a terminal shows it (controls as blanks), "-" when empty.  The
 * last few are kept, so that one printf may take several.
 */
static const char *
d(const char *s)
{
	static char *ring[8];
	static size_t next;
	char **slot = &ring[next++ % 8];

	free(*slot);
	if (*s == '\0')
		s = "-";
	if ((*slot = str_display(s)) == NULL)
		err(EX_OSERR, NULL);
	return *slot;
}

/* A stored date, and when that is from today: "2027-08-23 (in 9 months)". */
static const char *
when(const char *date)
{
	static char buf[64];
	char rel[40];
	long day;

	if (!date_valid(date) || date_parse(date, &day) == -1)
		return d(date);
	snprintf(buf, sizeof(buf), "%s (%s)", date, journey_when(day,
	    date_today(), rel, sizeof(rel)));
	return buf;
}

static void
field(const char *name, const char *value)
{
	printf("  %-11s %s\n", name, value);
}

static void
heading(const char *name, size_t n)
{
	printf("\n%s\n", name);
	if (n == 0)
		printf("  none\n");
}

/* The latest value against the target and the stretch target. */
static void
progress(const struct show *v, const struct record *g)
{
	const struct part *p = &v->p[P_PROGRESS];
	const struct record *last = NULL;
	const char *target, *stretch, *value;
	char pct[32], spct[32];
	size_t i;

	for (i = 0; i < p->n; i++)
		if (show_of(p, p->rows[i]) == g->id)
			last = p->rows[i];
	if (last == NULL) {
		field("progress", "none yet");
		return;
	}
	target = rec_field(v->goals, g, GOALS_TARGET);
	stretch = rec_field(v->goals, g, GOALS_STRETCH);
	value = rec_field(p->t, last, PROGRESS_VALUE);
	printf("  %-11s %s on %s", "progress", d(value),
	    d(rec_field(p->t, last, PROGRESS_DATE)));
	if (progress_percent(value, target, pct, sizeof(pct)) == 0)
		printf(": %s%% of the target %s", pct, d(target));
	if (progress_percent(value, stretch, spct, sizeof(spct)) == 0)
		printf(", %s%% of the stretch %s", spct, d(stretch));
	putchar('\n');
}

/* Objective 1: its title, or why it cannot be shown. */
static void
objective(const struct show *v, const struct record *g)
{
	const struct record *o;
	long long id = show_parent(v, g);
	char buf[48];

	if (id == 0) {
		if (strcmp(rec_field(v->goals, g, GOALS_KIND), "objective"))
			field("objective", "none");
		return;
	}
	if ((o = show_goal(v, id)) == NULL) {
		snprintf(buf, sizeof(buf), "%lld (no such goal)", id);
		field("objective", buf);
		return;
	}
	printf("  %-11s %lld: %s (%s)\n", "objective", id,
	    d(rec_field(v->goals, o, GOALS_TITLE)),
	    d(rec_field(v->goals, o, GOALS_STATUS)));
}

static void
fields(const struct show *v, const struct record *g)
{
	static const int cols[] = { GOALS_KIND, GOALS_STATUS, GOALS_MEASURE,
	    GOALS_TARGET, GOALS_STRETCH };
	const struct table *t = v->goals;
	const char *agreed = rec_field(t, g, GOALS_AGREED);
	size_t i;

	printf("goal %lld: %s\n", g->id, d(rec_field(t, g, GOALS_TITLE)));
	for (i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		field(schema_column(cols[i])->name, d(rec_field(t, g,
		    cols[i])));
	field("due", when(rec_field(t, g, GOALS_DUE)));
	field("agreed", *agreed ? d(agreed) : "not yet");
	objective(v, g);
	progress(v, g);
	if (!v->batna)
		field("BATNA", batna_has(v->hasbatna, v->nbatna, g->id) ?
		    "prepared (goal-show --batna shows it)" : "none");
	field("created", d(rec_field(t, g, GOALS_CREATED)));
	field("updated", d(rec_field(t, g, GOALS_UPDATED)));
	/* Columns added by hand, when they hold something. */
	for (i = 0; i < table_ncols(t); i++)
		if (schema_col(&schema_goals, table_colname(t, i)) == -1 &&
		    *rec_get(g, i) != '\0')
			field(d(table_colname(t, i)), d(rec_get(g, i)));
}

static void
subgoals(const struct show *v, const struct record *g)
{
	const struct table *t = v->goals;
	const struct record *s;
	size_t i, n = 0;

	for (i = 0; i < v->ng; i++)
		n += show_parent(v, v->g[i]) == g->id;
	heading("Sub-goals", n);
	for (i = 0; i < v->ng; i++) {
		if (show_parent(v, s = v->g[i]) != g->id)
			continue;
		printf("  %-4lld %-8s %-8s %-11s %s\n", s->id,
		    d(rec_field(t, s, GOALS_KIND)),
		    d(rec_field(t, s, GOALS_STATUS)),
		    *rec_field(t, s, GOALS_DUE) ? d(rec_field(t, s,
		    GOALS_DUE)) : "no date", d(rec_field(t, s, GOALS_TITLE)));
	}
}

/* How many rows of p are about goal id. */
static size_t
count(const struct part *p, long long id)
{
	size_t i, n = 0;

	for (i = 0; i < p->n; i++)
		n += show_of(p, p->rows[i]) == id;
	return n;
}

static void
feedback(const struct part *p, long long id)
{
	const struct record *r;
	size_t i;

	heading("Feedback", count(p, id));
	for (i = 0; i < p->n; i++)
		if (show_of(p, r = p->rows[i]) == id)
			printf("  %s  %s (%s): %s\n",
			    d(rec_field(p->t, r, FEEDBACK_DATE)),
			    d(rec_field(p->t, r, FEEDBACK_PERSON)),
			    d(rec_field(p->t, r, FEEDBACK_RELATION)),
			    d(rec_field(p->t, r, FEEDBACK_SAID)));
}

/* A question and its trend, as meeting-check -r counts it. */
static void
question(const struct check *q)
{
	printf("    question %lld: %s (", q->id, d(q->question));
	if (q->meetings == 0)
		printf("not answered yet");
	else
		printf("%ld meeting%s, %ld yes, a run of %ld%s%s", q->meetings,
		    q->meetings == 1 ? "" : "s", q->yes, q->run,
		    q->trend == CHECK_NEW ? "" : ", trend ",
		    check_trends[q->trend]);
	printf("%s)\n", q->retired ? "; retired" : "");
}

static void
gap(const struct show *v, const struct part *p, const struct record *r)
{
	const char *s;
	char name[16];
	long i, n, yes;
	int c;

	printf("  gap %lld, %s", r->id, d(rec_field(p->t, r, GAPS_STATUS)));
	if (*(s = rec_field(p->t, r, GAPS_CLOSED)) != '\0')
		printf(" %s", d(s));
	printf(": %s\n", d(rec_field(p->t, r, GAPS_STATEMENT)));
	if (*(s = rec_field(p->t, r, GAPS_SOURCE)) != '\0')
		printf("    %-9s %s\n", "source", d(s));
	for (c = GAPS_WHY1; c <= GAPS_WHY5; c++) {
		if (*(s = rec_field(p->t, r, c)) == '\0')
			continue;
		snprintf(name, sizeof(name), "why %d", c - GAPS_WHY1 + 1);
		printf("    %-9s %s\n", name, d(s));
	}
	if (*(s = rec_field(p->t, r, GAPS_ACTION)) != '\0')
		printf("    %-9s %s\n", "action", d(s));
	for (i = 0, n = 0, yes = 0; i < v->nq; i++)
		if (v->qs[i].gap == r->id) {
			question(&v->qs[i]);
			n += !v->qs[i].retired;
			yes += !v->qs[i].retired && v->qs[i].closing;
		}
	/* As meeting-check -r says it. */
	if (n > 0 && yes == n)
		printf("    looks closed: every question yes in each of the "
		    "last five meetings; close it with gap-log -x %lld\n",
		    r->id);
}

static void
gaps(const struct show *v, long long id)
{
	const struct part *p = &v->p[P_GAPS];
	size_t i;

	heading("Gaps", count(p, id));
	for (i = 0; i < p->n; i++)
		if (show_of(p, p->rows[i]) == id)
			gap(v, p, p->rows[i]);
}

static void
values(const struct part *p, long long id)
{
	const struct record *r;
	const char *note;
	size_t i;

	heading("Progress", count(p, id));
	for (i = 0; i < p->n; i++)
		if (show_of(p, r = p->rows[i]) == id) {
			note = rec_field(p->t, r, PROGRESS_NOTE);
			printf("  %s  %s%s%s\n",
			    d(rec_field(p->t, r, PROGRESS_DATE)),
			    d(rec_field(p->t, r, PROGRESS_VALUE)),
			    *note ? "  " : "", *note ? d(note) : "");
		}
}

static void
wins(const struct part *p, long long id)
{
	const struct record *r;
	const char *metric;
	size_t i;

	heading("Wins", count(p, id));
	for (i = 0; i < p->n; i++)
		if (show_of(p, r = p->rows[i]) == id) {
			metric = rec_field(p->t, r, WINS_METRIC);
			printf("  %s  %s%s%s%s\n",
			    d(rec_field(p->t, r, WINS_DATE)),
			    d(rec_field(p->t, r, WINS_WHAT)),
			    *metric ? " (" : "", *metric ? d(metric) : "",
			    *metric ? ")" : "");
		}
}

/* The open ones by due date, then those done. */
static void
followups(const struct part *p, long long id)
{
	const struct record *r;
	const char *every, *note, *done;
	size_t i;
	int open, pass;

	heading("Follow-ups", count(p, id));
	for (pass = 1; pass >= 0; pass--)
		for (i = 0; i < p->n; i++) {
			r = p->rows[i];
			open = strcmp(rec_field(p->t, r, FOLLOWUPS_STATUS),
			    "open") == 0;
			if (show_of(p, r) != id || open != pass)
				continue;
			every = rec_field(p->t, r, FOLLOWUPS_EVERY);
			note = rec_field(p->t, r, FOLLOWUPS_NOTE);
			done = rec_field(p->t, r, FOLLOWUPS_DONE);
			printf("  %s  %s%s%s  with %s%s%s%s%s\n",
			    d(rec_field(p->t, r, FOLLOWUPS_DUE)),
			    d(rec_field(p->t, r, FOLLOWUPS_STATUS)),
			    *done ? " " : "", *done ? d(done) : "",
			    d(rec_field(p->t, r, FOLLOWUPS_WITH)),
			    *every ? ", every " : "", *every ? d(every) : "",
			    *note ? ": " : "", *note ? d(note) : "");
		}
}

/* Only with --batna, and only what batna-set -l shows. */
static void
batna(const struct part *p, long long id)
{
	static const int cols[] = { BATNA_MINIMUM, BATNA_ALTERNATIVE,
	    BATNA_BACKUPS };
	const struct record *r;
	const char *s;
	size_t i, k;

	heading("BATNA", count(p, id));
	for (i = 0; i < p->n; i++) {
		if (show_of(p, r = p->rows[i]) != id)
			continue;
		printf("  %lld", r->id);
		if (*(s = rec_field(p->t, r, BATNA_WITH)) != '\0')
			printf(" with %s", d(s));
		if (*(s = rec_field(p->t, r, BATNA_DATE)) != '\0')
			printf(" on %s", d(s));
		putchar('\n');
		for (k = 0; k < sizeof(cols) / sizeof(cols[0]); k++)
			if (*(s = rec_field(p->t, r, cols[k])) != '\0')
				printf("    %-12s %s\n",
				    schema_column(cols[k])->name, d(s));
	}
}

void
show_text(const struct show *v, const struct record *g)
{
	fields(v, g);
	if (strcmp(rec_field(v->goals, g, GOALS_KIND), "objective") == 0)
		subgoals(v, g);
	feedback(&v->p[P_FEEDBACK], g->id);
	gaps(v, g->id);
	values(&v->p[P_PROGRESS], g->id);
	wins(&v->p[P_WINS], g->id);
	followups(&v->p[P_FOLLOWUPS], g->id);
	if (v->batna)
		batna(&v->p[P_BATNA], g->id);
}
