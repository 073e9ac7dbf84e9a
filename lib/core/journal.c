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
 * journal.c: what each command changed, kept in the store's .journal so
 * that career-undo can take any write back and career-log can say what
 * it did, on every store, git or not.
 *
 * A command collects its changes while it writes and appends them as one
 * entry when it exits (career_exit, career_die), under the lock, in one
 * write(2) and without fsync: a power cut may cost the undo of the last
 * write, never the write, and the writers keep their speed.  An entry is
 * CSV rows, read back with libcsv:
 *
 *	write,TIME,PROG		undo,TIME,PROG for career-undo's own
 *	cols,FILE,NAME...	the file's header, before its records
 *	add,FILE,FIRST,LAST,LABEL	records FIRST to LAST appended
 *	old,FILE,FIELD...	a record as it was (changed or removed)
 *	new,FILE,FIELD...	a record as it is (changed or put back)
 *
 * Past JOURNAL_MAX bytes the oldest entries are dropped, down to half.
 */
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <csv.h>

#include "core.h"
#include "private.h"
#include "journal.h"

#define JOURNAL		".journal"
#define JOURNAL_MAX	(4L << 20)

static FILE *pend;		/* this command's changes so far */
static char *pendbuf;
static size_t pendlen;
static int undoing;

void
journal_undoing(int n)
{
	undoing = n;
}

static FILE *
pending(void)
{
	if (pend == NULL)
		pend = open_memstream(&pendbuf, &pendlen);
	return pend;
}

void
journal_discard(void)
{
	if (pend != NULL)
		fclose(pend);
	pend = NULL;
	free(pendbuf);
	pendbuf = NULL;
	pendlen = 0;
}

int
jbuf_open(struct jbuf *j)
{
	memset(j, 0, sizeof(*j));
	if ((j->fp = open_memstream(&j->buf, &j->len)) == NULL)
		return career_fail(EX_OSERR, "%s", strerror(errno));
	return 0;
}

void
jbuf_row(struct jbuf *j, const struct table *t, int kind,
    const char *const *f, size_t nf)
{
	if (!j->cols) {
		fprintf(j->fp, "cols,%s,", t->name);
		csv_put_row(j->fp, (const char *const *)t->cols, t->ncols);
		j->cols = 1;
	}
	fprintf(j->fp, "%s,%s,", kind == 'o' ? "old" : "new", t->name);
	csv_put_row(j->fp, f, nf);
}

void
jbuf_keep(struct jbuf *j)
{
	FILE *fp;

	if (fclose(j->fp) == 0 && j->len > 0 && (fp = pending()) != NULL)
		fwrite(j->buf, 1, j->len, fp);
	free(j->buf);
	j->fp = NULL;
}

void
jbuf_drop(struct jbuf *j)
{
	if (j->fp != NULL)
		fclose(j->fp);
	free(j->buf);
	j->fp = NULL;
}

void
journal_added(const struct table *t, long long first, long long last,
    const char *label)
{
	const char *f[1] = { label };
	FILE *fp;

	if ((fp = pending()) == NULL)
		return;
	fprintf(fp, "add,%s,%lld,%lld,", t->name, first, last);
	csv_put_row(fp, f, 1);
}

static int
journal_path(char *buf, size_t size)
{
	return store_path(buf, size, JOURNAL);
}

/* Entry e as journal_commit wrote it. */
static void
put_entry(FILE *fp, const struct entry *e)
{
	char *const *cols[64] = { NULL };
	const struct change *c;
	size_t k;

	if (e->undo)
		fprintf(fp, "undo,%lld,%s,%d\n", e->when, e->prog, e->undo);
	else
		fprintf(fp, "write,%lld,%s\n", e->when, e->prog);
	for (k = 0; k < e->nc; k++) {
		c = &e->c[k];
		if (c->kind == 'a') {
			fprintf(fp, "add,%s,%lld,%lld,", c->s->file, c->id,
			    c->last);
			csv_put_row(fp, (const char *const *)c->f, 1);
			continue;
		}
		if (cols[c->s->id] != c->cols) {
			fprintf(fp, "cols,%s,", c->s->file);
			csv_put_row(fp, (const char *const *)c->cols, c->ncols);
			cols[c->s->id] = c->cols;
		}
		fprintf(fp, "%s,%s,", c->kind == 'o' ? "old" : "new",
		    c->s->file);
		csv_put_row(fp, (const char *const *)c->f, c->nf);
	}
}

