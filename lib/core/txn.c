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
 * txn.c: a command's writes, over all the files it touches, are kept
 * together or not at all: a rollback journal, as SQLite keeps one.
 *
 * Before a command first changes a file, a line in .career-txn says how
 * to put the file back: its size before an append (cut back to it), or
 * the name of a hard link to it before a replace (renamed back).  The
 * command's end removes .career-txn: that is the commit.  An error, any
 * exit that is not career_exit, or a kill leaves it, and the file is put
 * back by the command itself or by the next one that finds it with the
 * lock free.  Links cost no copy; a line costs no fsync until a second
 * file joins, so a command that writes one file pays nothing but two
 * small directory operations.
 *
 *	boot ID			the boot it was written in
 *	FILE SIZE LINK [LEN HEAD]	SIZE -1: not appended to; LINK +:
 *				kept, -: none, !: the file did not exist;
 *				LEN, HEAD: the append's length and first
 *				bytes in hex: only what begins so is cut
 *
 * One file's change is atomic by itself (rename, or an append whose torn
 * tail is never read), so a journal of one file only matters when its
 * command was killed: one from an earlier boot is a command that ended
 * before its removal reached the disk, and is left alone.  From the
 * second file on, the journal is synced before the file is touched, and
 * its removal too.
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
#include <unistd.h>

#include "core.h"
#include "private.h"

#define TXN	".career-txn"
#define MAXFILES 32

static struct {
	char file[64];
	long long size;		/* before the first append, or -1 */
	int linked;		/* its state before a replace is kept */
} files[MAXFILES];
static size_t nfiles;
static int registered, synced;

static void
link_name(char *buf, size_t size, const char *file)
{
	snprintf(buf, size, "%s/" TMP_PREFIX "old.%s", store_dir(), file);
}

static int
txn_path(char *buf, size_t size)
{
	return store_path(buf, size, TXN);
}

