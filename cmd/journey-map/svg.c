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
 * svg.c: journey-map's picture, "My Career Journey" as step 2 of the
 * method keeps it in front of you: the long-term objective at the top,
 * the goals on a timeline by due date with their status and progress,
 * the gaps with their checklist's trend, the follow-ups ahead.  One
 * self-contained SVG: no script, no reference outside it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"
#include "journeymap.h"

static const char *const st_colour[] = { "#2563eb", "#dc2626", "#16a34a",
    "#94a3b8" };

static const char *const trend_mark[] = { "", "\xe2\x86\x91 ",
    "\xe2\x86\x93 ", "\xe2\x86\x92 " };	/* arrows */

/* The page: a fixed width; the height grows with the rows. */
#define W		1200
#define LEFT		24
#define RIGHT		(W - 24)
#define TITLE_X		64
#define AXIS_X0		600
#define AXIS_X1		940
#define BAR_X		966
#define BAR_W		110
#define ROW_H		48

static double
xof(const struct map *m, long day)
{
	return AXIS_X0 + (double)(day - m->start) * (AXIS_X1 - AXIS_X0) /
	    (m->end - m->start);
}

/* Bounded, so a date far out cannot draw over the other columns. */
static double
xclamp(const struct map *m, long day)
{
	double x = xof(m, day);

	return x < AXIS_X0 ? AXIS_X0 : x > AXIS_X1 ? AXIS_X1 : x;
}

/* A five-pointed star of radius r at x, y. */
static void
star(FILE *out, double x, double y, double r, const char *fill)
{
	static const double p[10][2] = { { 0, -1 }, { .225, -.309 },
	    { .951, -.309 }, { .363, .118 }, { .588, .809 }, { 0, .382 },
	    { -.588, .809 }, { -.363, .118 }, { -.951, -.309 },
	    { -.225, -.309 } };
	int i;

	fputs("<polygon points=\"", out);
	for (i = 0; i < 10; i++)
		fprintf(out, "%s%.1f,%.1f", i ? " " : "", x + p[i][0] * r,
		    y + p[i][1] * r);
	fprintf(out, "\" fill=\"%s\"/>\n", fill);
}

/* The goal's mark: a circle, or a star for a stretch goal. */
static void
mark(struct map *m, const struct jgoal *g, double x, double y, double r)
{
	int st = map_status(m, g);

	if (strcmp(g->kind, "stretch") == 0)
		star(m->out, x, y, r * 1.35, st_colour[st]);
	else
		fprintf(m->out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" "
		    "fill=\"%s\"/>\n", x, y, r, st_colour[st]);
	if (st == ST_DONE)
		fprintf(m->out, "<path d=\"M%.1f %.1fl%.1f %.1fl%.1f %.1f\" "
		    "stroke=\"#fff\" stroke-width=\"2\" fill=\"none\"/>\n",
		    x - r * .45, y, r * .3, r * .35, r * .55, r * -.7);
	else if (st == ST_DROPPED)
		fprintf(m->out, "<path d=\"M%.1f %.1fh%.1f\" stroke=\"#fff\" "
		    "stroke-width=\"2\"/>\n", x - r * .5, y, r);
	else if (st == ST_OVERDUE)
		fprintf(m->out, "<path d=\"M%.1f %.1fv%.1fm0 %.1fv1.5\" "
		    "stroke=\"#fff\" stroke-width=\"2\"/>\n", x, y - r * .55,
		    r * .65, r * .3);
}

static double
svg_header(struct map *m, double y)
{
	size_t i, open = 0, done = 0, follows = 0, ngaps = m->j.ngaps;

	for (i = 0; i < m->nline; i++)
		if (map_status(m, m->line[i]) == ST_DONE)
			done++;
		else if (map_status(m, m->line[i]) != ST_DROPPED)
			open++;
	for (i = 0; i < m->j.nfollows; i++)
		follows += strcmp(m->j.follows[i].status, "open") == 0;
	fprintf(m->out, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"96\" "
	    "fill=\"#0f172a\"/>\n", W);
	svg_text(m, 32, 50, S_H1, RIGHT - 32, "My Career Journey", NULL);
	svg_text(m, 32, 78, S_H1S, RIGHT - 32, map_str(m, "As of %s \xc2\xb7 "
	    "%zu goal%s open, %zu done \xc2\xb7 %zu open gap%s \xc2\xb7 %zu "
	    "follow-up%s ahead", map_day(m, m->today), open, open == 1 ? "" :
	    "s", done, ngaps, ngaps == 1 ? "" : "s", follows, follows == 1 ?
	    "" : "s"), NULL);
	return y + 96 + 20;
}

