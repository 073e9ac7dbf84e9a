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
 * sections.c: agenda's Markdown, one function a section, each printing
 * from the struct agenda that meeting.c read.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"
#include "agenda.h"

/* A row of a dated file, for sorting by date, then id. */
struct dated {
	const char *date;
	const struct record *r;
};

/* A blank, in a record: a space or a control character. */
#define BLANK(c)	((unsigned char)(c) <= ' ' || (c) == 0x7f)

/*
 * Must c, at s in a record that ends at end, have a backslash before it
 * so that it shows as written?  Markup in CommonMark, GFM or pandoc's
 * Markdown starts with these ASCII punctuation characters: emphasis,
 * code, links, HTML and entities, strikethrough, tables, math, super-
 * and subscripts, attributes, citations, smart quotes; a colon before a
 * name (":smile:"), two hyphens (a dash) and two dots (an ellipsis).  A
 * backslash before ASCII punctuation is literal in all three; the
 * others are left alone, so that "end-to-end", "3.5" and "Q3, 2026"
 * read as typed.
 */
static int
special(const char *s, const char *start, const char *end)
{
	int next = s + 1 < end ? (unsigned char)s[1] : 0;
	int prev = s > start ? (unsigned char)s[-1] : 0;

	if (strchr("\\`*_[]<>#|&~^${}\"'@", *s) != NULL)
		return 1;
	if (*s == ':')
		return next != 0 && (isalnum(next) || strchr("_+-", next));
	if (*s == '-' || *s == '.')
		return next == *s || prev == *s;
	return 0;
}

/*
 * Text of a record as Markdown that shows it as written, on one line:
 * blanks at either end left out (two before the end of a line would
 * break it in pandoc) and control characters as blanks, since a line
 * break would end the item; bytes that are not UTF-8 become U+FFFD.
 */
static void
md(const char *s)
{
	const char *start, *end = s + strlen(s);
	size_t n;

	while (BLANK(*s) && *s != '\0')
		s++;
	while (end > s && BLANK(end[-1]))
		end--;
	for (start = s; s < end; s += n ? n : 1) {
		n = str_utf8_len(s);
		if (n == 0)
			fputs("\xef\xbf\xbd", stdout);
		else if (BLANK(*s) || (n == 2 && (unsigned char)*s == 0xc2 &&
		    (unsigned char)s[1] < 0xa0))
			putchar(' ');		/* C0, DEL and C1 */
		else {
			if (special(s, start, end))
				putchar('\\');
			fwrite(s, 1, n, stdout);
		}
	}
}

/* s in bold, unless nothing of it shows. */
static void
md_strong(const char *s)
{
	const char *p;

	for (p = s; BLANK(*p) && *p != '\0'; p++)
		;
	if (*p == '\0')
		return;
	fputs("**", stdout);
	md(s);
	fputs("**", stdout);
}

/* day as YYYY-MM-DD, printed. */
static void
day(long d)
{
	char buf[11];

	fputs(date_fmt(d, buf), stdout);
}

/* " (goal 2: Title)", or nothing when the goal is unknown. */
static void
goal_ref(const struct agenda *a, long long id)
{
	struct jgoal *g = journey_goal(&a->j, id);

	if (g == NULL)
		return;
	printf(" (goal %lld: ", g->id);
	md(g->title);
	putchar(')');
}

/* " (goal 2: Title)" for the goal column col of row r of t. */
static void
goal_field(const struct agenda *a, const struct table *t,
    const struct record *r, int col)
{
	goal_ref(a, strtoll(rec_field(t, r, col), NULL, 10));
}

static void
header(const struct agenda *a)
{
	printf("# One-on-one with ");
	md(a->who != NULL ? a->who : "my manager");
	printf(", ");
	day(a->today);
	printf("\n\n");
	if (a->given)
		printf("Since %s.\n", a->sincestr);
	else if (a->last != -1) {
		printf("Since the last follow-up done with ");
		md(a->who);
		printf(", on %s.\n", a->sincestr);
	} else {
		printf("Since %s, %d days ago: no follow-up done with ",
		    a->sincestr, SINCE_DAYS);
		md(a->who != NULL ? a->who : "the manager");
		printf(" yet.\n");
	}
	if (a->who == NULL)
		printf("No manager known: name one with -w, or log their "
		    "feedback with feedback-log -r manager.\n");
}

