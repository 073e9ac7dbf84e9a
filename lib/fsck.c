/*
 * fsck.c: what career-check verifies.  The rules say, per file, which
 * columns are dates, which name a record of another file, and which take
 * only certain words; they are the same rules the commands apply when
 * they write, so a clean store is one the commands could have made.
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
#include "private.h"

struct rule {
	const struct schema *s;
	const char *const *dates;	/* columns holding dates */
	const char *refs[3][2];		/* column, file it points into */
	const char *words[3];		/* columns with a fixed set of values */
	const char *const *values[3];
};

static const char *const goal_dates[] = { "due", "agreed", "created",
    "updated", NULL };
static const char *const feedback_dates[] = { "date", "created", NULL };
static const char *const gap_dates[] = { "created", "closed", NULL };
static const char *const created[] = { "created", NULL };
static const char *const meeting_dates[] = { "date", NULL };
static const char *const batna_dates[] = { "date", "created", NULL };
static const char *const followup_dates[] = { "due", "done", "created",
    NULL };
static const char *const progress_dates[] = { "date", "created", NULL };

static const struct rule rules[] = {
	{ &schema_goals, goal_dates, { { "parent", "goals.csv" } },
	    { "kind", "status" }, { goal_kinds, goal_statuses } },
	{ &schema_feedback, feedback_dates, { { "goal", "goals.csv" } },
	    { "relation" }, { feedback_relations } },
	{ &schema_gaps, gap_dates, { { "goal", "goals.csv" } },
	    { "status" }, { gap_statuses } },
	{ &schema_checks, created, { { "gap", "gaps.csv" } },
	    { "status" }, { check_statuses } },
	{ &schema_meetings, meeting_dates, { { "check", "checks.csv" } },
	    { "answer" }, { check_answers } },
	{ &schema_batna, batna_dates, { { "goal", "goals.csv" } },
	    { "status" }, { batna_statuses } },
	{ &schema_followups, followup_dates, { { "goal", "goals.csv" } },
	    { "status" }, { followup_statuses } },
	{ &schema_progress, progress_dates, { { "goal", "goals.csv" } },
	    { NULL }, { NULL } },
	{ &schema_wins, progress_dates, { { "goal", "goals.csv" } },
	    { NULL }, { NULL } },
};
#define NRULES (sizeof(rules) / sizeof(rules[0]))

/* The ids of one file, sorted, with the line of each. */
struct ids {
	struct idline { long long id; long line; } *v;
	size_t n;
	int readable;
	long long *objectives;	/* goals.csv: ids of kind objective */
	size_t nobj;
};

static void (*report)(const char *, long, const char *);
static long problems;

