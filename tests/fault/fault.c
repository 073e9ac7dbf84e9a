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
 * fault.c: an LD_PRELOAD shim for the tests that fails or kills a
 * command at a chosen system call.  FAULT="CALL:NAME:N:WHAT": the Nth
 * call of CALL (write, rename, link, unlink, fsync, ftruncate, or any)
 * on a file whose name ends in NAME (empty: any file) fails with errno
 * WHAT (ENOSPC, EIO) or, for WHAT "kill", gets SIGKILL first.  Calls on
 * the terminal and pipes (fds 0-2) are not counted.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char call[16], name[256], what[16];
static long nth, seen;
static int parsed;

static void
parse(void)
{
	const char *f = getenv("FAULT");

	parsed = 1;
	if (f == NULL || sscanf(f, "%15[^:]:%255[^:]:%ld:%15s", call, name,
	    &nth, what) != 4) {
		if (f == NULL || sscanf(f, "%15[^:]::%ld:%15s", call, &nth,
		    what) != 3)
			nth = 0;
		name[0] = '\0';
	}
}

/* Should this call fail?  Kills the process if the fault says so. */
static int
fault(const char *c, const char *path)
{
	size_t n, len;

	if (!parsed)
		parse();
	if (nth <= 0 || path == NULL ||
	    (strcmp(call, "any") != 0 && strcmp(call, c) != 0))
		return 0;
	n = strlen(name);
	len = strlen(path);
	if (n > 0 && (len < n || strcmp(path + len - n, name) != 0))
		return 0;
	if (++seen != nth)
		return 0;
	if (strcmp(what, "kill") == 0)
		kill(getpid(), SIGKILL);
	errno = strcmp(what, "EIO") == 0 ? EIO : ENOSPC;
	return 1;
}

static const char *
fdpath(int fd, char *buf, size_t size)
{
	char link[64];
	ssize_t n;

	if (fd <= 2)
		return NULL;
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	if ((n = readlink(link, buf, size - 1)) <= 0)
		return NULL;
	buf[n] = '\0';
	return buf;
}

#define REAL(ret, fn, ...) \
	static ret (*real)(__VA_ARGS__); \
	if (real == NULL) \
		real = (ret (*)(__VA_ARGS__))dlsym(RTLD_NEXT, fn)

ssize_t
write(int fd, const void *buf, size_t n)
{
	char p[PATH_MAX];
	REAL(ssize_t, "write", int, const void *, size_t);

	if (fault("write", fdpath(fd, p, sizeof(p))))
		return -1;
	return real(fd, buf, n);
}

int
rename(const char *from, const char *to)
{
	REAL(int, "rename", const char *, const char *);

	if (fault("rename", to))
		return -1;
	return real(from, to);
}

int
link(const char *from, const char *to)
{
	REAL(int, "link", const char *, const char *);

	if (fault("link", from))
		return -1;
	return real(from, to);
}

int
unlink(const char *path)
{
	REAL(int, "unlink", const char *);

	if (fault("unlink", path))
		return -1;
	return real(path);
}

int
fsync(int fd)
{
	char p[PATH_MAX];
	REAL(int, "fsync", int);

	if (fault("fsync", fdpath(fd, p, sizeof(p))))
		return -1;
	return real(fd);
}

int
ftruncate(int fd, off_t len)
{
	char p[PATH_MAX];
	REAL(int, "ftruncate", int, off_t);

	if (fault("ftruncate", fdpath(fd, p, sizeof(p))))
		return -1;
	return real(fd, len);
}
