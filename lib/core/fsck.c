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
 * fsck.c: what career-check verifies.  Every rule comes from the schema
 * (lib/method/files.c): which columns are dates, numbers, cadences or words, which
 * name a record of another file, which may not be empty.  They are the
 * rules the commands apply when they write, so a clean store is one the
 * commands could have made.
 */
#include <sys/stat.h>

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "private.h"

#define MAXFILES 32

/*
 * What a field said wrong, or the reference it holds: a reference can
 * only be looked up once every file's ids are known, so the problems of
 * a file wait in order, with its references, until then.
 */
struct later {
	long line;
	const struct column *c;
	long long ref;		/* the id to look up, or 0 */
	char *msg;		/* the problem, or NULL */
};

/* A file: its ids, sorted, with the line of each, and what waits. */
struct ids {
	const struct schema *s;
	struct idline { long long id; long line; } *v;
	size_t n;
	int readable;
	long long *marked;	/* ids whose column mcol holds mval */
	size_t nmarked;
	int mcol;
	const char *mval;
	struct later *later;
	size_t nlater, latercap;
};

static void (*report)(const char *, long, const char *);
static long problems;

/* Values quoted from the store go to a terminal: controls shown. */
static void
format(char *vis, size_t size, const char *fmt, va_list ap)
{
	char msg[512];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	str_vis(vis, size, msg);
}

