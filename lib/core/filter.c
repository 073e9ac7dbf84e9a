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
 * filter.c: the one filter language of the listings, and their order.
 * A filter is words, as a shell passes them: field:value, field<value
 * (<, <=, >, >=, !=), /regex/, and the words "or" and "not".  Words side
 * by side must all match; "or" separates alternatives; "not" negates the
 * word after it.  How a field compares comes from its kind in the
 * schema: dates as dates (typed in the writers' vocabulary, so due<+1m
 * works), numbers and ids as numbers, words exactly, text and people by
 * a part of them, case aside.  career-list(1) documents it.
 */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "private.h"

enum { EQ, NE, LT, LE, GT, GE, RE };

struct term {
	int op, not, or;	/* or: an alternative starts here */
	int kind;		/* how to compare: its column's kind */
	const char *name;	/* the field as typed */
	int tcol;		/* its column in the table bound */
	const char *value;	/* normalised: a date as YYYY-MM-DD */
	regex_t re;
};

struct filter {
	const struct schema *s;
	struct term *t;
	size_t n;
	struct sortkey { int tcol, kind, desc; const char *name; } *k;
	size_t nk;
};

/* The kind a field compares by: its column's, or text for one by hand. */
static int
kind_of(const struct schema *s, const char *name)
{
	int c;

	return (c = schema_col(s, name)) == -1 ? COL_TEXT :
	    schema_column(c)->kind;
}

/* A value typed for a field of kind: dates to YYYY-MM-DD, numbers. */
static int
term_value(struct term *t, const char *v)
{
	char *buf, msg[512];
	double num;
	long days;

	t->value = v;
	switch (t->kind) {
	case COL_DATE:
		if (*v == '\0')
			return 0;
		if (date_parse(v, &days) == -1) {
			strlcpy(msg, career_errmsg(), sizeof(msg));
			return career_fail(EX_USAGE, "%s: %s", t->name, msg);
		}
		if ((buf = malloc(11)) == NULL)
			return career_fail(EX_OSERR, "out of memory");
		t->value = date_fmt(days, str_keep(buf));
		return 0;
	case COL_ID:
	case COL_REF:
	case COL_NUMBER:
		if (*v != '\0' && number_parse(v, &num) == -1)
			return career_fail(EX_USAGE, "%s: '%s' is not a number",
			    t->name, v);
		return 0;
	}
	return 0;
}

/* One word: field OP value, or /regex/. */
static int
term_parse(const struct schema *s, struct term *t, char *w)
{
	static const char *const ops[] = { "<=", ">=", "!=", "<", ">", ":" };
	static const int opv[] = { LE, GE, NE, LT, GT, EQ };
	size_t len = strlen(w), i, at;
	char *end, *name;

	if (len >= 2 && w[0] == '/' && w[len - 1] == '/') {
		w[len - 1] = '\0';
		t->op = RE;
		if (regcomp(&t->re, w + 1, REG_EXTENDED | REG_ICASE |
		    REG_NOSUB) != 0)
			return career_fail(EX_USAGE, "/%s/: not a regular "
			    "expression", w + 1);
		return 0;
	}
	at = strcspn(w, ":<>!");
	if (at == 0 || w[at] == '\0')
		return career_fail(EX_USAGE, "%s: want field:value, "
		    "field<value or /regex/ (fields: %s)", w, schema_names(s));
	for (i = 0; i < sizeof(opv) / sizeof(opv[0]); i++)
		if (strncmp(w + at, ops[i], strlen(ops[i])) == 0)
			break;
	if (i == sizeof(opv) / sizeof(opv[0]))
		return career_fail(EX_USAGE, "%s: want field:value, "
		    "field<value or /regex/", w);
	t->op = opv[i];
	end = w + at + strlen(ops[i]);
	if ((name = strndup(w, at)) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	t->name = str_keep(name);
	t->kind = kind_of(s, t->name);
	return term_value(t, end);
}

struct filter *
filter_parse(const struct schema *s, int argc, char *const argv[])
{
	struct filter *f;
	char *w;
	int i, or = 0, not = 0;

	if ((f = calloc(1, sizeof(*f))) == NULL ||
	    (f->t = calloc(argc + 1, sizeof(*f->t))) == NULL) {
		free(f);
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	f->s = s;
	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "or") == 0 && f->n > 0 && !or && !not) {
			or = 1;
			continue;
		}
		if (strcmp(argv[i], "not") == 0 && !not) {
			not = 1;
			continue;
		}
		if ((w = strdup(argv[i])) == NULL ||
		    term_parse(s, &f->t[f->n], str_keep(w)) == -1) {
			if (w == NULL)
				career_fail(EX_OSERR, "out of memory");
			filter_free(f);
			return NULL;
		}
		f->t[f->n].or = or;
		f->t[f->n++].not = not;
		or = not = 0;
	}
	if (or || not) {
		career_fail(EX_USAGE, "%s: a filter ends with a word to match",
		    argv[argc - 1]);
		filter_free(f);
		return NULL;
	}
	return f;
}