static void
sync_dir(void)
{
	int fd;

	if ((fd = open(store_dir(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		fsync(fd);
		close(fd);
	}
}

/* This boot's identity, or "-" where the system has none. */
static const char *
boot_id(void)
{
	static char id[64];
	FILE *fp;

	if (id[0] == '\0') {
		strlcpy(id, "-", sizeof(id));
		if ((fp = fopen("/proc/sys/kernel/random/boot_id", "r")) !=
		    NULL) {
			if (fscanf(fp, "%63s", id) != 1)
				strlcpy(id, "-", sizeof(id));
			fclose(fp);
		}
	}
	return id;
}

/*
 * Is what follows offset at in file p the append that began there (or as
 * much of it as was written), and not a row a person added by hand?
 */
static int
ours(const char *p, long long at, long long len, const char *head)
{
	char buf[HEAD], seen[2 * HEAD + 1];
	ssize_t n;
	int fd;

	if (len < 0)
		return 1;	/* a replace came after: the file is ours */
	if ((fd = open(p, O_RDONLY | O_CLOEXEC)) == -1)
		return 0;
	n = pread(fd, buf, len < HEAD ? len : HEAD, at);
	close(fd);
	if (n < 0)
		return 0;
	hex_encode(seen, buf, n);
	return strncmp(seen, head, 2 * n) == 0;
}

/* Put back every file the journal at path names, the last line first. */
static void
roll_back(const char *path)
{
	char lines[MAXFILES * 2][256], file[64], link[16], boot[64];
	char p[PATH_MAX], old[PATH_MAX], head[2 * HEAD + 1];
	long long size, len;
	struct stat st;
	size_t n = 0;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		return;
	if (fscanf(fp, "boot %63s\n", boot) != 1)
		boot[0] = '\0';
	/* A line cut by a kill: that file was not touched yet. */
	while (n < MAXFILES * 2 && fgets(lines[n], sizeof(lines[0]), fp) !=
	    NULL)
		if (strchr(lines[n], '\n') != NULL)
			n++;
	fclose(fp);
	if (n == 1 && strcmp(boot, boot_id()) != 0)
		n = 0;	/* ended before a power cut: see above */
	while (n-- > 0) {
		head[0] = '\0';
		len = -1;
		if (sscanf(lines[n], "%63s %lld %15s %lld %64s", file, &size,
		    link, &len, head) < 3 || strchr(file, '/') != NULL ||
		    file[0] == '.' || store_path(p, sizeof(p), file) == -1)
			continue;
		link_name(old, sizeof(old), file);
		if (strcmp(link, "!") == 0)
			unlink(p);
		else if (strcmp(link, "+") == 0)
			rename(old, p);
		if (size >= 0 && stat(p, &st) == 0 && st.st_size > size &&
		    ours(p, size, len, head) && truncate(p, size) == -1)
			warn("%s: cannot put back", p);
	}
	sync_dir();
	unlink(path);
	sync_dir();
}

void
txn_abort(void)
{
	char path[PATH_MAX];

	if (nfiles == 0 || txn_path(path, sizeof(path)) == -1)
		return;
	roll_back(path);
	nfiles = synced = 0;
	journal_discard();
	history_discard();
}

void
txn_commit(void)
{
	char path[PATH_MAX], old[PATH_MAX];
	size_t i;

	if (nfiles == 0 || txn_path(path, sizeof(path)) == -1)
		return;
	unlink(path);
	if (synced)	/* else a journal left by a power cut is ignored */
		sync_dir();
	synced = 0;
	for (i = 0; i < nfiles; i++)
		if (files[i].linked) {
			link_name(old, sizeof(old), files[i].file);
			unlink(old);
		}
	nfiles = 0;
}

int
txn_pending(void)
{
	char path[PATH_MAX];

	return txn_path(path, sizeof(path)) == 0 && access(path, F_OK) == 0;
}

void
txn_recover(void)
{
	char path[PATH_MAX];

	if (txn_path(path, sizeof(path)) == 0 && access(path, F_OK) == 0)
		roll_back(path);
}

/* Any exit but career_exit's leaves the store as it was. */
static void
at_exit(void)
{
	txn_abort();
}

int
txn_file(const struct table *t, int replace, const char *data, size_t len)
{
	char path[PATH_MAX], old[PATH_MAX], line[256], head[2 * HEAD + 1];
	struct stat st;
	size_t i;
	int fd, n, exists;

	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i].file, t->name) == 0)
			break;
	/* Put back to before the command: after a first replace, no more. */
	if (i < nfiles && (files[i].linked || !replace))
		return 0;
	if (i == MAXFILES)
		return career_fail(EX_SOFTWARE, "%s: too many files in one "
		    "write", t->name);
	if (!registered) {
		atexit(at_exit);
		registered = 1;
	}
	exists = stat(t->path, &st) == 0;
	link_name(old, sizeof(old), t->name);
	if (replace && exists) {
		unlink(old);
		if (link(t->path, old) == -1)
			return io_fail(old, "link");
	}
	hex_encode(head, data, len < HEAD ? len : HEAD);
	n = snprintf(line, sizeof(line), "%s%s%s%s %lld %s %zu %s\n",
	    nfiles == 0 ? "boot " : "", nfiles == 0 ? boot_id() : "",
	    nfiles == 0 ? "\n" : "", t->name,
	    !replace && exists ? (long long)st.st_size : -1LL,
	    !replace ? "-" : exists ? "+" : "!", len, replace ? "-" : head);
	if (txn_path(path, sizeof(path)) == -1 ||
	    (fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW |
	    O_CLOEXEC | (nfiles == 0 ? O_TRUNC : 0), 0600)) == -1)
		return io_fail(path, "create");
	if (write(fd, line, n) != n || (nfiles > 0 && fsync(fd) == -1)) {
		close(fd);
		return io_fail(path, "write");
	}
	close(fd);
	if (nfiles > 0 && !synced) {
		sync_dir();
		synced = 1;
	}
	if (i == nfiles) {
		strlcpy(files[nfiles].file, t->name, sizeof(files[0].file));
		files[nfiles++].size = replace ? -1 : (exists ? st.st_size : 0);
	}
	files[i].linked = replace;
	return 0;
}