static double
svg_objectives(struct map *m, double y)
{
	const struct jgoal *o;
	const char *by;
	double rw;
	size_t i;
	int st;

	if (m->nobj == 0) {
		svg_text(m, LEFT, y + 16, S_NOTE, RIGHT - LEFT, "No long-term "
		    "objective yet: goal-add -k objective -d +5y TITLE", NULL);
		return y + 36;
	}
	for (i = 0; i < m->nobj; i++, y += 76) {
		o = m->objs[i];
		st = map_status(m, o);
		fprintf(m->out, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" "
		    "height=\"64\" rx=\"10\" fill=\"%s\" stroke=\"#c7d2fe\"/>\n",
		    LEFT, y, RIGHT - LEFT, st == ST_DONE ? "#f0fdf4" :
		    "#eef2ff");
		fprintf(m->out, "<polygon points=\"52,%.1f 64,%.1f 52,%.1f "
		    "40,%.1f\" fill=\"%s\"/>\n", y + 18, y + 32, y + 46, y + 32,
		    st == ST_OPEN ? "#4f46e5" : st_colour[st]);
		svg_text(m, 76, y + 24, S_KICKER, 300, map_str(m, "LONG-TERM "
		    "OBJECTIVE %lld%s", o->id, st == ST_OPEN ? "" :
		    map_str(m, " \xc2\xb7 %s", map_status_words[st])), NULL);
		by = o->due == -1 ? "no date yet" : map_str(m,
		    "by %s \xc2\xb7 %s", map_day(m, o->due),
		    map_when(m, o->due));
		/* The title takes what the words at the right leave. */
		rw = svg_width(S_BOLD, by);
		if (svg_width(S_NOTE, map_toward(m, o)) > rw)
			rw = svg_width(S_NOTE, map_toward(m, o));
		rw = rw > 360 ? 360 : rw + SVG_SLACK;
		svg_text(m, 76, y + 50, S_OBJ, RIGHT - 16 - rw - 24 - 76,
		    o->title, NULL);
		svg_text(m, RIGHT - 16, y + 28, S_BOLD, rw, by, "end");
		svg_text(m, RIGHT - 16, y + 48, S_NOTE, rw, map_toward(m, o),
		    "end");
	}
	return y + 8;
}

static void
svg_legend(struct map *m, double y)
{
	struct jgoal g;
	double x = LEFT;
	int i;

	memset(&g, 0, sizeof(g));
	g.kind = "goal";
	for (i = 0; i < 4; i++, x += 100) {
		g.status = i == ST_OVERDUE ? "open" : map_status_words[i];
		g.due = i == ST_OVERDUE ? m->today - 1 : -1;
		mark(m, &g, x + 8, y - 4, 7);
		svg_text(m, x + 20, y, S_NOTE, 80, map_status_words[i], NULL);
	}
	star(m->out, x + 8, y - 4, 9, st_colour[ST_OPEN]);
	svg_text(m, x + 20, y, S_NOTE, 110, "stretch goal", NULL);
	x += 124;
	fprintf(m->out, "<path d=\"M%.1f %.1fv14\" stroke=\"#dc2626\" "
	    "stroke-dasharray=\"3 3\" stroke-width=\"1.5\"/>\n", x + 6, y - 11);
	svg_text(m, x + 16, y, S_NOTE, 60, "today", NULL);
	x += 74;
	fprintf(m->out, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
	    "fill=\"#d97706\"/>\n", x + 1, y - 10, x + 13, y - 10, x + 7, y);
	svg_text(m, x + 20, y, S_NOTE, 90, "follow-up", NULL);
	x += 100;
	fprintf(m->out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"40\" height=\"8\" "
	    "rx=\"4\" fill=\"#e2e8f0\"/><rect x=\"%.1f\" y=\"%.1f\" "
	    "width=\"24\" height=\"8\" rx=\"4\" fill=\"%s\"/>\n", x, y - 8, x,
	    y - 8, st_colour[ST_OPEN]);
	svg_text(m, x + 48, y, S_NOTE, 200, "progress against target", NULL);
}

