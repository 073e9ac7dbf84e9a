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
 * merge.c: the three-way merge of one file of the store, record by
 * record and field by field, and of the references between files.
 *
 * The rules (career(5), MERGING): records are matched by id.  A field
 * changed on one side takes that change; changed on both to different
 * values, the side with the later "updated" wins, else the greater value
 * (by bytes), whichever side is ours, and the loser is kept aside.  An
 * edit wins over a removal, and so does a reference: a removed record
 * that a merged one refers to stays.  Ours is the clone that merges:
 * its records new since the base keep their ids unless theirs gave those
 * ids meanwhile (the other side's ids are already in use elsewhere and
 * are never changed); then they take new ids above every id of both.
 */
#include <sys/mman.h>
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "merge.h"
#include "conflicts.h"

static void *
xalloc(size_t n, size_t size)
{
	void *p;

	if ((p = calloc(n ? n : 1, size)) == NULL)
		err(EX_OSERR, NULL);
	return p;
}

static void *
xgrow(void *p, size_t n, size_t size)
{
	if ((p = reallocarray(p, n ? n : 1, size)) == NULL)
		err(EX_OSERR, NULL);
	return p;
}

/* The whole file (not NUL-terminated); a missing one is empty. */
static char *
slurp(const char *path, size_t *len)
{
	char *buf = NULL;
	size_t cap = 0, n;
	struct stat st;
	FILE *fp;

	*len = 0;
	if ((fp = fopen(path, "r")) == NULL) {
		if (errno != ENOENT) {
			career_fail(EX_NOINPUT, "%s: %s", path,
			    strerror(errno));
			return NULL;
		}
		return xalloc(1, 1);
	}
	/* A file is mapped, not copied: the merge reads it once or twice,
	 * and git's files and the sync's scratch change under no one. */
	if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_size > 0 && (uintmax_t)st.st_size < SIZE_MAX &&
	    (buf = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE,
	    fileno(fp), 0)) != MAP_FAILED) {
		*len = st.st_size;
		fclose(fp);
		return buf;
	}
	buf = NULL;
	do {
		if (cap - *len < 8192)
			buf = xgrow(buf, cap = cap * 2 + 8192, 1);
		n = fread(buf + *len, 1, cap - *len - 1, fp);
		*len += n;
	} while (n > 0);
	if (ferror(fp)) {
		career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
		fclose(fp);
		free(buf);
		return NULL;
	}
	fclose(fp);
	buf[*len] = '\0';
	return buf;
}

/*
 * Memory kept until exit, handed out from large blocks: a store's rows
 * are many and small, and none is freed before the merge ends.
 */
static void *
arena(size_t size)
{
	static char *p;
	static size_t left;
	void *q;

	size = (size + 15) & ~(size_t)15;
	if (size > left) {
		left = size > (1 << 20) ? size : 1 << 20;
		p = xalloc(1, left);
	}
	q = p;
	p += size;
	left -= size;
	return q;
}

int
mfile_load(struct mfile *f, int which, const char *path)
{
	struct version *v = &f->v[which];
	struct table *t;
	struct record *r;
	FILE *fp;
	size_t i, cap = 0;
	long bad = 0;

	if ((v->text = slurp(path, &v->len)) == NULL)
		return -1;
	/* The same bytes as a version read before: the same rows. */
	for (i = 0; i < (size_t)which && v->len > 0; i++)
		if (f->v[i].len == v->len &&
		    memcmp(f->v[i].text, v->text, v->len) == 0) {
			*v = f->v[i];
			v->rows = xalloc(v->n, sizeof(struct row));
			if (v->n > 0)
				memcpy(v->rows, f->v[i].rows,
				    v->n * sizeof(struct row));
			v->shared = 1;
			return 0;
		}
	if (v->len == 0) {	/* no file, or nothing in it: no rows */
		v->ncols = f->s->ncols;
		v->names = xalloc(v->ncols, sizeof(char *));
		for (i = 0; i < v->ncols; i++)
			v->names[i] = (char *)f->s->cols[i].name;
		return 0;
	}
	if ((fp = fmemopen(v->text, v->len, "r")) == NULL)
		return career_fail(EX_OSERR, "%s: %s", path, strerror(errno));
	if ((t = table_fopen(fp, path, f->s)) == NULL) {
		fclose(fp);
		return -1;
	}
	v->ncols = table_ncols(t);
	v->names = xalloc(v->ncols, sizeof(char *));
	for (i = 0; i < v->ncols; i++)
		if ((v->names[i] = strdup(table_colname(t, i))) == NULL)
			err(EX_OSERR, NULL);
	/* Each row's fields, in the file's columns, in one block. */
	while ((r = table_next(t)) != NULL) {
		if (r->id <= 0 && bad == 0)
			bad = r->line;
		if (v->n == cap)
			v->rows = xgrow(v->rows, cap = cap * 2 + 256,
			    sizeof(struct row));
		v->rows[v->n].id = r->id;
		v->rows[v->n].f = rec_pack(t, arena(rec_packsize(t)));
		if (r->id > v->maxid)
			v->maxid = r->id;
		v->n++;
	}
	i = table_error(t);
	table_close(t);
	fclose(fp);
	if (i)
		return -1;
	if (bad != 0)
		return career_fail(EX_DATAERR, "%s:%ld: a row without an id",
		    path, bad);
	return 0;
}

