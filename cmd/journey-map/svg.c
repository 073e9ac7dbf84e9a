/*
 * journeymap.c: journey-map's drawing, "My Career Journey" as step 2 of
 * the method keeps it in front of you: the long-term objective at the
 * top, the goals on a timeline by due date with their status and progress, the
 * gaps with their checklist's trend, the follow-ups ahead.  One
 * self-contained SVG (no script, no reference outside it), or the same on
 * a terminal as text.  Never the BATNA: batna.csv is not opened.
 */
#include <sys/stat.h>

#include <err.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "career.h"

enum { ST_OPEN, ST_OVERDUE, ST_DONE, ST_DROPPED };

static const char *const st_colour[] = { "#2563eb", "#dc2626", "#16a34a",
    "#94a3b8" };
static const char *const st_word[] = { "open", "overdue", "done",
    "dropped" };
static const char *const trend_word[] = { "new", "up", "down", "flat" };
static const char *const trend_mark[] = { "\xc2\xb7", "\xe2\x86\x91",
    "\xe2\x86\x93", "\xe2\x86\x92" };	/* middle dot and arrows */
static const char *const trend_colour[] = { "#64748b", "#16a34a",
    "#dc2626", "#64748b" };

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
#define EM		0.6	/* a character's width, in ems, erring wide */

static struct journey j;
static struct jgoal **line, **objs;	/* goals and stretch goals; objectives */
static size_t nline, nobj;
static long today, start, end;		/* the timeline's first and last day */
static FILE *out;

/* Text from the store, escaped for XML; what XML cannot hold becomes U+FFFD. */
static void
xml(const char *s)
{
	size_t n;

	for (; *s != '\0'; s += n ? n : 1) {
		n = str_utf8_len(s);
		if (n == 0 || (unsigned char)*s < ' ' || *s == 0x7f ||
		    (n == 3 && memcmp(s, "\xef\xbf\xbe", 2) == 0 &&
		    (unsigned char)s[2] >= 0xbe))
			fputs(n == 0 || n == 3 ? "\xef\xbf\xbd" : " ", out);
		else if (*s == '&')
			fputs("&amp;", out);
		else if (*s == '<')
			fputs("&lt;", out);
		else if (*s == '>')
			fputs("&gt;", out);
		else if (*s == '"')
			fputs("&quot;", out);
		else if (*s == '\'')
			fputs("&#39;", out);
		else
			fwrite(s, 1, n, out);
	}
}

/* A copy of s in at most cols columns, kept until exit. */
static char *
cut(const char *s, size_t cols)
{
	char *c;

	if ((c = str_ellipsis(s, cols)) == NULL)
		career_die();
	return str_keep(c);
}

/* A copy of s that fits width pixels of text size px. */
static char *
fit(const char *s, double width, double px)
{
	return cut(s, (size_t)(width / (px * EM)));
}

/*
 * A line of text at x, y in class cls, cut to width pixels; when cut,
 * the whole of it shows on hover, in a <title>.
 */
static void
text(double x, double y, const char *cls, double px, double width,
    const char *s, const char *anchor)
{
	char *c = fit(s, width, px), *one;

	fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\"", x, y, cls);
	if (anchor != NULL)
		fprintf(out, " text-anchor=\"%s\"", anchor);
	fputs(">", out);
	if ((one = str_oneline(s)) == NULL)
		err(EX_OSERR, NULL);
	if (strcmp(c, one) != 0) {
		fputs("<title>", out);
		xml(s);
		fputs("</title>", out);
	}
	free(one);
	xml(c);
	fputs("</text>\n", out);
}

/* printf into a string kept until exit. */
static const char *
str(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) == -1)
		err(EX_OSERR, NULL);
	va_end(ap);
	return str_keep(s);
}

static const char *
day_str(long day)
{
	char buf[11];

	return str("%s", date_fmt(day, buf));
}

static const char *
when(long day)
{
	char buf[64];

	return str("%s", journey_when(day, today, buf, sizeof(buf)));
}

