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
 * text.c: journey-map --text, the same journey on a terminal: the
 * objectives, the goals on the way with their progress bars, the gaps
 * with their checklist, the follow-ups ahead.
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "method.h"
#include "journeymap.h"

/* s cut to width columns and padded to them. */
static void
cell(struct map *m, const char *s, size_t width)
{
	const char *c = map_cut(m, s, width);
	size_t w;

	fputs(c, m->out);
	for (w = str_width(c); w < width; w++)
		putc(' ', m->out);
}

static void
text_objective(struct map *m, const struct jgoal *o)
{
	int st = map_status(m, o);

	fprintf(m->out, "\nObjective %lld: %s\n  %s%s; %s\n", o->id,
	    map_cut(m, o->title, 66), o->due == -1 ? "no date yet" :
	    map_str(m, "by %s, %s", map_day(m, o->due), map_when(m, o->due)),
	    st == ST_OPEN ? "" : map_str(m, " (%s)", map_status_words[st]),
	    map_toward(m, o));
}

static void
text_goal(struct map *m, const struct jgoal *g)
{
	static const char *const box[] = { "[ ]", "[!]", "[x]", "[-]" };
	char pct[32], bar[64];
	const char *words = map_progress(m, g);

	fprintf(m->out, "%s%s %-10s  ", box[map_status(m, g)],
	    strcmp(g->kind, "stretch") == 0 ? "*" : " ",
	    g->due == -1 ? "no date" : map_day(m, g->due));
	if (g->latest == NULL && *words == '\0')
		fputs(map_cut(m, g->title, 36), m->out);
	else
		cell(m, g->title, 36);
	if (g->latest != NULL && progress_percent(g->latest->value,
	    g->target, pct, sizeof(pct)) == 0)
		fprintf(m->out, "  %s  %s", progress_bar(pct, bar,
		    sizeof(bar)), words);
	else if (*words != '\0')
		fprintf(m->out, "  %s", words);
	fputs("\n", m->out);
}

static void
text_gap(struct map *m, const struct jgap *g)
{
	const struct check *q;
	char pct[32], bar[64], num[24], den[24];
	long i;

	fprintf(m->out, "Gap %lld: %s\n", g->id, map_cut(m, g->statement, 70));
	if (*g->cause != '\0')
		fprintf(m->out, "  root cause: %s\n", map_cut(m, g->cause, 64));
	for (i = 0; i < g->nchecks; i++) {
		q = g->checks[i];
		/* Rounded as a goal's percentage is, by progress_percent. */
		snprintf(num, sizeof(num), "%ld", q->yes);
		snprintf(den, sizeof(den), "%ld", q->meetings);
		if (progress_percent(num, den, pct, sizeof(pct)) == -1)
			strlcpy(pct, "0", sizeof(pct));
		/* No trend without an answer. */
		fprintf(m->out, "  %s %-4s %s%s\n", progress_bar(pct, bar,
		    sizeof(bar)), q->meetings ? map_trend_words[q->trend] : "",
		    map_cut(m, q->question, 46), q->closing ? " (closing)" : "");
	}
}

static void
text_follows(struct map *m)
{
	const struct jfollow *f;
	size_t i, n = 0;

	fputs("\nFollow-ups ahead\n", m->out);
	for (i = 0; i < m->j.nfollows; i++) {
		f = &m->j.follows[i];
		if (strcmp(f->status, "open") != 0 || f->due == -1)
			continue;
		n++;
		fprintf(m->out, "%s  ", map_day(m, f->due));
		cell(m, f->due < m->today ? map_overdue(m, f->due) :
		    map_when(m, f->due), 15);
		fprintf(m->out, "  %s\n", map_cut(m, map_str(m, "%s%s%s",
		    f->with, *f->note ? ": " : "", f->note), 50));
	}
	if (n == 0)
		fputs("Nothing scheduled.\n", m->out);
}

int
map_text(struct map *m, FILE *fp)
{
	size_t i;

	m->out = fp;
	fprintf(fp, "My Career Journey, %s\n", map_day(m, m->today));
	for (i = 0; i < m->nobj; i++)
		text_objective(m, m->objs[i]);
	fputs("\nGoals on the way\n", fp);
	for (i = 0; i < m->nline; i++)
		text_goal(m, m->line[i]);
	if (m->nline == 0)
		fputs("No goal yet.\n", fp);
	fputs("[ ] open  [!] overdue  [x] done  [-] dropped  * stretch goal\n",
	    fp);
	fputs("\nGaps to close\n", fp);
	for (i = 0; i < m->j.ngaps; i++) {
		if (i > 0)
			fputs("\n", fp);
		text_gap(m, &m->j.gaps[i]);
	}
	if (m->j.ngaps == 0)
		fputs("No open gap.\n", fp);
	text_follows(m);
	return m->failed ? -1 : 0;
}
