/*
 * schema.c: the files of the store and their default columns.
 * career(5) documents each; readers map columns by name, so a file may
 * hold them in any order, and more.
 */
#include <stddef.h>

#include "career.h"

/* stretch came later: it goes last so column positions stay put. */
static const char *const goals[] = { "id", "kind", "title", "measure",
    "target", "due", "parent", "status", "agreed", "created", "updated",
    "stretch", NULL };
const struct schema schema_goals = { "goals.csv", goals };

static const char *const feedback[] = { "id", "date", "goal", "person",
    "relation", "said", "created", NULL };
const struct schema schema_feedback = { "feedback.csv", feedback };

static const char *const gaps[] = { "id", "goal", "statement", "source",
    "why1", "why2", "why3", "why4", "why5", "action", "status", "created",
    "closed", NULL };
const struct schema schema_gaps = { "gaps.csv", gaps };

static const char *const checks[] = { "id", "gap", "question", "status",
    "created", NULL };
const struct schema schema_checks = { "checks.csv", checks };

static const char *const meetings[] = { "id", "date", "meeting", "check",
    "answer", NULL };
const struct schema schema_meetings = { "meetings.csv", meetings };

static const char *const batna[] = { "id", "goal", "with", "date",
    "minimum", "alternative", "backups", "status", "created", NULL };
const struct schema schema_batna = { "batna.csv", batna };

static const char *const followups[] = { "id", "goal", "with", "due",
    "every", "note", "status", "done", "created", NULL };
const struct schema schema_followups = { "followups.csv", followups };

static const char *const progress[] = { "id", "goal", "date", "value",
    "note", "created", NULL };
const struct schema schema_progress = { "progress.csv", progress };

static const char *const wins[] = { "id", "goal", "date", "what", "metric",
    "created", NULL };
const struct schema schema_wins = { "wins.csv", wins };

const char *const goal_kinds[] = { "objective", "goal", "stretch", NULL };
const char *const goal_statuses[] = { "open", "done", "dropped", NULL };
const char *const feedback_relations[] = { "mentor", "friend", "family",
    "manager", "peer", "colleague", "other", NULL };

const struct schema *const schemas[] = { &schema_goals, &schema_feedback,
    &schema_gaps, &schema_checks, &schema_meetings, &schema_batna,
    &schema_followups, &schema_progress, &schema_wins, NULL };
