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
 * steps.c: the rules of career next, by the step of the method each comes
 * from: what it finds in what next.c read of the store, and the step it
 * suggests, with the command that takes it.  career(7) documents every
 * rule; change both together.
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "method.h"
#include "next.h"

/*
 * Step 4's BATNA: before each negotiation ahead, a current one for its
 * goal, not older than the goal's last change; for one about no goal, a
 * current one with its person.  0, or -1 with an error.
 */
int
next_rule_batna(struct ctx *c)
{
	struct jfollow *f;
	struct jgoal *g = NULL;
	struct gs *s;
	char *cmd;
	size_t i;
	int prio, ready;

	for (i = 0; i < c->j.nfollows; i++) {
		f = &c->j.follows[i];
		if (!next_negotiation(c, f) || (f->goal != 0 &&
		    ((g = journey_goal(&c->j, f->goal)) == NULL ||
		    strcmp(g->status, "open") != 0)))
			continue;
		if (f->goal == 0) {
			if ((ready = batna_with(f->with)) == -1)
				return -1;
			s = NULL;
		} else {
			s = &c->own[g - c->j.goals];
			ready = s->batna != -2 && s->batna >= g->updated;
		}
		if (ready)
			continue;
		prio = f->due - c->today <= NEXT_SOON ? 1 : 0;
		cmd = f->goal != 0 ? next_command("batna-set -g %D -w %s -d %t "
		    "-m MINIMUM -a ALTERNATIVE", f->goal, f->with, f->due) :
		    next_command("batna-set -w %s -d %t -m MINIMUM "
		    "-a ALTERNATIVE", f->with, f->due);
		if (s == NULL || s->batna == -2)
			next_suggest(c, f->goal, R_NO_BATNA, prio, cmd,
			    "no BATNA for the negotiation with %s on %s: "
			    "decide the minimum you accept and your best "
			    "alternative", f->with, date_fmt(f->due,
			    (char[11]){ 0 }));
		else
			next_suggest(c, f->goal, R_BATNA_OLD, prio, cmd,
			    "the BATNA is older than the goal's last change: "
			    "review it before the negotiation with %s on %s",
			    f->with, date_fmt(f->due, (char[11]){ 0 }));
	}
	return 0;
}

/* Step 1: an objective, goals toward it, each with a date. */
static void
rule_define(struct ctx *c, const struct jgoal *g, const struct gs *own)
{
	int objective = strcmp(g->kind, "objective") == 0;
	struct jgoal *p;

	if (objective && own->open == 0)
		next_suggest(c, g->id, R_OBJECTIVE_NO_GOAL, 0,
		    next_command("goal-add -p %D -d +6m TITLE", g->id),
		    "no open goal leads to this objective: what is the next "
		    "step toward it?");
	if (g->due == -1)
		next_suggest(c, g->id, R_NO_DUE, 0,
		    next_command("goal-set %D due=%S", g->id,
		    objective ? "+5y" : "+6m"),
		    "no due date: by when?");
	if (objective || c->nobjectives == 0)
		return;
	p = g->parent ? journey_goal(&c->j, g->parent) : NULL;
	if (p == NULL || strcmp(p->kind, "objective") != 0 ||
	    strcmp(p->status, "dropped") == 0)
		next_suggest(c, g->id, R_NO_PARENT, 0, c->nobjectives == 1 ?
		    next_command("goal-set %D parent=%D", g->id, c->objective) :
		    next_command("goal-set %D parent=OBJECTIVE", g->id),
		    "it leads to no objective: which one is it a step "
		    "toward?");
}

/* Step 2: shown to people the person trusts, before the manager. */
static void
rule_validate(struct ctx *c, const struct jgoal *g, const struct gs *e)
{
	const char *who;
	char *cmd;

	if (e->trusted != -1)
		return;
	/* feedback-log takes a known person's relation from people.csv. */
	if ((who = next_confidant()) != NULL)
		cmd = next_command("feedback-log -g %D %s SAID", g->id, who);
	else
		cmd = next_command("feedback-log -g %D -r mentor WHO SAID",
		    g->id);
	if (e->manager != -1)
		next_suggest(c, g->id, R_MANAGER_FIRST, 0, cmd,
		    "your manager has seen it, no one you trust has: ask a "
		    "mentor, a friend or family too");
	else if (e->peers)
		next_suggest(c, g->id, R_PEERS_ONLY, 0, cmd,
		    "only peers have seen it, and they may feel competitive: "
		    "share it with a mentor, a friend or family");
	else
		next_suggest(c, g->id, R_NOT_SHOWN, 0, cmd,
		    "no one you trust has seen it: share it with a mentor, a "
		    "friend or family");
}

