/*
 * table.c: reading and writing the CSV files of the store.
 *
 * Reading is streaming: one physical line at a time goes to libcsv in
 * strict mode, so memory does not grow with the file and every error
 * knows its line.  libcsv ends a row at a CR or an LF outside quotes (a
 * CRLF ends one row: the empty row after the CR is skipped) and keeps
 * them inside quotes, so a line never completes more than one row; a
 * bare CR that would end a row in the middle of a line is refused.
 * libcsv's own space and end-of-row tests are used (blanks around an
 * unquoted field are not part of it): callbacks per byte would double
 * the cost of every read.
 *
 * Writing is either an append of whole rows, journalled in the stamp so
 * that a torn one is never read, or an atomic replace: a temporary file
 * beside the original, fsync, rename, fsync of the directory.
 */
#include <sys/stat.h>

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "career.h"
#include "private.h"

struct table {
	const struct schema *schema;
	char name[64];		/* for messages */
	char path[PATH_MAX];	/* empty when reading a stream */
	FILE *fp;
	int owned;		/* fclose fp in table_close */
	struct csv_parser p;
	char *line;
	size_t linecap;
	long lineno;		/* physical lines fed so far */
	long rowline;		/* where the row being parsed starts */
	long fieldline;		/* where the field being parsed starts */
	long doneline;		/* where the completed row started */
	int rowready, delivered, eof, err, endnl;
	/* the row being assembled: field bytes, NUL-separated */
	char *buf;
	size_t len, cap, *off, nf, offcap;
	/* columns: the file's own, then schema columns it lacks */
	char **cols;
	size_t ncols, filecols;
	int map[64];		/* schema column -> table column */
	int idcol, hasheader;
	long long maxid;
	long long stamped;	/* the largest id ever given, from the stamp */
	off_t limit;		/* read no further: a torn append starts here */
	struct idbits ids;	/* the ids read, to refuse one given twice */
	int dupsok;		/* career-check reports duplicates itself */
	long rows;		/* data rows returned */
	struct record rec;
	struct table *next;	/* in the list of open tables */
};

static off_t torn_tail(const struct table *, int);

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

