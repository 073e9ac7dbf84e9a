/*
 * smart.c: is a goal Specific, Measurable, Achievable, Relevant and
 * Time-bound?  The rules are deterministic and documented, word for
 * word, in smart-review(1); change both together.
 *
 * Relevance looks beyond the goal itself (its parent, an objective's
 * children), so the review first indexes every goal of the store, plus
 * those read from stdin, which stand in for the store's ones.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "career.h"

const char *const smart_criteria[] = { "specific", "measurable",
    "achievable", "relevant", "time-bound", NULL };

/* Words that say nothing about what will be done; sorted. */
const char *const smart_vague[] = { "a", "an", "and", "as", "at", "be",
    "become", "best", "better", "by", "career", "develop", "development",
    "do", "enhance", "for", "general", "get", "good", "great", "grow",
    "growth", "i", "improve", "in", "increase", "it", "learn", "level",
    "lot", "lots", "make", "me", "more", "most", "much", "my", "new",
    "next", "of", "on", "or", "overall", "really", "skills", "some",
    "step", "stuff", "take", "the", "things", "to", "try", "very", "well",
    "with", "work", NULL };

struct node {
	long long id, parent;
	unsigned char objective, dropped, src;
};

struct smart {
	struct node *v;
	size_t n, cap;
	long long *parents;	/* parents of goals not dropped, sorted */
	size_t np;
	int ready;
};

static int
cmp_node(const void *a, const void *b)
{
	const struct node *x = a, *y = b;

	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->src - y->src;
}

static int
cmp_id(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

static int
add(struct smart *s, const struct table *t, const struct record *r, int src)
{
	struct node *nv, *n;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		if ((nv = reallocarray(s->v, s->cap, sizeof(*nv))) == NULL)
			return career_fail(EX_OSERR, "out of memory");
		s->v = nv;
	}
	n = &s->v[s->n++];
	n->id = r->id;
	n->parent = strtoll(rec_getn(t, r, "parent"), NULL, 10);
	n->objective = strcmp(rec_getn(t, r, "kind"), "objective") == 0;
	n->dropped = strcmp(rec_getn(t, r, "status"), "dropped") == 0;
	n->src = src;
	s->ready = 0;
	return 0;
}

