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
 * next.c: the method applied to the person's own plan.  Each rule looks
 * at the records a step of the method leaves and, when the step is not
 * done, suggests it with the command that does it: the rules are in
 * steps.c, named in rules[] below, and career(7) documents every one by
 * the step it comes from; change them together.
 *
 * The store is read once: the journey (goals, open gaps and their
 * checklist, follow-ups, progress), then feedback, gaps, meetings, wins
 * and the days of the BATNAs, whose content is never read.
 *
 * A goal's plan is the goal with its objective (its parent) and, for an
 * objective, the goals under it: feedback on an objective's goal shows
 * the objective too, and one recurring follow-up on the objective keeps
 * the cadence of every goal under it.  Records about no goal are about
 * the whole plan.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"
#include "next.h"

const char *const next_steps[] = { "", "1", "2", "3", "4", "5", "measure",
    NULL };

/* Each rule's name, step and priority, in the order of next.h's R_... */
static const struct rule {
	const char *name;
	int step, priority;
} rules[] = {
	{ "followup-overdue", NEXT_STEP5, 1 },
	{ "no-batna", NEXT_STEP4, 2 },		/* 1 within a week */
	{ "batna-old", NEXT_STEP4, 2 },		/* 1 within a week */
	{ "goal-overdue", NEXT_STEP5, 2 },
	{ "no-objective", NEXT_STEP1, 3 },
	{ "objective-no-goal", NEXT_STEP1, 3 },
	{ "no-due", NEXT_STEP1, 3 },
	{ "no-parent", NEXT_STEP1, 3 },
	{ "not-shown", NEXT_STEP2, 4 },
	{ "peers-only", NEXT_STEP2, 4 },
	{ "manager-first", NEXT_STEP2, 4 },
	{ "weakness-no-gap", NEXT_STEP3, 5 },
	{ "few-whys", NEXT_STEP3, 5 },
	{ "no-checklist", NEXT_STEP3, 5 },
	{ "unanswered", NEXT_STEP4, 6 },
	{ "trending-down", NEXT_STEP4, 6 },
	{ "looks-closed", NEXT_STEP4, 6 },
	{ "not-smart", NEXT_STEP5, 7 },
	{ "not-agreed", NEXT_STEP5, 7 },
	{ "no-cadence", NEXT_STEP5, 7 },
	{ "not-measured", NEXT_MEASURE, 8 },
	{ "done-no-win", NEXT_MEASURE, 8 },
	{ "win-no-number", NEXT_MEASURE, 8 },
};

/*
 * Words that, in feedback, name a weakness: "but you need to be seen
 * leading", "you never call people out".  Sorted; matched as whole words,
 * and any word ending in n't.
 */
static const char *const weak_words[] = { "although", "but", "cannot",
    "concern", "however", "lack", "lacks", "late", "missing", "need",
    "needs", "never", "not", "problem", "quiet", "should", "too", "unless",
    "weak", "weakness", "without", "worry", NULL };

long
next_day(const char *s)
{
	long d;

	if (!date_valid(s) || date_parse(s, &d) == -1)
		return -1;
	return d;
}

static long long
id_of(const char *s)
{
	long long n = strtoll(s, NULL, 10);

	return n > 0 ? n : 0;
}

static long
min_day(long a, long b)
{
	return a == -1 ? b : b == -1 ? a : a < b ? a : b;
}

static long
max_day(long a, long b)
{
	return a > b ? a : b;
}

/* The index of goal id in j.goals, or -1. */
static long
goal_index(const struct ctx *c, long long id)
{
	struct jgoal *g;

	if (id <= 0 || (g = journey_goal(&c->j, id)) == NULL)
		return -1;
	return g - c->j.goals;
}

/* What goal id's records say, or the plan's when it names no goal. */
struct gs *
next_state(struct ctx *c, long long id)
{
	long i;

	if (id == 0)
		return &c->plan;
	return (i = goal_index(c, id)) == -1 ? NULL : &c->own[i];
}

