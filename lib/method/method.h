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
 * method.h: the method (career(7)) above the record library: the files
 * of the store and their columns, goals and their SMART review, gaps and
 * their checklists, BATNAs, follow-ups, progress, resume bullets and the
 * journey.  Functions here report errors as core.h's do.
 */
#ifndef METHOD_H
#define METHOD_H

#include "core.h"

struct out;

/* The files of the store (files.c); career(5) documents each. */

enum { FILE_GOALS = 1, FILE_FEEDBACK, FILE_GAPS, FILE_CHECKS,
    FILE_MEETINGS, FILE_BATNA, FILE_FOLLOWUPS, FILE_PROGRESS, FILE_WINS };
enum { GOALS_ID = FILE_GOALS << 8, GOALS_KIND, GOALS_TITLE, GOALS_MEASURE,
    GOALS_TARGET, GOALS_DUE, GOALS_PARENT, GOALS_STATUS, GOALS_AGREED,
    GOALS_CREATED, GOALS_UPDATED, GOALS_STRETCH };
enum { FEEDBACK_ID = FILE_FEEDBACK << 8, FEEDBACK_DATE, FEEDBACK_GOAL,
    FEEDBACK_PERSON, FEEDBACK_RELATION, FEEDBACK_SAID, FEEDBACK_CREATED };
enum { GAPS_ID = FILE_GAPS << 8, GAPS_GOAL, GAPS_STATEMENT, GAPS_SOURCE,
    GAPS_WHY1, GAPS_WHY2, GAPS_WHY3, GAPS_WHY4, GAPS_WHY5, GAPS_ACTION,
    GAPS_STATUS, GAPS_CREATED, GAPS_CLOSED };
enum { CHECKS_ID = FILE_CHECKS << 8, CHECKS_GAP, CHECKS_QUESTION,
    CHECKS_STATUS, CHECKS_CREATED };
enum { MEETINGS_ID = FILE_MEETINGS << 8, MEETINGS_DATE, MEETINGS_MEETING,
    MEETINGS_CHECK, MEETINGS_ANSWER };
enum { BATNA_ID = FILE_BATNA << 8, BATNA_GOAL, BATNA_WITH, BATNA_DATE,
    BATNA_MINIMUM, BATNA_ALTERNATIVE, BATNA_BACKUPS, BATNA_STATUS,
    BATNA_CREATED };
enum { FOLLOWUPS_ID = FILE_FOLLOWUPS << 8, FOLLOWUPS_GOAL, FOLLOWUPS_WITH,
    FOLLOWUPS_DUE, FOLLOWUPS_EVERY, FOLLOWUPS_NOTE, FOLLOWUPS_STATUS,
    FOLLOWUPS_DONE, FOLLOWUPS_CREATED, FOLLOWUPS_NEGOTIATION,
    FOLLOWUPS_ANCHOR };
enum { PROGRESS_ID = FILE_PROGRESS << 8, PROGRESS_GOAL, PROGRESS_DATE,
    PROGRESS_VALUE, PROGRESS_NOTE, PROGRESS_CREATED };
enum { WINS_ID = FILE_WINS << 8, WINS_GOAL, WINS_DATE, WINS_WHAT,
    WINS_METRIC, WINS_CREATED };
extern const struct schema schema_goals, schema_feedback, schema_gaps,
    schema_checks, schema_meetings, schema_batna, schema_followups,
    schema_progress, schema_wins;
enum { FILE_PEOPLE = FILE_WINS + 1 };
enum { PEOPLE_ID = FILE_PEOPLE << 8, PEOPLE_NAME, PEOPLE_ALIASES,
    PEOPLE_RELATION, PEOPLE_NOTE, PEOPLE_CREATED, PEOPLE_UPDATED };
extern const struct schema schema_people;

/* Goals */

extern const char *const goal_kinds[];		/* objective goal stretch */
/* mentor friend family sponsor manager peer colleague other */
extern const char *const feedback_relations[];
extern const char *const goal_statuses[];	/* open done dropped */
/* The method's records: declarations go below, one block per area. */

