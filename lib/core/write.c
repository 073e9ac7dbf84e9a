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
 * write.c: writing the CSV files of the store.
 *
 * Writing is either an append of whole rows, journalled in the stamp so
 * that a torn one is never read, or an atomic replace: a temporary file
 * beside the original, fsync, rename, fsync of the directory.  Every new
 * row passes rec_check first: no command writes what the schema refuses.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "private.h"

/*
 * Quote only what needs it, so plain rows stay easy for cut and awk, and
 * a file Python's csv or mlr wrote is written back byte for byte: blanks
 * are data bare too (read.c).  A field needs quotes when it holds a
 * comma, a quote, a CR or an LF, or starts with a byte order mark (which
 * would be skipped on reading, first in the file).
 */
static const unsigned char special[256] = {
	['\n'] = 1, ['\r'] = 1, ['"'] = 1, [','] = 1
};

/*
 * A row is put together in one buffer and written in one call: a million
 * rows of twelve short fields made twelve million stdio calls, each
 * dearer than the bytes it wrote.  Each field is copied once, looking at
 * every byte as it goes; the rare one that needs quotes is then written
 * again over itself by libcsv's csv_write.
 */
int
csv_put_row(FILE *fp, const char *const *f, size_t nf)
{
	static char *buf;
	static size_t cap;
	size_t i, j, n = 0, len, need;
	const unsigned char *p;
	unsigned char hit;

	for (i = 0; i < nf; i++) {
		p = (const unsigned char *)f[i];
		len = strlen(f[i]);
		/* Quoted with every quote doubled, a comma and the newline. */
		if ((need = n + 2 * len + 4) > cap) {
			cap = need > 2 * cap ? need : 2 * cap;
			buf = ereallocarray(buf, cap, 1);
		}
		for (hit = 0, j = 0; j < len; j++) {
			hit |= special[p[j]];
			buf[n + j] = p[j];
		}
		if (hit || (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0))
			n += csv_write(buf + n, cap - n, p, len);
		else
			n += len;
		if (i + 1 < nf)
			buf[n++] = ',';
	}
	if (n + 1 > cap)
		buf = ereallocarray(buf, cap = n + 1, 1);
	buf[n++] = '\n';
	return fwrite_unlocked(buf, 1, n, fp) == n ? 0 : -1;
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

int
io_fail(const char *path, const char *what)
{
	return career_fail(errno == ENOSPC || errno == EFBIG ||
	    errno == EDQUOT || errno == EIO ? EX_IOERR : EX_CANTCREAT,
	    "%s: %s: %s", path, what, strerror(errno));
}

/* Did the edit change the row?  It sets fields by pointer. */
static int
changed(const char *const *was, const struct record *r)
{
	size_t i;

	for (i = 0; i < r->nf; i++)
		if (was[i] != r->f[i] && strcmp(was[i], r->f[i]) != 0)
			return 1;
	return 0;
}

/*
 * A row the edit left alone is copied from the file as it was read, not
 * written again field by field: a rewrite of a million rows that changes
 * one costs little more than reading them, and what a person or another
 * program wrote stays byte for byte, so that a diff shows only the rows
 * that changed.  The row just read qualifies when the file has every
 * column and the row ends in a bare LF before any torn tail; any other
 * is written as csv_put_row writes it.
 */
static int
as_read(const struct table *t)
{
	return t->owned && t->donepos >= 0 && t->filecols == t->ncols &&
	    (t->limit == 0 || t->bbase + t->consumed <= t->limit) &&
	    t->bpos >= 2 && t->blk[t->bpos - 1] == '\n' &&
	    t->blk[t->bpos - 2] != '\r';
}

/* Write the rows kept to copy, from the file they were read from. */
static int
copy_run(struct table *t)
{
	static char buf[65536];
	size_t want;
	ssize_t n;

	for (; t->runfrom < t->runto; t->runfrom += n) {
		want = t->runto - t->runfrom < (off_t)sizeof(buf) ?
		    (size_t)(t->runto - t->runfrom) : sizeof(buf);
		if ((n = pread(fileno(t->fp), buf, want, t->runfrom)) <= 0) {
			if (n == 0)
				errno = EIO;	/* the file shrank under us */
			return io_fail(t->path, "read");
		}
		if (fwrite_unlocked(buf, 1, n, t->out) != (size_t)n)
			return io_fail(t->path, "write");
	}
	return 0;
}

/* The row just read goes out: copied as read when it can be. */
static int
put_read_row(struct table *t, const struct record *r, int edited)
{
	int raw = !edited && as_read(t);

	/* A row right after the run joins it. */
	if (raw && t->runfrom < t->runto && t->donepos == t->runto) {
		t->runto = t->bbase + t->consumed;
		return 0;
	}
	if (copy_run(t) == -1)
		return -1;
	if (raw) {
		t->runfrom = t->donepos;
		t->runto = t->bbase + t->consumed;
		return 0;
	}
	return csv_put_row(t->out, r->f, r->nf) == -1 ?
	    io_fail(t->path, "write") : 0;
}

int
table_insert(struct table *t, const struct record *r)
{
	if (t->out == NULL)
		career_bug("%s: insert outside a rewrite", t->name);
	if (copy_run(t) == -1)
		return -1;
	jbuf_row(t->jb, t, 'n', r->f, r->nf);
	return csv_put_row(t->out, r->f, r->nf);
}

/*
 * Replace the file: header, edited rows, then extra rows with new ids.
 * What the edits changed goes to the journal once the file is in place.
 */
static int
replace(struct table *t, int (*edit)(struct table *, struct record *,
    void *), void *arg, struct record **extra, size_t n)
{
	char tmp[PATH_MAX];
	const char **was = NULL;
	struct record *r;
	struct jbuf jb;
	FILE *fp;
	size_t i;
	int fd, dfd, rv, edited;

	if (t->rows > 0)
		return career_fail(EX_SOFTWARE, "%s: rewrite of a table "
		    "already read", t->name);
	snprintf(tmp, sizeof(tmp), "%s/" TMP_PREFIX "%s.XXXXXX", store_dir(),
	    t->name);
	if (jbuf_open(&jb) == -1)
		return -1;
	if ((fd = mkstemp(tmp)) == -1) {
		jbuf_drop(&jb);
		return io_fail(tmp, "create");
	}
	if ((fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		unlink(tmp);
		jbuf_drop(&jb);
		return career_fail(EX_OSERR, "%s: %s", tmp, strerror(errno));
	}
	t->out = fp;
	t->jb = &jb;
	t->runfrom = t->runto = 0;
	was = ecalloc(t->ncols ? t->ncols : 1, sizeof(char *));
	if (csv_put_row(fp, (const char *const *)t->cols, t->ncols) == -1)
		goto ioerr;
	while ((r = table_next(t)) != NULL) {
		edited = 0;
		if (edit != NULL) {
			memcpy(was, r->f, r->nf * sizeof(char *));
			if ((rv = edit(t, r, arg)) == -1)
				goto fail;
			if (rv == REC_DROP) {
				jbuf_row(&jb, t, 'o', was, r->nf);
				continue;
			}
			if ((edited = changed(was, r))) {
				jbuf_row(&jb, t, 'o', was, r->nf);
				jbuf_row(&jb, t, 'n', r->f, r->nf);
			}
		}
		if (put_read_row(t, r, edited) == -1)
			goto fail;
	}
	if (t->err || copy_run(t) == -1 ||
	    (edit != NULL && edit(t, NULL, arg) == -1) ||
	    give_ids(t, extra, n) == -1)
		goto fail;
	for (i = 0; i < n; i++)
		if (csv_put_row(fp, extra[i]->f, extra[i]->nf) == -1)
			goto ioerr;
	if (fflush(fp) == EOF || fsync(fd) == -1)
		goto ioerr;
	t->out = NULL;
	if (fclose(fp) == EOF) {
		fp = NULL;
		goto ioerr;
	}
	fp = NULL;
	if (txn_file(t, 1, NULL, 0) == -1)
		goto fail;
	if (rename(tmp, t->path) == -1)
		goto ioerr;
	free(was);
	jbuf_keep(&jb);
	t->jb = NULL;
	stamp_write(t, t->maxid, NULL, 0);
	/*
	 * Until the directory is on disk, so is not the rename: a failure
	 * is the write's, and the command's end puts the file back.
	 */
	if ((dfd = open(store_dir(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) ==
	    -1 || fsync(dfd) == -1) {
		io_fail(store_dir(), "sync");
		if (dfd != -1)
			close(dfd);
		return -1;
	}
	close(dfd);
	return 0;
ioerr:
	io_fail(t->path, "write");
fail:
	if (fp != NULL)
		fclose(fp);
	unlink(tmp);
	free(was);
	jbuf_drop(&jb);
	t->out = NULL;
	t->jb = NULL;
	return -1;
}

/* A file that holds what only its owner should read, such as a BATNA. */
static int
private_file(const struct schema *s)
{
	size_t i;

	for (i = 0; i < s->ncols; i++)
		if (s->cols[i].flags & COL_PRIVATE)
			return 1;
	return 0;
}

/*
 * New rows into the journal and the history, named by the column that
 * labels them; a private file's rows by their ids alone, since commit
 * messages travel wherever the repository goes.
 */
static void
note_append(const struct table *t, struct record **recs, size_t n)
{
	const char *label;
	char *shown, cut[201];
	size_t len;

	if (n == 0)
		return;
	/*
	 * Only to name the record to a person: its first 200 bytes, cut
	 * between characters, so a 10 MB title costs nothing here.
	 */
	label = rec_field(t, recs[0], t->schema->label);
	len = strnlen(label, sizeof(cut) - 1);
	while (len > 0 && label[len] != '\0' &&
	    ((unsigned char)label[len] & 0xc0) == 0x80)
		len--;
	memcpy(cut, label, len);
	cut[len] = '\0';
	label = cut;
	journal_added(t, recs[0]->id, recs[n - 1]->id, label);
	if (private_file(t->schema))
		history_note(t->name, "%s %lld%s", t->schema->noun,
		    recs[0]->id, n > 1 ? " and more" : "");
	else if (n == 1) {
		/* A log a terminal shows: no byte of it a command. */
		shown = str_ellipsis(label, 60);
		history_note(t->name, "%lld \"%s\"", recs[0]->id,
		    shown != NULL ? shown : "");
		free(shown);
	} else
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
	if (txn_file(t, 0, buf, len) == -1) {
		close(fd);
		goto fail;
	}
	/* The ids are not given until the rows are there: a failed append
	 * leaves no gap. */
	stamp_write(t, given, buf, len);
	/* One write(2) when it fits, so a reader never sees half a row. */
	for (off = 0; off < len; off += w)
		if ((w = write(fd, buf + off, len - off)) == -1)
			goto ioerr;
	if (fsync(fd) == -1)
		goto ioerr;
	close(fd);
	free(buf);
	stamp_write(t, t->maxid, NULL, 0);
	note_append(t, recs, n);
	return 0;
ioerr:
	io_fail(t->path, "write");
	if (ftruncate(fd, st.st_size) == -1)
		career_fail(EX_IOERR, "%s: write failed and could not be "
		    "undone: %s", t->path, strerror(errno));
	else	/* no append is under way any more */
		stamp_write(t, given, NULL, 0);
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
	char what[256] = "", *shown;
	size_t i;
	int rv, c, flags;

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
	/* What the tools set is no news; what is private stays out of git. */
	for (i = 0; i < nvals; i++) {
		c = schema_col(t->schema, names[i]);
		flags = c == -1 ? 0 : schema_column(c)->flags;
		if (flags & COL_AUTO)
			continue;
		shown = flags & COL_PRIVATE ? NULL :
		    str_ellipsis(values[i], 40);
		snprintf(what + strlen(what), sizeof(what) - strlen(what),
		    " %s=%s", names[i], shown != NULL ? shown : "(private)");
		free(shown);
	}
	history_note(t->name, "%s", what);
	return 0;
}