static void
gs_init(struct gs *s)
{
	memset(s, 0, sizeof(*s));
	s->trusted = s->manager = s->ahead = s->talked = -1;
	s->batna = -2;
}

/* What from says about the plan of into: feedback, follow-ups. */
static void
merge(struct gs *into, const struct gs *from)
{
	into->trusted = min_day(into->trusted, from->trusted);
	into->manager = min_day(into->manager, from->manager);
	into->peers |= from->peers;
	if (into->every == NULL)
		into->every = from->every;
	into->ahead = min_day(into->ahead, from->ahead);
	if (from->talked > into->talked) {
		into->talked = from->talked;
		into->with = from->with;
	}
}

/*
 * Who someone is to the person, as a feedback row r of t names them:
 * their relation in people.csv, else the one noted with the feedback.
 */
static const char *
relation_of(const struct table *t, const struct record *r)
{
	return person_relation(rec_field(t, r, FEEDBACK_PERSON),
	    rec_field(t, r, FEEDBACK_RELATION));
}

const char *
next_confidant(void)
{
	static const char *const circle[] = { "mentor", "sponsor", "friend",
	    "family", NULL };
	const struct person *p;
	size_t i;

	for (i = 0; circle[i] != NULL; i++)
		if ((p = person_last(circle[i])) != NULL)
			return p->name;
	return NULL;
}

/* Is follow-up f the big conversation, the one a BATNA is for? */
int
next_negotiation(const struct ctx *c, const struct jfollow *f)
{
	return strcmp(f->status, "open") == 0 && f->due >= c->today &&
	    idbits_has(&c->talks, f->id);
}

/* The follow-ups marked as the negotiation, into c->talks. */
static int
read_talks(struct ctx *c)
{
	struct record *r;
	struct table *t;
	int rv = 0;

	if ((t = table_open(&schema_followups)) == NULL)
		return -1;
	while (rv == 0 && (r = table_next(t)) != NULL)
		if (strcmp(rec_field(t, r, FOLLOWUPS_NEGOTIATION), "yes") == 0)
			rv = idbits_add(&c->talks, r->id);
	if (table_error(t))
		rv = -1;
	table_close(t);
	return rv;
}

/* A word for sh: as it is when safe, else in single quotes. */
static void
put_word(FILE *f, const char *s)
{
	if (*s != '\0' && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./_-") == strlen(s)) {
		fputs(s, f);
		return;
	}
	fputc('\'', f);
	for (; *s != '\0'; s++)
		if (*s == '\'')
			fputs("'\\''", f);
		else
			fputc(*s, f);
	fputc('\'', f);
}

/*
 * A command line from fmt: %s is a word quoted for sh, %S put as it is
 * (a placeholder, an option), %d and %D an int and a long long, %t a day
 * as YYYY-MM-DD.  NULL when memory runs out.
 */
char *
next_command(const char *fmt, ...)
{
	char *s = NULL, day[11];
	size_t size, run;
	va_list ap;
	FILE *f;

	if ((f = open_memstream(&s, &size)) == NULL)
		return NULL;
	va_start(ap, fmt);
	for (; *fmt != '\0'; fmt++) {
		/* What is not a conversion, at once. */
		if ((run = strcspn(fmt, "%")) > 0 || fmt[1] == '\0') {
			fwrite(fmt, 1, run > 0 ? run : 1, f);
			fmt += run > 0 ? run - 1 : 0;
			continue;
		}
		switch (*++fmt) {
		case 's': put_word(f, va_arg(ap, const char *)); break;
		case 'S': fputs(va_arg(ap, const char *), f); break;
		case 'd': fprintf(f, "%d", va_arg(ap, int)); break;
		case 'D': fprintf(f, "%lld", va_arg(ap, long long)); break;
		case 't': fputs(date_fmt(va_arg(ap, long), day), f); break;
		default: fputc(*fmt, f);
		}
	}
	va_end(ap);
	if (fclose(f) == EOF) {
		free(s);
		return NULL;
	}
	return s;
}