/* "3 days overdue" */
static const char *
overdue(long day)
{
	char buf[64];
	size_t n;

	journey_when(day, today, buf, sizeof(buf));
	if ((n = strlen(buf)) > 4 && strcmp(buf + n - 4, " ago") == 0)
		buf[n - 4] = '\0';
	return str("%s overdue", buf);
}

static int
status_of(const struct jgoal *g)
{
	if (strcmp(g->status, "done") == 0)
		return ST_DONE;
	if (strcmp(g->status, "dropped") == 0)
		return ST_DROPPED;
	return g->due != -1 && g->due < today ? ST_OVERDUE : ST_OPEN;
}

/* The goal's percentage of its target, or -1 when there is none. */
static double
pct_of(const struct jgoal *g, const char *target)
{
	char buf[32];

	if (g->latest == NULL || progress_percent(g->latest->value, target,
	    buf, sizeof(buf)) == -1)
		return -1;
	return strtod(buf, NULL);
}

/* "7 of 24", "stretch 30: 23%", or "" when nothing is measured. */
static const char *
progress_words(const struct jgoal *g)
{
	double sp = pct_of(g, g->stretch);
	const char *s = "";

	if (g->latest != NULL)
		s = *g->target != '\0' ? str("%s of %s", g->latest->value,
		    g->target) : g->latest->value;
	else if (*g->target != '\0')
		s = str("target %s, not measured yet", g->target);
	if (*g->stretch != '\0')
		s = str("%s%sstretch %s%s", s, *s ? " \xc2\xb7 " : "",
		    g->stretch, sp >= 0 ? str(": %.0f%%", sp) : "");
	return s;
}

/* The first day of the month of day, moved by n months. */
static long
month_start(long day, long n)
{
	char buf[11];
	long d = date_add_months(day, n);

	return d - (strtol(date_fmt(d, buf) + 8, NULL, 10) - 1);
}

/* Sort the goals into the objectives and the timeline, and size it. */
static void
plan(void)
{
	struct jgoal *g;
	long lo = today, hi = today;
	size_t i;

	if ((line = calloc(j.ngoals + 1, sizeof(*line))) == NULL ||
	    (objs = calloc(j.ngoals + 1, sizeof(*objs))) == NULL)
		err(EX_OSERR, NULL);
	for (i = 0; i < j.ngoals; i++) {
		g = &j.goals[i];
		if (strcmp(g->kind, "objective") == 0) {
			objs[nobj++] = g;
			continue;
		}
		line[nline++] = g;
		if (g->due != -1 && g->due < lo)
			lo = g->due;
		if (g->due != -1 && g->due > hi)
			hi = g->due;
		if (g->created != -1 && g->created < lo && g->due != -1)
			lo = g->created;
	}
	if (nline > 0)
		qsort(line, nline, sizeof(*line), journey_cmp_due);
	if (nobj > 0)
		qsort(objs, nobj, sizeof(*objs), journey_cmp_due);
	start = month_start(lo, 0);
	end = month_start(hi, 1);
	if (end - start < 180)
		end = month_start(start, 6);
}

static double
xof(long day)
{
	return AXIS_X0 + (double)(day - start) * (AXIS_X1 - AXIS_X0) /
	    (end - start);
}

/* Bounded, so a date far out cannot draw over the other columns. */
static double
xclamp(long day)
{
	double x = xof(day);

	return x < AXIS_X0 ? AXIS_X0 : x > AXIS_X1 ? AXIS_X1 : x;
}

/* SVG */