static void
on_field(void *data, size_t len, void *arg)
{
	struct table *t = arg;

	if (t->err)
		return;
	if (t->rowready) {
		fail_at(t, t->lineno, "a bare carriage return ends a row "
		    "inside the line (only LF and CRLF line ends are read)");
		return;
	}
	if (len > 0 && memchr(data, '\0', len) != NULL) {
		fail_at(t, t->fieldline ? t->fieldline : t->lineno,
		    "NUL byte in field");
		return;
	}
	/* The buffers are big enough for nearly every field: no call then. */
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
on_row(int c, void *arg)
{
	struct table *t = arg;

	(void)c;
	t->rowready = 1;
	t->doneline = t->rowline ? t->rowline : t->lineno;
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
	r->id = strtonum(r->f[t->idcol], 1, LLONG_MAX, &errstr);
	if (errstr == NULL && r->f[t->idcol][strspn(r->f[t->idcol],
	    "0123456789")] != '\0')
		errstr = "not digits only";
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

/* Feed lines to the parser until a row is complete: 1 row, 0 end, -1 error. */
static int
read_row(struct table *t)
{
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
		pos = t->limit > 0 ? ftello(t->fp) : 0;
		n = pos < t->limit || t->limit == 0 ?
		    getline(&t->line, &t->linecap, t->fp) : -1;
		if (n != -1 && t->limit > 0 && pos + n > t->limit)
			n = t->limit - pos;
		if (n == -1) {
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
		    memcmp(t->line, "\xef\xbb\xbf", 3) == 0) {
			memmove(t->line, t->line + 3, n - 3);
			n -= 3;
		}
		t->endnl = n > 0 && t->line[n - 1] == '\n';
		if (t->rowline == 0 && !(n == 1 && t->line[0] == '\n'))
			t->rowline = t->fieldline = t->lineno;
		if (feed(t, t->line, n) == -1) {
			if (csv_error(&t->p) == CSV_EPARSE)
				return fail_at(t, t->lineno,
				    "malformed quoted field");
			t->err = 1;
			return career_fail(EX_OSERR, "%s: %s", t->name,
			    csv_strerror(csv_error(&t->p)));
		}
	}
}

static int
start(struct table *t)
{
	int r;

	if (csv_init(&t->p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		return career_fail(EX_OSERR, "out of memory");
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
	strlcpy(t->name, name, sizeof(t->name));
	return t;
}

struct table *
table_open(const struct schema *s)
{
	struct table *t;
	struct stat st;
	int fd;

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

/* Records */

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

const char *
rec_getn(const struct table *t, const struct record *r, const char *name)
{
	return rec_get(r, table_col(t, name));
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

/* Writing */

/* Quote only what needs it, so plain rows stay easy for cut and awk. */
static int
needs_quotes(const char *s, size_t len)
{
	if (len == 0)
		return 0;
	if (s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' ||
	    s[len - 1] == '\t')
		return 1;
	return strpbrk(s, ",\"\r\n") != NULL;
}

int
csv_put_row(FILE *fp, const char *const *f, size_t nf)
{
	size_t i, len;

	/* Unlocked stdio: a million rows are twelve million writes. */
	for (i = 0; i < nf; i++) {
		if (i > 0)
			putc_unlocked(',', fp);
		len = strlen(f[i]);
		if (needs_quotes(f[i], len)) {
			if (csv_fwrite(fp, f[i], len) != 0)
				return -1;
		} else
			fwrite_unlocked(f[i], 1, len, fp);
	}
	return putc_unlocked('\n', fp) == EOF ? -1 : 0;
}

static int
need_file(struct table *t)
{
	if (t->path[0] == '\0')
		return career_fail(EX_SOFTWARE, "%s: not a file of the store",
		    t->name);
	return 0;
}

static int
give_ids(struct table *t, struct record **recs, size_t n)
{
	size_t i;

	/* No command writes a record the schema would refuse. */
	for (i = 0; i < n; i++)
		if (rec_check(t, recs[i]) == -1)
			return -1;
	if (t->stamped > t->maxid)
		t->maxid = t->stamped;
	for (i = 0; i < n; i++) {
		if (t->maxid == LLONG_MAX)
			return career_fail(EX_DATAERR, "%s: no ids left",
			    t->name);
		recs[i]->id = ++t->maxid;
		snprintf(recs[i]->idbuf, sizeof(recs[i]->idbuf), "%lld",
		    recs[i]->id);
		recs[i]->f[t->idcol] = recs[i]->idbuf;
	}
	return 0;
}

static int
io_fail(const char *path, const char *what)
{
	return career_fail(errno == ENOSPC || errno == EFBIG ||
	    errno == EDQUOT || errno == EIO ? EX_IOERR : EX_CANTCREAT,
	    "%s: %s: %s", path, what, strerror(errno));
}

/*
 * The stamp: a small file beside each table (.goals.csv.stamp) with the
 * largest id ever given and the size, inode and change time the table had
 * when a tool last read it whole or wrote it.  While they match, the file
 * is as we left it, so an append needs no scan for the next id and no
 * re-check of every row; and an id stays unused even after its row is
 * deleted by hand.  A missing or stale stamp only costs one full read.
 */
static int
stamp_path(const struct table *t, char *buf, size_t size)
{
	char name[96];

	snprintf(name, sizeof(name), ".%s.stamp", t->name);
	return store_path(buf, size, name);
}

/*
 * What a stamp says.  While an append is under way it also says where the
 * append starts and how long it is (at, len): if the writer dies part way,
 * the file is longer than it was but shorter than it would be, and that
 * torn tail is not read, and is cut off by the next writer.
 */
struct stamp {
	long long maxid, size, ino, sec, nsec, at, len;
};

static int
stamp_load(const struct table *t, struct stamp *sp)
{
	char path[PATH_MAX], buf[200];
	struct stat sst;
	ssize_t n;
	int fd;

	memset(sp, 0, sizeof(*sp));
	sp->at = -1;
	if (stamp_path(t, path, sizeof(path)) == -1 ||
	    (fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC)) == -1)
		return -1;
	n = fstat(fd, &sst) == 0 && S_ISREG(sst.st_mode) ?
	    read(fd, buf, sizeof(buf) - 1) : -1;
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	n = sscanf(buf, "%lld %lld %lld %lld %lld %lld %lld", &sp->maxid,
	    &sp->size, &sp->ino, &sp->sec, &sp->nsec, &sp->at, &sp->len);
	if ((n != 5 && n != 7) || sp->maxid < 0) {
		memset(sp, 0, sizeof(*sp));
		sp->at = -1;
		return -1;
	}
	if (n == 5)
		sp->at = -1;
	return 0;
}

/* The stamped largest id (0 if none); 1 if the stamp matches st. */
static int
stamp_read(const struct table *t, const struct stat *st, long long *maxid)
{
	struct stamp s;

	if (stamp_load(t, &s) == -1) {
		*maxid = 0;
		return 0;
	}
	*maxid = s.maxid;
	return st != NULL && s.at < 0 && s.size == (long long)st->st_size &&
	    s.ino == (long long)st->st_ino &&
	    s.sec == (long long)st->st_ctim.tv_sec &&
	    s.nsec == (long long)st->st_ctim.tv_nsec;
}

/* Where a torn append starts in the file open on fd, or 0 if none. */
static off_t
torn_tail(const struct table *t, int fd)
{
	struct stamp s;
	struct stat st;

	if (stamp_load(t, &s) == -1 || s.at < 0 || fstat(fd, &st) == -1 ||
	    (long long)st.st_ino != s.ino || st.st_size <= s.at ||
	    st.st_size == s.at + s.len)
		return 0;
	return s.at;
}

/*
 * Best effort: a stamp that is not written is only stale.  With len > 0,
 * it says an append of len bytes at the end of the file is under way.
 */
static void
stamp_write(const struct table *t, long long maxid, off_t len)
{
	char path[PATH_MAX], buf[200];
	long long old;
	struct stat st;
	int fd, n;

	stamp_read(t, NULL, &old);
	if (old > maxid)
		maxid = old;
	if (stat(t->path, &st) == -1 || stamp_path(t, path, sizeof(path)) == -1)
		return;
	n = snprintf(buf, sizeof(buf), "%lld %lld %lld %lld %lld", maxid,
	    (long long)st.st_size, (long long)st.st_ino,
	    (long long)st.st_ctim.tv_sec, (long long)st.st_ctim.tv_nsec);
	if (len > 0)
		n += snprintf(buf + n, sizeof(buf) - n, " %lld %lld",
		    (long long)st.st_size, (long long)len);
	buf[n++] = '\n';
	/* Non-blocking, and only a regular file: a FIFO here must not hang us. */
	if ((fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC, 0600)) == -1)
		return;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    ftruncate(fd, 0) == -1) {
		close(fd);
		return;
	}
	if (write(fd, buf, n) != n)
		ftruncate(fd, 0);
	/* The journal of an append must be on disk before the append. */
	if (len > 0)
		fsync(fd);
	close(fd);
}

/* Go back to the first data row, to read the file a second time. */
static int
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
	t->maxid = 0;
	t->endnl = 1;
	idbits_free(&t->ids);
	return start(t);
}

/* Replace the file: header, edited rows, then extra rows with new ids. */
static int
replace(struct table *t, int (*edit)(struct table *, struct record *,
    void *), void *arg, struct record **extra, size_t n)
{
	char tmp[PATH_MAX], dir[PATH_MAX];
	struct record *r;
	FILE *fp;
	size_t i;
	int fd, dfd;

	if (t->rows > 0)
		return career_fail(EX_SOFTWARE, "%s: rewrite of a table "
		    "already read", t->name);
	if (store_path(tmp, sizeof(tmp), ".") == -1)
		return -1;
	snprintf(tmp, sizeof(tmp), "%s/.%s.XXXXXX", store_dir(), t->name);
	if ((fd = mkstemp(tmp)) == -1)
		return io_fail(tmp, "create");
	if ((fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		unlink(tmp);
		return career_fail(EX_OSERR, "%s: %s", tmp, strerror(errno));
	}
	if (csv_put_row(fp, (const char *const *)t->cols, t->ncols) == -1)
		goto ioerr;
	while ((r = table_next(t)) != NULL) {
		if (edit != NULL && edit(t, r, arg) == -1)
			goto fail;
		if (csv_put_row(fp, r->f, r->nf) == -1)
			goto ioerr;
	}
	if (t->err || (edit != NULL && edit(t, NULL, arg) == -1) ||
	    give_ids(t, extra, n) == -1)
		goto fail;
	for (i = 0; i < n; i++)
		if (csv_put_row(fp, extra[i]->f, extra[i]->nf) == -1)
			goto ioerr;
	if (fflush(fp) == EOF || fsync(fd) == -1)
		goto ioerr;
	if (fclose(fp) == EOF) {
		fp = NULL;
		goto ioerr;
	}
	fp = NULL;
	if (rename(tmp, t->path) == -1)
		goto ioerr;
	strlcpy(dir, store_dir(), sizeof(dir));
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY)) != -1) {
		fsync(dfd);
		close(dfd);
	}
	stamp_write(t, t->maxid, 0);
	return 0;