const char *
next_manager(const struct ctx *c, const struct gs *e)
{
	const struct person *p;

	if ((p = person_last("manager")) != NULL)
		return p->name;
	if (c->manager != NULL)
		return c->manager;
	return e != NULL && e->with != NULL ? e->with : "MANAGER";
}

/*
 * Add a suggestion of rule about goal (0: the plan), at the rule's
 * priority or at prio when that is not 0; cmd is taken (NULL: out of
 * memory), the text made from fmt.
 */
void
next_suggest(struct ctx *c, long long goal, int rule, int prio, char *cmd,
    const char *fmt, ...)
{
	struct next *nv, *s;
	struct jgoal *g;
	va_list ap;
	long *slot = NULL;
	int rv;

	if (c->failed || cmd == NULL)
		goto fail;
	if (c->only != 0 && goal != c->only) {
		free(cmd);
		return;
	}
	g = goal != 0 ? journey_goal(&c->j, goal) : NULL;
	prio = prio ? prio : rules[rule].priority;
	/* One a goal: the most urgent, and of those the earliest rule. */
	if (!c->all && g != NULL && *(slot = &c->slot[g - c->j.goals]) != -1) {
		s = &c->v[*slot];
		if (s->priority < prio ||
		    (s->priority == prio && s->order <= rule)) {
			free(cmd);
			return;
		}
		free(s->about);
		free(s->text);
		free(s->command);
	} else {
		if (c->n == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 32;
			if ((nv = reallocarray(c->v, c->cap, sizeof(*nv))) ==
			    NULL)
				goto fail;
			c->v = nv;
		}
		if (slot != NULL)
			*slot = c->n;
		s = &c->v[c->n++];
	}
	memset(s, 0, sizeof(*s));
	s->goal = goal;
	s->rule = rules[rule].name;
	s->step = rules[rule].step;
	s->priority = prio;
	s->order = rule;
	s->due = g != NULL ? g->due : -1;
	s->command = cmd;
	s->about = str_oneline(g != NULL ? g->title : "the plan");
	va_start(ap, fmt);
	rv = vasprintf(&s->text, fmt, ap);
	va_end(ap);
	if (rv == -1)
		s->text = NULL;
	if (s->about == NULL || s->text == NULL)
		c->failed = 1;	/* next_free frees what is there */
	return;
fail:
	free(cmd);
	c->failed = 1;
}

static int
weakness(const char *said)
{
	char word[16];
	const char *p, *e;
	size_t len, i;

	for (p = said; *p != '\0'; p = e) {
		while (*p != '\0' && !isalpha((unsigned char)*p))
			p++;
		for (e = p; isalpha((unsigned char)*e) || *e == '\''; e++)
			;
		len = e - p;
		if (len >= 3 && strncasecmp(e - 3, "n't", 3) == 0)
			return 1;
		if (len == 0 || len >= sizeof(word))
			continue;
		for (i = 0; i < len; i++)
			word[i] = tolower((unsigned char)p[i]);
		word[len] = '\0';
		if (str_oneof(word, weak_words))
			return 1;
	}
	return 0;
}