/*
 * People (people.c; person-add, person-list).  A person argument (-w,
 * feedback's person, agenda's) names someone of people.csv by their name,
 * one of their aliases (case aside) or a prefix of one name only ("Dana"
 * for "Dana Kim"); an exact name wins over an alias, an alias over a
 * prefix.  Records keep the canonical name as text, and a name stored
 * before its person was added matches them by the same rule.  people.csv
 * is read once a process; a missing file is an empty one.
 */
struct person {
	long long id;
	const char *name;	/* canonical */
	const char *aliases;	/* as stored: '|' between them */
	const char *relation;	/* one of feedback_relations, or "" */
	long line;		/* in people.csv */
};
/* Read people.csv, once: 0, or -1 with an error. */
int people_load(void);
/*
 * For career-check: each name or alias that names two people (case and
 * blanks aside), reported as store_fsck reports; how many.  A people.csv
 * that does not parse is store_fsck's to report: 0.
 */
long people_check(void (*report)(const char *file, long line,
    const char *msg));
/*
 * Whom arg names, into *p: 1; 0, and no error, when nobody; -1 with an
 * EX_DATAERR error that lists the matches when it names several (or
 * people.csv does not parse).
 */
int person_find(const char *arg, const struct person **p);
/*
 * For writers, under store_lock(), in two steps, so that a file that
 * does not parse stops both writes.  First person_name: the name to
 * store for arg, the canonical one, or arg without outer blanks for
 * someone new; NULL with an error (EX_DATAERR) for a name of several
 * people.  Once the record is written, person_write: nobody by that name
 * is added to people.csv with relation (NULL or "": none), someone with
 * a relation other than one given gets the new one (a peer who became
 * the manager); either is said on stderr unless quiet.  0, or -1 with an
 * error (EX_USAGE for a relation not of the list).
 */
const char *person_name(const char *arg);
int person_write(const char *arg, const char *relation, int quiet);
/*
 * For readers (agenda -w): the canonical name of whom arg names; else
 * arg itself, after a warning unless a record of the store names someone
 * so (private files aside).  NULL with an error for an ambiguous name.
 */
const char *person_read(const char *arg);
/*
 * Do names a and b, as typed or stored, name the same person: the same
 * person of people.csv, else the same text, case and outer blanks aside?
 * Never when either is empty or NULL.
 */
int person_same(const char *a, const char *b);
/*
 * The relation of whom name names in people.csv, when it has one; else
 * fallback (say, the feedback row's own relation).
 */
const char *person_relation(const char *name, const char *fallback);
/* The last person of people.csv of this relation, or NULL. */
const struct person *person_last(const char *relation);
/*
 * Step 2 of the method: is someone of this relation one to validate the
 * plan with?  Anyone but a manager or a peer (and an unknown relation).
 */
int relation_trusted(const char *relation);
/*
 * Append a person to people.csv under store_lock(): the name unused as a
 * name or an alias, nor an alias used twice.  The new id, or -1 with an
 * error (EX_DATAERR for a name taken).
 */
long long person_add(const char *name, char *const *aliases, size_t naliases,
    const char *relation, const char *note);
/*
 * person-list: the people as out_open() prints them, with ids one id a
 * line, with names one canonical name a line (for completion); only
 * those of relation unless NULL.  0, or -1 with an error.
 */
int person_list(int mode, int ids, int names, const char *relation);

/* BATNA (batna-set): private, so other commands only ask whether one exists. */

extern const char *const batna_statuses[];	/* current superseded */
/*
 * The ids of the goals that have a current BATNA, sorted, each once,
 * into *goals (to free); their number, or -1 with an error.
 */
long batna_goals(long long **goals);
/* Is goal in the n ids batna_goals() gave? */
int batna_has(const long long *goals, long n, long long goal);
/*
 * The day each goal's current BATNA was written (its created date, -1
 * when that is not a date), for telling whether one is older than the
 * goal's last change: pairs sorted by goal, each goal once, the latest
 * day kept, into *v (to free); how many, or -1 with an error.  Nothing
 * a BATNA says is read.
 */