ioerr:
	io_fail(t->path, "write");
fail:
	if (fp != NULL)
		fclose(fp);
	unlink(tmp);
	return -1;
}

/* What a new row is about, for the history: the column that labels it. */
static const char *
label(const struct table *t, const struct record *r)
{
	return rec_field(t, r, t->schema->label);
}

static void
note_append(const struct table *t, struct record **recs, size_t n)
{
	if (n == 1)
		history_note(t->name, "%lld \"%.60s\"", recs[0]->id,
		    label(t, recs[0]));
	else if (n > 1)
		history_note(t->name, "%lld-%lld (%zu %s rows)", recs[0]->id,
		    recs[n - 1]->id, n, t->name);
}

int
table_rewrite_add(struct table *t, int (*edit)(struct table *,
    struct record *, void *), void *arg, struct record **recs, size_t n)
{
	if (need_file(t) == -1)
		return -1;
	signal(SIGXFSZ, SIG_IGN);	/* a file size limit is an error */
	stamp_read(t, NULL, &t->stamped);
	if (replace(t, edit, arg, recs, n) == -1)
		return -1;
	if (edit != NULL)
		history_note(t->name, "%s rewritten", t->name);
	note_append(t, recs, n);
	return 0;
}

int
table_rewrite(struct table *t, int (*edit)(struct table *, struct record *,
    void *), void *arg)
{
	return table_rewrite_add(t, edit, arg, NULL, 0);
}