static const char style[] =
    "text{font-family:'DejaVu Sans','Liberation Sans',Arial,Helvetica,"
    "sans-serif;fill:#0f172a;font-size:13px}\n"
    ".h1{font-size:30px;font-weight:bold;fill:#fff}\n"
    ".h1s{font-size:14px;fill:#cbd5e1}\n"
    ".h2{font-size:18px;font-weight:bold}\n"
    ".note{font-size:12px;fill:#64748b}\n"
    ".kicker{font-size:11px;font-weight:bold;fill:#4f46e5;"
    "letter-spacing:1px}\n"
    ".obj{font-size:20px;font-weight:bold;fill:#1e1b4b}\n"
    ".title{font-size:15px;font-weight:bold}\n"
    ".dropped{fill:#94a3b8;text-decoration:line-through}\n"
    ".pct{font-size:13px;font-weight:bold}\n"
    ".tick{font-size:11px;fill:#475569}\n"
    ".today{font-size:11px;fill:#dc2626;font-weight:bold}\n"
    ".stretch{fill:#7c3aed;font-weight:bold}\n"
    ".bold{font-weight:bold}\n"
    ".alert{fill:#dc2626;font-weight:bold}\n";

/* A five-pointed star of radius r at x, y. */
static void
star(double x, double y, double r, const char *fill)
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
mark(const struct jgoal *g, double x, double y, double r)
{
	int st = status_of(g);

	if (strcmp(g->kind, "stretch") == 0)
		star(x, y, r * 1.35, st_colour[st]);
	else
		fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" "
		    "fill=\"%s\"/>\n", x, y, r, st_colour[st]);
	if (st == ST_DONE)
		fprintf(out, "<path d=\"M%.1f %.1fl%.1f %.1fl%.1f %.1f\" "
		    "stroke=\"#fff\" stroke-width=\"2\" fill=\"none\"/>\n",
		    x - r * .45, y, r * .3, r * .35, r * .55, r * -.7);
	else if (st == ST_DROPPED)
		fprintf(out, "<path d=\"M%.1f %.1fh%.1f\" stroke=\"#fff\" "
		    "stroke-width=\"2\"/>\n", x - r * .5, y, r);
	else if (st == ST_OVERDUE)
		fprintf(out, "<path d=\"M%.1f %.1fv%.1fm0 %.1fv1.5\" "
		    "stroke=\"#fff\" stroke-width=\"2\"/>\n", x, y - r * .55,
		    r * .65, r * .3);
}

static double
svg_header(double y)
{
	size_t i, open = 0, done = 0, follows = 0;

	for (i = 0; i < nline; i++)
		if (status_of(line[i]) == ST_DONE)
			done++;
		else if (status_of(line[i]) != ST_DROPPED)
			open++;
	for (i = 0; i < j.nfollows; i++)
		follows += strcmp(j.follows[i].status, "open") == 0;
	fprintf(out, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"96\" "
	    "fill=\"#0f172a\"/>\n", W);
	text(32, 50, "h1", 30, RIGHT - 32, "My Career Journey", NULL);
	text(32, 78, "h1s", 14, RIGHT - 32, str("As of %s \xc2\xb7 %zu goal%s "
	    "open, %zu done \xc2\xb7 %zu open gap%s \xc2\xb7 %zu follow-up%s "
	    "ahead", day_str(today), open, open == 1 ? "" : "s", done,
	    j.ngaps, j.ngaps == 1 ? "" : "s", follows, follows == 1 ? "" :
	    "s"), NULL);
	return y + 96 + 20;
}

/* Goals that lead to objective o: how many, how many done. */
static const char *
toward(const struct jgoal *o)
{
	size_t i, n = 0, done = 0;

	for (i = 0; i < nline; i++)
		if (line[i]->parent == o->id) {
			n++;
			done += status_of(line[i]) == ST_DONE;
		}
	if (n == 0)
		return "no goal toward it yet";
	return str("%zu goal%s toward it, %zu done", n, n == 1 ? "" : "s",
	    done);
}

