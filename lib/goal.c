/* goal.c: what a goal may hold, checked once for every command. */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "career.h"

static const char *const goal_dates[] = { "due", "agreed", "created",
    "updated", NULL };
/* Fields that may be empty. */
static const char *const goal_optional[] = { "measure", "target", "due",
    "parent", "agreed", "stretch", NULL };

const char *
goal_value(const struct table *t, const char *field, const char *value)
{
	const char *const *c;
	char *buf;
	long days;
	int known = 0;

	for (c = schema_goals.cols; *c != NULL; c++)
		if (strcmp(*c, field) == 0)
			known = 1;
	if (!known) {
		if (t == NULL || table_col(t, field) == -1) {
			career_fail(EX_USAGE, "%s: unknown field (fields: %s, "
			    "or a column added to goals.csv)", field,
			    str_words(schema_goals.cols));
			return NULL;
		}
		return value;
	}
	if (strcmp(field, "id") == 0) {
		career_fail(EX_USAGE, "id: ids cannot be changed");
		return NULL;
	}
	if (*value == '\0') {
		if (!str_oneof(field, goal_optional)) {
			career_fail(EX_USAGE, "%s: cannot be empty", field);
			return NULL;
		}
		return value;
	}
	if (strcmp(field, "kind") == 0 && !str_oneof(value, goal_kinds)) {
		career_fail(EX_USAGE, "%s: not a kind (%s)", value,
		    str_words(goal_kinds));
		return NULL;
	}
	if (strcmp(field, "status") == 0 && !str_oneof(value, goal_statuses)) {
		career_fail(EX_USAGE, "%s: not a status (%s)", value,
		    str_words(goal_statuses));
		return NULL;
	}
	if (strcmp(field, "parent") == 0 && goal_check_parent(value) == -1)
		return NULL;
	if (str_oneof(field, goal_dates)) {
		if (date_parse(value, &days) == -1)
			return NULL;
		if ((buf = malloc(11)) == NULL) {
			career_fail(EX_OSERR, "out of memory");
			return NULL;
		}
		return date_fmt(days, str_keep(buf));
	}
	return value;
}

int
goal_check_parent(const char *id)
{
	struct table *t;
	struct record *r;
	long long n;
	int rv = 0;

	if ((n = id_parse(id)) == -1 || (t = table_open(&schema_goals)) == NULL)
		return -1;
	if ((r = table_find(t, n)) == NULL)
		rv = table_error(t) ? -1 : career_fail(EX_DATAERR, "parent %s: "
		    "no such goal", id);
	else if (strcmp(rec_getn(t, r, "kind"), "objective") != 0)
		rv = career_fail(EX_DATAERR, "parent %s: not an objective "
		    "(its kind is %s)", id, rec_getn(t, r, "kind"));
	table_close(t);
	return rv;
}