int
filter_sort(struct filter *f, const char *keys)
{
	struct sortkey *k;
	char *list, *w, *p;

	if ((list = strdup(keys)) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	str_keep(list);
	for (p = list; (w = strsep(&p, ",")) != NULL; ) {
		if ((k = reallocarray(f->k, f->nk + 1, sizeof(*k))) == NULL)
			return career_fail(EX_OSERR, "out of memory");
		f->k = k;
		k = &f->k[f->nk++];
		k->desc = *w == '-';
		k->name = w + (*w == '-' || *w == '+');
		if (*k->name == '\0')
			return career_fail(EX_USAGE, "%s: want fields to sort "
			    "by, as due,-id", keys);
		k->kind = kind_of(f->s, k->name);
	}
	return 0;
}

/* A field's place in t: the schema's column, or one added by hand. */
static int
bind(const struct table *t, const char *name, int *tcol)
{
	if ((*tcol = table_col(t, name)) == -1)
		return career_fail(EX_USAGE, "%s: unknown field (fields: %s)",
		    name, schema_names(table_schema(t)));
	return 0;
}

int
filter_bind(struct filter *f, const struct table *t)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (f->t[i].op != RE &&
		    bind(t, f->t[i].name, &f->t[i].tcol) == -1)
			return -1;
	for (i = 0; i < f->nk; i++)
		if (bind(t, f->k[i].name, &f->k[i].tcol) == -1)
			return -1;
	return 0;
}

/* Compare two values of a kind: <0, 0, >0; an empty one sorts last. */
static int
cmp_kind(int kind, const char *a, const char *b)
{
	double x, y;

	if (*a == '\0' || *b == '\0')
		return (*a == '\0') - (*b == '\0');
	switch (kind) {
	case COL_ID:
	case COL_REF:
	case COL_NUMBER:
		if (number_parse(a, &x) == 0 && number_parse(b, &y) == 0)
			return (x > y) - (x < y);
		break;
	case COL_TEXT:
	case COL_PERSON:
		return strcasecmp(a, b);
	}
	return strcmp(a, b);	/* dates as YYYY-MM-DD, words */
}

/* Does the record's text (its text and person columns) match t->re? */
static int
text_match(const struct filter *f, const struct table *tb,
    const struct record *r, const struct term *t)
{
	const struct column *c;
	size_t i;

	for (i = 0; i < f->s->ncols; i++) {
		c = &f->s->cols[i];
		if ((c->kind == COL_TEXT || c->kind == COL_PERSON) &&
		    regexec(&t->re, rec_field(tb, r, f->s->id << 8 | (int)i),
		    0, NULL, 0) == 0)
			return 1;
	}
	return 0;
}