int
table_append(struct table *t, struct record **recs, size_t n)
{
	char *buf = NULL;
	size_t len = 0, i, off;
	struct stat st;
	FILE *mem;
	ssize_t w;
	long long given;
	int fd, asleft = 0;
	char last;

	if (need_file(t) == -1)
		return -1;
	if (t->fp != NULL && t->rows == 0 && t->filecols == t->ncols &&
	    fstat(fileno(t->fp), &st) == 0)
		asleft = stamp_read(t, &st, &t->stamped);
	else
		stamp_read(t, NULL, &t->stamped);
	/* A new file, or a header missing our columns: write it whole. */
	if (!asleft && (t->fp == NULL || t->filecols < t->ncols ||
	    t->lineno == 0)) {
		if (table_drain(t) == -1 || table_reset(t) == -1)
			return -1;
		return table_rewrite_add(t, NULL, NULL, recs, n);
	}
	if (asleft)
		t->endnl = pread(fileno(t->fp), &last, 1, st.st_size - 1) ==
		    1 && last == '\n';
	else if (table_drain(t) == -1)
		return -1;
	given = t->maxid > t->stamped ? t->maxid : t->stamped;
	if (give_ids(t, recs, n) == -1)
		return -1;
	signal(SIGXFSZ, SIG_IGN);
	if ((mem = open_memstream(&buf, &len)) == NULL)
		return career_fail(EX_OSERR, "%s", strerror(errno));
	if (!t->endnl)
		putc('\n', mem);
	for (i = 0; i < n; i++)
		csv_put_row(mem, recs[i]->f, recs[i]->nf);
	if (fclose(mem) == EOF) {
		free(buf);
		return career_fail(EX_OSERR, "%s", strerror(errno));
	}
	if ((fd = open(t->path, O_WRONLY | O_APPEND | O_NOFOLLOW |
	    O_CLOEXEC)) == -1 || (t->limit > 0 &&
	    ftruncate(fd, t->limit) == -1) || fstat(fd, &st) == -1) {
		io_fail(t->path, "open");
		goto fail;
	}
	/* The ids are not given until the rows are there: a failed append
	 * leaves no gap. */
	stamp_write(t, given, len);
	/* One write(2) when it fits, so a reader never sees half a row. */
	for (off = 0; off < len; off += w)
		if ((w = write(fd, buf + off, len - off)) == -1)
			goto ioerr;
	if (fsync(fd) == -1)
		goto ioerr;
	close(fd);
	free(buf);
	stamp_write(t, t->maxid, 0);
	note_append(t, recs, n);
	return 0;
ioerr:
	io_fail(t->path, "write");
	if (ftruncate(fd, st.st_size) == -1)
		career_fail(EX_IOERR, "%s: write failed and could not be "
		    "undone: %s", t->path, strerror(errno));
	close(fd);
fail:
	free(buf);
	return -1;
}

