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
 * career-undo: take back the last writes, from the store's journal.
 * Added records are removed, changed ones get their old fields back,
 * removed ones return under their own ids.  A record changed since by
 * other means (a hand edit) is not overwritten unless -f says so.
 */
#include <err.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include "core.h"
#include "journal.h"

static const char synopsis[] = "career-undo [-df] [-n count]";

/* The changes of one entry to one file, by id. */
struct undo {
	const struct entry *e;
	const struct schema *s;
	const struct change **c;	/* 'a' ranges, 'n', unpaired 'o' */
	size_t n;
	size_t next;			/* the next removed record to put back */
};

static int
by_id(const void *a, const void *b)
{
	const struct change *x = *(const struct change *const *)a;
	const struct change *y = *(const struct change *const *)b;

	return (x->id > y->id) - (x->id < y->id);
}

/* The change this record's id falls in, or NULL. */
static const struct change *
find(const struct undo *u, long long id)
{
	size_t lo = 0, hi = u->n, mid;
	const struct change *c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = u->c[mid];
		if (id < c->id)
			hi = mid;
		else if (id > (c->kind == 'a' ? c->last : c->id))
			lo = mid + 1;
		else
			return c;
	}
	return NULL;
}

/* The changes of e to file s: for each record, the last word on it. */
static void
collect(const struct entry *e, const struct schema *s, struct undo *u)
{
	size_t i;

	u->e = e;
	u->s = s;
	u->n = u->next = 0;
	u->c = reallocarray(NULL, e->nc ? e->nc : 1, sizeof(*u->c));
	if (u->c == NULL)
		err(EX_OSERR, NULL);
	for (i = 0; i < e->nc; i++) {
		if (e->c[i].s != s)
			continue;
		if (change_paired(e, i))
			i++;	/* the record as the write left it */
		u->c[u->n++] = &e->c[i];
	}
	qsort(u->c, u->n, sizeof(*u->c), by_id);
}

/* Does the record still hold what the write left in it? */
static int
as_left(struct table *t, const struct record *r, const struct change *n)
{
	size_t i;
	int c;

	for (i = 0; i < n->ncols && i < n->nf; i++) {
		c = table_col(t, n->cols[i]);
		if (strcmp(c == -1 ? "" : rec_get(r, c), n->f[i]) != 0)
			return 0;
	}
	return 1;
}

/* Every record the undo would overwrite is as the write left it. */
static int
check(const struct undo *u, const struct entry *e)
{
	struct table *t;
	struct record *r;
	const struct change *c;
	size_t i, seen = 0;
	int bad = 0;

	if ((t = table_open(u->s)) == NULL)
		return -1;
	while (!bad && (r = table_next(t)) != NULL) {
		if ((c = find(u, r->id)) == NULL || c->kind == 'a')
			continue;
		seen++;
		if (c->kind == 'o' || !as_left(t, r, c))
			bad = 1;
	}
	for (i = 0; !bad && i < u->n; i++)
		if (u->c[i]->kind == 'n')
			seen--;
	if (table_error(t)) {
		table_close(t);
		return -1;
	}
	table_close(t);
	if (bad || seen != 0)
		return career_fail(EX_DATAERR, "%s changed since %s wrote it; "
		    "nothing undone (-f undoes it anyway)", u->s->file,
		    e->prog);
	return 0;
}

/* A record as the change holds it, in the table's columns. */
static struct record *
rebuild(struct table *t, const struct change *o)
{
	struct record *r;
	size_t i;
	int c;

	if ((r = rec_new(t)) == NULL)
		career_die();
	for (i = 0; i < o->ncols && i < o->nf; i++)
		if ((c = table_col(t, o->cols[i])) != -1)
			r->f[c] = o->f[i];
	r->id = o->id;
	return r;
}

/* Put back the removed records that come before id, in id order. */
static int
put_back(struct table *t, struct undo *u, long long id)
{
	struct record *r;
	int rv;

	for (; u->next < u->n && u->c[u->next]->id < id; u->next++) {
		if (u->c[u->next]->kind != 'o')
			continue;
		r = rebuild(t, u->c[u->next]);
		rv = table_insert(t, r);
		rec_free(r);
		if (rv == -1)
			return -1;
	}
	return 0;
}

static int
undo_row(struct table *t, struct record *r, void *arg)
{
	struct undo *u = arg;
	const struct change *c, *o;
	size_t i;
	int col;

	if (put_back(t, u, r == NULL ? LLONG_MAX : r->id) == -1)
		return -1;
	if (r == NULL || (c = find(u, r->id)) == NULL)
		return 0;
	i = c - u->e->c;
	if (c->kind != 'n' || i == 0 || !change_paired(u->e, i - 1))
		return REC_DROP;	/* added or put back by the write */
	o = c - 1;
	for (i = 0; i < o->ncols && i < o->nf; i++)
		if ((col = table_col(t, o->cols[i])) != -1)
			r->f[col] = o->f[i];
	return 0;
}

/*
 * Take back entry e, file by file.  Every file is checked before any is
 * written, so a refusal changes nothing.
 */
static int
undo(const struct entry *e, int force)
{
	struct undo u[64];
	struct table *t;
	size_t i, k, nu = 0;
	int rv = 0;

	for (i = 0; i < e->nc; i++) {
		for (k = 0; k < nu; k++)
			if (u[k].s == e->c[i].s)
				break;
		if (k == nu && nu < 64)
			collect(e, e->c[i].s, &u[nu++]);
	}
	for (k = 0; k < nu && rv == 0; k++)
		if (!force)
			rv = check(&u[k], e);
	for (k = 0; k < nu && rv == 0; k++)
		if ((t = table_open(u[k].s)) == NULL ||
		    table_rewrite(t, undo_row, &u[k]) == -1)
			rv = -1;
		else
			table_close(t);
	for (k = 0; k < nu; k++)
		free(u[k].c);
	return rv;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "dry-run", no_argument, NULL, 'd' },
		{ "force", no_argument, NULL, 'f' },
		{ "count", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct journal j;
	struct entry *e;
	const char *errstr;
	char when[32];
	size_t i;
	time_t tt;
	int ch, dflag = 0, fflag = 0, count = 1, done = 0;

	while ((ch = getopt_long(argc, argv, "dfn:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd': dflag = 1; break;
		case 'f': fflag = 1; break;
		case 'n':
			count = strtonum(optarg, 1, 1000, &errstr);
			if (errstr != NULL)
				errx(EX_USAGE, "-n %s: %s", optarg, errstr);
			break;
		default: career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	if (store_lock() == -1 || journal_read(&j) == -1)
		career_die();
	for (i = j.n; i-- > 0 && done < count;) {
		e = &j.e[i];
		if (e->undo || e->undone)
			continue;
		tt = e->when;
		strftime(when, sizeof(when), "%Y-%m-%d %H:%M", localtime(&tt));
		if (!dflag && undo(e, fflag) == -1)
			career_die();	/* and what it undid is as it was */
		printf("%s %s of %s\n", dflag ? "would undo" : "undid",
		    e->prog, when);
		entry_describe(stdout, e, "\t");
		done++;
	}
	if (done == 0)
		errx(EX_DATAERR, "nothing to undo: %s", j.n == 0 ?
		    "no write is in the journal" : "every write in the journal "
		    "is undone");
	if (!dflag)
		journal_undoing(done);
	journal_free(&j);
	career_exit(0);
}
