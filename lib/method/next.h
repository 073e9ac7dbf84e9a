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
 * next.h: what next.c (the store read for career next, the suggestions)
 * and steps.c (the rules) share.  Private to the two; after method.h.
 */
#ifndef NEXT_H
#define NEXT_H

/* The rules, in the order of the method; the names career(7) gives them. */
enum { R_FOLLOWUP_OVERDUE, R_NO_BATNA, R_BATNA_OLD, R_GOAL_OVERDUE,
    R_NO_OBJECTIVE, R_OBJECTIVE_NO_GOAL, R_NO_DUE, R_NO_PARENT,
    R_NOT_SHOWN, R_PEERS_ONLY, R_MANAGER_FIRST,
    R_WEAKNESS_NO_GAP, R_FEW_WHYS, R_NO_CHECKLIST,
    R_UNANSWERED, R_TRENDING_DOWN, R_LOOKS_CLOSED,
    R_NOT_SMART, R_NOT_AGREED, R_NO_CADENCE,
    R_NOT_MEASURED, R_DONE_NO_WIN, R_WIN_NO_NUMBER };
/* How near a negotiation must be for its BATNA to come first. */
#define NEXT_SOON	7
/* The checklist is answered after every meeting: two weeks is too long. */
#define NEXT_STALE	14
/* Whys asked before a root cause shows (the method asks up to five). */
#define NEXT_WHYS	3

/* What one goal's records say; plan holds what is about no goal. */
struct gs {
	long trusted, manager;	/* the first day shown to either; -1 */
	int peers;		/* shown to a peer, or someone of no relation */
	const char *every;	/* an open recurring follow-up's cadence */
	long ahead;		/* a negotiation ahead: its day; -1 */
	long talked;		/* a negotiation done: its day; -1 */
	const char *with;	/* and with whom */
	long gaps;		/* gaps recorded, open or closed */
	long wins;
	long batna;		/* its current BATNA's day; -2: none */
	long open;		/* open goals under it */
};

/* The store as the rules see it, and the suggestions found so far. */
struct ctx {
	struct journey j;
	long today;
	struct gs *own, *eff, plan;
	long *nwhy;		/* of each open gap, as j.gaps */
	long *answered;		/* last day each question was answered */
	long lastmeet;		/* the last meeting, or follow-up done */
	char *manager;		/* the manager's name, or NULL */
	long long objective;	/* the one open objective, or 0 */
	long nobjectives;
	long long only;		/* the goal asked about, or 0 */
	int all;		/* every suggestion, not one a goal */
	long *slot;		/* each goal's suggestion in v, or -1 */
	struct idbits talks;	/* the follow-ups marked as the negotiation */
	struct next *v;
	long n, cap;
	int failed;
};

/* Feedback that names a weakness. */
struct weak {
	long long id, goal;
	char *person;
};

/* The day a stored date names, or -1 when it is empty or not a date. */
long next_day(const char *);
/* What goal id's records say, the plan's for 0, or NULL: no such goal. */
struct gs *next_state(struct ctx *, long long id);
/* Someone of people.csv to validate the plan with, a mentor first; NULL. */
const char *next_confidant(void);
/* Is follow-up f the negotiation ahead, the one a BATNA is for? */
int next_negotiation(const struct ctx *, const struct jfollow *f);
/*
 * A command line from fmt: %s is a word quoted for sh, %S put as it is
 * (a placeholder, an option), %d and %D an int and a long long, %t a day
 * as YYYY-MM-DD.  NULL when memory runs out.
 */
char *next_command(const char *fmt, ...);
/*
 * The manager's name for a command: the one feedback names so, else who
 * the plan of e was last talked over with, else the placeholder MANAGER.
 */
const char *next_manager(const struct ctx *, const struct gs *e);
/*
 * Add a suggestion of rule about goal (0: the plan), at the rule's
 * priority or at prio when that is not 0; cmd is taken (NULL: out of
 * memory), the text made from fmt.
 */
void next_suggest(struct ctx *, long long goal, int rule, int prio,
    char *cmd, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* The rules (steps.c), each adding what it finds with next_suggest. */
int next_rule_batna(struct ctx *);
void next_rule_gaps(struct ctx *);
void next_rule_weakness(struct ctx *, const struct weak *, size_t,
    const char *covered);
/* Steps 1, 2 and 5 and measuring, for each goal. */
void next_rules_goals(struct ctx *);
/* Step 5 for open goal g, judged v by smart_judge_self(). */
void next_rule_smart(struct ctx *, const struct jgoal *g,
    const struct smart_verdict *v);

#endif