/* Months between labels: a label takes some 60 pixels, at most one per 80. */
static long
axis_step(const struct map *m)
{
	static const long steps[] = { 1, 2, 3, 6, 12, 24, 60, 120 };
	long months = (m->end - m->start) / 30;
	size_t i;

	for (i = 0; i + 1 < sizeof(steps) / sizeof(steps[0]) &&
	    months / steps[i] >= (AXIS_X1 - AXIS_X0) / 80; i++)
		;
	/* Centuries: whole years, as many as it takes. */
	if (months / steps[i] >= (AXIS_X1 - AXIS_X0) / 80)
		return (months / ((AXIS_X1 - AXIS_X0) / 80) / 12 + 1) * 12;
	return steps[i];
}

/* Is f on the axis: open, and due within the timeline? */
static int
on_axis(const struct map *m, const struct jfollow *f)
{
	return strcmp(f->status, "open") == 0 && f->due >= m->start &&
	    f->due <= m->end;
}

/*
 * One triangle at x for the n follow-ups on the axis among from to
 * to - 1, each named on hover, with their number beside it when more
 * than one.
 */
static void
axis_mark(struct map *m, size_t from, size_t to, size_t n, double x,
    double y)
{
	const struct jfollow *f;
	size_t i;
	int first = 1;

	fprintf(m->out, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
	    "fill=\"#d97706\"><title>", x - 6, y - 2, x + 6, y - 2, x, y + 9);
	for (i = from; i < to; i++) {
		f = &m->j.follows[i];
		if (!on_axis(m, f))
			continue;
		fputs(first ? "" : "&#10;", m->out);
		first = 0;
		svg_xml(m->out, map_str(m, "Follow-up with %s on %s%s%s",
		    f->with, map_day(m, f->due), *f->note ? ": " : "",
		    f->note));
	}
	fputs("</title></polygon>\n", m->out);
	if (n > 1)
		svg_text(m, x + 8, y + 6, S_COUNT, 60, map_str(m, "%zu", n),
		    NULL);
}

/*
 * The follow-ups ahead on the axis, as triangles: those too close to
 * tell apart, one triangle with their number, so that none hides
 * another.
 */
static void
axis_follows(struct map *m, double y)
{
	const struct jfollow *f;
	size_t i, from = 0, n = 0;
	double x = 0, right;

	for (i = 0; i <= m->j.nfollows; i++) {
		f = &m->j.follows[i];
		if (i < m->j.nfollows && !on_axis(m, f))
			continue;
		if (i < m->j.nfollows && n > 0) {
			/* The right edge of the mark so far: its number's. */
			right = n == 1 ? x + 6 : x + 8 + svg_width(S_COUNT,
			    map_str(m, "%zu", n));
			if (xof(m, f->due) - 6 < right + 2) {
				n++;
				continue;
			}
		}
		if (n > 0)
			axis_mark(m, from, i, n, x, y);
		if (i < m->j.nfollows) {
			from = i;
			n = 1;
			x = xof(m, f->due);
		}
	}
}

/* The axis: month ticks above the rows, follow-ups as triangles on it. */
static void
svg_axis(struct map *m, double y, double bottom)
{
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	char buf[11];
	long step = axis_step(m), d, mo;

	fprintf(m->out, "<path d=\"M%d %.1fH%d\" stroke=\"#94a3b8\"/>\n",
	    AXIS_X0, y, AXIS_X1);
	for (d = m->start; d <= m->end; d = map_month(d, 1)) {
		mo = strtol(date_fmt(d, buf) + 5, NULL, 10) - 1;
		if (!date_valid(buf))
			break;		/* past 9999-12-31 */
		if (mo % step != 0 && !(step > 12 && mo == 0))
			continue;
		if (step >= 12 && (mo != 0 ||
		    strtol(buf, NULL, 10) % (step / 12) != 0))
			continue;
		fprintf(m->out, "<path d=\"M%.1f %.1fV%.1f\" "
		    "stroke=\"#e2e8f0\"/>\n", xof(m, d), y, bottom);
		svg_text(m, xof(m, d), y - 8, S_TICK, 80, step >= 12 ?
		    map_str(m, "%.4s", buf) : map_str(m, "%s %.4s", mon[mo],
		    buf), "middle");
	}
	fprintf(m->out, "<path d=\"M%.1f %.1fV%.1f\" stroke=\"#dc2626\" "
	    "stroke-dasharray=\"4 3\" stroke-width=\"1.5\"/>\n",
	    xof(m, m->today), y - 4, bottom);
	svg_text(m, xof(m, m->today), bottom + 14, S_TODAY, 80, "today",
	    "middle");
	axis_follows(m, y);
}