struct batna_day {
	long long goal;
	long day;
};
long batna_days(struct batna_day **v);
/*
 * Is there a current BATNA for no goal with whom with names (people.c)?
 * 1, 0, or -1 with an error.
 */
int batna_with(const char *with);


/* Follow-ups (followup-add, followup-due, followup-done) */

extern const char *const followup_statuses[];	/* open done */
/*
 * The cadence rule.  A recurring follow-up's dates are its anchor plus
 * whole cadences; months are counted from the anchor and the day clamps
 * to a shorter month's end, then comes back (01-31: 02-28, 03-31,
 * 04-30; 02-29 yearly: 02-28 in other years).
 *
 * The anchor of a follow-up due on due that recurs every, from its
 * anchor column (col): that date while due is one of its dates, else due
 * itself (a new series, a due date moved by hand, or a col that is empty
 * or not a date).  0, or -1 with an error if every is not a cadence.
 */
int followup_anchor(long due, const char *col, const char *every,
    long *anchor);
/*
 * The next date of a follow-up due on due with that anchor: the first
 * date of the anchor's series after both due and today, so one done late
 * keeps its rhythm and is not due again at once.  0, or -1 with an
 * error.
 */
int followup_next(long anchor, long due, const char *every, long today,
    long *next);

/* SMART review (smart-review): the rules are in smart-review(1). */

enum { SMART_SPECIFIC, SMART_MEASURABLE, SMART_ACHIEVABLE, SMART_RELEVANT,
    SMART_TIMEBOUND, SMART_N };
enum { SMART_MET, SMART_NOT_MET, SMART_STRETCH };
extern const char *const smart_criteria[];	/* specific ... time-bound */
extern const char *const smart_vague[];		/* words that say nothing */
struct smart_verdict {
	int result;		/* SMART_MET, SMART_NOT_MET, SMART_STRETCH */
	char why[160];		/* the reason, or "" */
};
struct smart;
/*
 * An empty index of goals for judging relevance.  Add the goals read from
 * stdin first (smart_add), then the store's (smart_load), which skips the
 * goals stdin stands in for.  It stays small for a million goals.
 */
struct smart *smart_new(void);
int smart_add(struct smart *, const struct table *, const struct record *);
int smart_load(struct smart *);
/*
 * smart_load in two steps, so that the store can be read (by another
 * process) while stdin is still coming: smart_scan writes what the index
 * needs of each goal of the store to out, a temporary file of 24 bytes
 * a goal; smart_merge reads it back and adds the goals that stdin does
 * not stand in for, once smart_add has seen all of stdin.
 */
int smart_scan(FILE *out);
int smart_merge(struct smart *, FILE *in);
/*
 * An index of part of the store to a temporary file (smart_save), and
 * added to the index of the rest (smart_join): 0, 1 if the two parts
 * share an id (and nothing was added), or -1.
 */
int smart_save(struct smart *, FILE *out);
int smart_join(struct smart *, FILE *in);
/*
 * Judge goal r of t into v[SMART_N], in smart_criteria order; returns
 * how many are not met.
 */
int smart_judge(struct smart *, const struct table *, const struct record *,
    struct smart_verdict *v);
/*
 * The same in two steps, for goals judged as they are read, before the
 * index holds them all: smart_judge_self judges goal r on what it says
 * itself, and relevance too when that is all it needs; otherwise it sets
 * rel->pending and leaves v[SMART_RELEVANT] to smart_relevant, once the
 * index is complete.  Both return how many criteria they found not met.
 */
struct smart_rel {
	long long id;		/* the goal, or 0 */
	long long parent;	/* a goal's parent objective */
	int objective;		/* it is an objective */
	int due;		/* it has a due date */
	int pending;		/* smart_relevant has yet to judge relevance */
};
int smart_judge_self(const struct table *, const struct record *,
    struct smart_verdict *v, struct smart_rel *);
int smart_relevant(const struct smart *, const struct smart_rel *,
    struct smart_verdict *v);
/*
 * Would smart_relevant judge rel now as it will once the index holds every
 * goal?  Ids are unique in the store, so yes once the parent has been read,
 * or the objective has a goal under it: a review of the store can print a
 * goal that early and keep little.
 */
