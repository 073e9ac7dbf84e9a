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
 * roundtrip: what is written is read back unchanged.  The first byte
 * picks what goals.csv holds before (nothing, a header with or without
 * its newline, a last row without one, reordered and extra columns,
 * CRLF line ends); the rest, split at NUL bytes, fills the fields of new
 * goals.  They go in by two table_append calls (a new or whole file,
 * then an append), a rewrite that changes nothing and a table_update of
 * one title; after each, every field must read back as it was written.
 */
#include "fuzz.h"

#define MAXREC 32

static const char *const prefixes[] = {
	NULL,
	"id,kind,title,measure,target,due,parent,status,agreed,created,"
	    "updated\n",
	"id,kind,title,measure,target,due,parent,status,agreed,created,"
	    "updated",
	"id,kind,title,measure,target,due,parent,status,agreed,created,"
	    "updated\n7,goal,x,,,,,open,,,",
	"title,note,id\n\"a,b\",\"keep\nme\",3\n",
	"id,kind,title,measure,target,due,parent,status,agreed,created,"
	    "updated\r\n3,goal,y,,,,,open,,,\r\n",
};
static const int prefixrows[] = { 0, 0, 0, 1, 1, 1 };
static const long long firstid[] = { 1, 1, 1, 8, 4, 4 };

struct fields {
	char *buf;
	char **v;
	size_t n, next;
};

static struct record *recs[MAXREC];
static size_t nrecs;
static char *names[64];
static size_t ncols;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_store();
	return 0;
}

static void
split(struct fields *fl, const uint8_t *data, size_t size)
{
	size_t i;

	fl->n = fl->next = 0;
	if ((fl->buf = malloc(size + 1)) == NULL ||
	    (fl->v = calloc(size + 1, sizeof(char *))) == NULL)
		abort();
	memcpy(fl->buf, data, size);
	fl->buf[size] = '\0';
	fl->v[fl->n++] = fl->buf;
	for (i = 0; i < size; i++)
		if (fl->buf[i] == '\0')
			fl->v[fl->n++] = fl->buf + i + 1;
}

static const char *
take(struct fields *fl)
{
	return fl->next < fl->n ? fl->v[fl->next++] : "";
}

/* New goals with the next fields, appended in one call. */
static void
append(size_t n, struct fields *fl)
{
	struct table *t;
	size_t i, j;
	int idcol, c;

	FUZZ_ASSERT((t = table_open(&schema_goals)) != NULL);
	idcol = table_col(t, "id");
	if (ncols == 0) {
		ncols = table_ncols(t);
		FUZZ_ASSERT(ncols < 64);
		for (j = 0; j < ncols; j++)
			names[j] = strdup(table_colname(t, j));
	}
	for (i = 0; i < n; i++) {
		FUZZ_ASSERT((recs[nrecs + i] = rec_new(t)) != NULL);
		for (j = 0; j < ncols; j++) {
			if ((int)j == idcol)
				continue;
			recs[nrecs + i]->f[j] = take(fl);
			/* The schema refuses a record without these. */
			if (str_blank(recs[nrecs + i]->f[j]) &&
			    (c = schema_col(&schema_goals, names[j])) != -1 &&
			    schema_column(c)->flags & COL_REQUIRED)
				recs[nrecs + i]->f[j] = "x";
		}
	}
	FUZZ_ASSERT(table_append(t, recs + nrecs, n) == 0);
	nrecs += n;
	table_close(t);
}

/* goals.csv holds the prefix's rows, then ours, field for field. */
static void
verify(int prefix)
{
	struct record **rows;
	struct table *t;
	size_t i, j;
	long n;

	FUZZ_ASSERT((t = table_open(&schema_goals)) != NULL);
	FUZZ_ASSERT(table_ncols(t) == ncols);
	for (j = 0; j < ncols; j++)
		FUZZ_ASSERT(strcmp(table_colname(t, j), names[j]) == 0);
	FUZZ_ASSERT((n = table_load(t, &rows)) == (long)(prefixrows[prefix] +
	    nrecs));
	for (i = 0; i < nrecs; i++) {
		struct record *r = rows[prefixrows[prefix] + i];

		FUZZ_ASSERT(r->id == recs[i]->id && r->nf == ncols);
		FUZZ_ASSERT(r->id == firstid[prefix] + (long long)i);
		for (j = 0; j < ncols; j++)
			if (strcmp(r->f[j], recs[i]->f[j]) != 0) {
				fprintf(stderr, "goal %lld %s: wrote ",
				    r->id, names[j]);
				fuzz_show(recs[i]->f[j]);
				fputs(", read ", stderr);
				fuzz_show(r->f[j]);
				putc('\n', stderr);
				FUZZ_FAIL("a field reads back as written");
			}
	}
	table_free_rows(rows);
	table_close(t);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fields fl;
	struct table *t;
	const char *name = "title", *value;
	size_t i, n;
	int prefix;

	if (size == 0)
		return 0;
	prefix = data[0] % (sizeof(prefixes) / sizeof(prefixes[0]));
	fuzz_put("goals.csv", prefixes[prefix],
	    prefixes[prefix] ? strlen(prefixes[prefix]) : 0);
	split(&fl, data + 1, size - 1);
	n = fl.n / 10 + 1;
	if (n > MAXREC)
		n = MAXREC;
	append((n + 1) / 2, &fl);
	verify(prefix);
	if (n / 2 > 0) {
		append(n / 2, &fl);
		verify(prefix);
	}
	FUZZ_ASSERT((t = table_open(&schema_goals)) != NULL);
	FUZZ_ASSERT(table_rewrite(t, NULL, NULL) == 0);
	table_close(t);
	verify(prefix);
	if (fl.next < fl.n) {
		value = take(&fl);
		FUZZ_ASSERT((t = table_open(&schema_goals)) != NULL);
		FUZZ_ASSERT(table_update(t, &recs[0]->id, 1, &name, &value,
		    1) == 0);
		table_close(t);
		for (i = 0; i < ncols; i++)
			if (strcmp(names[i], "title") == 0)
				recs[0]->f[i] = value;
		verify(prefix);
	}
	for (i = 0; i < nrecs; i++)
		rec_free(recs[i]);
	for (i = 0; i < ncols; i++)
		free(names[i]);
	nrecs = ncols = 0;
	free(fl.buf);
	free(fl.v);
	return 0;
}