static void
followups_due(const struct agenda *a)
{
	const struct jfollow *f;
	size_t i;
	long d;
	int n = 0;

	printf("\n## Follow-ups due\n\n");
	for (i = 0; i < a->j.nfollows; i++) {
		f = &a->j.follows[i];
		if (strcmp(f->status, "open") != 0 ||
		    !agenda_same(f->with, a->who) || f->due == -1 ||
		    f->due > a->today + DUE_DAYS)
			continue;
		printf("- ");
		day(f->due);
		printf(" (");
		/* As followup-due says it. */
		if ((d = f->due - a->today) == 0)
			printf("today");
		else if (d < 0)
			printf("%ld day%s overdue", -d, d == -1 ? "" : "s");
		else
			printf("in %ld day%s", d, d == 1 ? "" : "s");
		printf("): ");
		md(*f->note != '\0' ? f->note : "follow-up");
		goal_ref(a, f->goal);
		putchar('\n');
		n++;
	}
	if (n == 0)
		printf("Nothing due in the next %d days.\n", DUE_DAYS);
}

/* "7 of 24 reviews chaired (29%), stretch 30 (23%)" */
static void
measured(const struct jgoal *g, const char *value)
{
	char pct[32];

	md(value);
	if (*g->target != '\0') {
		printf(" of ");
		md(g->target);
	}
	if (*g->measure != '\0') {
		putchar(' ');
		md(g->measure);
	}
	if (progress_percent(value, g->target, pct, sizeof(pct)) == 0)
		printf(" (%s%%)", pct);
	if (*g->stretch != '\0') {
		printf(", stretch ");
		md(g->stretch);
		if (progress_percent(value, g->stretch, pct, sizeof(pct)) == 0)
			printf(" (%s%%)", pct);
	}
}

/* How the latest value compares with the one before since. */
static void
change(const struct agenda *a, const struct jgoal *g)
{
	const struct progress_entry *e = g->latest;
	double now, then;

	if (strcmp(e->date, a->sincestr) < 0) {
		printf(", on ");
		md(e->date);
		printf("; nothing measured since");
		return;
	}
	printf(", on ");
	md(e->date);
	if (g->prev == NULL) {
		printf("; nothing measured before %s", a->sincestr);
		return;
	}
	if (progress_number(e->value, &now) == 0 &&
	    progress_number(g->prev, &then) == 0)
		printf("; %s ", now > then ? "up from" : now < then ?
		    "down from" : "the same as");
	else
		printf("; was ");
	md(g->prev);
	printf(" on ");
	day(g->prevd);
}

/* One agreed goal: where it stands and how it moved. */
static void
agreed_goal(const struct agenda *a, const struct jgoal *g)
{
	printf("- ");
	if (strcmp(g->status, "open") != 0)
		printf("%s: ", g->status);
	md_strong(g->title);
	printf(" (goal %lld", g->id);
	if (g->due != -1) {
		printf(", due ");
		day(g->due);
	}
	printf("): ");
	if (g->latest == NULL) {
		printf("nothing measured yet");
		if (*g->target != '\0') {
			printf("; target ");
			md(g->target);
			if (*g->measure != '\0')
				putchar(' ');
			md(g->measure);
		}
	} else {
		measured(g, g->latest->value);
		change(a, g);
	}
	printf(".\n");
}