static double
svg_objectives(double y)
{
	const struct jgoal *o;
	const char *by;
	size_t i;

	if (nobj == 0) {
		text(LEFT, y + 16, "note", 12, RIGHT - LEFT, "No long-term "
		    "objective yet: goal-add -k objective -d +5y TITLE", NULL);
		return y + 36;
	}
	for (i = 0; i < nobj; i++, y += 76) {
		o = objs[i];
		fprintf(out, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" "
		    "height=\"64\" rx=\"10\" fill=\"%s\" stroke=\"#c7d2fe\"/>\n",
		    LEFT, y, RIGHT - LEFT, status_of(o) == ST_DONE ? "#f0fdf4" :
		    "#eef2ff");
		fprintf(out, "<polygon points=\"52,%.1f 64,%.1f 52,%.1f 40,%.1f\""
		    " fill=\"%s\"/>\n", y + 18, y + 32, y + 46, y + 32,
		    status_of(o) == ST_OPEN ? "#4f46e5" :
		    st_colour[status_of(o)]);
		text(76, y + 24, "kicker", 11, 300, str("LONG-TERM OBJECTIVE "
		    "%lld%s", o->id, status_of(o) == ST_OPEN ? "" :
		    str(" \xc2\xb7 %s", st_word[status_of(o)])), NULL);
		text(76, y + 50, "obj", 20, 740, o->title, NULL);
		by = o->due == -1 ? "no date yet" : str("by %s \xc2\xb7 %s",
		    day_str(o->due), when(o->due));
		text(RIGHT - 16, y + 28, "bold", 13, 300, by, "end");
		text(RIGHT - 16, y + 48, "note", 12, 300, toward(o), "end");
	}
	return y + 8;
}

static void
svg_legend(double y)
{
	static const char *const words[] = { "open", "overdue", "done",
	    "dropped" };
	struct jgoal g;
	double x = LEFT;
	int i;

	memset(&g, 0, sizeof(g));
	g.kind = "goal";
	g.due = -1;
	for (i = 0; i < 4; i++, x += 100) {
		g.status = i == ST_OVERDUE ? "open" : words[i];
		g.due = i == ST_OVERDUE ? today - 1 : -1;
		mark(&g, x + 8, y - 4, 7);
		text(x + 20, y, "note", 12, 80, words[i], NULL);
	}
	star(x + 8, y - 4, 9, st_colour[ST_OPEN]);
	text(x + 20, y, "note", 12, 110, "stretch goal", NULL);
	x += 124;
	fprintf(out, "<path d=\"M%.1f %.1fv14\" stroke=\"#dc2626\" "
	    "stroke-dasharray=\"3 3\" stroke-width=\"1.5\"/>\n", x + 6, y - 11);
	text(x + 16, y, "note", 12, 60, "today", NULL);
	x += 74;
	fprintf(out, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
	    "fill=\"#d97706\"/>\n", x + 1, y - 10, x + 13, y - 10, x + 7, y);
	text(x + 20, y, "note", 12, 90, "follow-up", NULL);
	x += 100;
	fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"40\" height=\"8\" "
	    "rx=\"4\" fill=\"#e2e8f0\"/><rect x=\"%.1f\" y=\"%.1f\" "
	    "width=\"24\" height=\"8\" rx=\"4\" fill=\"%s\"/>\n", x, y - 8, x,
	    y - 8, st_colour[ST_OPEN]);
	text(x + 48, y, "note", 12, 200, "progress against target",
	    NULL);
}