static void
problem(const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
problem(const char *file, long line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	report(file, line, msg);
	problems++;
}

static int
by_id(const void *a, const void *b)
{
	const struct idline *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id ? 1 :
	    (x->line > y->line) - (x->line < y->line);
}

static int
cmp_ll(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return (x > y) - (x < y);
}

/* A parse error, reported as "file:line: what" by the reader. */
static void
parse_problem(const struct rule *r)
{
	const char *msg = career_errmsg();
	size_t n = strlen(r->s->file);

	if (strncmp(msg, r->s->file, n) == 0 && msg[n] == ':')
		problem(r->s->file, strtol(msg + n + 1, NULL, 10), "%s",
		    msg + n + 1 + strspn(msg + n + 1, "0123456789: "));
	else
		problem(r->s->file, 0, "%s", msg);
}

/* Pass 1: the ids of a file, and duplicates among them. */
static void
collect(const struct rule *r, struct ids *ids)
{
	struct table *t;
	struct record *rec;
	size_t cap = 0, i;
	int kind;

	memset(ids, 0, sizeof(*ids));
	if ((t = table_open(r->s)) == NULL) {
		parse_problem(r);
		return;
	}
	table_allow_duplicates(t);
	kind = table_col(t, "kind");
	while ((rec = table_next(t)) != NULL) {
		if (ids->n == cap) {
			cap = cap ? cap * 2 : 256;
			if ((ids->v = reallocarray(ids->v, cap,
			    sizeof(*ids->v))) == NULL ||
			    (r->s == &schema_goals && (ids->objectives =
			    reallocarray(ids->objectives, cap,
			    sizeof(long long))) == NULL))
				err(EX_OSERR, NULL);
		}
		ids->v[ids->n].id = rec->id;
		ids->v[ids->n++].line = rec->line;
		if (r->s == &schema_goals &&
		    strcmp(rec_get(rec, kind), "objective") == 0)
			ids->objectives[ids->nobj++] = rec->id;
	}
	if (table_error(t))
		parse_problem(r);
	else
		ids->readable = 1;
	table_close(t);
	if (ids->n > 0)
		qsort(ids->v, ids->n, sizeof(*ids->v), by_id);
	for (i = 1; i < ids->n; i++)
		if (ids->v[i].id == ids->v[i - 1].id)
			problem(r->s->file, ids->v[i].line, "id %lld is "
			    "also on line %ld", ids->v[i].id,
			    ids->v[i - 1].line);
	if (ids->nobj > 0)
		qsort(ids->objectives, ids->nobj, sizeof(long long), cmp_ll);
}

static int
has_id(const struct ids *ids, long long id)
{
	struct idline key = { id, 0 };
	size_t lo = 0, hi = ids->n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (by_id(&ids->v[mid], &key) < 0 && ids->v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ids->n && ids->v[lo].id == id;
}

static const struct ids *
ids_of(const struct ids *all, const char *file)
{
	size_t i;

	for (i = 0; i < NRULES; i++)
		if (strcmp(rules[i].s->file, file) == 0)
			return &all[i];
	return NULL;
}

/* Pass 2: every field of a file that parsed. */
static void
verify(const struct rule *r, const struct ids *all)
{
	const struct ids *target;
	const char *v, *errstr;
	struct record *rec;
	struct table *t;
	long long ref;
	long days;
	size_t i;
	int c;

	if ((t = table_open(r->s)) == NULL)
		return;
	table_allow_duplicates(t);
	while ((rec = table_next(t)) != NULL) {
		for (i = 0; r->dates[i] != NULL; i++) {
			v = rec_getn(t, rec, r->dates[i]);
			if (*v != '\0' && (!date_valid(v) ||
			    date_parse(v, &days) == -1))
				problem(r->s->file, rec->line, "%s: '%.40s' "
				    "is not a date (YYYY-MM-DD)", r->dates[i],
				    v);
		}
		for (i = 0; i < 3 && r->words[i] != NULL; i++) {
			v = rec_getn(t, rec, r->words[i]);
			if (!str_oneof(v, r->values[i]))
				problem(r->s->file, rec->line, "%s: '%.40s' "
				    "is not one of %s", r->words[i], v,
				    str_words(r->values[i]));
		}
		for (i = 0; i < 3 && r->refs[i][0] != NULL; i++) {
			v = rec_getn(t, rec, r->refs[i][0]);
			target = ids_of(all, r->refs[i][1]);
			if (*v == '\0' || !target->readable)
				continue;
			ref = strtonum(v, 1, LLONG_MAX, &errstr);
			if (errstr != NULL)
				problem(r->s->file, rec->line, "%s: '%.40s' is "
				    "not an id", r->refs[i][0], v);
			else if (!has_id(target, ref))
				problem(r->s->file, rec->line, "%s %lld: no "
				    "such record in %s", r->refs[i][0], ref,
				    r->refs[i][1]);
			else if (strcmp(r->refs[i][0], "parent") == 0 &&
			    bsearch(&ref, target->objectives, target->nobj,
			    sizeof(long long), cmp_ll) == NULL)
				problem(r->s->file, rec->line, "parent %lld: "
				    "not an objective", ref);
		}
		if (r->s == &schema_followups &&
		    *(v = rec_getn(t, rec, "every")) != '\0' &&
		    followup_every(v) == -1)
			problem(r->s->file, rec->line, "every: '%.40s' is not "
			    "a cadence (10d, 2w, 1m, 1y)", v);
	}
	c = table_error(t);
	table_close(t);
	(void)c;	/* pass 1 reported it */
}

/* Private means 0700 and 0600, and ours. */
static void
permissions(void)
{
	char path[PATH_MAX];
	struct stat st;
	size_t i;

	if (stat(store_dir(), &st) == 0 && ((st.st_mode & 077) ||
	    st.st_uid != geteuid()))
		problem(".", 0, "store %s is mode %04o%s; want 0700 and "
		    "yours: chmod 700 %s", store_dir(), st.st_mode & 0777,
		    st.st_uid != geteuid() ? " and not yours" : "",
		    store_dir());
	for (i = 0; i < NRULES; i++) {
		if (store_path(path, sizeof(path), rules[i].s->file) == -1 ||
		    lstat(path, &st) == -1)
			continue;
		if (S_ISREG(st.st_mode) && ((st.st_mode & 077) ||
		    st.st_uid != geteuid()))
			problem(rules[i].s->file, 0, "mode %04o%s; want 0600: "
			    "chmod 600 %s", st.st_mode & 0777,
			    st.st_uid != geteuid() ? " and not yours" : "",
			    path);
	}
}

long
store_fsck(void (*fn)(const char *, long, const char *))
{
	struct ids all[NRULES];
	struct stat st;
	size_t i;

	report = fn;
	problems = 0;
	if (stat(store_dir(), &st) == -1)
		return career_fail(66, "%s: no store here", store_dir());
	permissions();
	for (i = 0; i < NRULES; i++)
		collect(&rules[i], &all[i]);
	for (i = 0; i < NRULES; i++)
		if (all[i].readable)
			verify(&rules[i], all);
	for (i = 0; i < NRULES; i++) {
		free(all[i].v);
		free(all[i].objectives);
	}
	return problems;
}

/* The rule of file s, or NULL. */
static const struct rule *
rule_of(const struct schema *s)
{
	size_t i;

	for (i = 0; i < NRULES; i++)
		if (rules[i].s == s)
			return &rules[i];
	return NULL;
}

const char *
record_value(const struct table *t, const char *field, const char *value)
{
	const struct rule *r = rule_of(table_schema(t));
	const struct schema *target;
	char *buf;
	size_t i, j;
	long days;

	if (r == NULL)
		return value;
	for (i = 0; r->dates[i] != NULL; i++)
		if (strcmp(field, r->dates[i]) == 0 && *value != '\0') {
			if (date_parse(value, &days) == -1 ||
			    (buf = malloc(11)) == NULL)
				return NULL;
			return date_fmt(days, str_keep(buf));
		}
	for (i = 0; i < 3 && r->words[i] != NULL; i++)
		if (strcmp(field, r->words[i]) == 0 &&
		    !str_oneof(value, r->values[i])) {
			career_fail(EX_USAGE, "%s: '%s' is not one of %s", field,
			    value, str_words(r->values[i]));
			return NULL;
		}
	for (i = 0; i < 3 && r->refs[i][0] != NULL; i++)
		if (strcmp(field, r->refs[i][0]) == 0 && *value != '\0') {
			for (j = 0; schemas[j] != NULL; j++)
				if (strcmp(schemas[j]->file, r->refs[i][1]) == 0)
					break;
			target = schemas[j];
			if (target == NULL ||
			    ref_check(target, field, value) == -1)
				return NULL;
		}
	if (strcmp(field, "every") == 0 && *value != '\0' &&
	    followup_every(value) == -1)
		return NULL;
	return value;
}
