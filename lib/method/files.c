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
 * files.c: every column of every file of the store, declared once with
 * its kind.  Validation (field_value, rec_check), career-check, imports,
 * $EDITOR editing, the history's labels and the completion scripts
 * (through "career fields") all read these tables, so a rule about what
 * a field may hold is written here and nowhere else.  career(5)
 * documents each file.
 *
 * The order of a file's columns is its default header; readers map
 * columns by name, so a file may hold them in any order, and more.  The
 * GOALS_..., FEEDBACK_... constants in method.h follow the same order.
 */
#include <stddef.h>

#include "core.h"
#include "method.h"

/* The words of the word columns. */
const char *const goal_kinds[] = { "objective", "goal", "stretch", NULL };
const char *const goal_statuses[] = { "open", "done", "dropped", NULL };
/* A person's relation to the one whose plan it is (people, feedback). */
const char *const feedback_relations[] = { "mentor", "friend", "family",
    "sponsor", "manager", "peer", "colleague", "other", NULL };
const char *const batna_statuses[] = { "current", "superseded", NULL };
const char *const check_statuses[] = { "active", "retired", NULL };
const char *const check_answers[] = { "yes", "no", NULL };
const char *const followup_statuses[] = { "open", "done", NULL };
const char *const gap_statuses[] = { "open", "closed", NULL };

#define N(a) (sizeof(a) / sizeof(a[0]))
#define ID		{ "id", COL_ID, COL_REQUIRED, NULL, NULL, 0, NULL }
#define TEXT(n, f)	{ n, COL_TEXT, f, NULL, NULL, 0, NULL }
#define PERSON(n, f)	{ n, COL_PERSON, f, NULL, NULL, 0, NULL }
#define DATE(n, f)	{ n, COL_DATE, f, NULL, NULL, 0, NULL }
#define WORD(n, f, w)	{ n, COL_WORD, f, w, NULL, 0, NULL }
#define REF(n, s)	{ n, COL_REF, 0, NULL, &s, 0, NULL }
#define NUMBER(n, f)	{ n, COL_NUMBER, f, NULL, NULL, 0, NULL }
#define CADENCE(n)	{ n, COL_CADENCE, 0, NULL, NULL, 0, NULL }
#define CREATED		DATE("created", COL_AUTO)
#define R		COL_REQUIRED

/* stretch came later: it goes last so column positions stay put. */
static const struct column goals[] = {
	ID,
	WORD("kind", R, goal_kinds),
	TEXT("title", R),
	TEXT("measure", 0),
	TEXT("target", 0),
	DATE("due", 0),
	/* A goal's parent is an objective: the plan's first step. */
	{ "parent", COL_REF, 0, NULL, &schema_goals, GOALS_KIND, "objective" },
	WORD("status", R, goal_statuses),
	DATE("agreed", 0),
	CREATED,
	DATE("updated", COL_AUTO),
	TEXT("stretch", 0),
};
const struct schema schema_goals = { FILE_GOALS, "goals.csv", "goal",
    goals, N(goals), GOALS_TITLE };

static const struct column feedback[] = {
	ID,
	DATE("date", R),
	REF("goal", schema_goals),
	PERSON("person", R),
	WORD("relation", R, feedback_relations),
	TEXT("said", R),
	CREATED,
};
const struct schema schema_feedback = { FILE_FEEDBACK, "feedback.csv",
    "feedback", feedback, N(feedback), FEEDBACK_PERSON };

static const struct column gaps[] = {
	ID,
	REF("goal", schema_goals),
	TEXT("statement", R),
	TEXT("source", 0),	/* a feedback id, or who said it */
	TEXT("why1", 0), TEXT("why2", 0), TEXT("why3", 0), TEXT("why4", 0),
	TEXT("why5", 0),
	TEXT("action", 0),
	WORD("status", R, gap_statuses),
	CREATED,
	DATE("closed", 0),
};
const struct schema schema_gaps = { FILE_GAPS, "gaps.csv", "gap",
    gaps, N(gaps), GAPS_STATEMENT };

static const struct column checks[] = {
	ID,
	{ "gap", COL_REF, R, NULL, &schema_gaps, 0, NULL },
	TEXT("question", R),
	WORD("status", R, check_statuses),
	CREATED,
};
const struct schema schema_checks = { FILE_CHECKS, "checks.csv",
    "question", checks, N(checks), CHECKS_QUESTION };

static const struct column meetings[] = {
	ID,
	DATE("date", R),
	TEXT("meeting", R),
	{ "check", COL_REF, R, NULL, &schema_checks, 0, NULL },
	WORD("answer", R, check_answers),
};
const struct schema schema_meetings = { FILE_MEETINGS, "meetings.csv",
    "answer", meetings, N(meetings), MEETINGS_MEETING };

/* What a BATNA holds is private: only batna-set shows it. */
static const struct column batna[] = {
	ID,
	REF("goal", schema_goals),
	PERSON("with", 0),
	DATE("date", 0),
	TEXT("minimum", R | COL_PRIVATE),
	TEXT("alternative", R | COL_PRIVATE),
	TEXT("backups", COL_PRIVATE),
	WORD("status", R, batna_statuses),
	CREATED,
};
const struct schema schema_batna = { FILE_BATNA, "batna.csv", "BATNA",
    batna, N(batna), BATNA_WITH };

static const struct column followups[] = {
	ID,
	REF("goal", schema_goals),
	PERSON("with", R),
	DATE("due", R),
	CADENCE("every"),
	TEXT("note", 0),
	WORD("status", R, followup_statuses),
	DATE("done", 0),
	CREATED,
	/* The big conversation, the one a BATNA is prepared for: yes. */
	WORD("negotiation", 0, check_answers),
	DATE("anchor", COL_AUTO),	/* the date the cadence counts from */
};
const struct schema schema_followups = { FILE_FOLLOWUPS, "followups.csv",
    "follow-up", followups, N(followups), FOLLOWUPS_WITH };

static const struct column progress[] = {
	ID,
	{ "goal", COL_REF, R, NULL, &schema_goals, 0, NULL },
	DATE("date", R),
	NUMBER("value", R),
	TEXT("note", 0),
	CREATED,
};
const struct schema schema_progress = { FILE_PROGRESS, "progress.csv",
    "progress entry", progress, N(progress), PROGRESS_NOTE };

static const struct column wins[] = {
	ID,
	REF("goal", schema_goals),
	DATE("date", R),
	TEXT("what", R),
	TEXT("metric", 0),
	CREATED,
};
const struct schema schema_wins = { FILE_WINS, "wins.csv", "win",
    wins, N(wins), WINS_WHAT };

/*
 * The people of the plan.  Records elsewhere name a person by text (the
 * canonical name, as people.c resolves it), so a store from before
 * people.csv, or with names typed by hand, still reads.
 */
static const struct column people[] = {
	ID,
	PERSON("name", R),
	TEXT("aliases", 0),	/* '|' between them */
	WORD("relation", 0, feedback_relations),
	TEXT("note", 0),
	CREATED,
	DATE("updated", COL_AUTO),
};
const struct schema schema_people = { FILE_PEOPLE, "people.csv", "person",
    people, N(people), PEOPLE_NAME };

const struct schema *const schemas[] = { &schema_goals, &schema_feedback,
    &schema_gaps, &schema_checks, &schema_meetings, &schema_batna,
    &schema_followups, &schema_progress, &schema_wins, &schema_people,
    NULL };