/* The axis: month ticks above the rows, follow-ups as triangles on it. */
static void
svg_axis(double y, double bottom)
{
	static const long steps[] = { 1, 2, 3, 6, 12, 24, 60, 120 };
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	const struct jfollow *f;
	char buf[11];
	long months, step, d, m;
	size_t i;

	/* A label takes some 60 pixels: at most one per 80. */
	months = (end - start) / 30;
	for (i = 0; i + 1 < sizeof(steps) / sizeof(steps[0]) &&
	    months / steps[i] >= (AXIS_X1 - AXIS_X0) / 80; i++)
		;
	step = steps[i];
	/* Centuries: whole years, as many as it takes. */
	if (months / step >= (AXIS_X1 - AXIS_X0) / 80)
		step = (months / ((AXIS_X1 - AXIS_X0) / 80) / 12 + 1) * 12;
	fprintf(out, "<path d=\"M%d %.1fH%d\" stroke=\"#94a3b8\"/>\n",
	    AXIS_X0, y, AXIS_X1);
	for (d = start; d <= end; d = month_start(d, 1)) {
		m = strtol(date_fmt(d, buf) + 5, NULL, 10) - 1;
		if (!date_valid(buf))
			break;		/* past 9999-12-31 */
		if (m % step != 0 && !(step > 12 && m == 0))
			continue;
		if (step >= 12 && (m != 0 ||
		    strtol(buf, NULL, 10) % (step / 12) != 0))
			continue;
		fprintf(out, "<path d=\"M%.1f %.1fV%.1f\" stroke=\"#e2e8f0\"/>"
		    "\n", xof(d), y, bottom);
		text(xof(d), y - 8, "tick", 11, 80, step >= 12 ?
		    str("%.4s", buf) : str("%s %.4s", mon[m], buf), "middle");
	}
	fprintf(out, "<path d=\"M%.1f %.1fV%.1f\" stroke=\"#dc2626\" "
	    "stroke-dasharray=\"4 3\" stroke-width=\"1.5\"/>\n", xof(today),
	    y - 4, bottom);
	text(xof(today), bottom + 14, "today", 11, 80, "today", "middle");
	for (i = 0; i < j.nfollows; i++) {
		f = &j.follows[i];
		if (strcmp(f->status, "open") != 0 || f->due < start ||
		    f->due > end)
			continue;
		fprintf(out, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
		    "fill=\"#d97706\"><title>", xof(f->due) - 6, y - 2,
		    xof(f->due) + 6, y - 2, xof(f->due), y + 9);
		xml(str("Follow-up with %s on %s%s%s", f->with,
		    day_str(f->due), *f->note ? ": " : "", f->note));
		fputs("</title></polygon>\n", out);
	}
}

/* A goal's bar on the timeline, from when it was written to its due date. */
static void
svg_span(const struct jgoal *g, double cy)
{
	const char *c = st_colour[status_of(g)];
	double x0, x1;

	if (g->due == -1) {
		text(AXIS_X0 + 4, cy + 4, "note", 12, AXIS_X1 - AXIS_X0,
		    "no due date", NULL);
		return;
	}
	x1 = xclamp(g->due);
	x0 = g->created != -1 && g->created < g->due ? xclamp(g->created) :
	    x1;
	if (x1 - x0 > 1)
		fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"10\" rx=\"5\" fill=\"%s\" fill-opacity=\"0.3\"/>"
		    "\n", x0, cy - 5, x1 - x0, c);
	mark(g, x1, cy, 7);
}

static void
svg_progress(const struct jgoal *g, double y)
{
	const char *c = st_colour[status_of(g)];
	const char *words = progress_words(g);
	double p = pct_of(g, g->target);

	if (p < 0 && status_of(g) == ST_DONE && g->latest == NULL)
		p = 100;
	if (p < 0) {
		text(BAR_X, y + 22, "note", 12, RIGHT - BAR_X, *words ? words :
		    *g->measure ? "not measured yet" : "no measure", NULL);
		return;
	}
	fprintf(out, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"10\" "
	    "rx=\"5\" fill=\"#e2e8f0\"/>\n", BAR_X, y + 11, BAR_W);
	if (p > 0)
		fprintf(out, "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"10\" rx=\"5\" fill=\"%s\"/>\n", BAR_X, y + 11,
		    (p > 100 ? 100 : p) * BAR_W / 100, c);
	text(BAR_X + BAR_W + 8, y + 20, "pct", 13, RIGHT - BAR_X - BAR_W - 8,
	    str("%.0f%%", p), NULL);
	text(BAR_X, y + 38, "note", 12, RIGHT - BAR_X, *words ? words :
	    "done", NULL);
}

/* "due 2027-06-30, in 7 months · reviews chaired · agreed" */
static const char *
goal_words(const struct jgoal *g)
{
	const char *s;

	s = g->due == -1 ? "no due date" : str("due %s, %s", day_str(g->due),
	    status_of(g) == ST_DONE ? "done" : when(g->due));
	if (*g->measure != '\0')
		s = str("%s \xc2\xb7 %s", s, g->measure);
	if (*g->agreed != '\0')
		s = str("%s \xc2\xb7 agreed", s);
	return s;
}

