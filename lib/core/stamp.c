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
 * stamp.c: the journal beside each table.  The stamp is a small file
 * (.goals.csv.stamp) with the largest id ever given and the size, inode
 * and change time the table had when a tool last read it whole or wrote
 * it.  While they match, the file
 * is as we left it, so an append needs no scan for the next id and no
 * re-check of every row; and an id stays unused even after its row is
 * deleted by hand.  A missing or stale stamp only costs one full read.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core.h"
#include "private.h"

static int
stamp_path(const struct table *t, char *buf, size_t size)
{
	char name[96];

	snprintf(name, sizeof(name), ".%s.stamp", t->name);
	return store_path(buf, size, name);
}

/*
 * What a stamp says.  While an append is under way it also says where the
 * append starts, how long it is and how it begins (at, len, head): if the
 * writer dies part way, the file is longer than it was but shorter than
 * it would be, and begins there as the append does: that torn tail is not
 * read, and is cut off by the next writer.  Anything else found there
 * (a row a person added by hand after a failed append) is read as written.
 */
struct stamp {
	long long maxid, size, ino, sec, nsec, at, len;
	char head[2 * HEAD + 1];	/* in hex */
};

static int
load(const char *path, struct stamp *sp)
{
	char buf[320];
	struct stat sst;
	ssize_t n;
	int fd;

	memset(sp, 0, sizeof(*sp));
	sp->at = -1;
	if ((fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC)) == -1)
		return -1;
	n = fstat(fd, &sst) == 0 && S_ISREG(sst.st_mode) ?
	    read(fd, buf, sizeof(buf) - 1) : -1;
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	buf[strcspn(buf, "\n")] = '\0';	/* the stamp is its first line */
	n = sscanf(buf, "%lld %lld %lld %lld %lld %lld %lld %64s", &sp->maxid,
	    &sp->size, &sp->ino, &sp->sec, &sp->nsec, &sp->at, &sp->len,
	    sp->head);
	if ((n != 5 && n != 8) || sp->maxid < 0) {
		memset(sp, 0, sizeof(*sp));
		sp->at = -1;
		return -1;
	}
	if (n == 5)
		sp->at = -1;
	return 0;
}

static int
stamp_load(const struct table *t, struct stamp *sp)
{
	char path[PATH_MAX];

	if (stamp_path(t, path, sizeof(path)) == -1) {
		memset(sp, 0, sizeof(*sp));
		sp->at = -1;
		return -1;
	}
	return load(path, sp);
}

long long
stamp_given(const char *dir, const char *file)
{
	char path[PATH_MAX];
	struct stamp s;

	snprintf(path, sizeof(path), "%s/.%s.stamp", dir, file);
	return load(path, &s) == 0 ? s.maxid : 0;
}

/* The stamped largest id (0 if none); 1 if the stamp matches st. */
int
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

void
hex_encode(char *out, const char *buf, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		snprintf(out + 2 * i, 3, "%02x", (unsigned char)buf[i]);
	out[2 * n] = '\0';
}

/* Where a torn append starts in the file open on fd, or 0 if none. */
off_t
torn_tail(const struct table *t, int fd)
{
	char buf[HEAD], seen[2 * HEAD + 1];
	struct stamp s;
	struct stat st;
	ssize_t n;

	if (stamp_load(t, &s) == -1 || s.at < 0 || fstat(fd, &st) == -1 ||
	    (long long)st.st_ino != s.ino || st.st_size <= s.at ||
	    st.st_size >= s.at + s.len)
		return 0;
	/* Only what begins as the append did is the append. */
	n = st.st_size - s.at < HEAD ? st.st_size - s.at : HEAD;
	if (n > s.len)
		n = s.len;
	if (pread(fd, buf, n, s.at) != n)
		return 0;
	hex_encode(seen, buf, n);
	return strncmp(seen, s.head, 2 * n) == 0 ? s.at : 0;
}

/*
 * Best effort: a stamp that is not written is only stale.  With len > 0,
 * it says an append of the len bytes at data to the end of the file is
 * under way.  Written in place as one line of STAMP_LEN bytes, padded
 * with blanks, by one pwrite(2): a kill never finds it half written or
 * empty (truncating it first did, and an id was given twice), no new
 * file is made and synced at each write, and what a longer stamp left
 * after the line is not read.
 */
#define STAMP_LEN 256

/* The line in buf, n bytes, padded and written over the stamp at path. */
static int
put_line(const char *path, char *buf, int n, int sync)
{
	struct stat st;
	int fd, rv = -1;

	memset(buf + n, ' ', STAMP_LEN - 1 - n);
	buf[STAMP_LEN - 1] = '\n';
	/* Non-blocking, and only a regular file: a FIFO here must not hang us. */
	if ((fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC, 0600)) == -1)
		return -1;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    pwrite(fd, buf, STAMP_LEN, 0) == STAMP_LEN)
		rv = sync ? fdatasync(fd) : 0;
	close(fd);
	return rv;
}

void
stamp_write(const struct table *t, long long maxid, const char *data,
    off_t len)
{
	char path[PATH_MAX], buf[STAMP_LEN + 1];
	long long old;
	struct stat st;
	int n;

	stamp_read(t, NULL, &old);
	if (old > maxid)
		maxid = old;
	if (stat(t->path, &st) == -1 || stamp_path(t, path, sizeof(path)) == -1)
		return;
	n = snprintf(buf, sizeof(buf), "%lld %lld %lld %lld %lld", maxid,
	    (long long)st.st_size, (long long)st.st_ino,
	    (long long)st.st_ctim.tv_sec, (long long)st.st_ctim.tv_nsec);
	if (len > 0) {
		n += snprintf(buf + n, sizeof(buf) - n, " %lld %lld ",
		    (long long)st.st_size, (long long)len);
		hex_encode(buf + n, data, len < HEAD ? len : HEAD);
		n += strlen(buf + n);
	}
	/* The note of an append must be on disk before the append. */
	put_line(path, buf, n, len > 0);
}

int
stamp_raise(const struct table *t, long long maxid)
{
	char path[PATH_MAX], buf[STAMP_LEN + 1];
	long long old;

	stamp_read(t, NULL, &old);
	if (maxid <= old)
		return 0;
	if (stamp_path(t, path, sizeof(path)) == -1)
		return -1;
	/* Matching no file: the next writer reads the file whole. */
	return put_line(path, buf, snprintf(buf, sizeof(buf),
	    "%lld 0 0 0 0", maxid), 0);
}