static int
read_feedback(struct ctx *c, struct weak **wp, size_t *nw)
{
	struct weak *w = NULL, *nv;
	struct record *r;
	struct table *t;
	struct gs *s;
	const char *rel;
	long d, mday = -1;
	size_t n = 0;

	if ((t = table_open(&schema_feedback)) == NULL)
		return -1;
	while ((r = table_next(t)) != NULL) {
		s = next_state(c, id_of(rec_field(t, r, FEEDBACK_GOAL)));
		if (s == NULL ||
		    (d = next_day(rec_field(t, r, FEEDBACK_DATE))) == -1)
			continue;
		rel = relation_of(t, r);
		if (relation_trusted(rel))
			s->trusted = min_day(s->trusted, d);
		else if (strcmp(rel, "manager") == 0) {
			s->manager = min_day(s->manager, d);
			if (d >= mday) {
				mday = d;
				free(c->manager);
				c->manager = strdup(rec_field(t, r,
				    FEEDBACK_PERSON));
				if (c->manager == NULL)
					goto fail;
			}
		} else
			s->peers = 1;
		if (!weakness(rec_field(t, r, FEEDBACK_SAID)))
			continue;
		if ((nv = reallocarray(w, n + 1, sizeof(*w))) == NULL)
			goto fail;
		w = nv;
		w[n].id = r->id;
		w[n].goal = id_of(rec_field(t, r, FEEDBACK_GOAL));
		if ((w[n].person = strdup(rec_field(t, r, FEEDBACK_PERSON))) ==
		    NULL)
			goto fail;
		n++;
	}
	if (table_error(t))
		goto fail;
	table_close(t);
	*wp = w;
	*nw = n;
	return 0;
fail:
	if (!table_error(t))
		career_fail(EX_OSERR, "out of memory");
	table_close(t);
	while (n > 0)
		free(w[--n].person);
	free(w);
	return -1;
}

