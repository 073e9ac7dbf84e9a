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
 * read.c: reading the CSV files of the store.
 *
 * Reading is streaming: one physical line at a time goes to libcsv in
 * strict mode, so memory does not grow with the file and every error
 * knows its line.  libcsv ends a row at a CR or an LF outside quotes (a
 * CRLF ends one row: the empty row after the CR is skipped) and keeps
 * them inside quotes, so a line never completes more than one row; a
 * bare CR that would end a row in the middle of a line is refused.
 * Blanks are data wherever they are, as RFC 4180 says and as Python,
 * mlr and spreadsheets write them bare: libcsv trims them around a bare
 * field unless its space test says no byte is a blank.  That test is
 * asked only of bytes outside quotes.  A quote after blanks is then a
 * quote in a bare field, which strict mode refuses.
 */
#include <sys/stat.h>

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "private.h"

/*
 * Every open table, so they are closed at exit: commands end through
 * exit(3) and err(3) from anywhere, and valgrind then finds nothing lost.
 */
static struct table *open_tables;

static void
close_all(void)
{
	while (open_tables != NULL)
		table_close(open_tables);
}

static int
grow(void *pp, size_t *cap, size_t need, size_t size)
{
	void *n;
	size_t c = *cap ? *cap : 16;

	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	if ((n = reallocarray(*(void **)pp, c, size)) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	*(void **)pp = n;
	*cap = c;
	return 0;
}

static int
fail_at(struct table *t, long line, const char *what)
{
	t->err = 1;
	return career_fail(EX_DATAERR, "%s:%ld: %s", t->name, line, what);
}

/* A field that is refused, or does not fit: on_field's rare cases. */
static void __attribute__((noinline))
field_slow(struct table *t, void *data, size_t len)
{
	if (t->err)
		return;
	if (t->rowready) {
		fail_at(t, t->lineno, "a bare carriage return ends a row "
		    "inside the line (only LF and CRLF line ends are read)");
		return;
	}
	if (t->nul && len > 0 && memchr(data, '\0', len) != NULL) {
		fail_at(t, t->fieldline ? t->fieldline : t->lineno,
		    "NUL byte in field");
		return;
	}
	/* Room for the field and its offset. */
	if ((t->len + len + 1 > t->cap &&
	    grow(&t->buf, &t->cap, t->len + len + 1, 1) == -1) ||
	    (t->nf + 1 > t->offcap &&
	    grow(&t->off, &t->offcap, t->nf + 1, sizeof(size_t)) == -1)) {
		t->err = 1;
		return;
	}
	if (len > 0)
		memcpy(t->buf + t->len, data, len);
	t->off[t->nf++] = t->len;
	t->len += len;
	t->buf[t->len++] = '\0';
	t->fieldline = t->lineno;
}

static void
on_field(void *data, size_t len, void *arg)
{
	struct table *t = arg;
	size_t at = t->len;

	/*
	 * Nearly every field: no error, no bare CR, no NUL in the line, and
	 * room in both buffers.  One test, then the copy; the rest below.
	 */
	if ((t->err | t->rowready | t->nul) == 0 && len < t->cap - at &&
	    t->nf < t->offcap) {
		if (len > 0)
			memcpy(t->buf + at, data, len);
		t->buf[at + len] = '\0';
		t->off[t->nf++] = at;
		t->len = at + len + 1;
		t->fieldline = t->lineno;
		return;
	}
	field_slow(t, data, len);
}

static void
on_row(int c, void *arg)
{
	struct table *t = arg;

	(void)c;
	t->rowready = 1;
	t->doneline = t->rowline ? t->rowline : t->lineno;
	t->donepos = t->rowline ? t->rowpos : -1;
	t->rowline = t->fieldline = 0;
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A name that appears twice, or NULL: sorted, so 100,000 columns are fast. */
static const char *
duplicate(char **names, size_t n)
{
	static char found[256];
	const char *dup = NULL;
	char **v;
	size_t i;

	if (n < 2 || (v = reallocarray(NULL, n, sizeof(*v))) == NULL)
		return NULL;
	memcpy(v, names, n * sizeof(*v));
	qsort(v, n, sizeof(*v), cmp_name);
	for (i = 1; i < n && dup == NULL; i++)
		if (strcmp(v[i - 1], v[i]) == 0)
			dup = strncpy(found, v[i], sizeof(found) - 1);
	free(v);
	return dup;
}

/*
 * A column name of a stream (an import, smart-review -), as a person or a
 * spreadsheet writes it: surrounding blanks go, and a name of the schema
 * in any case is that name ("Title" is title).  The store's own files are
 * kept strict: the tools write them, and a name there is exact.
 */
static const char *
stream_name(const struct schema *s, const char *name)
{
	static char buf[256];
	size_t i, len;

	while (*name == ' ' || *name == '\t')
		name++;
	len = strlen(name);
	while (len > 0 && (name[len - 1] == ' ' || name[len - 1] == '\t'))
		len--;
	for (i = 0; i < s->ncols; i++)
		if (strlen(s->cols[i].name) == len &&
		    strncasecmp(s->cols[i].name, name, len) == 0)
			return s->cols[i].name;
	if (len >= sizeof(buf) || name[len] == '\0')
		return name;	/* a long name keeps its blanks */
	memcpy(buf, name, len);
	buf[len] = '\0';
	return buf;
}

static int
set_header(struct table *t, int fromfile)
{
	const struct schema *s = t->schema;
	const char *dup;
	size_t i;
	int c;

	t->ncols = 0;
	if ((t->cols = calloc(t->nf + s->ncols + 1, sizeof(char *))) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	for (i = 0; i < t->nf; i++) {
		const char *name = t->buf + t->off[i];

		if (t->path[0] == '\0')
			name = stream_name(s, name);
		if (*name == '\0')
			return fail_at(t, t->doneline, "empty column name "
			    "in header");
		if ((t->cols[i] = strdup(name)) == NULL)
			return career_fail(EX_OSERR, "out of memory");
		t->ncols = i + 1;
	}
	if ((dup = duplicate(t->cols, t->nf)) != NULL) {
		t->err = 1;
		return career_fail(EX_DATAERR, "%s:%ld: duplicate column '%s' "
		    "in header", t->name, t->doneline, dup);
	}
	t->ncols = t->filecols = t->nf;
	/* Columns the file lacks follow its own, so every one has a place. */
	for (i = 0; i < s->ncols; i++) {
		if ((c = table_col(t, s->cols[i].name)) == -1) {
			c = t->ncols;
			if ((t->cols[t->ncols++] = strdup(s->cols[i].name)) ==
			    NULL)
				return career_fail(EX_OSERR, "out of memory");
		}
		t->map[i] = c;
	}
	t->idcol = t->map[0];
	/* A stream without the column that names a record has no header. */
	if (fromfile && t->path[0] == '\0' &&
	    (size_t)t->map[COL_INDEX(s->label)] >= t->filecols) {
		t->err = 1;
		return career_fail(EX_DATAERR, "%s:%ld: header has no %s "
		    "column (the first row must name columns of %s: %s)",
		    t->name, t->doneline, s->cols[COL_INDEX(s->label)].name,
		    s->file,
		    schema_names(s));
	}
	/* A stream (stdin) may leave ids to the store. */
	if (fromfile && t->path[0] != '\0' &&
	    (size_t)t->idcol >= t->filecols) {
		t->err = 1;
		return career_fail(EX_DATAERR, "%s:%ld: header has no id "
		    "column (the first row of the file must name the columns)",
		    t->name, t->doneline);
	}
	t->hasheader = 1;
	return 0;
}

static int
set_record(struct table *t)
{
	struct record *r = &t->rec;
	const char *errstr;
	size_t i;

	if (t->nf != t->filecols) {
		t->err = 1;
		return career_fail(EX_DATAERR, "%s:%ld: row has %zu fields, "
		    "header has %zu", t->name, t->doneline, t->nf,
		    t->filecols);
	}
	if (grow(&r->f, &r->fcap, t->ncols, sizeof(char *)) == -1)
		return -1;
	t->rows++;
	for (i = 0; i < t->nf; i++)
		r->f[i] = t->buf + t->off[i];
	for (; i < t->ncols; i++)
		r->f[i] = "";
	r->nf = t->ncols;
	r->line = t->doneline;
	r->id = 0;
	/* A stream may leave ids to the store: no id column, or empty ids. */
	if ((size_t)t->idcol >= t->filecols ||
	    (t->path[0] == '\0' && *r->f[t->idcol] == '\0'))
		return 0;
	if ((r->id = id_digits(r->f[t->idcol])) > 0)
		errstr = NULL;
	else {
		r->id = strtonum(r->f[t->idcol], 1, LLONG_MAX, &errstr);
		if (errstr == NULL && r->f[t->idcol][strspn(r->f[t->idcol],
		    "0123456789")] != '\0')
			errstr = "not digits only";
	}
	if (errstr != NULL) {
		t->err = 1;
		return career_fail(EX_DATAERR, "%s:%ld: bad id '%.40s': %s",
		    t->name, r->line, r->f[t->idcol], errstr);
	}
	if (r->id > t->maxid)
		t->maxid = r->id;
	/* Ids are unique in a file: two rows with one id cannot be told apart. */
	if (t->path[0] != '\0' && !t->dupsok) {
		if (idbits_has(&t->ids, r->id)) {
			t->err = 1;
			return career_fail(EX_DATAERR, "%s:%ld: duplicate id "
			    "%lld (career-check shows both lines)", t->name,
			    r->line, r->id);
		}
		if (idbits_add(&t->ids, r->id) == -1) {
			t->err = 1;
			return -1;
		}
	}
	return 0;
}

/*
 * Give a line to libcsv.  It grows its field buffer by a fixed block: a
 * long line goes in pieces, and the block is kept as large as the buffer,
 * so a 10 MB field costs doublings, not a copy per 128 bytes.
 */
static int
feed(struct table *t, const char *s, size_t n)
{
	size_t piece;

	for (; n > 0; s += piece, n -= piece) {
		piece = n < 65536 ? n : 65536;
		if (csv_get_buffer_size(&t->p) > t->p.blk_size)
			csv_set_blk_size(&t->p, csv_get_buffer_size(&t->p));
		if (csv_parse(&t->p, s, piece, on_field, on_row, t) != piece)
			return -1;
	}
	return 0;
}

/*
 * The next physical line of a file of the store, in place in t->blk (no
 * copy a line, as getline makes): its length, or -1 at the end or on an
 * error.  *posp is where it starts in the file, for the torn-tail limit.
 * Only for files we opened: a block read waits for the block to fill,
 * which a stream on stdin must not.
 */
static ssize_t
block_line(struct table *t, char **linep, off_t *posp)
{
	char *nl;
	size_t n, got, from = t->bpos;

	if (t->bbase == -1 && (t->bbase = ftello(t->fp)) == -1) {
		t->err = 1;
		career_fail(EX_IOERR, "%s: %s", t->name, strerror(errno));
		return -1;
	}
	for (;;) {
		nl = t->blen > from ?
		    memchr(t->blk + from, '\n', t->blen - from) : NULL;
		if (nl != NULL || t->beof) {
			n = nl != NULL ? (size_t)(nl - t->blk) + 1 - t->bpos :
			    t->blen - t->bpos;
			if (n == 0)
				return -1;
			*linep = t->blk + t->bpos;
			*posp = t->bbase + t->consumed;
			t->bpos += n;
			t->consumed += n;
			return n;
		}
		/* A line not yet whole: to the front, then read more. */
		if (t->bpos > 0) {
			memmove(t->blk, t->blk + t->bpos, t->blen - t->bpos);
			t->blen -= t->bpos;
			t->bpos = 0;
		}
		from = t->blen;
		if (t->blen == t->blkcap && grow(&t->blk, &t->blkcap,
		    t->blkcap > 0 ? t->blkcap * 2 : 65536, 1) == -1) {
			t->err = 1;
			return -1;
		}
		if ((got = fread(t->blk + t->blen, 1, t->blkcap - t->blen,
		    t->fp)) == 0) {
			if (ferror(t->fp))
				return -1;
			t->beof = 1;
		}
		t->blen += got;
	}
}

/* Feed lines to the parser until a row is complete: 1 row, 0 end, -1 error. */
static int
read_row(struct table *t)
{
	char *line;
	ssize_t n;
	off_t pos;

	if (t->delivered)
		t->len = t->nf = t->delivered = 0;
	for (;;) {
		if (t->err)
			return -1;
		if (t->rowready) {
			t->rowready = 0;
			t->delivered = 1;
			return 1;
		}
		if (t->eof)
			return 0;
		if (t->owned) {
			n = block_line(t, &line, &pos);
			if (n != -1 && t->limit > 0 && pos >= t->limit)
				n = -1;
		} else {
			pos = t->limit > 0 ? ftello(t->fp) : 0;
			n = pos < t->limit || t->limit == 0 ?
			    getline(&t->line, &t->linecap, t->fp) : -1;
			line = t->line;
		}
		if (n != -1 && t->limit > 0 && pos + n > t->limit)
			n = t->limit - pos;
		if (n == -1) {
			if (t->err)
				return -1;
			if (ferror(t->fp)) {
				t->err = 1;
				return career_fail(EX_IOERR, "%s: %s",
				    t->name, strerror(errno));
			}
			t->eof = 1;
			if (csv_fini(&t->p, on_field, on_row, t) != 0)
				return fail_at(t, t->fieldline ? t->fieldline :
				    t->lineno, "unterminated quoted field");
			continue;
		}
		t->lineno++;
		if (t->lineno == 1 && n >= 3 &&
		    memcmp(line, "\xef\xbb\xbf", 3) == 0) {
			line += 3;
			n -= 3;
		}
		/* One look for NUL a line; the fields are looked at once a
		 * line had one, so the error still names the field's line. */
		if (!t->nul && memchr(line, '\0', n) != NULL)
			t->nul = 1;
		t->endnl = n > 0 && line[n - 1] == '\n';
		if (t->rowline == 0 && !(n == 1 && line[0] == '\n')) {
			t->rowline = t->fieldline = t->lineno;
			t->rowpos = t->owned ? pos : -1;
		}
		if (feed(t, line, n) == -1) {
			if (csv_error(&t->p) == CSV_EPARSE)
				return fail_at(t, t->lineno,
				    "malformed quoted field");
			t->err = 1;
			return career_fail(EX_OSERR, "%s: %s", t->name,
			    csv_strerror(csv_error(&t->p)));
		}
	}
}

/* libcsv's space test: nothing is trimmed. */
static int
no_blank(unsigned char c)
{
	(void)c;
	return 0;
}

static int
start(struct table *t)
{
	int r;

	if (csv_init(&t->p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return career_fail(EX_OSERR, "out of memory");
	csv_set_space_func(&t->p, no_blank);
	if (t->fp == NULL)
		t->eof = 1;
	if ((r = read_row(t)) == -1)
		return -1;
	if (r == 1)
		return set_header(t, 1);
	/* A missing or empty file: the schema's columns. */
	t->nf = 0;
	return set_header(t, 0);
}

static struct table *
table_new(const struct schema *s, const char *name)
{
	static int registered;
	struct table *t;

	if ((t = calloc(1, sizeof(*t))) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	if (!registered)
		registered = atexit(close_all) == 0;
	t->next = open_tables;
	open_tables = t;
	t->schema = s;
	t->endnl = 1;
	t->bbase = -1;
	strlcpy(t->name, name, sizeof(t->name));
	return t;
}

struct table *
table_open(const struct schema *s)
{
	struct table *t;
	struct stat st;
	int fd;

	store_settle();
	if ((t = table_new(s, s->file)) == NULL)
		return NULL;
	if (store_path(t->path, sizeof(t->path), s->file) == -1)
		goto fail;
	/* O_NONBLOCK: a FIFO named goals.csv must not hang us before fstat. */
	fd = open(t->path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd == -1 && errno != ENOENT) {
		career_fail(errno == ELOOP ? EX_DATAERR : EX_NOINPUT, "%s: %s",
		    t->path, errno == ELOOP ? "is a symbolic link; the store "
		    "keeps regular files only" : strerror(errno));
		goto fail;
	}
	if (fd != -1) {
		if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
			career_fail(EX_DATAERR, "%s: not a regular file",
			    t->path);
			close(fd);
			goto fail;
		}
		t->limit = torn_tail(t, fd);
		if ((t->fp = fdopen(fd, "r")) == NULL) {
			career_fail(EX_OSERR, "%s: %s", t->path,
			    strerror(errno));
			close(fd);
			goto fail;
		}
		t->owned = 1;
	}
	if (start(t) == -1)
		goto fail;
	return t;
fail:
	table_close(t);
	return NULL;
}

struct table *
table_fopen(FILE *fp, const char *name, const struct schema *s)
{
	struct table *t;

	if ((t = table_new(s, name)) == NULL)
		return NULL;
	t->fp = fp;
	if (start(t) == -1) {
		table_close(t);
		return NULL;
	}
	return t;
}

struct record *
table_next(struct table *t)
{
	if (read_row(t) != 1 || set_record(t) == -1)
		return NULL;
	return &t->rec;
}

int
table_error(const struct table *t)
{
	return t->err;
}

long long
table_drain(struct table *t)
{
	while (table_next(t) != NULL)
		;
	return t->err ? -1 : t->maxid;
}

long
table_load(struct table *t, struct record ***rows)
{
	struct record *r, **v = NULL;
	size_t n = 0, cap = 0;

	while ((r = table_next(t)) != NULL) {
		if (grow(&v, &cap, n + 2, sizeof(*v)) == -1 ||
		    (v[n] = rec_dup(r)) == NULL)
			goto fail;
		v[++n] = NULL;
	}
	if (t->err || grow(&v, &cap, n + 1, sizeof(*v)) == -1)
		goto fail;
	v[n] = NULL;
	*rows = v;
	return n;
fail:
	table_free_rows(v);
	return -1;
}

void
table_free_rows(struct record **rows)
{
	struct record **r;

	for (r = rows; r != NULL && *r != NULL; r++)
		rec_free(*r);
	free(rows);
}

struct record *
table_find(struct table *t, long long id)
{
	struct record *r;

	while ((r = table_next(t)) != NULL)
		if (r->id == id)
			return r;
	if (!t->err)
		career_fail(EX_DATAERR, "%s: no record with id %lld", t->name,
		    id);
	return NULL;
}

void
table_close(struct table *t)
{
	struct table **p;
	size_t i;

	if (t == NULL)
		return;
	for (p = &open_tables; *p != NULL; p = &(*p)->next)
		if (*p == t) {
			*p = t->next;
			break;
		}
	if (t->owned && t->fp != NULL)
		fclose(t->fp);
	csv_free(&t->p);
	for (i = 0; i < t->ncols; i++)
		free(t->cols[i]);
	free(t->cols);
	free(t->line);
	free(t->blk);
	free(t->buf);
	free(t->off);
	free(t->rec.f);
	idbits_free(&t->ids);
	free(t);
}

int
table_col(const struct table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i], name) == 0)
			return i;
	return -1;
}

void
table_allow_duplicates(struct table *t)
{
	t->dupsok = 1;
}

size_t
table_ncols(const struct table *t)
{
	return t->ncols;
}

const char *
table_colname(const struct table *t, size_t i)
{
	return i < t->ncols ? t->cols[i] : NULL;
}

const struct schema *
table_schema(const struct table *t)
{
	return t->schema;
}

const char *
table_name(const struct table *t)
{
	return t->name;
}

int
table_as_read(const struct table *t, const struct record *r, off_t *from,
    off_t *to, const char **bytes, size_t *lacks)
{
	off_t blk0;
	size_t i;

	if (!t->owned || !t->delivered || r != &t->rec || t->donepos < 0 ||
	    (lacks == NULL && t->filecols != t->ncols) || t->bpos < 2 ||
	    t->blk[t->bpos - 1] != '\n' || t->blk[t->bpos - 2] == '\r')
		return 0;
	*to = t->bbase + t->consumed;
	if (t->limit > 0 && *to > t->limit)
		return 0;
	/* A field set anew is not what the file holds. */
	for (i = 0; i < r->nf; i++)
		if (i < t->filecols ? r->f[i] != t->buf + t->off[i] :
		    *r->f[i] != '\0')
			return 0;
	if (lacks != NULL)
		*lacks = t->ncols - t->filecols;
	*from = t->donepos;
	/* The block holds the file from blk0 on since it was last filled. */
	blk0 = *to - (off_t)t->bpos;
	*bytes = *from >= blk0 ? t->blk + (*from - blk0) : NULL;
	return 1;
}

off_t
table_row_start(const struct table *t)
{
	return t->delivered && t->owned ? t->donepos : -1;
}

off_t
table_halfway(const struct table *t)
{
	char buf[4096], *nl;
	struct stat st;
	off_t at, line;
	ssize_t n;

	if (!t->owned || fstat(fileno(t->fp), &st) == -1)
		return -1;
	for (at = st.st_size / 2; at < st.st_size; at += n) {
		if ((n = pread(fileno(t->fp), buf, sizeof(buf), at)) <= 0)
			return -1;
		if ((nl = memchr(buf, '\n', n)) != NULL) {
			line = at + (nl - buf) + 1;
			return line < st.st_size ? line : -1;
		}
	}
	return -1;
}

int
table_seek_row(struct table *t, off_t off)
{
	if (!t->owned || t->rowready || t->err)
		return career_fail(EX_SOFTWARE, "%s: cannot seek", t->name);
	if (fseeko(t->fp, off, SEEK_SET) == -1)
		return io_fail(t->path, "seek");
	/* The parser is between rows, after the header: only the block
	 * read ahead is thrown away.  Line numbers go on from the header's,
	 * which keeps a byte order mark at off from being taken as one. */
	t->len = t->nf = t->delivered = 0;
	t->bpos = t->blen = t->consumed = 0;
	t->beof = t->eof = 0;
	t->bbase = -1;
	t->rowline = t->fieldline = 0;
	return 0;
}

/* Go back to the first data row, to read the file a second time. */
int
table_reset(struct table *t)
{
	size_t i;

	if (t->fp != NULL && fseeko(t->fp, 0, SEEK_SET) == -1)
		return io_fail(t->path, "seek");
	csv_free(&t->p);
	for (i = 0; i < t->ncols; i++)
		free(t->cols[i]);
	free(t->cols);
	t->cols = NULL;
	t->ncols = t->filecols = 0;
	t->lineno = t->rowline = t->fieldline = t->rows = 0;
	t->rowready = t->delivered = t->eof = t->err = 0;
	t->bpos = t->blen = t->consumed = 0;
	t->beof = 0;
	t->bbase = -1;
	t->maxid = 0;
	t->endnl = 1;
	idbits_free(&t->ids);
	return start(t);
}
