/*
 * agenda.c: agenda's Markdown agenda for the next one-on-one with the
 * manager, or with anyone: the follow-ups due, progress on the agreed
 * goals and the wins since the last meeting, the open gaps, and what was
 * asked of them.  Never the BATNA: batna.csv is not even opened.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "career.h"

#define DUE_DAYS	7	/* follow-ups due this soon are on the agenda */
#define SINCE_DAYS	30	/* the window when no meeting is known */

static struct journey j;
static struct table *fb;		/* feedback.csv */
static struct record **fbrows;
static const char *who;			/* NULL: no manager known */
static int named;			/* who came from -w */
static long today, since;

/* Text of a record as Markdown on one line: no markup of its own. */
static void
md(const char *s)
{
	for (; *s != '\0'; s++) {
		if ((unsigned char)*s < ' ' || *s == 0x7f) {
			putchar(' ');
			continue;
		}
		if (strchr("\\`*_[]<>#|", *s) != NULL)
			putchar('\\');
		putchar(*s);
	}
}

static const char *
day_str(long day)
{
	static char buf[4][11];
	static int i;

	i = (i + 1) % 4;
	return date_fmt(day, buf[i]);
}

static int
same_person(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcasecmp(a, b) == 0;
}

/* " (goal 2: Title)", or nothing when the goal is unknown. */
static void
goal_ref(long long id)
{
	struct jgoal *g = journey_goal(&j, id);

	if (g == NULL)
		return;
	printf(" (goal %lld: ", g->id);
	md(g->title);
	putchar(')');
}

/*
 * The manager, when -w names no one: who last gave feedback as the
 * manager, else whom the first open follow-up about an agreed goal is
 * with (goals are agreed with the manager).
 */
static const char *
find_manager(void)
{
	const struct record *best = NULL, **r;
	struct jgoal *g;
	size_t i;
	int c;

	for (r = (const struct record **)fbrows; *r != NULL; r++) {
		if (strcmp(rec_getn(fb, *r, "relation"), "manager") != 0 ||
		    *rec_getn(fb, *r, "person") == '\0')
			continue;
		if (best == NULL || (c = strcmp(rec_getn(fb, *r, "date"),
		    rec_getn(fb, best, "date"))) > 0 ||
		    (c == 0 && (*r)->id > best->id))
			best = *r;
	}
	if (best != NULL)
		return rec_getn(fb, best, "person");
	for (i = 0; i < j.nfollows; i++)
		if (strcmp(j.follows[i].status, "open") == 0 &&
		    (g = journey_goal(&j, j.follows[i].goal)) != NULL &&
		    *g->agreed != '\0' && *j.follows[i].with != '\0')
			return j.follows[i].with;
	return NULL;
}

/* The day of the last follow-up done with who, or -1. */
static long
last_meeting(void)
{
	long last = -1;
	size_t i;

	for (i = 0; i < j.nfollows; i++)
		if (same_person(j.follows[i].with, who) &&
		    strcmp(j.follows[i].status, "done") == 0 &&
		    j.follows[i].done > last)
			last = j.follows[i].done;
	return last;
}

static void
header(const char *given)
{
	long last;

	printf("# One-on-one with ");
	md(who != NULL ? who : "my manager");
	printf(", %s\n\n", day_str(today));
	if (given != NULL)
		printf("Since %s.\n", day_str(since));
	else if ((last = last_meeting()) != -1) {
		printf("Since the last follow-up done with ");
		md(who);
		printf(", on %s.\n", day_str(last));
	}
	else {
		printf("Since %s, %d days ago: no follow-up done with ",
		    day_str(since), SINCE_DAYS);
		md(who != NULL ? who : "the manager");
		printf(" yet.\n");
	}
	if (who == NULL)
		printf("No manager known: name one with -w, or log their "
		    "feedback with feedback-log -r manager.\n");
}