static int
term_match(const struct filter *f, const struct table *tb,
    const struct record *r, const struct term *t)
{
	const char *v;
	int c;

	if (t->op == RE)
		return text_match(f, tb, r, t);
	v = rec_get(r, t->tcol);
	if (t->op == EQ || t->op == NE) {
		if (*t->value == '\0')
			c = *v == '\0';
		else if (t->kind == COL_TEXT || t->kind == COL_PERSON)
			c = strcasestr(v, t->value) != NULL;
		else
			c = cmp_kind(t->kind, v, t->value) == 0 && *v != '\0';
		return t->op == EQ ? c : !c;
	}
	/* An empty field is neither before nor after anything. */
	if (*v == '\0' || *t->value == '\0')
		return 0;
	c = cmp_kind(t->kind, v, t->value);
	return t->op == LT ? c < 0 : t->op == LE ? c <= 0 :
	    t->op == GT ? c > 0 : c >= 0;
}

int
filter_match(const struct filter *f, const struct table *t,
    const struct record *r)
{
	size_t i;
	int all = 1;

	if (f == NULL || f->n == 0)
		return 1;
	for (i = 0; i < f->n; i++) {
		if (f->t[i].or) {
			if (all)
				return 1;
			all = 1;
		}
		if (all && term_match(f, t, r, &f->t[i]) == f->t[i].not)
			all = 0;
	}
	return all;
}

int
filter_cmp(const struct filter *f, const struct record *a,
    const struct record *b)
{
	const char *x, *y;
	size_t i;
	int c;

	for (i = 0; i < f->nk; i++) {
		x = rec_get(a, f->k[i].tcol);
		y = rec_get(b, f->k[i].tcol);
		/* Empty fields go last, whichever way the key sorts. */
		if (*x == '\0' || *y == '\0')
			c = (*x == '\0') - (*y == '\0');
		else if ((c = cmp_kind(f->k[i].kind, x, y)) != 0 &&
		    f->k[i].desc)
			c = -c;
		if (c != 0)
			return c;
	}
	return (a->line > b->line) - (a->line < b->line);
}

int
filter_sorts(const struct filter *f)
{
	return f != NULL && f->nk > 0;
}

void
filter_free(struct filter *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->n; i++)
		if (f->t[i].op == RE)
			regfree(&f->t[i].re);
	free(f->t);
	free(f->k);
	free(f);
}

long
filter_ids(const struct schema *s, int argc, char *const argv[],
    long long **idsp)
{
	struct filter *f = NULL;
	struct table *t = NULL;
	struct idbits seen;
	struct record *r;
	long long *ids, *nv, id;
	long n = 0, i;

	memset(&seen, 0, sizeof(seen));
	if ((ids = calloc(argc + 1, sizeof(*ids))) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	/* An id named twice is one record, changed once (goal-done 1 1). */
	for (i = 0; i < argc && strspn(argv[i], "0123456789") ==
	    strlen(argv[i]); i++) {
		if ((id = id_parse(argv[i])) == -1)
			goto fail;
		if (idbits_has(&seen, id))
			continue;
		if (idbits_add(&seen, id) == -1)
			goto fail;
		ids[n++] = id;
	}
	idbits_free(&seen);
	if (i == argc) {
		*idsp = ids;
		return n;
	}
	/* Not all ids: the words are a filter, and its matches the ids. */
	n = 0;
	if ((f = filter_parse(s, argc, argv)) == NULL ||
	    (t = table_open(s)) == NULL || filter_bind(f, t) == -1)
		goto fail;
	while ((r = table_next(t)) != NULL) {
		if (!filter_match(f, t, r))
			continue;
		if ((nv = reallocarray(ids, n + 1, sizeof(*ids))) == NULL) {
			career_fail(EX_OSERR, "out of memory");
			goto fail;
		}
		ids = nv;
		ids[n++] = r->id;
	}
	if (table_error(t))
		goto fail;
	table_close(t);
	filter_free(f);
	*idsp = ids;
	return n;
fail:
	idbits_free(&seen);
	table_close(t);
	filter_free(f);
	free(ids);
	return -1;
}