struct update {
	const long long *ids;
	size_t nids;
	const char *const *names, *const *values;
	size_t nvals;
	char *found;
};

static int
update_row(struct table *t, struct record *r, void *arg)
{
	struct update *u = arg;
	size_t i;

	if (r == NULL) {
		for (i = 0; i < u->nids; i++)
			if (!u->found[i])
				return career_fail(EX_DATAERR, "%s: no record "
				    "with id %lld", t->name, u->ids[i]);
		return 0;
	}
	for (i = 0; i < u->nids; i++)
		if (r->id == u->ids[i])
			break;
	if (i == u->nids)
		return 0;
	if (u->found[i])
		return career_fail(EX_DATAERR, "%s:%ld: id %lld is on another "
		    "line too; nothing changed (career-check lists such ids)",
		    t->name, r->line, r->id);
	u->found[i] = 1;
	for (i = 0; i < u->nvals; i++)
		if (rec_setn(t, r, u->names[i], u->values[i]) == -1)
			return -1;
	return 0;
}

int
table_update(struct table *t, const long long *ids, size_t nids,
    const char *const *names, const char *const *values, size_t nvals)
{
	return table_update_add(t, ids, nids, names, values, nvals, NULL, 0);
}

int
table_update_add(struct table *t, const long long *ids, size_t nids,
    const char *const *names, const char *const *values, size_t nvals,
    struct record **recs, size_t n)
{
	struct update u = { ids, nids, names, values, nvals, NULL };
	char what[256] = "";
	size_t i;
	int rv;

	if (need_file(t) == -1)
		return -1;
	if ((u.found = calloc(nids ? nids : 1, 1)) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	signal(SIGXFSZ, SIG_IGN);
	stamp_read(t, NULL, &t->stamped);
	rv = replace(t, update_row, &u, recs, n);
	free(u.found);
	if (rv == -1)
		return -1;
	note_append(t, recs, n);
	for (i = 0; i < nids; i++)
		snprintf(what + strlen(what), sizeof(what) - strlen(what),
		    "%s%lld", i ? "," : "", ids[i]);
	for (i = 0; i < nvals; i++)
		if (strcmp(names[i], "updated") != 0)
			snprintf(what + strlen(what), sizeof(what) -
			    strlen(what), " %s=%.40s", names[i], values[i]);
	history_note(t->name, "%s", what);
	return 0;
}

long long
ref_check(const struct schema *s, const char *what, const char *id)
{
	struct table *t;
	long long n;

	if ((n = id_parse(id)) == -1 || (t = table_open(s)) == NULL)
		return -1;
	if (table_find(t, n) == NULL && !table_error(t))
		n = career_fail(EX_DATAERR, "%s %s: no such %s", what, id, what);
	else if (table_error(t))
		n = -1;
	table_close(t);
	return n;
}