static int
cmp_jgap(const void *a, const void *b)
{
	const struct jgap *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

/*
 * Gaps: how many each goal has, the whys of each open one, and whether
 * a gap cites each weakness found in feedback (by its id, or by who said
 * it), or its goal has a gap: then the weakness is recorded.
 */
static int
read_gaps(struct ctx *c, struct weak *w, size_t nw, char *covered)
{
	struct record *r;
	struct table *t;
	struct jgap key, *jg;
	struct gs *s;
	const char *src;
	long long goal;
	size_t i, k;

	if ((t = table_open(&schema_gaps)) == NULL)
		return -1;
	while ((r = table_next(t)) != NULL) {
		goal = id_of(rec_field(t, r, GAPS_GOAL));
		if ((s = next_state(c, goal)) != NULL)
			s->gaps++;
		src = rec_field(t, r, GAPS_SOURCE);
		for (i = 0; i < nw; i++)
			if ((goal != 0 && goal == w[i].goal) ||
			    (*src != '\0' && (id_of(src) == w[i].id ||
			    strcasecmp(src, w[i].person) == 0)))
				covered[i] = 1;
		key.id = r->id;
		if (c->j.ngaps == 0 || (jg = bsearch(&key, c->j.gaps,
		    c->j.ngaps, sizeof(key), cmp_jgap)) == NULL)
			continue;
		for (k = 0; k < GAP_WHYS; k++)
			c->nwhy[jg - c->j.gaps] += !str_blank(rec_field(t, r,
			    GAPS_WHY1 + k));
	}
	if (table_error(t)) {
		table_close(t);
		return -1;
	}
	table_close(t);
	return 0;
}

/* Meetings: the last day each question was answered, the last meeting. */
static int
read_meetings(struct ctx *c)
{
	struct record *r;
	struct table *t;
	struct check *q;
	long d;

	if ((t = table_open(&schema_meetings)) == NULL)
		return -1;
	while ((r = table_next(t)) != NULL) {
		if ((d = next_day(rec_field(t, r, MEETINGS_DATE))) == -1)
			continue;
		c->lastmeet = max_day(c->lastmeet, d);
		if ((q = checks_find(c->j.checks, c->j.nchecks,
		    id_of(rec_field(t, r, MEETINGS_CHECK)))) != NULL)
			c->answered[q - c->j.checks] = max_day(
			    c->answered[q - c->j.checks], d);
	}
	if (table_error(t)) {
		table_close(t);
		return -1;
	}
	table_close(t);
	return 0;
}

/* Wins: which goals have one, and those without a number. */
static int
read_wins(struct ctx *c)
{
	struct record *r;
	struct table *t;
	struct gs *s;
	long long goal;

	if ((t = table_open(&schema_wins)) == NULL)
		return -1;
	while ((r = table_next(t)) != NULL) {
		goal = id_of(rec_field(t, r, WINS_GOAL));
		if ((s = next_state(c, goal)) != NULL)
			s->wins++;
		if (resume_has_number(rec_field(t, r, WINS_WHAT)) ||
		    resume_has_number(rec_field(t, r, WINS_METRIC)))
			continue;
		next_suggest(c, goal, R_WIN_NO_NUMBER, 0,
		    next_command("career-edit wins %D", r->id),
		    "win %lld has no number: how many, how much, how fast? "
		    "Add it to what or metric", r->id);
	}
	if (table_error(t)) {
		table_close(t);
		return -1;
	}
	table_close(t);
	return 0;
}

static int
read_batna(struct ctx *c)
{
	struct batna_day *v;
	struct gs *s;
	long n, i;

	if ((n = batna_days(&v)) == -1)
		return -1;
	for (i = 0; i < n; i++)
		if ((s = next_state(c, v[i].goal)) != NULL && v[i].goal != 0)
			s->batna = v[i].day;
	free(v);
	return 0;
}

/* Follow-ups: overdue ones, cadences, negotiations held and ahead. */
static void
read_follows(struct ctx *c)
{
	struct jfollow *f;
	struct gs *s, none;
	size_t i;
	long late;

	gs_init(&none);
	for (i = 0; i < c->j.nfollows; i++) {
		f = &c->j.follows[i];
		/* One about a goal not in the store is overdue all the same. */
		if ((s = next_state(c, f->goal)) == NULL)
			s = &none;
		if (strcmp(f->status, "open") != 0) {
			if (idbits_has(&c->talks, f->id) &&
			    f->done > s->talked) {
				s->talked = f->done;
				s->with = f->with;
			}
			c->lastmeet = max_day(c->lastmeet, f->done);
			continue;
		}
		if (*f->every != '\0' && s->every == NULL)
			s->every = f->every;
		if (next_negotiation(c, f))
			s->ahead = min_day(s->ahead, f->due);
		if (f->due == -1 || f->due >= c->today)
			continue;
		late = c->today - f->due;
		next_suggest(c, f->goal, R_FOLLOWUP_OVERDUE, 0,
		    next_command("followup-done %D", f->id),
		    "follow-up %lld with %s is %ld day%s overdue: done? record "
		    "it (or move it: followup-edit %lld)", f->id, f->with, late,
		    late == 1 ? "" : "s", f->id);
	}
}

/*
 * The SMART review of every open goal, as it is read: the verdicts need
 * no other goal here (relevance is step 1's), so none is kept.
 */
static int
judge(struct ctx *c)
{
	struct smart_verdict v[SMART_N];
	struct smart_rel rel;
	struct record *r;
	struct table *t;
	struct jgoal *g;

	if ((t = table_open(&schema_goals)) == NULL)
		return -1;
	while ((r = table_next(t)) != NULL)
		if ((g = journey_goal(&c->j, r->id)) != NULL &&
		    strcmp(g->status, "open") == 0) {
			smart_judge_self(t, r, v, &rel);
			next_rule_smart(c, g, v);
		}
	if (table_error(t)) {
		table_close(t);
		return -1;
	}
	table_close(t);
	return 0;
}

/* Each goal's plan: its own records, its objective's, its goals'. */
static int
plan_states(struct ctx *c)
{
	struct jgoal *g;
	size_t i;
	long p;

	c->own = calloc(c->j.ngoals + 1, sizeof(*c->own));
	c->eff = calloc(c->j.ngoals + 1, sizeof(*c->eff));
	c->nwhy = calloc(c->j.ngaps + 1, sizeof(*c->nwhy));
	c->answered = calloc(c->j.nchecks + 1, sizeof(*c->answered));
	c->slot = calloc(c->j.ngoals + 1, sizeof(*c->slot));
	if (c->own == NULL || c->eff == NULL || c->nwhy == NULL ||
	    c->answered == NULL || c->slot == NULL)
		return career_fail(EX_OSERR, "out of memory");
	for (i = 0; i < c->j.ngoals; i++) {
		gs_init(&c->own[i]);
		c->slot[i] = -1;
	}
	for (p = 0; p < c->j.nchecks; p++)
		c->answered[p] = -1;
	gs_init(&c->plan);
	for (i = 0; i < c->j.ngoals; i++) {
		g = &c->j.goals[i];
		if (strcmp(g->status, "open") != 0)
			continue;
		if (strcmp(g->kind, "objective") == 0) {
			c->nobjectives++;
			c->objective = g->id;
		} else if ((p = goal_index(c, g->parent)) != -1)
			c->own[p].open++;
	}
	return 0;
}

static void
merge_states(struct ctx *c)
{
	size_t i;
	long p;

	for (i = 0; i < c->j.ngoals; i++) {
		c->eff[i] = c->own[i];
		merge(&c->eff[i], &c->plan);
	}
	for (i = 0; i < c->j.ngoals; i++) {
		if ((p = goal_index(c, c->j.goals[i].parent)) == -1)
			continue;
		merge(&c->eff[i], &c->own[p]);
		merge(&c->eff[p], &c->own[i]);
	}
}

static int
cmp_next(const void *a, const void *b)
{
	const struct next *x = a, *y = b;

	if (x->priority != y->priority)
		return x->priority < y->priority ? -1 : 1;
	/* The plan first, then the goal due soonest, undated last. */
	if ((x->goal == 0) != (y->goal == 0))
		return x->goal == 0 ? -1 : 1;
	if (x->due != y->due) {
		if (x->due == -1 || y->due == -1)
			return x->due == -1 ? 1 : -1;
		return x->due < y->due ? -1 : 1;
	}
	if (x->goal != y->goal)
		return x->goal < y->goal ? -1 : 1;
	return x->order - y->order;
}

static int
plan(struct ctx *c)
{
	struct weak *w = NULL;
	char *covered = NULL;
	size_t nw = 0, i;
	int rv = -1;

	if (journey_load(&c->j) == -1)
		return -1;
	if (journey_measure(&c->j, 0) == -1 || people_load() == -1 ||
	    read_talks(c) == -1 || plan_states(c) == -1 ||
	    read_feedback(c, &w, &nw) == -1)
		goto done;
	if ((covered = calloc(nw + 1, 1)) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		goto done;
	}
	if (judge(c) == 0 && read_gaps(c, w, nw, covered) == 0 &&
	    read_meetings(c) == 0 && read_wins(c) == 0 &&
	    read_batna(c) == 0) {
		read_follows(c);
		merge_states(c);
		if (c->nobjectives == 0)
			next_suggest(c, 0, R_NO_OBJECTIVE, 0,
			    next_command("goal-add -k objective -d +5y TITLE"),
			    "no long-term objective: where do you want to be "
			    "in five years?");
		if (next_rule_batna(c) == -1)
			goto done;
		next_rules_goals(c);
		next_rule_weakness(c, w, nw, covered);
		next_rule_gaps(c);
		rv = c->failed ? career_fail(EX_OSERR, "out of memory") : 0;
	}
done:
	for (i = 0; i < nw; i++)
		free(w[i].person);
	free(w);
	free(covered);
	return rv;
}

long
next_plan(long long only, int all, struct next **vp)
{
	struct ctx c;

	memset(&c, 0, sizeof(c));
	c.today = date_today();
	c.lastmeet = -1;
	c.only = only;
	c.all = all;
	if (plan(&c) == -1) {
		next_free(c.v, c.n);
		c.v = NULL;
		c.n = -1;
	} else if (c.n > 0)
		qsort(c.v, c.n, sizeof(*c.v), cmp_next);
	journey_free(&c.j);
	free(c.own);
	free(c.eff);
	free(c.nwhy);
	free(c.answered);
	free(c.slot);
	free(c.manager);
	idbits_free(&c.talks);
	*vp = c.v;
	return c.n;
}

void
next_free(struct next *v, long n)
{
	long i;

	for (i = 0; v != NULL && i < n; i++) {
		free(v[i].about);
		free(v[i].text);
		free(v[i].command);
	}
	free(v);
}