static void
followups_due(void)
{
	const struct jfollow *f;
	size_t i;
	long d;
	int n = 0;

	printf("\n## Follow-ups due\n\n");
	for (i = 0; i < j.nfollows; i++) {
		f = &j.follows[i];
		if (strcmp(f->status, "open") != 0 ||
		    !same_person(f->with, who) || f->due == -1 ||
		    f->due > today + DUE_DAYS)
			continue;
		printf("- %s (", day_str(f->due));
		/* As followup-due says it. */
		if ((d = f->due - today) == 0)
			printf("today");
		else if (d < 0)
			printf("%ld day%s overdue", -d, d == -1 ? "" : "s");
		else
			printf("in %ld day%s", d, d == 1 ? "" : "s");
		printf("): ");
		md(*f->note != '\0' ? f->note : "follow-up");
		goal_ref(f->goal);
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
change(const struct jgoal *g)
{
	const struct progress_entry *e = g->latest;
	double now, then;

	if (strcmp(e->date, day_str(since)) < 0) {
		printf(", on %s; nothing measured since", e->date);
		return;
	}
	printf(", on %s", e->date);
	if (g->prev == NULL) {
		printf("; nothing measured before %s", day_str(since));
		return;
	}
	if (progress_number(e->value, &now) == 0 &&
	    progress_number(g->prev, &then) == 0)
		printf("; %s ", now > then ? "up from" : now < then ?
		    "down from" : "the same as");
	else
		printf("; was ");
	md(g->prev);
	printf(" on %s", day_str(g->prevd));
}

static void
progress(void)
{
	struct jgoal **v, *g;
	size_t i, n = 0;

	printf("\n## Progress on agreed goals\n\n");
	if ((v = calloc(j.ngoals + 1, sizeof(*v))) == NULL)
		err(EX_OSERR, NULL);
	/* Open ones, and those done or dropped since the last meeting. */
	for (i = 0; i < j.ngoals; i++) {
		g = &j.goals[i];
		if (*g->agreed != '\0' && (strcmp(g->status, "open") == 0 ||
		    g->updated >= since))
			v[n++] = g;
	}
	if (n > 0)
		qsort(v, n, sizeof(*v), journey_cmp_due);
	for (i = 0; i < n; i++) {
		g = v[i];
		printf("- ");
		if (strcmp(g->status, "open") != 0)
			printf("%s: ", g->status);
		printf("**");
		md(g->title);
		printf("** (goal %lld", g->id);
		if (g->due != -1)
			printf(", due %s", day_str(g->due));
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
			change(g);
		}
		printf(".\n");
	}
	if (n == 0)
		printf("No goal agreed yet (goal-set ID agreed=DATE).\n");
	free(v);
}

static const struct table *sort_t;

/* By date, then id. */
static int
cmp_dated(const void *a, const void *b)
{
	const struct record *x = *(struct record *const *)a;
	const struct record *y = *(struct record *const *)b;
	int c;

	if ((c = strcmp(rec_getn(sort_t, x, "date"),
	    rec_getn(sort_t, y, "date"))) != 0)
		return c;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* The rows dated since, by date, in place at the front of rows. */
static size_t
dated_since(const struct table *t, struct record **rows)
{
	const char *s = day_str(since);
	size_t i, n = 0;

	for (i = 0; rows[i] != NULL; i++)
		if (date_valid(rec_getn(t, rows[i], "date")) &&
		    strcmp(rec_getn(t, rows[i], "date"), s) >= 0) {
			struct record *r = rows[n];

			rows[n++] = rows[i];
			rows[i] = r;
		}
	sort_t = t;
	if (n > 0)
		qsort(rows, n, sizeof(*rows), cmp_dated);
	return n;
}

static void
wins(void)
{
	struct record **rows;
	struct table *t;
	const char *metric;
	size_t i, n;

	printf("\n## Wins since %s\n\n", day_str(since));
	if ((t = table_open(&schema_wins)) == NULL ||
	    table_load(t, &rows) == -1)
		career_die();
	n = dated_since(t, rows);
	for (i = 0; i < n; i++) {
		printf("- %s: ", rec_getn(t, rows[i], "date"));
		md(rec_getn(t, rows[i], "what"));
		metric = rec_getn(t, rows[i], "metric");
		printf(" \xe2\x80\x94 ");	/* an em dash */
		md(*metric != '\0' ? metric : "no number yet");
		goal_ref(strtoll(rec_getn(t, rows[i], "goal"), NULL, 10));
		putchar('\n');
	}
	if (n == 0)
		printf("No win logged since %s (win-log).\n", day_str(since));
	table_free_rows(rows);
	table_close(t);
}

/* "; checklist since DATE: 9 of 12 answers yes" */
static void
checklist(const struct jgap *g)
{
	long i, meetings = 0, yes = 0;

	for (i = 0; i < g->nchecks; i++) {
		meetings += g->checks[i]->meetings;
		yes += g->checks[i]->yes;
	}
	if (g->nchecks == 0)
		return;
	if (meetings == 0)
		printf(" Checklist: no answers since %s.", day_str(since));
	else
		printf(" Checklist since %s: %ld of %ld answers yes.",
		    day_str(since), yes, meetings);
}

static void
gaps(void)
{
	const struct jgap *g;
	size_t i;

	printf("\n## Open gaps\n\n");
	for (i = 0; i < j.ngaps; i++) {
		g = &j.gaps[i];
		printf("- **Gap %lld**: ", g->id);
		md(g->statement);
		goal_ref(g->goal);
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
		checklist(g);
		putchar('\n');
	}
	if (j.ngaps == 0)
		printf("No open gap.\n");
}

/*
 * What was asked of them and what came of it: the notes of the
 * follow-ups done with them since (followup-done adds the outcome), and
 * what they said (feedback-log) since.
 */
static void
asked(void)
{
	const struct jfollow *f;
	size_t i, n = 0, nf;
	const char *person;

	printf("\n## Asked of ");
	md(who != NULL ? who : "my manager");
	printf("\n\n");
	for (i = 0; i < j.nfollows; i++) {
		f = &j.follows[i];
		if (strcmp(f->status, "done") != 0 ||
		    !same_person(f->with, who) || f->done < since)
			continue;
		printf("- %s, follow-up %lld: ", day_str(f->done), f->id);
		md(*f->note != '\0' ? f->note : "(no note)");
		goal_ref(f->goal);
		putchar('\n');
		n++;
	}
	nf = dated_since(fb, fbrows);
	for (i = 0; i < nf; i++) {
		person = rec_getn(fb, fbrows[i], "person");
		if (!same_person(person, who) && (named ||
		    strcmp(rec_getn(fb, fbrows[i], "relation"), "manager")))
			continue;
		printf("- %s, ", rec_getn(fb, fbrows[i], "date"));
		md(person);
		printf(" said: ");
		md(rec_getn(fb, fbrows[i], "said"));
		goal_ref(strtoll(rec_getn(fb, fbrows[i], "goal"), NULL, 10));
		putchar('\n');
		n++;
	}
	if (n == 0)
		printf("Nothing since %s.\n", day_str(since));
}

int
agenda_write(const char *with, const char *from)
{
	who = with;
	named = with != NULL;
	if (named && *who == '\0')
		return career_fail(EX_USAGE, "-w: empty name");
	if (from != NULL && date_parse(from, &since) == -1)
		return -1;
	today = date_today();
	if (journey_load(&j) == -1 ||
	    (fb = table_open(&schema_feedback)) == NULL ||
	    table_load(fb, &fbrows) == -1)
		return -1;
	if (!named)
		who = find_manager();
	if (from == NULL && (since = last_meeting()) == -1)
		since = today - SINCE_DAYS;
	if (journey_measure(&j, since) == -1)
		return -1;
	header(from);
	followups_due();
	progress();
	wins();
	gaps();
	asked();
	table_free_rows(fbrows);
	table_close(fb);
	journey_free(&j);
	return 0;
}