/* Keep the newest entries that fit in half of JOURNAL_MAX, at least one. */
static void
trim(const char *path)
{
	char tmp[PATH_MAX];
	struct journal j;
	size_t i, len, total = 0;
	FILE *fp, *null;
	int fd;

	/* What of a damaged journal reads is kept; the rest goes. */
	if (journal_read(&j) == -1 || j.n == 0 ||
	    (null = fopen("/dev/null", "w")) == NULL) {
		journal_free(&j);
		return;
	}
	for (i = j.n; i-- > 0;) {
		put_entry(null, &j.e[i]);
		len = ftell(null);
		rewind(null);
		if (i < j.n - 1 && total + len > JOURNAL_MAX / 2)
			break;
		total += len;
	}
	fclose(null);
	i++;
	snprintf(tmp, sizeof(tmp), "%s/" TMP_PREFIX "journal.XXXXXX",
	    store_dir());
	if ((fd = mkstemp(tmp)) == -1 || (fp = fdopen(fd, "w")) == NULL) {
		if (fd != -1)
			close(fd);
		journal_free(&j);
		return;
	}
	for (; i < j.n; i++)
		put_entry(fp, &j.e[i]);
	if (fclose(fp) != 0 || rename(tmp, path) == -1)
		unlink(tmp);
	journal_free(&j);
}

void
journal_commit(void)
{
	char path[PATH_MAX], *buf;
	struct stat st;
	int fd, n;

	if (pend == NULL || fclose(pend) != 0) {
		pend = NULL;
		return;
	}
	pend = NULL;
	if (pendlen == 0 || journal_path(path, sizeof(path)) == -1 ||
	    (n = undoing ? asprintf(&buf, "undo,%lld,%s,%d\n%s",
	    (long long)time(NULL), getprogname(), undoing, pendbuf) :
	    asprintf(&buf, "write,%lld,%s\n%s", (long long)time(NULL),
	    getprogname(), pendbuf)) == -1) {
		free(pendbuf);
		return;
	}
	free(pendbuf);
	pendbuf = NULL;
	/* As private as the BATNA it may hold. */
	if ((fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW |
	    O_CLOEXEC, 0600)) != -1) {
		/*
		 * Half an entry (a full disk) would run into the next one:
		 * cut the journal back to where this one began.
		 */
		if (fstat(fd, &st) == -1)
			st.st_size = -1;
		if (write(fd, buf, n) != n) {
			if (st.st_size != -1 && ftruncate(fd, st.st_size) == -1)
				warn("%s: truncate", path);
			warnx("%s: not written: this write cannot be undone",
			    path);
		}
		if (fstat(fd, &st) == 0 && st.st_size > JOURNAL_MAX)
			trim(path);
		close(fd);
	} else
		warn("%s: this write cannot be undone", path);
	free(buf);
}

/* Reading */

struct reader {
	struct journal *j;
	char **f;
	size_t nf, cap;
	char **cols[64];	/* the header of each file, this entry */
	size_t ncols[64];
	int bad;
};

static void
field(void *s, size_t len, void *arg)
{
	struct reader *r = arg;

	if (r->nf == r->cap)
		r->f = ereallocarray(r->f, r->cap = r->cap * 2 + 8,
		    sizeof(char *));
	r->f[r->nf] = emalloc(len + 1);
	memcpy(r->f[r->nf], s, len);
	r->f[r->nf++][len] = '\0';
}

static long long
number(const char *s)
{
	const char *errstr;
	long long n = strtonum(s, 0, LLONG_MAX, &errstr);

	return errstr == NULL ? n : -1;
}

static void
free_fields(char **f, size_t n)
{
	while (n > 0)
		free(f[--n]);
}

/*
 * Room for one more after n elements of size: the array doubles when n
 * is a power of two, so a journal of many changes is read in linear time.
 */
static void *
grow(void *v, size_t n, size_t size)
{
	if (n > 0 && (n & (n - 1)) != 0)
		return v;
	return ereallocarray(v, n ? 2 * n : 1, size);
}