/* A goal's bar on the timeline, from when it was written to its due date. */
static void
svg_span(struct map *m, const struct jgoal *g, double cy)
{
	const char *c = st_colour[map_status(m, g)];
	double x0, x1;

	if (g->due == -1) {
		svg_text(m, AXIS_X0 + 4, cy + 4, S_NOTE, AXIS_X1 - AXIS_X0,
		    "no due date", NULL);
		return;
	}
	x1 = xclamp(m, g->due);
	x0 = g->created != -1 && g->created < g->due ?
	    xclamp(m, g->created) : x1;
	if (x1 - x0 > 1)
		fprintf(m->out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"10\" rx=\"5\" fill=\"%s\" fill-opacity=\"0.3\"/>"
		    "\n", x0, cy - 5, x1 - x0, c);
	mark(m, g, x1, cy, 7);
}

static void
svg_progress(struct map *m, const struct jgoal *g, double y)
{
	int st = map_status(m, g);
	const char *words = map_progress(m, g);
	double p = map_pct(g, g->target);

	if (p < 0 && st == ST_DONE && g->latest == NULL)
		p = 100;
	if (p < 0) {
		svg_text(m, BAR_X, y + 22, S_NOTE, RIGHT - BAR_X, *words ?
		    words : *g->measure ? "not measured yet" : "no measure",
		    NULL);
		return;
	}
	fprintf(m->out, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" "
	    "height=\"10\" rx=\"5\" fill=\"#e2e8f0\"/>\n", BAR_X, y + 11,
	    BAR_W);
	if (p > 0)
		fprintf(m->out, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"10\" rx=\"5\" fill=\"%s\"/>\n", BAR_X, y + 11,
		    (p > 100 ? 100 : p) * BAR_W / 100, st_colour[st]);
	svg_text(m, BAR_X + BAR_W + 8, y + 20, S_PCT,
	    RIGHT - BAR_X - BAR_W - 8, map_str(m, "%.0f%%", p), NULL);
	svg_text(m, BAR_X, y + 38, S_NOTE, RIGHT - BAR_X, *words ? words :
	    "done", NULL);
}

/* "due 2027-06-30, in 7 months · reviews chaired · agreed" */
static const char *
goal_words(struct map *m, const struct jgoal *g)
{
	const char *s;

	s = g->due == -1 ? "no due date" : map_str(m, "due %s, %s",
	    map_day(m, g->due), map_status(m, g) == ST_DONE ? "done" :
	    map_when(m, g->due));
	if (*g->measure != '\0')
		s = map_str(m, "%s \xc2\xb7 %s", s, g->measure);
	if (*g->agreed != '\0')
		s = map_str(m, "%s \xc2\xb7 agreed", s);
	return s;
}

static void
svg_row(struct map *m, const struct jgoal *g, double y)
{
	double x = TITLE_X;

	mark(m, g, 44, y + 24, 9);
	svg_text(m, x, y + 21, map_status(m, g) == ST_DROPPED ? S_DROPPED :
	    S_TITLE, AXIS_X0 - 24 - x, g->title, NULL);
	if (strcmp(g->kind, "stretch") == 0) {
		svg_text(m, x, y + 39, S_STRETCH, 100, "stretch goal", NULL);
		x += svg_width(S_STRETCH, "stretch goal") + 8;
	}
	svg_text(m, x, y + 39, S_NOTE, AXIS_X0 - 24 - x, goal_words(m, g),
	    NULL);
	fprintf(m->out, "<path d=\"M%d %.1fH%d\" stroke=\"#e2e8f0\"/>\n",
	    AXIS_X0, y + 24, AXIS_X1);
	svg_span(m, g, y + 24);
	svg_progress(m, g, y);
}