static void
problem(const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
problem(const char *file, long line, const char *fmt, ...)
{
	char vis[512];
	va_list ap;

	va_start(ap, fmt);
	format(vis, sizeof(vis), fmt, ap);
	va_end(ap);
	report(file, line, vis);
	problems++;
}

/* A thing of file f that waits (struct later): 0, or -1 out of memory. */
static int
wait_add(struct ids *f, long line, const struct column *c, long long ref,
    char *msg)
{
	size_t cap = f->latercap ? f->latercap * 2 : 256;
	struct later *v;

	if (f->nlater == f->latercap) {
		if ((v = reallocarray(f->later, cap, sizeof(*v))) == NULL) {
			free(msg);
			return career_fail(EX_OSERR, "out of memory");
		}
		f->later = v;
		f->latercap = cap;
	}
	f->later[f->nlater].line = line;
	f->later[f->nlater].c = c;
	f->later[f->nlater].ref = ref;
	f->later[f->nlater++].msg = msg;
	return 0;
}

/* A problem of file f, reported when f's turn comes. */
static int
wait_problem(struct ids *f, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
wait_problem(struct ids *f, long line, const char *fmt, ...)
{
	char vis[512], *msg;
	va_list ap;

	va_start(ap, fmt);
	format(vis, sizeof(vis), fmt, ap);
	va_end(ap);
	if ((msg = strdup(vis)) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	return wait_add(f, line, NULL, 0, msg);
}

static void
free_later(struct ids *f)
{
	size_t i;

	for (i = 0; i < f->nlater; i++)
		free(f->later[i].msg);
	free(f->later);
	f->later = NULL;
	f->nlater = f->latercap = 0;
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

/* Sort n things unless they are in order already, as the tools write ids. */
static void
sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	size_t i;

	for (i = 1; i < n; i++)
		if (cmp((char *)base + (i - 1) * size,
		    (char *)base + i * size) > 0) {
			qsort(base, n, size, cmp);
			return;
		}
}

/* A parse error, reported as "file:line: what" by the reader. */
static void
parse_problem(const struct schema *s)
{
	const char *msg = career_errmsg();
	size_t n = strlen(s->file);

	if (strncmp(msg, s->file, n) == 0 && msg[n] == ':')
		problem(s->file, strtol(msg + n + 1, NULL, 10), "%s",
		    msg + n + 1 + strspn(msg + n + 1, "0123456789: "));
	else
		problem(s->file, 0, "%s", msg);
}

/*
 * What references into s ask of the record they name (a goal's parent
 * must be an objective): collect() keeps the ids that qualify.
 */
static void
mark_of(const struct schema *s, struct ids *ids)
{
	size_t f, i;

	for (f = 0; schemas[f] != NULL; f++)
		for (i = 0; i < schemas[f]->ncols; i++)
			if (schemas[f]->cols[i].ref == s &&
			    schemas[f]->cols[i].refval != NULL) {
				ids->mcol = schemas[f]->cols[i].refcol;
				ids->mval = schemas[f]->cols[i].refval;
			}
}

/* One field, by the kind of its column: its problem or reference waits. */
static int
check_field(struct ids *f, const struct column *c, long line, const char *v)
{
	const char *errstr;
	long long ref;
	double d;

	if (str_blank(v)) {
		if ((c->flags & COL_REQUIRED) && c->kind != COL_ID)
			return wait_problem(f, line, "%s: empty; it needs a "
			    "value", c->name);
		return 0;
	}
	switch (c->kind) {
	case COL_DATE:
		if (!date_valid(v))
			return wait_problem(f, line, "%s: '%.40s' is not a "
			    "date (YYYY-MM-DD)", c->name, v);
		break;
	case COL_WORD:
		if (!str_oneof(v, c->words))
			return wait_problem(f, line, "%s: '%.40s' is not one "
			    "of %s", c->name, v, str_words(c->words));
		break;
	case COL_REF:
		ref = strtonum(v, 1, LLONG_MAX, &errstr);
		if (errstr != NULL)
			return wait_problem(f, line, "%s: '%.40s' is not an "
			    "id", c->name, v);
		return wait_add(f, line, c, ref, NULL);
	case COL_NUMBER:
		if (number_parse(v, &d) == -1)
			return wait_problem(f, line, "%s: '%.40s' is not a "
			    "number", c->name, v);
		break;
	case COL_CADENCE:
		if (cadence_parse(v, NULL, NULL) == -1)
			return wait_problem(f, line, "%s: '%.40s' is not a "
			    "cadence (10d, 2w, 1m, 1y)", c->name, v);
		break;
	}
	return 0;
}

/*
 * The one read of a file: its ids, and duplicates among them, reported
 * now; the problems of its fields and its references, kept for verify().
 */
static void
collect(const struct schema *s, struct ids *ids)
{
	struct table *t;
	struct record *rec;
	size_t cap = 0, i;
	int failed = 0;

	memset(ids, 0, sizeof(*ids));
	ids->s = s;
	mark_of(s, ids);
	if ((t = table_open(s)) == NULL) {
		parse_problem(s);
		return;
	}
	table_allow_duplicates(t);
	while (!failed && (rec = table_next(t)) != NULL) {
		if (ids->n == cap) {
			cap = cap ? cap * 2 : 256;
			if ((ids->v = reallocarray(ids->v, cap,
			    sizeof(*ids->v))) == NULL ||
			    (ids->marked = reallocarray(ids->marked, cap,
			    sizeof(long long))) == NULL) {
				failed = career_fail(EX_OSERR, "out of memory");
				break;
			}
		}
		ids->v[ids->n].id = rec->id;
		ids->v[ids->n++].line = rec->line;
		if (ids->mval != NULL &&
		    strcmp(rec_field(t, rec, ids->mcol), ids->mval) == 0)
			ids->marked[ids->nmarked++] = rec->id;
		for (i = 1; i < s->ncols && !failed; i++)
			failed = check_field(ids, &s->cols[i], rec->line,
			    rec_field(t, rec, s->id << 8 | (int)i));
	}
	if (failed || table_error(t)) {
		/* Only a file read whole has its fields checked. */
		parse_problem(s);
		free_later(ids);
	} else
		ids->readable = 1;
	table_close(t);
	sort(ids->v, ids->n, sizeof(*ids->v), by_id);
	for (i = 1; i < ids->n; i++)
		if (ids->v[i].id == ids->v[i - 1].id)
			problem(s->file, ids->v[i].line, "id %lld is "
			    "also on line %ld", ids->v[i].id,
			    ids->v[i - 1].line);
	sort(ids->marked, ids->nmarked, sizeof(long long), cmp_ll);
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

/* A reference: an id of a record of the file it names, of the kind asked. */
static void
verify_ref(const struct schema *s, const struct later *l,
    const struct ids *all)
{
	const struct column *c = l->c;
	const struct ids *target = all;

	while (target->s != c->ref)
		target++;
	if (!target->readable)
		return;
	if (!has_id(target, l->ref))
		problem(s->file, l->line, "%s %lld: no such record in %s",
		    c->name, l->ref, c->ref->file);
	else if (c->refval != NULL && bsearch(&l->ref, target->marked,
	    target->nmarked, sizeof(long long), cmp_ll) == NULL)
		problem(s->file, l->line, "%s %lld: not a%s %s", c->name,
		    l->ref, strchr("aeiou", *c->refval) ? "n" : "",
		    c->refval);
}

/* Every file's ids known: the problems of f's fields, in their order. */
static void
verify(struct ids *f, const struct ids *all)
{
	size_t i;

	for (i = 0; i < f->nlater; i++) {
		if (f->later[i].msg == NULL) {
			verify_ref(f->s, &f->later[i], all);
			continue;
		}
		report(f->s->file, f->later[i].line, f->later[i].msg);
		problems++;
	}
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
	for (i = 0; schemas[i] != NULL; i++) {
		if (store_path(path, sizeof(path), schemas[i]->file) == -1 ||
		    lstat(path, &st) == -1)
			continue;
		if (S_ISREG(st.st_mode) && ((st.st_mode & 077) ||
		    st.st_uid != geteuid()))
			problem(schemas[i]->file, 0, "mode %04o%s; want 0600: "
			    "chmod 600 %s", st.st_mode & 0777,
			    st.st_uid != geteuid() ? " and not yours" : "",
			    path);
	}
}

long
store_fsck(void (*fn)(const char *, long, const char *))
{
	struct ids all[MAXFILES];
	struct stat st;
	size_t i, n;

	report = fn;
	problems = 0;
	if (stat(store_dir(), &st) == -1)
		return career_fail(EX_NOINPUT, "%s: no store here",
		    store_dir());
	permissions();
	for (n = 0; schemas[n] != NULL && n < MAXFILES; n++)
		collect(schemas[n], &all[n]);
	for (i = 0; i < n; i++)
		if (all[i].readable)
			verify(&all[i], all);
	for (i = 0; i < n; i++) {
		free(all[i].v);
		free(all[i].marked);
		free_later(&all[i]);
	}
	return problems;
}