/* A row of the journal: start an entry or add a change to the last. */
static void
row(int c, void *arg)
{
	struct reader *r = arg;
	struct journal *j = r->j;
	const struct schema *s;
	struct entry *e;
	struct change *ch;
	size_t i;
	int idcol = -1;

	(void)c;
	if (r->nf >= 3 && (strcmp(r->f[0], "write") == 0 ||
	    strcmp(r->f[0], "undo") == 0)) {
		j->e = grow(j->e, j->n, sizeof(*j->e));
		e = &j->e[j->n++];
		memset(e, 0, sizeof(*e));
		e->undo = r->f[0][0] != 'u' ? 0 : r->nf > 3 ?
		    (int)number(r->f[3]) : 1;
		if (e->undo < 0)
			e->undo = 1;
		e->when = number(r->f[1]);
		strlcpy(e->prog, r->f[2], sizeof(e->prog));
		memset(r->ncols, 0, sizeof(r->ncols));
		goto done;
	}
	if (j->n == 0 || r->nf < 3 || (s = schema_file(r->f[1])) == NULL) {
		r->bad = 1;
		goto done;
	}
	e = &j->e[j->n - 1];
	if (strcmp(r->f[0], "cols") == 0) {
		/* Kept for the life of the journal: changes point at it. */
		r->cols[s->id] = ereallocarray(NULL, r->nf - 2, sizeof(char *));
		memcpy(r->cols[s->id], r->f + 2, (r->nf - 2) * sizeof(char *));
		r->ncols[s->id] = r->nf - 2;
		j->hdr = grow(j->hdr, j->nhdrs, sizeof(*j->hdr));
		j->nhdr = grow(j->nhdr, j->nhdrs, sizeof(*j->nhdr));
		j->hdr[j->nhdrs] = r->cols[s->id];
		j->nhdr[j->nhdrs++] = r->ncols[s->id];
		free(r->f[0]);
		free(r->f[1]);
		r->nf = 0;
		return;
	}
	e->c = grow(e->c, e->nc, sizeof(*e->c));
	ch = &e->c[e->nc];
	memset(ch, 0, sizeof(*ch));
	ch->s = s;
	if (strcmp(r->f[0], "add") == 0 && r->nf >= 5) {
		ch->kind = 'a';
		ch->id = number(r->f[2]);
		ch->last = number(r->f[3]);
		ch->label = r->f[4];
		ch->f = ereallocarray(NULL, 1, sizeof(char *));
		ch->f[0] = r->f[4];
		ch->nf = 1;
		free_fields(r->f, 4);
		r->nf = 0;
		e->nc++;
		return;
	}
	if ((strcmp(r->f[0], "old") != 0 && strcmp(r->f[0], "new") != 0) ||
	    r->ncols[s->id] == 0) {
		r->bad = 1;
		goto done;
	}
	ch->kind = r->f[0][0];
	ch->cols = r->cols[s->id];
	ch->ncols = r->ncols[s->id];
	for (i = 0; i < ch->ncols; i++)
		if (strcmp(ch->cols[i], "id") == 0)
			idcol = i;
	ch->nf = r->nf - 2;
	ch->f = ereallocarray(NULL, ch->nf ? ch->nf : 1, sizeof(char *));
	memcpy(ch->f, r->f + 2, ch->nf * sizeof(char *));
	ch->id = idcol >= 0 && (size_t)idcol < ch->nf ?
	    number(ch->f[idcol]) : -1;
	free_fields(r->f, 2);
	r->nf = 0;
	if (ch->id >= 0)
		e->nc++;
	return;
done:
	free_fields(r->f, r->nf);
	r->nf = 0;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Which entries later undo entries took back: a stack, newest first. */
static void
mark_undone(struct journal *j)
{
	size_t i, pending = 0;

	for (i = j->n; i-- > 0;) {
		if (j->e[i].undo)
			pending += j->e[i].undo;
		else if (pending > 0) {
			j->e[i].undone = 1;
			pending--;
		}
	}
}

int
journal_read(struct journal *j)
{
	char path[PATH_MAX], buf[65536];
	struct reader r;
	struct csv_parser p;
	size_t n;
	FILE *fp;

	memset(j, 0, sizeof(*j));
	memset(&r, 0, sizeof(r));
	r.j = j;
	if (journal_path(path, sizeof(path)) == -1)
		return -1;
	if ((fp = fopen(path, "r")) == NULL) {
		if (errno == ENOENT)
			return 0;
		return career_fail(EX_NOINPUT, "%s: %s", path, strerror(errno));
	}
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		fclose(fp);
		return career_fail(EX_OSERR, "out of memory");
	}
	csv_set_space_func(&p, no_space);
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
		if (csv_parse(&p, buf, n, field, row, &r) != n)
			break;
	csv_fini(&p, field, row, &r);
	/* What reads is still worth having: say so, and go on. */
	if (ferror(fp) || csv_error(&p) != CSV_SUCCESS || r.bad)
		r.bad = career_fail(EX_DATAERR, "%s: damaged; career-undo and "
		    "career-log trust it only as far as it reads", path);
	csv_free(&p);
	fclose(fp);
	free_fields(r.f, r.nf);
	free(r.f);
	mark_undone(j);
	return r.bad ? 1 : 0;
}