static double
svg_timeline(struct map *m, double y)
{
	double top;
	size_t i;

	svg_text(m, LEFT, y + 20, S_H2, 400, "Goals on the way", NULL);
	svg_legend(m, y + 48);
	y += 84;
	top = y + 12;	/* below the follow-ups' numbers */
	if (m->nline == 0) {
		svg_text(m, TITLE_X, top + 24, S_NOTE, 500, "No goal yet: "
		    "goal-add -p OBJECTIVE -d +6m TITLE", NULL);
		return top + 48;
	}
	/* Stripes first, then the axis over them, then the goals. */
	for (i = 0; i < m->nline; i += 2)
		fprintf(m->out, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" "
		    "height=\"%d\" rx=\"6\" fill=\"#f8fafc\"/>\n", LEFT,
		    top + i * ROW_H, RIGHT - LEFT, ROW_H);
	svg_axis(m, y, top + m->nline * ROW_H);
	for (i = 0; i < m->nline; i++)
		svg_row(m, m->line[i], top + i * ROW_H);
	return top + m->nline * ROW_H + 28;
}

static void
svg_check(struct map *m, const struct check *q, double y)
{
	double rate = q->meetings ? (double)q->yes / q->meetings : 0;

	svg_text(m, 84, y, S_PLAIN, 600 - 84 - 16, q->question, NULL);
	fprintf(m->out, "<rect x=\"600\" y=\"%.1f\" width=\"160\" "
	    "height=\"8\" rx=\"4\" fill=\"#e2e8f0\"/>\n", y - 8);
	if (rate > 0)
		fprintf(m->out, "<rect x=\"600\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"8\" rx=\"4\" fill=\"#16a34a\"/>\n", y - 8,
		    rate * 160);
	svg_text(m, 772, y, S_NOTE, 1010 - 772 - 12, q->meetings == 0 ?
	    "not answered yet" : map_str(m, "%ld of %ld yes \xc2\xb7 %ld in a "
	    "row", q->yes, q->meetings, q->run), NULL);
	/* No trend without an answer; "new" with fewer than six. */
	if (q->meetings > 0)
		svg_text(m, 1010, y, S_NEW + q->trend, 1092 - 1010 - 6,
		    map_str(m, "%s%s", trend_mark[q->trend],
		    map_trend_words[q->trend]), NULL);
	if (q->closing) {
		fprintf(m->out, "<rect x=\"1092\" y=\"%.1f\" width=\"76\" "
		    "height=\"18\" rx=\"9\" fill=\"#dcfce7\"/>\n", y - 13);
		svg_text(m, 1130, y, S_NOTE, 76, "closing", "middle");
	}
}

static double
svg_gap(struct map *m, const struct jgap *g, double y)
{
	struct jgoal *goal = journey_goal(&m->j, g->goal);
	const char *s = "";
	long i;

	fprintf(m->out, "<polygon points=\"44,%.1f 54,%.1f 34,%.1f\" "
	    "fill=\"#d97706\"/>\n<path d=\"M44 %.1fv6m0 2.5v1.5\" "
	    "stroke=\"#fff\" stroke-width=\"1.8\"/>\n", y + 6, y + 24, y + 24,
	    y + 11);
	/* What was said, and where it comes from, wrapped rather than cut. */
	y = svg_wrap(m, TITLE_X, y + 21, S_TITLE, RIGHT - TITLE_X,
	    map_str(m, "Gap %lld: %s", g->id, g->statement), 3, 19);
	if (goal != NULL)
		s = map_str(m, "for goal %lld, %s", goal->id, goal->title);
	if (*g->cause != '\0')
		s = map_str(m, "%s%sroot cause: %s", s, *s ? " \xc2\xb7 " : "",
		    g->cause);
	if (*g->action != '\0')
		s = map_str(m, "%s%splan: %s", s, *s ? " \xc2\xb7 " : "",
		    g->action);
	if (*s != '\0')
		y = svg_wrap(m, TITLE_X, y + 18, S_NOTE, RIGHT - TITLE_X, s,
		    3, 16);
	y += 9;
	for (i = 0; i < g->nchecks; i++, y += 26)
		svg_check(m, g->checks[i], y + 14);
	if (g->nchecks == 0) {
		svg_text(m, 84, y + 14, S_NOTE, 700, map_str(m, "No checklist "
		    "yet: gap-log -C %lld QUESTION", g->id), NULL);
		y += 26;
	}
	return y + 12;
}