/* Steps 3 and 4 for each open gap: its whys, its checklist, its trend. */
void
next_rule_gaps(struct ctx *c)
{
	struct jgoal *g;
	struct jgap *gap;
	struct check *q;
	size_t i;
	long k, closing, stale, since;

	for (i = 0; i < c->j.ngaps; i++) {
		gap = &c->j.gaps[i];
		/* A goal done or dropped takes its gaps out of the plan. */
		if (gap->goal != 0 && ((g = journey_goal(&c->j,
		    gap->goal)) == NULL || strcmp(g->status, "open") != 0))
			continue;
		if (c->nwhy[i] < NEXT_WHYS)
			next_suggest(c, gap->goal, R_FEW_WHYS, 0,
			    next_command("gap-edit %D", gap->id),
			    "gap %lld has %ld why%s: ask why again until the "
			    "root cause shows (%d or more)", gap->id,
			    c->nwhy[i], c->nwhy[i] == 1 ? "" : "s", NEXT_WHYS);
		if (gap->nchecks == 0) {
			next_suggest(c, gap->goal, R_NO_CHECKLIST, 0,
			    next_command("gap-log -C %D QUESTION", gap->id),
			    "gap %lld has no checklist: what yes-or-no "
			    "question after each meeting shows it closing?",
			    gap->id);
			continue;
		}
		closing = stale = 0;
		since = -1;
		for (k = 0; k < gap->nchecks; k++) {
			q = gap->checks[k];
			closing += q->closing;
			since = c->answered[q - c->j.checks];
			stale += since == -1 || since < c->lastmeet ||
			    c->today - since > NEXT_STALE;
			if (q->trend == CHECK_DOWN)
				next_suggest(c, gap->goal, R_TRENDING_DOWN, 0,
				    next_command("gap-edit %D", gap->id),
				    "question %lld is trending down: revisit "
				    "the plan that closes gap %lld, or ask "
				    "for feedback", q->id, gap->id);
		}
		if (stale > 0)
			next_suggest(c, gap->goal, R_UNANSWERED, 0,
			    next_command("meeting-check -a ANSWERS MEETING"),
			    "%ld question%s of gap %lld not answered since "
			    "the last meeting: answer all %ld, y or n each",
			    stale, stale == 1 ? "" : "s", gap->id,
			    c->j.nchecks);
		if (closing == gap->nchecks)
			next_suggest(c, gap->goal, R_LOOKS_CLOSED, 0,
			    next_command("gap-log -x %D", gap->id),
			    "gap %lld looks closed: every question yes in each "
			    "of the last five meetings", gap->id);
	}
}

/* Step 3: feedback that names a weakness, and no gap recorded for it. */
void
next_rule_weakness(struct ctx *c, const struct weak *w, size_t nw,
    const char *covered)
{
	struct jgoal *g;
	size_t i;

	for (i = 0; i < nw; i++) {
		if (covered[i])
			continue;
		g = journey_goal(&c->j, w[i].goal);
		if (w[i].goal != 0 && (g == NULL ||
		    strcmp(g->status, "open") != 0))
			continue;
		next_suggest(c, w[i].goal, R_WEAKNESS_NO_GAP, 0, w[i].goal ?
		    next_command("gap-log -g %D -s %D -w WHY1 -w WHY2 -w WHY3 "
		    "-c QUESTION STATEMENT", w[i].goal, w[i].id) :
		    next_command("gap-log -s %D -w WHY1 -w WHY2 -w WHY3 "
		    "-c QUESTION STATEMENT", w[i].id),
		    "feedback %lld from %s names a weakness: record the gap, "
		    "asking why until the root cause shows", w[i].id,
		    w[i].person);
	}
}

/* The day cadence every after day, or -1. */
static long
after(long day, const char *every)
{
	long n;
	int unit;

	if (day == -1 || cadence_parse(every, &n, &unit) == -1)
		return -1;
	switch (unit) {
	case 'd': return day + n;
	case 'w': return day + 7 * n;
	case 'm': return date_add_months(day, n);
	default: return date_add_months(day, 12 * n);
	}
}