struct smart *
smart_open(void)
{
	struct record *r;
	struct smart *s;
	struct table *t;

	if ((s = calloc(1, sizeof(*s))) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	if ((t = table_open(&schema_goals)) == NULL) {
		free(s);
		return NULL;
	}
	while ((r = table_next(t)) != NULL)
		if (add(s, t, r, 0) == -1)
			break;
	if (table_error(t) || r != NULL) {
		table_close(t);
		smart_close(s);
		return NULL;
	}
	table_close(t);
	return s;
}

int
smart_add(struct smart *s, const struct table *t, const struct record *r)
{
	return add(s, t, r, 1);
}

void
smart_close(struct smart *s)
{
	if (s == NULL)
		return;
	free(s->v);
	free(s->parents);
	free(s);
}

/* Sort, let a goal from stdin replace the store's, list the parents. */
static int
prepare(struct smart *s)
{
	size_t i, j;

	if (s->ready)
		return 0;
	if (s->n > 0)
		qsort(s->v, s->n, sizeof(*s->v), cmp_node);
	for (i = j = 0; i < s->n; i++) {
		if (j > 0 && s->v[i].id != 0 && s->v[j - 1].id == s->v[i].id)
			j--;
		s->v[j++] = s->v[i];
	}
	s->n = j;
	free(s->parents);
	if ((s->parents = calloc(s->n + 1, sizeof(long long))) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	for (i = s->np = 0; i < s->n; i++)
		if (s->v[i].parent > 0 && !s->v[i].dropped)
			s->parents[s->np++] = s->v[i].parent;
	if (s->np > 0)
		qsort(s->parents, s->np, sizeof(long long), cmp_id);
	s->ready = 1;
	return 0;
}

static const struct node *
lookup(const struct smart *s, long long id)
{
	struct node key = { id, 0, 0, 0, 0 };
	size_t lo = 0, hi = s->n, mid;

	/* By id only: the stdin copy has replaced the store's by now. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (s->v[mid].id < key.id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->n && s->v[lo].id == id ? &s->v[lo] : NULL;
}

static int
has_child(const struct smart *s, long long id)
{
	return s->np > 0 && bsearch(&id, s->parents, s->np,
	    sizeof(long long), cmp_id) != NULL;
}

static int
met(struct smart_verdict *v)
{
	v->result = SMART_MET;
	v->why[0] = '\0';
	return 0;
}

static int
verdict(struct smart_verdict *v, int result, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
verdict(struct smart_verdict *v, int result, const char *fmt, ...)
{
	va_list ap;

	v->result = result;
	va_start(ap, fmt);
	vsnprintf(v->why, sizeof(v->why), fmt, ap);
	va_end(ap);
	return result == SMART_NOT_MET;
}

/* Specific: three words or more, one of them not vague. */
static int
specific(const char *title, struct smart_verdict *v)
{
	char word[32];
	const char *p, *e;
	int nwords = 0, concrete = 0;
	size_t len, i;

	for (p = title; *p != '\0'; p = e) {
		while (isspace((unsigned char)*p))
			p++;
		for (e = p; *e != '\0' && !isspace((unsigned char)*e); e++)
			;
		/* Punctuation around a word is not part of it. */
		while (p < e && ispunct((unsigned char)*p))
			p++;
		for (len = e - p; len > 0 &&
		    ispunct((unsigned char)p[len - 1]); len--)
			;
		if (len == 0)
			continue;
		nwords++;
		if (len >= sizeof(word)) {
			concrete = 1;
			continue;
		}
		for (i = 0; i < len; i++)
			word[i] = tolower((unsigned char)p[i]);
		word[len] = '\0';
		if (!str_oneof(word, smart_vague))
			concrete = 1;
	}
	if (nwords == 0)
		return verdict(v, SMART_NOT_MET, "no title");
	if (nwords < 3)
		return verdict(v, SMART_NOT_MET, "title too short (%d word%s, "
		    "want 3 or more)", nwords, nwords == 1 ? "" : "s");
	if (!concrete)
		return verdict(v, SMART_NOT_MET, "title only has vague words");
	return met(v);
}

static int
measurable(const char *measure, const char *target, struct smart_verdict *v)
{
	if (*measure == '\0' && *target == '\0')
		return verdict(v, SMART_NOT_MET, "no measure, no target");
	if (*measure == '\0')
		return verdict(v, SMART_NOT_MET, "no measure");
	if (*target == '\0')
		return verdict(v, SMART_NOT_MET, "no target");
	return met(v);
}

static int
achievable(long long id, const char *kind, const char *agreed,
    struct smart_verdict *v)
{
	if (*agreed != '\0' && !date_valid(agreed))
		return verdict(v, SMART_NOT_MET, "agreed '%.40s' is not a date",
		    agreed);
	if (*agreed != '\0')
		return met(v);
	if (strcmp(kind, "stretch") == 0)
		return verdict(v, SMART_STRETCH, "a stretch goal, not agreed "
		    "yet");
	if (id == 0)
		return verdict(v, SMART_NOT_MET, "not agreed with the manager");
	return verdict(v, SMART_NOT_MET, "not agreed with the manager "
	    "(goal-set %lld agreed=DATE)", id);
}

static int
relevant(const struct smart *s, long long id, const char *kind,
    const char *due, const char *parent, struct smart_verdict *v)
{
	const struct node *p;
	long long pid;

	if (strcmp(kind, "objective") == 0) {
		if (*due == '\0' && (id == 0 || !has_child(s, id)))
			return verdict(v, SMART_NOT_MET, "an objective needs a "
			    "due date and a goal under it");
		if (*due == '\0')
			return verdict(v, SMART_NOT_MET, "an objective needs a "
			    "due date");
		if (id == 0 || !has_child(s, id))
			return verdict(v, SMART_NOT_MET, "no goal under it");
		return met(v);
	}
	if (*parent == '\0')
		return verdict(v, SMART_NOT_MET, "no parent objective");
	if ((pid = strtoll(parent, NULL, 10)) <= 0 ||
	    strspn(parent, "0123456789") != strlen(parent))
		return verdict(v, SMART_NOT_MET, "parent '%.40s' is not an id",
		    parent);
	if ((p = lookup(s, pid)) == NULL)
		return verdict(v, SMART_NOT_MET, "parent %lld: no such goal",
		    pid);
	if (!p->objective)
		return verdict(v, SMART_NOT_MET, "parent %lld is not an "
		    "objective", pid);
	if (p->dropped)
		return verdict(v, SMART_NOT_MET, "parent %lld is dropped", pid);
	return met(v);
}

static int
timebound(const char *due, const char *status, struct smart_verdict *v)
{
	long days;

	if (*due == '\0')
		return verdict(v, SMART_NOT_MET, "no due date");
	if (!date_valid(due) || date_parse(due, &days) == -1)
		return verdict(v, SMART_NOT_MET, "due '%.40s' is not a date",
		    due);
	if ((*status == '\0' || strcmp(status, "open") == 0) &&
	    days < date_today())
		return verdict(v, SMART_NOT_MET, "overdue (due %s)", due);
	return met(v);
}

int
smart_judge(struct smart *s, const struct table *t, const struct record *r,
    struct smart_verdict *v)
{
	const char *kind = rec_getn(t, r, "kind");
	const char *due = rec_getn(t, r, "due");

	if (prepare(s) == -1)
		return -1;
	return specific(rec_getn(t, r, "title"), &v[SMART_SPECIFIC]) +
	    measurable(rec_getn(t, r, "measure"), rec_getn(t, r, "target"),
	    &v[SMART_MEASURABLE]) +
	    achievable(r->id, kind, rec_getn(t, r, "agreed"),
	    &v[SMART_ACHIEVABLE]) +
	    relevant(s, r->id, kind, due, rec_getn(t, r, "parent"),
	    &v[SMART_RELEVANT]) +
	    timebound(due, rec_getn(t, r, "status"), &v[SMART_TIMEBOUND]);
}
