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
 * record.c: one row of a table, and its fields by column constant.
 * Fields are read and set through the table's map from the schema's
 * columns to the file's, resolved once when the header is read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "private.h"

struct record *
rec_new(const struct table *t)
{
	struct record *r;
	size_t i;

	if ((r = calloc(1, sizeof(*r))) == NULL ||
	    (r->f = calloc(t->ncols, sizeof(char *))) == NULL) {
		free(r);
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	r->nf = r->fcap = t->ncols;
	for (i = 0; i < t->ncols; i++)
		r->f[i] = "";
	return r;
}

struct record *
rec_dup(const struct record *src)
{
	struct record *r;
	size_t i, len = 0;
	char *p;

	for (i = 0; i < src->nf; i++)
		len += strlen(src->f[i]) + 1;
	if ((r = calloc(1, sizeof(*r))) == NULL ||
	    (r->f = calloc(src->nf ? src->nf : 1, sizeof(char *))) == NULL ||
	    (r->buf = malloc(len ? len : 1)) == NULL) {
		if (r != NULL)
			free(r->f);
		free(r);
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	r->id = src->id;
	r->line = src->line;
	r->nf = r->fcap = src->nf;
	r->bufcap = len;
	for (p = r->buf, i = 0; i < src->nf; i++) {
		size_t n = strlen(src->f[i]) + 1;

		memcpy(p, src->f[i], n);
		r->f[i] = p;
		p += n;
	}
	return r;
}

size_t
rec_packsize(const struct table *t)
{
	return t->ncols * sizeof(char *) + t->len + 1;
}

const char **
rec_pack(const struct table *t, void *mem)
{
	const char **f = mem;
	char *p = (char *)(f + t->ncols);
	size_t i;

	/* The reader keeps the row's fields end to end in t->buf. */
	memcpy(p, t->buf, t->len);
	p[t->len] = '\0';
	for (i = 0; i < t->nf && i < t->ncols; i++)
		f[i] = p + t->off[i];
	for (; i < t->ncols; i++)
		f[i] = p + t->len;
	return f;
}

void
rec_free(struct record *r)
{
	if (r == NULL)
		return;
	free(r->f);
	free(r->buf);
	free(r);
}

const char *
rec_get(const struct record *r, int col)
{
	if (col < 0 || (size_t)col >= r->nf)
		return "";
	return r->f[col];
}

/* The table column of column constant c, which must be of t's file. */
static int
col_of(const struct table *t, int c)
{
	if (COL_FILE(c) != t->schema->id ||
	    (size_t)COL_INDEX(c) >= t->schema->ncols)
		career_bug("column %#x asked of %s", c, t->name);
	return t->map[COL_INDEX(c)];
}

const char *
rec_field(const struct table *t, const struct record *r, int c)
{
	return rec_get(r, col_of(t, c));
}

void
rec_set(const struct table *t, struct record *r, int c, const char *v)
{
	int i = col_of(t, c);

	if ((size_t)i >= r->nf)
		career_bug("%s: record of %zu fields", t->name, r->nf);
	r->f[i] = v;
}

int
rec_setn(const struct table *t, struct record *r, const char *name,
    const char *v)
{
	int c = table_col(t, name);

	if (c < 0 || (size_t)c >= r->nf)
		return career_fail(EX_SOFTWARE, "%s: no column %s",
		    t->name, name);
	r->f[c] = v;
	return 0;
}