static int
progress(const struct agenda *a)
{
	struct jgoal **v, *g;
	size_t i, n = 0;

	printf("\n## Progress on agreed goals\n\n");
	if ((v = calloc(a->j.ngoals + 1, sizeof(*v))) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	/* Open ones, and those done or dropped since the last meeting. */
	for (i = 0; i < a->j.ngoals; i++) {
		g = &a->j.goals[i];
		if (*g->agreed != '\0' && (strcmp(g->status, "open") == 0 ||
		    g->updated >= a->since))
			v[n++] = g;
	}
	if (n > 0)
		qsort(v, n, sizeof(*v), journey_cmp_due);
	for (i = 0; i < n; i++)
		agreed_goal(a, v[i]);
	if (n == 0)
		printf("No goal agreed yet (goal-set ID agreed=DATE).\n");
	free(v);
	return 0;
}

static int
cmp_dated(const void *p, const void *q)
{
	const struct dated *x = p, *y = q;
	int c;

	if ((c = strcmp(x->date, y->date)) != 0)
		return c;
	return x->r->id < y->r->id ? -1 : x->r->id > y->r->id;
}

/*
 * The rows of t whose date column col is since or later, by date, into
 * *vp (to free); their number, or -1 with an error.
 */
static long
dated_since(const struct agenda *a, const struct table *t,
    struct record *const *rows, int col, struct dated **vp)
{
	struct dated *v;
	const char *date;
	size_t i, n = 0;

	for (i = 0; rows[i] != NULL; i++)
		;
	if ((v = calloc(i + 1, sizeof(*v))) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	for (i = 0; rows[i] != NULL; i++) {
		date = rec_field(t, rows[i], col);
		if (date_valid(date) && strcmp(date, a->sincestr) >= 0) {
			v[n].date = date;
			v[n++].r = rows[i];
		}
	}
	if (n > 0)
		qsort(v, n, sizeof(*v), cmp_dated);
	*vp = v;
	return n;
}

static int
wins(const struct agenda *a)
{
	const struct table *t = a->wins;
	const char *metric;
	struct dated *v;
	long i, n;

	printf("\n## Wins since %s\n\n", a->sincestr);
	if ((n = dated_since(a, t, a->winrows, WINS_DATE, &v)) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		printf("- %s: ", v[i].date);
		md(rec_field(t, v[i].r, WINS_WHAT));
		metric = rec_field(t, v[i].r, WINS_METRIC);
		printf(" \xe2\x80\x94 ");	/* an em dash */
		md(*metric != '\0' ? metric : "no number yet");
		goal_field(a, t, v[i].r, WINS_GOAL);
		putchar('\n');
	}
	if (n == 0)
		printf("No win logged since %s (win-log).\n", a->sincestr);
	free(v);
	return 0;
}

/* " Checklist since DATE: 9 of 12 answers yes." */
static void
checklist(const struct agenda *a, const struct jgap *g)
{
	long i, meetings = 0, yes = 0;

	for (i = 0; i < g->nchecks; i++) {
		meetings += g->checks[i]->meetings;
		yes += g->checks[i]->yes;
	}
	if (g->nchecks == 0)
		return;
	if (meetings == 0)
		printf(" Checklist: no answers since %s.", a->sincestr);
	else
		printf(" Checklist since %s: %ld of %ld answers yes.",
		    a->sincestr, yes, meetings);
}

static void
gaps(const struct agenda *a)
{
	const struct jgap *g;
	size_t i;

	printf("\n## Open gaps\n\n");
	for (i = 0; i < a->j.ngaps; i++) {
		g = &a->j.gaps[i];
		printf("- **Gap %lld**: ", g->id);
		md(g->statement);
		goal_ref(a, g->goal);
		putchar('.');
		if (*g->cause != '\0') {
			printf(" Root cause: ");
			md(g->cause);
			putchar('.');
		}
		if (*g->action != '\0') {
			printf(" Plan: ");
			md(g->action);
			putchar('.');
		}
		checklist(a, g);
		putchar('\n');
	}
	if (a->j.ngaps == 0)
		printf("No open gap.\n");
}

/*
 * What was asked of them and what came of it: the notes of the
 * follow-ups done with them since (followup-done adds the outcome), and
 * what they said (feedback-log) since.
 */
static int
asked(const struct agenda *a)
{
	const struct table *t = a->fb;
	const struct jfollow *f;
	const char *person;
	struct dated *v;
	size_t i;
	long k, nf, n = 0;

	printf("\n## Asked of ");
	md(a->who != NULL ? a->who : "my manager");
	printf("\n\n");
	for (i = 0; i < a->j.nfollows; i++) {
		f = &a->j.follows[i];
		if (strcmp(f->status, "done") != 0 ||
		    !agenda_same(f->with, a->who) || f->done < a->since)
			continue;
		printf("- ");
		day(f->done);
		printf(", follow-up %lld: ", f->id);
		md(*f->note != '\0' ? f->note : "(no note)");
		goal_ref(a, f->goal);
		putchar('\n');
		n++;
	}
	if ((nf = dated_since(a, t, a->fbrows, FEEDBACK_DATE, &v)) == -1)
		return -1;
	for (k = 0; k < nf; k++) {
		person = rec_field(t, v[k].r, FEEDBACK_PERSON);
		if (!agenda_same(person, a->who) && (a->named ||
		    strcmp(rec_field(t, v[k].r, FEEDBACK_RELATION), "manager")))
			continue;
		printf("- %s, ", v[k].date);
		md(person);
		printf(" said: ");
		md(rec_field(t, v[k].r, FEEDBACK_SAID));
		goal_field(a, t, v[k].r, FEEDBACK_GOAL);
		putchar('\n');
		n++;
	}
	free(v);
	if (n == 0)
		printf("Nothing since %s.\n", a->sincestr);
	return 0;
}

int
agenda_write(const struct agenda *a)
{
	header(a);
	followups_due(a);
	if (progress(a) == -1 || wins(a) == -1)
		return -1;
	gaps(a);
	return asked(a);
}
