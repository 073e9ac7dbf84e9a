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
 * store.c: where the store lives, who may write it, and the one lock
 * every writer takes.  A career plan and a BATNA are private, so the
 * directory is 0700 and a store others can write to is refused, the way
 * ssh treats ~/.ssh.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libutil.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "core.h"
#include "private.h"

static int lockfd = -1;

const char *
store_dir(void)
{
	static char path[PATH_MAX];
	const char *home, *env;
	struct passwd *pw;

	if (path[0] != '\0')
		return path;
	if ((env = getenv("CAREER_DIR")) != NULL && *env != '\0') {
		strlcpy(path, env, sizeof(path));
		return path;
	}
	if ((home = getenv("HOME")) == NULL || *home == '\0') {
		pw = getpwuid(getuid());
		home = pw != NULL ? pw->pw_dir : "/";
	}
	snprintf(path, sizeof(path), "%s/.career", home);
	return path;
}

int
store_path(char *buf, size_t size, const char *file)
{
	if ((size_t)snprintf(buf, size, "%s/%s", store_dir(), file) >= size)
		return career_fail(EX_SOFTWARE, "%s/%s: path too long",
		    store_dir(), file);
	return 0;
}

int
store_check(void)
{
	const char *dir = store_dir();
	struct stat st;
	DIR *d;

	if (stat(dir, &st) == -1 && errno == ENOENT)
		return career_fail(EX_NOINPUT, "%s: no store here "
		    "(CAREER_DIR?)", dir);
	if (stat(dir, &st) == -1)
		return career_fail(EX_NOINPUT, "%s: %s", dir, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return career_fail(EX_NOINPUT, "%s: not a directory, so no "
		    "store here (CAREER_DIR?)", dir);
	if ((d = opendir(dir)) == NULL)
		return career_fail(EX_NOINPUT, "%s: cannot read the store: %s",
		    dir, strerror(errno));
	closedir(d);
	return 0;
}

/* Refuse a store that someone else could change under us. */
static int
store_safe(void)
{
	const char *dir = store_dir();
	struct stat st;

	if (stat(dir, &st) == -1)
		return career_fail(EX_CANTCREAT, "%s: %s", dir,
		    strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return career_fail(EX_CANTCREAT, "%s: not a directory", dir);
	if (st.st_uid != geteuid())
		return career_fail(EX_NOPERM, "%s: owned by uid %lu, not you; "
		    "use a store of your own (set CAREER_DIR)", dir,
		    (unsigned long)st.st_uid);
	if (st.st_mode & (S_IWGRP | S_IWOTH))
		return career_fail(EX_NOPERM, "%s: writable by others; "
		    "fix it with: chmod 700 %s", dir, dir);
	return 0;
}

/*
 * Temporary files are only made under the lock, so one found by a writer
 * that holds it was left by a writer that died: remove it.
 */
static void
remove_stale(void)
{
	struct dirent *d;
	DIR *dir;
	int dfd;

	if ((dir = opendir(store_dir())) == NULL)
		return;
	dfd = dirfd(dir);
	while ((d = readdir(dir)) != NULL)
		if (strncmp(d->d_name, TMP_PREFIX, strlen(TMP_PREFIX)) == 0)
			unlinkat(dfd, d->d_name, 0);
	closedir(dir);
}

int
store_lock(void)
{
	const char *dir = store_dir(), *env;
	char path[PATH_MAX];
	struct timespec pause = { 0, 10 * 1000 * 1000 };
	long long waitms = 10000, waited;
	const char *errstr;

	if (lockfd != -1)
		return 0;
	if (mkdir(dir, 0700) == -1) {
		if (errno != EEXIST)
			return career_fail(EX_CANTCREAT, "%s: %s", dir,
			    strerror(errno));
	} else if (chmod(dir, 0700) == -1)	/* whatever the umask */
		return career_fail(EX_CANTCREAT, "%s: %s", dir,
		    strerror(errno));
	if (store_safe() == -1)
		return -1;
	if ((env = getenv("CAREER_LOCK_WAIT")) != NULL && *env != '\0') {
		waitms = strtonum(env, 0, 86400, &errstr) * 1000;
		if (errstr != NULL)
			return career_fail(EX_USAGE, "CAREER_LOCK_WAIT=%s: %s",
			    env, errstr);
	}
	if (store_path(path, sizeof(path), ".lock") == -1)
		return -1;
	for (waited = 0;; waited += 10) {
		lockfd = flopen(path, O_RDWR | O_CREAT | O_NONBLOCK |
		    O_NOFOLLOW | O_CLOEXEC, 0600);
		if (lockfd != -1)
			break;
		if (errno != EWOULDBLOCK)
			return career_fail(errno == EROFS || errno == EACCES ?
			    EX_CANTCREAT : EX_IOERR, "%s: %s", path,
			    strerror(errno));
		if (waited >= waitms)
			return career_fail(EX_TEMPFAIL, "%s: store busy: "
			    "another command holds the lock", dir);
		nanosleep(&pause, NULL);
	}
	txn_recover();		/* before the links it needs are cleared */
	remove_stale();
	return 0;
}

void
store_settle(void)
{
	static int settled;
	char path[PATH_MAX];
	int fd;

	if (settled++ || lockfd != -1 || !txn_pending() ||
	    store_path(path, sizeof(path), ".lock") == -1)
		return;
	/* Free: its writer is dead.  Busy: it is still at work. */
	if ((fd = flopen(path, O_RDWR | O_NONBLOCK | O_NOFOLLOW |
	    O_CLOEXEC)) != -1) {
		txn_recover();
		close(fd);
	}
}

void
store_unlock(void)
{
	if (lockfd != -1)
		close(lockfd);
	lockfd = -1;
}