int smart_settled(const struct smart *, const struct smart_rel *);
void smart_close(struct smart *);

/* Gaps and their checklist (gap-log, meeting-check) */

extern const char *const gap_statuses[];	/* open closed */
extern const char *const check_statuses[];	/* active retired */
extern const char *const check_answers[];	/* yes no */
enum { CHECK_NEW, CHECK_UP, CHECK_DOWN, CHECK_FLAT };
extern const char *const check_trends[];	/* "" up down flat */
/* A question of checks.csv, and what its answers say. */
struct check {
	long long id, gap;
	char *question;
	int retired;		/* its gap was closed: no longer asked */
	/* set by checks_history() */
	long meetings, yes;	/* answers, and how many were yes */
	long run;		/* yes answers since the last no */
	int trend;		/* the last five answers against the five before */
	int closing;		/* yes in each of its last five meetings */
};
/*
 * The active questions of checks.csv, sorted by id, into *qs (free with
 * checks_free); their number, or -1 with an error.
 */
long checks_active(struct check **qs);
/* The same with the retired questions too when all is set. */
long checks_load(struct check **qs, int all);
void checks_free(struct check *qs, long n);
/* The question with this id among the n, or NULL. */
struct check *checks_find(struct check *qs, long n, long long id);
/*
 * Read the answers of meetings.csv dated on or after since (a day number;
 * 0 for all) into the statistics of the n questions, in date order.
 */
int checks_history(struct check *qs, long n, long since);
/* The id of an open gap typed by a user, or -1 with an error. */
long long gap_open(const char *id);
/* The root cause of gap r of t: the last why given, or "". */
const char *gap_root(const struct table *t, const struct record *r);
/*
 * Append n active questions of gap to checks.csv, under store_lock();
 * the first new id, or -1 with an error and nothing written.
 */
long long checks_add(long long gap, char *const *questions, size_t n);
/*
 * Close a gap (status closed, closed today) and retire its questions,
 * under store_lock().  0, or -1 with an error.
 */
int gap_close(long long gap);
/*
 * gap-log -L: the active questions (id, gap, question) as out_open()
 * prints them, or with ids one id a line.  0, or -1 with an error.
 */
int checks_list(int mode, int ids);

#define GAP_WHYS	5	/* why1 to why5: five whys reach the root */
/* A gap to write: what is missing, its chain of whys, and the plan. */
struct gap {
	const char *goal;		/* the goal's id as typed, or NULL */
	const char *source;		/* a feedback id, a person, or "" */
	const char *statement;
	const char *why[GAP_WHYS];	/* the last one given is the root cause */
	size_t nwhy;
	const char *action;		/* "" when none */
	char *const *questions;		/* its checklist */
	size_t nquestions;
};
/*
 * Append g to gaps.csv, open and created today, and its questions to
 * checks.csv, under store_lock().  The goal and a source in digits (a
 * record of feedback.csv) must exist and checks.csv must parse, or
 * nothing is written.  The new gap's id, or -1 with an error.
 */
long long gap_add(const struct gap *g);
/*
 * gap-log -l: the open gaps (all: every gap) with their root cause, how
 * many active questions they have and a flag for one with no plan; a
 * table shows the brief columns, CSV every column of the file and these
 * three.  With ids, one id a line.  0, or -1 with an error.
 */
int gap_list(int all, int mode, int ids);

/* Answering the checklist after a meeting (meeting-check) */

/* An answer given by question id (meeting-check -y id, -n id). */
struct check_given {
	long long id;
	int yes;
};
/* y, yes, n or no, in any case, as a user types it: 1, 0, or -1. */
int meeting_yesno(const char *s);
/*
 * Set ans[i] for each of the n active questions qs: from answers, one y
 * or n per question in id order (NULL: none), and from the ng answers
 * given by id; -1 when not answered.  0, or -1 with an error: EX_NOINPUT
 * when there is no active question; EX_USAGE for a wrong count or
 * letter, or a question answered twice; EX_DATAERR for an id that is no
 * active question.
 */
int meeting_answers(struct check *qs, long n, const char *answers,
    const struct check_given *given, size_t ng, int *ans);