static double
svg_gaps(struct map *m, double y)
{
	size_t i;

	svg_text(m, LEFT, y + 20, S_H2, 300, "Gaps to close", NULL);
	svg_text(m, RIGHT, y + 20, S_NOTE, 700, "the checklist after each "
	    "meeting; trend: the last five answers against the five before",
	    "end");
	y += 40;
	if (m->j.ngaps == 0) {
		svg_text(m, TITLE_X, y + 12, S_NOTE, 500, "No open gap.", NULL);
		return y + 36;
	}
	for (i = 0; i < m->j.ngaps; i++)
		y = svg_gap(m, &m->j.gaps[i], y);
	return y + 8;
}

/* One follow-up ahead, on a line at y. */
static void
svg_follow(struct map *m, const struct jfollow *f, double y)
{
	struct jgoal *g = journey_goal(&m->j, f->goal);
	const char *every = map_str(m, "every %s", f->every);
	double ew = 0;
	int late = f->due < m->today;

	/* The note takes what "every 2w" at the right leaves. */
	if (*f->every != '\0') {
		ew = svg_width(S_NOTE, every);
		ew = ew > 160 ? 160 : ew + SVG_SLACK;
		svg_text(m, RIGHT - 8, y, S_NOTE, ew, every, "end");
		ew += 16;
	}
	fprintf(m->out, "<polygon points=\"38,%.1f 50,%.1f 44,%.1f\" "
	    "fill=\"#d97706\"/>\n", y - 10, y - 10, y);
	svg_text(m, TITLE_X, y, late ? S_ALERT : S_BOLD, 100,
	    map_day(m, f->due), NULL);
	svg_text(m, 170, y, late ? S_LATE : S_NOTE, 130, late ?
	    map_overdue(m, f->due) : map_when(m, f->due), NULL);
	svg_text(m, 300, y, S_BOLD, 150, f->with, NULL);
	svg_text(m, 460, y, S_PLAIN, RIGHT - 8 - ew - 460, map_str(m, "%s%s%s",
	    f->note, g != NULL && *f->note ? " \xc2\xb7 " : "", g != NULL ?
	    map_str(m, "goal %lld, %s", g->id, g->title) : ""), NULL);
}

static double
svg_follows(struct map *m, double y)
{
	const struct jfollow *f;
	size_t i, n = 0;

	svg_text(m, LEFT, y + 20, S_H2, 400, "Follow-ups ahead", NULL);
	y += 44;
	for (i = 0; i < m->j.nfollows; i++) {
		f = &m->j.follows[i];
		if (strcmp(f->status, "open") != 0 || f->due == -1)
			continue;
		svg_follow(m, f, y);
		y += 26;
		n++;
	}
	if (n == 0) {
		svg_text(m, TITLE_X, y, S_NOTE, 500, "Nothing scheduled: "
		    "followup-add -w WHO DATE", NULL);
		y += 26;
	}
	return y;
}

/*
 * The page is drawn into memory first: its height, in the <svg> element
 * that opens it, is known only at the end.
 */
int
map_svg(struct map *m, FILE *fp)
{
	char *body;
	size_t len;
	double y;

	if ((m->out = open_memstream(&body, &len)) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	y = svg_header(m, 0);
	y = svg_objectives(m, y);
	y = svg_timeline(m, y + 12);
	y = svg_gaps(m, y);
	y = svg_follows(m, y + 12);
	svg_text(m, RIGHT, y + 20, S_NOTE, 500, map_str(m, "journey-map, "
	    "career %s", CAREER_VERSION), "end");
	y += 36;
	if (fclose(m->out) == EOF) {
		free(body);
		return career_fail(EX_OSERR, "out of memory");
	}
	m->out = fp;
	if (!m->failed) {
		fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
		    "height=\"%.0f\" viewBox=\"0 0 %d %.0f\" role=\"img\">\n"
		    "<title>My Career Journey</title>\n", W, y, W, y);
		svg_style(fp);
		fputs("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n",
		    fp);
		fwrite(body, 1, len, fp);
		fputs("</svg>\n", fp);
	}
	free(body);
	return m->failed ? -1 : 0;
}