/* Step 5: specific and measurable, as smart-review judges (v). */
void
next_rule_smart(struct ctx *c, const struct jgoal *g,
    const struct smart_verdict *v)
{
	if (v[SMART_SPECIFIC].result == SMART_NOT_MET)
		next_suggest(c, g->id, R_NOT_SMART, 0,
		    next_command("goal-set %D title=TITLE", g->id),
		    "not specific: %s; say what will be done",
		    v[SMART_SPECIFIC].why);
	if (v[SMART_MEASURABLE].result == SMART_NOT_MET)
		next_suggest(c, g->id, R_NOT_SMART, 0,
		    next_command("goal-set %D%S%S", g->id,
		    *g->measure ? "" : " measure=MEASURE",
		    *g->target ? "" : " target=TARGET"),
		    "not measurable: %s; how will you and your manager "
		    "know it is reached?", v[SMART_MEASURABLE].why);
}

/* Step 5: agreed with the manager, followed up on a cadence. */
static void
rule_agree(struct ctx *c, const struct jgoal *g, const struct gs *e)
{
	int stretch = strcmp(g->kind, "stretch") == 0;


	if (*g->agreed == '\0' && !stretch && e->ahead == -1) {
		if (e->talked != -1)
			next_suggest(c, g->id, R_NOT_AGREED, 0,
			    next_command("goal-set %D agreed=today", g->id),
			    "you had the conversation on %s: if your manager "
			    "agreed, record it", date_fmt(e->talked,
			    (char[11]){ 0 }));
		else
			next_suggest(c, g->id, R_NOT_AGREED, 0,
			    next_command("followup-add -N -g %D -w %s +1w %s",
			    g->id, next_manager(c, e),
			    "Agree the goal and the plan"),
			    "not agreed with your manager: set up a meeting "
			    "with that objective");
	}
	if (*g->agreed != '\0' && e->every == NULL)
		next_suggest(c, g->id, R_NO_CADENCE, 0,
		    next_command("followup-add -g %D -e 1m -w %s +1m %s", g->id,
		    next_manager(c, e), "One-on-one on the plan"),
		    "no regular follow-up with your manager: agree a "
		    "cadence, and keep it");
}

/* An open goal past its due date: reached, or a new date. */
static void
rule_overdue(struct ctx *c, const struct jgoal *g)
{
	double pct;

	if (g->due == -1 || g->due >= c->today)
		return;
	if (g->latest != NULL && progress_ratio(g->latest->value, g->target,
	    &pct) == 0 && pct >= 100)
		next_suggest(c, g->id, R_GOAL_OVERDUE, 0,
		    next_command("goal-done %D", g->id),
		    "its target is reached: mark it done, and start the "
		    "conversation about the next step");
	else
		next_suggest(c, g->id, R_GOAL_OVERDUE, 0,
		    next_command("goal-set %D due=+3m", g->id), "past its due "
		    "date: agree a new one with your manager, or drop it "
		    "(goal-done -x %lld)", g->id);
}

/* Measuring: progress at the cadence of the follow-ups. */
static void
rule_measure(struct ctx *c, const struct jgoal *g, const struct gs *e)
{
	long last, due;

	/* An objective's progress is its goals'. */
	if (*g->measure == '\0' || *g->agreed == '\0' || e->every == NULL ||
	    strcmp(g->kind, "objective") == 0)
		return;
	last = g->latest != NULL ? next_day(g->latest->date) : -1;
	if (last == -1)
		last = next_day(g->agreed);
	if ((due = after(last, e->every)) == -1 || due >= c->today)
		return;
	next_suggest(c, g->id, R_NOT_MEASURED, 0,
	    next_command("goal-progress %D VALUE", g->id),
	    "%s not measured since %s, longer than its cadence (%s): where "
	    "does it stand?", g->measure, date_fmt(last, (char[11]){ 0 }),
	    e->every);
}

void
next_rules_goals(struct ctx *c)
{
	struct jgoal *g;
	size_t i;

	for (i = 0; i < c->j.ngoals; i++) {
		g = &c->j.goals[i];
		if (strcmp(g->status, "done") == 0 && c->own[i].wins == 0)
			next_suggest(c, g->id, R_DONE_NO_WIN, 0,
			    next_command("win-log -g %D -m METRIC WHAT", g->id),
			    "done, and no win recorded: what did it achieve, "
			    "with its number, for the resume?");
		if (strcmp(g->status, "open") != 0)
			continue;
		rule_overdue(c, g);
		rule_define(c, g, &c->own[i]);
		rule_validate(c, g, &c->eff[i]);
		rule_agree(c, g, &c->eff[i]);
		rule_measure(c, g, &c->eff[i]);
	}
}