/*
 * Append one meeting's answers to the n questions to meetings.csv, under
 * store_lock(): all of them, or (EX_USAGE, naming the first without an
 * answer) none.  The first new id, the others following it, or -1 with
 * an error and nothing written.
 */
long long meeting_add(const char *date, const char *meeting,
    const struct check *qs, long n, const int *ans);
/*
 * meeting-check -r: for each active question, its answers since since (a
 * day number, 0: all) as id, gap, meetings, yes, run, trend and question;
 * with ids one id a line.  With all, the retired questions too, and a
 * status column (active or retired) after gap.  Then a line for each gap
 * whose active questions were all yes in each of their last five
 * meetings, saying it can be closed: on stdout under a table, on stderr
 * after CSV.  0, or -1 with an error.
 */
int meeting_report(long since, int all, int mode, int ids);

/* Progress against target (goal-progress, goal-list --progress) */

/*
 * Parse a measured value, a target or a stretch target: an optional
 * minus sign, 1 to 15 digits, then optionally a point and 1 to 6 digits
 * (12, -3, 2.5); no exponent, unit or blank.  0 with *v set, or -1 with
 * an EX_DATAERR error.
 */
int progress_number(const char *s, double *v);
/* The latest value of a goal in progress.csv: by date, then by id. */
struct progress_entry {
	long long goal, id;
	char date[11];
	char *value;
};
struct progress;
/* Read progress.csv once into a map of goal id to its latest value. */
struct progress *progress_latest(void);
/* The latest value of goal, or NULL when it has none. */
const struct progress_entry *progress_find(const struct progress *,
    long long goal);
void progress_free(struct progress *);
/*
 * value as a percentage of target into *pct; -1, and no error recorded,
 * when either is not a number of that form or target is 0.
 */
int progress_ratio(const char *value, const char *target, double *pct);
/*
 * value as a percentage of target, rounded to a whole number ("75"),
 * into buf; -1 and "" when either is not a number or target is 0.
 */
int progress_percent(const char *value, const char *target, char *buf,
    size_t size);
/* A bar of ten cells and the percentage: "[#######...]  75%". */
char *progress_bar(const char *percent, char *buf, size_t size);
/*
 * goal-list --progress: a table of id, status, due, value, target,
 * progress (the bar), stretch, stretch% and title; or CSV of every column
 * of the goals table t, then value, percent and stretch_percent.
 */
struct out *progress_out_open(struct progress *, int mode,
    const struct table *t);
void progress_out_record(struct progress *, struct out *,
    const struct record *);

/* Resume bullets (win-log, resume-bullets): rules in resume-bullets(1) */

enum { RESUME_GOAL, RESUME_WIN };
/* The verb put before a bullet that has none, by kind: Achieved Delivered */
extern const char *const resume_kind_verbs[];
struct bullet {
	int kind;		/* RESUME_GOAL (a goal done), RESUME_WIN */
	long long id;		/* of the goal or the win */
	char date[11];		/* the win's date, the goal's updated */
	double percent;		/* of the target; 100 when not known */
	int number;		/* does the text hold a digit? */
	char *text;		/* verb-led, on one line, without "- " */
};
/* Does s hold a digit? */
int resume_has_number(const char *s);
/* Does s start with a verb (a word of the list, or one ending in -ed)? */
int resume_verb_led(const char *s);
/*
 * Fill b for a win: what, with a verb before it when it starts without
 * one, and the metric after it in parentheses unless what holds it.
 * 0, or -1 with an error.
 */
int resume_win(struct bullet *b, long long id, const char *date,
    const char *what, const char *metric);
/*
 * Fill b for a goal done: "Achieved MEASURE: VALUE against a target of
 * TARGET (TITLE)", with the parts it has.  0, or -1 with an error.
 */
int resume_goal(struct bullet *b, long long id, const char *date,
    const char *title, const char *measure, const char *value,
    const char *target, const char *stretch);
/* Strongest first: with a number, then % of target, then most recent. */
void resume_sort(struct bullet *, size_t n);
/*
 * The bullet as a line (to free, without a newline): "- text", and a note
 * when it needs a number; Markdown escapes what Markdown would read.
 */