static void
svg_row(const struct jgoal *g, double y)
{
	int stretch = strcmp(g->kind, "stretch") == 0;
	double x = TITLE_X;

	mark(g, 44, y + 24, 9);
	text(x, y + 21, status_of(g) == ST_DROPPED ? "title dropped" : "title",
	    15, AXIS_X0 - 24 - x, g->title, NULL);
	if (stretch) {
		text(x, y + 39, "note stretch", 12, 100, "stretch goal", NULL);
		x += 96;
	}
	text(x, y + 39, "note", 12, AXIS_X0 - 24 - x, goal_words(g), NULL);
	fprintf(out, "<path d=\"M%d %.1fH%d\" stroke=\"#e2e8f0\"/>\n",
	    AXIS_X0, y + 24, AXIS_X1);
	svg_span(g, y + 24);
	svg_progress(g, y);
}

static double
svg_timeline(double y)
{
	double top;
	size_t i;

	text(LEFT, y + 20, "h2", 18, 400, "Goals on the way", NULL);
	svg_legend(y + 48);
	y += 84;
	top = y + 8;
	if (nline == 0) {
		text(TITLE_X, top + 24, "note", 12, 500, "No goal yet: goal-add "
		    "-p OBJECTIVE -d +6m TITLE", NULL);
		return top + 48;
	}
	/* Stripes first, then the axis over them, then the goals. */
	for (i = 0; i < nline; i += 2)
		fprintf(out, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" "
		    "height=\"%d\" rx=\"6\" fill=\"#f8fafc\"/>\n", LEFT,
		    top + i * ROW_H, RIGHT - LEFT, ROW_H);
	svg_axis(y, top + nline * ROW_H);
	for (i = 0; i < nline; i++)
		svg_row(line[i], top + i * ROW_H);
	return top + nline * ROW_H + 28;
}

static void
svg_check(const struct check *q, double y)
{
	double rate = q->meetings ? (double)q->yes / q->meetings : 0;

	text(84, y, "", 13, 600 - 84 - 16, q->question, NULL);
	fprintf(out, "<rect x=\"600\" y=\"%.1f\" width=\"160\" height=\"8\" "
	    "rx=\"4\" fill=\"#e2e8f0\"/>\n", y - 8);
	if (rate > 0)
		fprintf(out, "<rect x=\"600\" y=\"%.1f\" width=\"%.1f\" "
		    "height=\"8\" rx=\"4\" fill=\"#16a34a\"/>\n", y - 8,
		    rate * 160);
	text(772, y, "note", 12, 250, q->meetings == 0 ? "not answered yet" :
	    str("%ld of %ld yes \xc2\xb7 %ld in a row", q->yes, q->meetings,
	    q->run), NULL);
	fprintf(out, "<text x=\"1010\" y=\"%.1f\" class=\"bold\" "
	    "style=\"fill:%s\">%s %s</text>\n", y, trend_colour[q->trend],
	    trend_mark[q->trend], trend_word[q->trend]);
	if (q->closing) {
		fprintf(out, "<rect x=\"1092\" y=\"%.1f\" width=\"76\" "
		    "height=\"18\" rx=\"9\" fill=\"#dcfce7\"/>\n", y - 13);
		text(1130, y, "note", 12, 76, "closing", "middle");
	}
}