void
journal_free(struct journal *j)
{
	size_t i, k;

	for (i = 0; i < j->n; i++) {
		for (k = 0; k < j->e[i].nc; k++) {
			free_fields(j->e[i].c[k].f, j->e[i].c[k].nf);
			free(j->e[i].c[k].f);
		}
		free(j->e[i].c);
	}
	for (i = 0; i < j->nhdrs; i++) {
		free_fields(j->hdr[i], j->nhdr[i]);
		free(j->hdr[i]);
	}
	free(j->hdr);
	free(j->nhdr);
	free(j->e);
	memset(j, 0, sizeof(*j));
}

const char *
change_get(const struct change *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->ncols && i < c->nf; i++)
		if (strcmp(c->cols[i], name) == 0)
			return c->f[i];
	return "";
}

int
change_paired(const struct entry *e, size_t i)
{
	return i + 1 < e->nc && e->c[i].kind == 'o' &&
	    e->c[i + 1].kind == 'n' && e->c[i + 1].s == e->c[i].s &&
	    e->c[i + 1].id == e->c[i].id;
}

/*
 * A value for a person to read: quoted when empty or with blanks, cut to
 * 40 columns, and nothing in it a terminal would take for a command.
 */
static void
put_value(FILE *fp, const char *v)
{
	char *shown = str_ellipsis(v, 40);

	if (*v == '\0' || strpbrk(v, " \t\n") != NULL)
		fprintf(fp, "\"%s\"", shown != NULL ? shown : "");
	else
		fputs(shown != NULL ? shown : "", fp);
	free(shown);
}

/* What names the record: its label column, unless that is private. */
static void
put_label(FILE *fp, const struct change *c)
{
	const struct column *col = schema_column(c->s->label);

	if (col == NULL || (col->flags & COL_PRIVATE))
		return;
	fputs(": ", fp);
	put_value(fp, c->kind == 'a' ? c->label : change_get(c, col->name));
}

/* The columns a changed record changed, as "target 1 → 2". */
static void
put_diff(FILE *fp, const struct change *o, const struct change *n)
{
	const struct column *col;
	const char *was, *is;
	size_t i;
	int c, first = 1;

	for (i = 0; i < n->ncols; i++) {
		was = change_get(o, n->cols[i]);
		is = change_get(n, n->cols[i]);
		if (strcmp(was, is) == 0)
			continue;
		c = schema_col(n->s, n->cols[i]);
		col = c == -1 ? NULL : schema_column(c);
		if (col != NULL && (col->flags & COL_AUTO))
			continue;
		fputs(first ? ": " : ", ", fp);
		first = 0;
		fputs(n->cols[i], fp);
		if (col != NULL && (col->flags & COL_PRIVATE)) {
			fputs(" changed", fp);
			continue;
		}
		putc(' ', fp);
		put_value(fp, was);
		fputs(" \xe2\x86\x92 ", fp);
		put_value(fp, is);
	}
	if (first)
		fputs(": no visible change", fp);
}

size_t
change_describe(FILE *fp, const struct entry *e, size_t i)
{
	const struct change *c = &e->c[i];

	if (c->kind == 'a' && c->last != c->id)
		fprintf(fp, " to %lld added (%lld records)", c->last,
		    c->last - c->id + 1);
	else if (c->kind == 'a') {
		fputs(" added", fp);
		put_label(fp, c);
	} else if (change_paired(e, i)) {
		put_diff(fp, c, c + 1);
		i++;
	} else {
		fputs(c->kind == 'o' ? " removed" : " put back", fp);
		put_label(fp, c);
	}
	return i;
}

void
entry_describe(FILE *fp, const struct entry *e, const char *indent)
{
	size_t i;

	for (i = 0; i < e->nc; i++) {
		fprintf(fp, "%s%s %lld", indent, e->c[i].s->noun, e->c[i].id);
		i = change_describe(fp, e, i);
		putc('\n', fp);
	}
}