static int
same_names(const struct version *a, const struct version *b)
{
	size_t i;

	if (a->ncols != b->ncols)
		return 0;
	for (i = 0; i < a->ncols; i++)
		if (strcmp(a->names[i], b->names[i]) != 0)
			return 0;
	return 1;
}

static int
col_of(const char *const *names, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

static void
add_names(struct mfile *f, const struct version *v)
{
	size_t i;

	for (i = 0; i < v->ncols; i++)
		if (col_of(f->names, f->ncols, v->names[i]) == -1)
			f->names[f->ncols++] = v->names[i];
}

/*
 * The merged header.  A side that changed it (columns added, removed,
 * moved) has its way; when both did, the union, in the order of the
 * header that sorts first, so that it is the same whichever side is
 * ours.
 */
static void
header(struct mfile *f)
{
	struct version *o = &f->v[OURS], *t = &f->v[THEIRS], *b = &f->v[BASE];
	struct version *first = o, *second = NULL;
	size_t i;

	f->names = xalloc(o->ncols + t->ncols, sizeof(char *));
	if (same_names(o, t) || same_names(t, b))
		first = o;
	else if (same_names(o, b))
		first = t;
	else {
		for (i = 0; i < o->ncols && i < t->ncols; i++)
			if (strcmp(o->names[i], t->names[i]) != 0)
				break;
		if (i < o->ncols && (i == t->ncols ||
		    strcmp(o->names[i], t->names[i]) > 0))
			first = t;
		second = first == o ? t : o;
	}
	add_names(f, first);
	if (second != NULL)
		add_names(f, second);
}

static int
cmp_row(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

/* Sort rows by id, unless they are already, as a file's rows are. */
static void
sort_rows(struct row *rows, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (rows[i].id < rows[i - 1].id)
			break;
	if (i < n)
		qsort(rows, n, sizeof(struct row), cmp_row);
}

/* The rows of version which, in the merged header's columns, by id. */
static int
to_rows(struct mfile *f, int which)
{
	struct version *v = &f->v[which];
	const char **fields;
	int *map, same = v->ncols == f->ncols;
	size_t i, c;

	map = xalloc(f->ncols, sizeof(int));
	for (c = 0; c < f->ncols; c++) {
		map[c] = col_of((const char *const *)v->names, v->ncols,
		    f->names[c]);
		same = same && map[c] == (int)c;
	}
	/* Field arrays of its own for a shared version: ours' are rewritten. */
	for (i = 0; i < v->n && (!same || v->shared); i++) {
		fields = arena(f->ncols * sizeof(char *));
		for (c = 0; c < f->ncols; c++)
			fields[c] = map[c] == -1 ? "" : v->rows[i].f[map[c]];
		v->rows[i].f = fields;
	}
	free(map);
	sort_rows(v->rows, v->n);
	for (i = 1; i < v->n; i++)
		if (v->rows[i].id == v->rows[i - 1].id)
			return career_fail(EX_DATAERR, "%s: duplicate id %lld",
			    f->s->file, v->rows[i].id);
	return 0;
}

/* id as a field (kept until exit). */
static char *
num(long long id)
{
	char *s;

	if (asprintf(&s, "%lld", id) == -1)
		err(EX_OSERR, NULL);
	return s;
}

static struct row *
find(struct row *rows, size_t n, long long id)
{
	struct row key;

	if (n == 0)	/* rows may be NULL then */
		return NULL;
	key.id = id;
	return bsearch(&key, rows, n, sizeof(struct row), cmp_row);
}

/* A stored id: digits only, else -1. */
static long long
idval(const char *s)
{
	const char *errstr, *p;
	long long id = 0;

	/* Most are short: no call for them. */
	for (p = s; *p >= '0' && *p <= '9' && p - s < 18; p++)
		id = id * 10 + (*p - '0');
	if (*p == '\0')
		return p > s && id > 0 ? id : -1;
	if (s[strspn(s, "0123456789")] != '\0')
		return -1;
	id = strtonum(s, 1, LLONG_MAX, &errstr);
	return errstr == NULL ? id : -1;
}

/* f->ren is by from: renumber() gives new ids in ours' order. */
static long long
renumbered(const struct mfile *f, long long id)
{
	size_t lo = 0, hi = f->nren, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (f->ren[mid].from == id)
			return f->ren[mid].to;
		if (f->ren[mid].from < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* Column c of ours' rows refers to g: follow g's renumbering. */
static void
map_refs(struct mfile *f, size_t c, const struct mfile *g)
{
	struct version *o = &f->v[OURS];
	long long to;
	size_t i;

	for (i = 0; i < o->n; i++)
		if ((to = renumbered(g, idval(o->rows[i].f[c]))) != -1)
			o->rows[i].f[c] = num(to);
}

static int
same_row(const struct mfile *f, const struct row *a, const struct row *b)
{
	size_t c;

	for (c = 0; c < f->ncols; c++)
		if (strcmp(a->f[c], b->f[c]) != 0)
			return 0;
	return 1;
}

static void
emit(struct mfile *f, long long id, const char **fields)
{
	if (f->nout == f->outcap)
		f->out = xgrow(f->out, f->outcap = f->outcap * 2 + 64,
		    sizeof(struct row));
	f->out[f->nout].id = id;
	f->out[f->nout++].f = fields;
}

static void
lose(struct mfile *f, long long id, size_t c, const char *value,
    const char *kept)
{
	int sc = schema_col(f->s, f->names[c]);

	if (sc != -1 && (f->s->cols[COL_INDEX(sc)].flags & COL_AUTO))
		return;		/* created, updated: the tools' own */
	f->lost = xgrow(f->lost, f->nlost + 1, sizeof(struct lost));
	f->lost[f->nlost].id = id;
	f->lost[f->nlost].field = f->names[c];
	f->lost[f->nlost].value = value;
	f->lost[f->nlost++].kept = kept;
}

/* Both sides changed a record: field by field. */
static void
merge_fields(struct mfile *f, const struct row *b, const struct row *o,
    const struct row *t, int upd)
{
	const char **m = xalloc(f->ncols, sizeof(char *));
	size_t c;
	int cmp, ours;

	for (c = 0; c < f->ncols; c++) {
		if (strcmp(o->f[c], t->f[c]) == 0 ||
		    strcmp(t->f[c], b->f[c]) == 0)
			m[c] = o->f[c];
		else if (strcmp(o->f[c], b->f[c]) == 0)
			m[c] = t->f[c];
		else {
			/* The later change, else the greater value. */
			cmp = upd >= 0 ? strcmp(o->f[upd], t->f[upd]) : 0;
			ours = cmp != 0 ? cmp > 0 : strcmp(o->f[c], t->f[c]) > 0;
			m[c] = ours ? o->f[c] : t->f[c];
			lose(f, o->id, c, ours ? t->f[c] : o->f[c], m[c]);
		}
	}
	emit(f, o->id, m);
}

/* One id: present or not in each version. */
static void
merge_one(struct mfile *f, struct row *b, struct row *o, struct row *t,
    int upd)
{
	if (b == NULL) {
		if (o != NULL && t != NULL && !same_row(f, o, t)) {
			/* one key added on both: as if from nothing */
			struct row none = { o->id, xalloc(f->ncols,
			    sizeof(char *)) };
			size_t c;

			for (c = 0; c < f->ncols; c++)
				none.f[c] = "";
			merge_fields(f, &none, o, t, upd);
		} else if (o != NULL)	/* theirs' same record, or none */
			emit(f, o->id, o->f);
		else {
			emit(f, t->id, t->f);
			f->added++;
		}
	} else if (o != NULL && t != NULL) {
		/* A side that left the record as it was takes the other's,
		 * as merge_fields would, field by field. */
		if (same_row(f, t, b))
			emit(f, o->id, o->f);
		else {
			f->changed++;
			if (same_row(f, o, b))
				emit(f, o->id, t->f);
			else
				merge_fields(f, b, o, t, upd);
		}
	} else if (o != NULL) {		/* theirs removed it */
		if (same_row(f, o, b))
			f->removed++;
		else
			emit(f, o->id, o->f);	/* an edit wins */
	} else if (t != NULL && !same_row(f, t, b)) {
		emit(f, t->id, t->f);
		f->changed++;
	}
}

/* The same key, blanks around it and case aside, as people.c has it. */
static int
same_key(const char *a, const char *b)
{
	size_t na, nb;

	a += strspn(a, " \t");
	b += strspn(b, " \t");
	for (na = strlen(a); na > 0 && strchr(" \t", a[na - 1]); na--)
		;
	for (nb = strlen(b); nb > 0 && strchr(" \t", b[nb - 1]); nb--)
		;
	return na > 0 && na == nb && strncasecmp(a, b, na) == 0;
}

/* Theirs' record new since the base with the key of o, or NULL. */
static struct row *
by_key(struct mfile *f, const struct row *o)
{
	struct version *t = &f->v[THEIRS];
	int c;
	size_t i;

	if (f->key == NULL || (c = col_of(f->names, f->ncols, f->key)) == -1)
		return NULL;
	for (i = 0; i < t->n; i++)
		if (same_key(t->rows[i].f[c], o->f[c]) &&
		    find(f->v[BASE].rows, f->v[BASE].n, t->rows[i].id) == NULL)
			return &t->rows[i];
	return NULL;
}

static void
add_ren(struct mfile *f, long long from, long long to)
{
	f->ren = xgrow(f->ren, f->nren + 1, sizeof(struct renum));
	f->ren[f->nren].from = from;
	f->ren[f->nren++].to = to;
}

/*
 * Ours' records new since the base keep their ids unless theirs has a
 * different record there, or has given that id since (its largest id is
 * not below it): then they take new ids, in order, above all.  In a file
 * with a key, a record both sides added under the same key is one: ours
 * takes theirs' id, and the two merge field by field.
 */
static void
renumber(struct mfile *f)
{
	struct version *o = &f->v[OURS], *t = &f->v[THEIRS];
	long long next = f->given;
	struct row *same;
	size_t i, k;

	for (k = 0; k < 3; k++)
		if (f->v[k].maxid > next)
			next = f->v[k].maxid;
	next++;
	for (i = 0; i < o->n; i++) {
		if (find(f->v[BASE].rows, f->v[BASE].n, o->rows[i].id) != NULL)
			continue;
		if ((same = by_key(f, &o->rows[i])) != NULL) {
			if (same->id != o->rows[i].id)
				add_ren(f, o->rows[i].id, same->id);
			continue;
		}
		same = find(t->rows, t->n, o->rows[i].id);
		if (same != NULL ? same_row(f, same, &o->rows[i]) :
		    o->rows[i].id > t->maxid)
			continue;
		add_ren(f, o->rows[i].id, next++);
	}
	for (i = 0; i < o->n; i++) {
		long long to = renumbered(f, o->rows[i].id);

		if (to != -1) {
			o->rows[i].id = to;
			o->rows[i].f[col_of(f->names, f->ncols, "id")] = num(to);
		}
	}
}

/* Is a a better current record than b: later, else greater by bytes. */
static int
outranks(const struct mfile *f, const struct row *a, const struct row *b,
    int later)
{
	size_t c;
	int cmp;

	if (later >= 0 && (cmp = strcmp(a->f[later], b->f[later])) != 0)
		return cmp > 0;
	for (c = 0; c < f->ncols; c++)
		if (strcmp(f->names[c], "id") != 0 &&
		    (cmp = strcmp(a->f[c], b->f[c])) != 0)
			return cmp > 0;
	return a->id > b->id;
}

/*
 * Two records current for one key (a goal's BATNA set on both sides):
 * the one that outranks the others stays, they become former.  1 if
 * any did.
 */
static int
one_current(struct mfile *f)
{
	int st, g, gk, later, changed = 0;
	size_t i, j, c;
	const char **m;
	struct row *a, *b, *lose;

	if (f->status == NULL ||
	    (st = col_of(f->names, f->ncols, f->status)) == -1)
		return 0;
	g = col_of(f->names, f->ncols, f->group);
	gk = col_of(f->names, f->ncols, f->groupkey);
	later = col_of(f->names, f->ncols, f->later);
	for (i = 0; i < f->nout; i++)
		for (j = i + 1; j < f->nout; j++) {
			a = &f->out[i];
			b = &f->out[j];
			if (strcmp(a->f[st], f->current) != 0)
				break;
			if (strcmp(b->f[st], f->current) != 0)
				continue;
			if (g == -1 || strcmp(a->f[g], b->f[g]) != 0)
				continue;
			if (*a->f[g] == '\0' &&
			    (gk == -1 || !same_key(a->f[gk], b->f[gk])))
				continue;
			lose = outranks(f, a, b, later) ? b : a;
			/* Its fields may be a version's: a copy. */
			m = arena(f->ncols * sizeof(char *));
			for (c = 0; c < f->ncols; c++)
				m[c] = lose->f[c];
			m[st] = f->former;
			lose->f = m;
			changed = 1;
		}
	return changed;
}

int
mfile_merge(struct mfile **files, size_t nfiles, size_t k)
{
	struct mfile *f = files[k];
	struct version *v = f->v;
	size_t c, j, ib = 0, io = 0, it = 0;
	int upd, sc, mapped = 0;

	header(f);
	for (j = 0; j < 3; j++)
		if (to_rows(f, j) == -1)
			return -1;
	f->ref = xalloc(f->ncols, sizeof(int));
	for (c = 0; c < f->ncols; c++) {
		const struct column *col;

		const struct schema *to = NULL;

		f->ref[c] = -1;
		if (f->textref != NULL && strcmp(f->names[c], f->textref) == 0)
			to = f->textref_to;
		else if ((sc = schema_col(f->s, f->names[c])) != -1 &&
		    (col = &f->s->cols[COL_INDEX(sc)])->kind == COL_REF)
			to = col->ref;
		for (j = 0; to != NULL && j < nfiles; j++)
			if (files[j]->s == to)
				f->ref[c] = j;
	}
	/* The files referred to are merged first: follow their new ids. */
	for (c = 0; c < f->ncols; c++)
		if (f->ref[c] >= 0 && (size_t)f->ref[c] != k &&
		    files[f->ref[c]]->nren > 0) {
			map_refs(f, c, files[f->ref[c]]);
			mapped = 1;
		}
	renumber(f);
	for (c = 0; c < f->ncols; c++)
		if ((size_t)f->ref[c] == k && f->nren > 0)
			map_refs(f, c, f);
	sort_rows(v[OURS].rows, v[OURS].n);
	upd = col_of(f->names, f->ncols, "updated");
	while (ib < v[BASE].n || io < v[OURS].n || it < v[THEIRS].n) {
		long long id = LLONG_MAX;
		struct row *b = NULL, *o = NULL, *t = NULL;

		if (ib < v[BASE].n && v[BASE].rows[ib].id < id)
			id = v[BASE].rows[ib].id;
		if (io < v[OURS].n && v[OURS].rows[io].id < id)
			id = v[OURS].rows[io].id;
		if (it < v[THEIRS].n && v[THEIRS].rows[it].id < id)
			id = v[THEIRS].rows[it].id;
		if (ib < v[BASE].n && v[BASE].rows[ib].id == id)
			b = &v[BASE].rows[ib++];
		if (io < v[OURS].n && v[OURS].rows[io].id == id)
			o = &v[OURS].rows[io++];
		if (it < v[THEIRS].n && v[THEIRS].rows[it].id == id)
			t = &v[THEIRS].rows[it++];
		merge_one(f, b, o, t, upd);
	}
	/* Nothing to rewrite: the bytes of a side, as they were. */
	f->verbatim = -1;
	if (!one_current(f) && !mapped && f->nren == 0 && f->nlost == 0) {
		if ((v[OURS].len == v[THEIRS].len && memcmp(v[OURS].text,
		    v[THEIRS].text, v[OURS].len) == 0) ||
		    (v[BASE].len == v[THEIRS].len && memcmp(v[BASE].text,
		    v[THEIRS].text, v[BASE].len) == 0))
			f->verbatim = OURS;
		else if (v[BASE].len == v[OURS].len && memcmp(v[BASE].text,
		    v[OURS].text, v[BASE].len) == 0)
			f->verbatim = THEIRS;
	}
	return 0;
}

void
mfile_keep_referred(struct mfile **files, size_t nfiles)
{
	struct mfile *f, *g;
	struct row *r;
	size_t i, n, c;
	long long id;
	int again;

	do {
		again = 0;
		for (i = 0; i < nfiles && !again; i++) {
			f = files[i];
			for (n = 0; n < f->nout && !again; n++)
				for (c = 0; c < f->ncols && !again; c++) {
					if (f->ref[c] < 0 ||
					    (id = idval(f->out[n].f[c])) == -1)
						continue;
					g = files[f->ref[c]];
					if (find(g->out, g->nout, id) != NULL)
						continue;
					if ((r = find(g->v[OURS].rows,
					    g->v[OURS].n, id)) == NULL &&
					    (r = find(g->v[THEIRS].rows,
					    g->v[THEIRS].n, id)) == NULL)
						continue;
					emit(g, r->id, r->f);
					qsort(g->out, g->nout,
					    sizeof(struct row), cmp_row);
					g->verbatim = -1;
					again = 1;
				}
		}
	} while (again);
}

void
mfile_note_lost(struct mfile *cf, struct mfile **files, size_t nfiles,
    const char *today)
{
	long long next = cf->given;
	size_t i, j, k, c;
	const char **m, *v[CF_NCOLS];

	for (k = 0; k < 3; k++)
		if (cf->v[k].maxid > next)
			next = cf->v[k].maxid;
	for (i = 0; i < cf->nout; i++)
		if (cf->out[i].id > next)
			next = cf->out[i].id;
	for (i = 0; i < nfiles; i++)
		for (j = 0; j < files[i]->nlost; j++) {
			const struct lost *l = &files[i]->lost[j];

			v[COL_INDEX(CF_ID)] = num(++next);
			v[COL_INDEX(CF_FILE)] = files[i]->s->file;
			v[COL_INDEX(CF_RECORD)] = num(l->id);
			v[COL_INDEX(CF_FIELD)] = l->field;
			v[COL_INDEX(CF_VALUE)] = l->value;
			v[COL_INDEX(CF_KEPT)] = l->kept;
			v[COL_INDEX(CF_DATE)] = today;
			/* By name: a hand may have moved the columns. */
			m = xalloc(cf->ncols, sizeof(char *));
			for (c = 0; c < cf->ncols; c++) {
				int sc = schema_col(cf->s, cf->names[c]);

				m[c] = sc == -1 ? "" : v[COL_INDEX(sc)];
			}
			emit(cf, next, m);
			cf->verbatim = -1;
		}
}

int
mfile_write(struct mfile *f)
{
	size_t i;
	struct out *o;

	if (f->verbatim >= 0) {
		if (fwrite(f->v[f->verbatim].text, 1, f->v[f->verbatim].len,
		    stdout) != f->v[f->verbatim].len)
			return career_fail(EX_IOERR, "%s: %s", f->s->file,
			    strerror(errno));
		return 0;
	}
	o = out_open(OUT_CSV, f->ncols, f->names);
	for (i = 0; i < f->nout; i++)
		out_row(o, f->out[i].f);
	return out_close(o);
}