static double
svg_gap(const struct jgap *g, double y)
{
	struct jgoal *goal = journey_goal(&j, g->goal);
	const char *s = "";
	long i;

	fprintf(out, "<polygon points=\"44,%.1f 54,%.1f 34,%.1f\" "
	    "fill=\"#d97706\"/>\n<path d=\"M44 %.1fv6m0 2.5v1.5\" "
	    "stroke=\"#fff\" stroke-width=\"1.8\"/>\n", y + 6, y + 24, y + 24,
	    y + 11);
	text(TITLE_X, y + 21, "title", 15, RIGHT - TITLE_X,
	    str("Gap %lld: %s", g->id, g->statement), NULL);
	if (goal != NULL)
		s = str("for goal %lld, %s", goal->id, goal->title);
	if (*g->cause != '\0')
		s = str("%s%sroot cause: %s", s, *s ? " \xc2\xb7 " : "",
		    g->cause);
	if (*g->action != '\0')
		s = str("%s%splan: %s", s, *s ? " \xc2\xb7 " : "", g->action);
	text(TITLE_X, y + 39, "note", 12, RIGHT - TITLE_X, s, NULL);
	y += 48;
	for (i = 0; i < g->nchecks; i++, y += 26)
		svg_check(g->checks[i], y + 14);
	if (g->nchecks == 0) {
		text(84, y + 14, "note", 12, 700, str("No checklist yet: "
		    "gap-log -C %lld QUESTION", g->id), NULL);
		y += 26;
	}
	return y + 12;
}

static double
svg_gaps(double y)
{
	size_t i;

	text(LEFT, y + 20, "h2", 18, 300, "Gaps to close", NULL);
	text(RIGHT, y + 20, "note", 12, 700, "the checklist after each "
	    "meeting; trend: the last five answers against the five before",
	    "end");
	y += 40;
	if (j.ngaps == 0) {
		text(TITLE_X, y + 12, "note", 12, 500, "No open gap.", NULL);
		return y + 36;
	}
	for (i = 0; i < j.ngaps; i++)
		y = svg_gap(&j.gaps[i], y);
	return y + 8;
}

static double
svg_follows(double y)
{
	const struct jfollow *f;
	struct jgoal *g;
	size_t i, n = 0;

	text(LEFT, y + 20, "h2", 18, 400, "Follow-ups ahead", NULL);
	y += 44;
	for (i = 0; i < j.nfollows; i++) {
		f = &j.follows[i];
		if (strcmp(f->status, "open") != 0 || f->due == -1)
			continue;
		g = journey_goal(&j, f->goal);
		fprintf(out, "<polygon points=\"38,%.1f 50,%.1f 44,%.1f\" "
		    "fill=\"#d97706\"/>\n", y - 10, y - 10, y);
		text(TITLE_X, y, f->due < today ? "alert" : "bold", 13, 100,
		    day_str(f->due), NULL);
		text(170, y, f->due < today ? "alert" : "note", 12, 130,
		    f->due < today ? overdue(f->due) : when(f->due), NULL);
		text(300, y, "bold", 13, 150, f->with, NULL);
		text(460, y, "", 13, 600, str("%s%s%s", f->note,
		    g != NULL && *f->note ? " \xc2\xb7 " : "", g != NULL ?
		    str("goal %lld, %s", g->id, g->title) : ""), NULL);
		if (*f->every != '\0')
			text(RIGHT - 8, y, "note", 12, 110, str("every %s",
			    f->every), "end");
		y += 26;
		n++;
	}
	if (n == 0) {
		text(TITLE_X, y, "note", 12, 500, "Nothing scheduled: "
		    "followup-add -w WHO DATE", NULL);
		y += 26;
	}
	return y;
}

static void
svg(FILE *fp)
{
	char *body;
	size_t len;
	double y;

	if ((out = open_memstream(&body, &len)) == NULL)
		err(EX_OSERR, NULL);
	y = svg_header(0);
	y = svg_objectives(y);
	y = svg_timeline(y + 12);
	y = svg_gaps(y);
	y = svg_follows(y + 12);
	text(RIGHT, y + 20, "note", 12, 500, str("journey-map, career %s",
	    CAREER_VERSION), "end");
	y += 36;
	if (fclose(out) == EOF)
		err(EX_OSERR, NULL);
	out = fp;
	fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	    "height=\"%.0f\" viewBox=\"0 0 %d %.0f\" role=\"img\">\n"
	    "<title>My Career Journey</title>\n<style>\n%s</style>\n"
	    "<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>\n", W, y,
	    W, y, style);
	fwrite(body, 1, len, out);
	fputs("</svg>\n", out);
	free(body);
}

/* Text */