char *resume_format(const struct bullet *, int markdown);
/* Free n bullets and the array. */
void resume_free(struct bullet *, size_t n);

/* The journey (agenda, journey-map): the store read once for a report. */

/* A goal, with its progress once journey_measure() has run. */
struct jgoal {
	long long id, parent;	/* parent 0 when none */
	const char *kind, *title, *measure, *target, *stretch, *status;
	const char *agreed;	/* the date as stored, or "" */
	long due, created, updated;	/* day numbers; -1 when none */
	const struct progress_entry *latest;	/* or NULL */
	char *prev;		/* the latest value before since, or NULL */
	long prevd;
	long long previd;
};
/* An open gap; its root cause is the last why given, else "". */
struct jgap {
	long long id, goal;	/* goal 0 when none */
	const char *statement, *cause, *action;
	struct check **checks;	/* its active questions, by id */
	long nchecks;
};
struct jfollow {
	long long id, goal;
	const char *with, *note, *every, *status;
	long due, done;		/* day numbers; -1 when none */
};
struct journey {
	struct jgoal *goals;	/* every goal, by id */
	size_t ngoals;
	struct jgap *gaps;	/* the open gaps, by id */
	size_t ngaps;
	struct check *checks;	/* the active questions, by id */
	long nchecks;
	struct jfollow *follows;	/* every follow-up, by due date, then id */
	size_t nfollows;
	/* private */
	struct progress *progress;
	struct check **bygap;
	struct table *t[3];
	struct record **rows[3];
};
/*
 * Read goals.csv, gaps.csv, checks.csv and followups.csv (never
 * batna.csv; a missing file is an empty one).  0, or -1 with an error
 * and nothing to free.
 */
int journey_load(struct journey *);
/*
 * Read progress.csv into each goal's latest and, when since is not 0,
 * prev; and the checklist's answers from since on (0: all) into checks.
 */
int journey_measure(struct journey *, long since);
void journey_free(struct journey *);
/* The goal with this id, or NULL. */
struct jgoal *journey_goal(const struct journey *, long long id);
/* qsort order for arrays of struct jgoal *: by due day, undated last. */
int journey_cmp_due(const void *, const void *);
/*
 * day as said from today into buf: "today", "in 3 days", "5 weeks ago",
 * "in 4 years 7 months".  Returns buf.
 */
char *journey_when(long day, long today, char *buf, size_t size);

/*
 * The next step (career next): the method's rules (career(7), "The next
 * step") applied to the store, each finding a suggestion: what to do
 * next for a goal, an objective or the plan, with the command that does
 * it.  Words in capitals in a command (TITLE, WHO, VALUE) are for the
 * person to fill in; everything else is ready to run.  Nothing a BATNA
 * says is ever read: only whether one is there, and its date.
 */
enum { NEXT_STEP1 = 1, NEXT_STEP2, NEXT_STEP3, NEXT_STEP4, NEXT_STEP5,
    NEXT_MEASURE };
/* The steps by number, as the suggestions name them: "1" ... "measure". */
extern const char *const next_steps[];
struct next {
	long long goal;		/* the goal or objective; 0: the plan */
	char *about;		/* its title on one line, or "the plan" */
	int step;		/* NEXT_STEP1 ... NEXT_MEASURE */
	const char *rule;	/* the rule's name: "not-shown" */
	int priority;		/* 1 is the most urgent */
	char *text;		/* what is wrong and what to do, one line */
	char *command;		/* the command that does it, for sh */
	/* private */
	long due;		/* the goal's due day, for the order */
	int order;		/* the rule's place in the method */
};
/*
 * The suggestions for the store (only != 0: those about goal only), the
 * most important first: by priority, then the goal due soonest, then the
 * goal, then the rule's place in the method.  With all, every one; else
 * for each goal the one step that comes next (its most urgent, of those
 * the earliest rule), and every one about the plan.  Into *v (free with
 * next_free); how many, or -1 with an error.
 */
long next_plan(long long only, int all, struct next **v);
void next_free(struct next *v, long n);

#endif