/* s cut to width columns and padded to them. */
static void
cell(const char *s, size_t width)
{
	const char *c = cut(s, width);
	size_t w;

	fputs(c, out);
	for (w = str_width(c); w < width; w++)
		putc(' ', out);
}

static void
text_goal(const struct jgoal *g)
{
	static const char *const box[] = { "[ ]", "[!]", "[x]", "[-]" };
	char pct[32], bar[64];
	const char *words = progress_words(g);

	fprintf(out, "%s%s %-10s  ", box[status_of(g)],
	    strcmp(g->kind, "stretch") == 0 ? "*" : " ",
	    g->due == -1 ? "no date" : day_str(g->due));
	if (g->latest == NULL && *words == '\0')
		fputs(cut(g->title, 36), out);
	else
		cell(g->title, 36);
	if (g->latest != NULL && progress_percent(g->latest->value,
	    g->target, pct, sizeof(pct)) == 0)
		fprintf(out, "  %s  %s", progress_bar(pct, bar, sizeof(bar)),
		    words);
	else if (*words != '\0')
		fprintf(out, "  %s", words);
	fputs("\n", out);
}

static void
text_gap(const struct jgap *g)
{
	const struct check *q;
	char pct[32], bar[64];
	long i;

	fprintf(out, "Gap %lld: %s\n", g->id, cut(g->statement, 70));
	if (*g->cause != '\0')
		fprintf(out, "  root cause: %s\n", cut(g->cause, 64));
	for (i = 0; i < g->nchecks; i++) {
		q = g->checks[i];
		snprintf(pct, sizeof(pct), "%ld", q->meetings ?
		    q->yes * 100 / q->meetings : 0);
		fprintf(out, "  %s %-4s %s%s\n", progress_bar(pct, bar,
		    sizeof(bar)), trend_word[q->trend], cut(q->question, 46),
		    q->closing ? " (closing)" : "");
	}
}

static void
text_map(FILE *fp)
{
	const struct jfollow *f;
	const struct jgoal *o;
	size_t i, n;

	out = fp;
	fprintf(out, "My Career Journey, %s\n", day_str(today));
	for (i = 0; i < nobj; i++) {
		o = objs[i];
		fprintf(out, "\nObjective %lld: %s\n  %s%s; %s\n", o->id,
		    cut(o->title, 66), o->due == -1 ?
		    "no date yet" : str("by %s, %s", day_str(o->due),
		    when(o->due)), status_of(o) == ST_OPEN ? "" :
		    str(" (%s)", st_word[status_of(o)]), toward(o));
	}
	fputs("\nGoals on the way\n", out);
	for (i = 0; i < nline; i++)
		text_goal(line[i]);
	if (nline == 0)
		fputs("No goal yet.\n", out);
	fputs("[ ] open  [!] overdue  [x] done  [-] dropped  * stretch goal\n",
	    out);
	fputs("\nGaps to close\n", out);
	for (i = 0; i < j.ngaps; i++) {
		if (i > 0)
			fputs("\n", out);
		text_gap(&j.gaps[i]);
	}
	if (j.ngaps == 0)
		fputs("No open gap.\n", out);
	fputs("\nFollow-ups ahead\n", out);
	for (i = n = 0; i < j.nfollows; i++) {
		f = &j.follows[i];
		if (strcmp(f->status, "open") != 0 || f->due == -1)
			continue;
		n++;
		fprintf(out, "%s  ", day_str(f->due));
		cell(f->due < today ? overdue(f->due) : when(f->due), 15);
		fprintf(out, "  %s\n", cut(str("%s%s%s", f->with, *f->note ?
		    ": " : "", f->note), 50));
	}
	if (n == 0)
		fputs("Nothing scheduled.\n", out);
}

int
journey_draw(FILE *fp, int astext)
{
	today = date_today();
	if (journey_load(&j) == -1 || journey_measure(&j, 0) == -1)
		return -1;
	plan();
	if (astext)
		text_map(fp);
	else
		svg(fp);
	free(line);
	free(objs);
	journey_free(&j);
	return 0;
}
