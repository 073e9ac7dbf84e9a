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

/* git.c: git run in the store, and the files of the store it writes. */
#include <sys/stat.h>
#include <sys/wait.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "sync.h"
#include "../career-merge/conflicts.h"

size_t git_outlen;
int git_quiet;
static const char *git_input;	/* a file for git's standard input */

int
git(char **out, const char *index, ...)
{
	char *args[60];
	size_t n = 0;
	va_list ap;

	va_start(ap, index);
	while (n < 59 && (args[n] = va_arg(ap, char *)) != NULL)
		n++;
	va_end(ap);
	args[n] = NULL;
	return gitv(out, index, args);
}

int
gitv(char **out, const char *index, char *const args[])
{
	char *argv[64], *buf = NULL;
	size_t n = 0, cap = 0, len = 0;
	ssize_t r;
	int fds[2], status, null;
	pid_t pid;

	argv[n++] = "git";
	argv[n++] = "-C";
	argv[n++] = (char *)store_dir();
	for (; *args != NULL && n < 63; args++)
		argv[n++] = *args;
	argv[n] = NULL;
	if (out != NULL && pipe(fds) == -1)
		return -1;
	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		umask(077);
		setenv("GIT_PAGER", "cat", 1);
		if (index != NULL)
			setenv("GIT_INDEX_FILE", index, 1);
		if ((null = open(git_input != NULL ? git_input :
		    "/dev/null", O_RDONLY)) != -1)
			dup2(null, STDIN_FILENO);
		if (out != NULL) {
			dup2(fds[1], STDOUT_FILENO);
			close(fds[0]);
			close(fds[1]);
		} else
			dup2(STDERR_FILENO, STDOUT_FILENO);
		if (git_quiet && (null = open("/dev/null", O_WRONLY)) != -1)
			dup2(null, STDERR_FILENO);
		execvp("git", argv);
		_exit(127);
	}
	if (out != NULL) {
		close(fds[1]);
		do {
			if (cap - len < 4096 && (buf = realloc(buf,
			    cap = cap * 2 + 4096)) == NULL)
				err(EX_OSERR, NULL);
			r = read(fds[0], buf + len, cap - len - 1);
			if (r > 0)
				len += r;
		} while (r > 0 || (r == -1 && errno == EINTR));
		close(fds[0]);
		buf[len] = '\0';
		*out = buf;
		git_outlen = len;
	}
	if (waitpid(pid, &status, 0) == -1)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* gitv with input on git's standard input, through a file. */
int
git_feed(char **out, const char *input, size_t len, char *const args[])
{
	char path[PATH_MAX];
	ssize_t w;
	int fd, rv;

	/* Scratch, read at once: no fsync. */
	spath(path, sizeof(path), SYNCDIR "/input");
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW,
	    0600)) == -1)
		return career_fail(EX_CANTCREAT, "%s: %s", path,
		    strerror(errno));
	for (; len > 0; input += w, len -= w)
		if ((w = write(fd, input, len)) <= 0 && errno != EINTR)
			break;
	if (close(fd) == -1 || len > 0) {
		unlink(path);
		return career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
	}
	git_input = path;
	rv = gitv(out, NULL, args);
	git_input = NULL;
	unlink(path);
	return rv;
}

/* One line of git's output, without its newline, or NULL. */
char *
git_line(const char *a, const char *b, const char *c, const char *d)
{
	char *out;

	if (git(&out, NULL, a, b, c, d, NULL) != 0) {
		free(out);
		return NULL;
	}
	out[strcspn(out, "\n")] = '\0';
	if (*out == '\0') {
		free(out);
		return NULL;
	}
	return out;
}

void
spath(char *buf, size_t size, const char *name)
{
	if ((size_t)snprintf(buf, size, "%s/%s", store_dir(), name) >= size)
		errx(EX_SOFTWARE, "%s: path too long", name);
}

/* Replace file name of the store with data, whole, mode 0600. */
int
put_file(const char *name, const char *data, size_t len)
{
	char path[PATH_MAX], tmp[PATH_MAX], *base;
	ssize_t w;
	int fd;

	spath(path, sizeof(path), name);
	snprintf(tmp, sizeof(tmp), "%s", path);
	base = strrchr(tmp, '/') + 1;
	snprintf(base, sizeof(tmp) - (base - tmp), ".%s.sync",
	    strrchr(path, '/') + 1);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW,
	    0600)) == -1)
		return career_fail(EX_CANTCREAT, "%s: %s", tmp,
		    strerror(errno));
	for (; len > 0; data += w, len -= w)
		if ((w = write(fd, data, len)) <= 0 && errno != EINTR)
			break;
	if (len > 0 || fchmod(fd, 0600) == -1 || fsync(fd) == -1 ||
	    close(fd) == -1 || rename(tmp, path) == -1) {
		career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

/* The files a sync merges and commits: the store's, and conflicts.csv. */
const char *
store_file(size_t i)
{
	size_t n;

	for (n = 0; schemas[n] != NULL; n++)
		;
	return i < n ? schemas[i]->file : i == n ? schema_conflicts.file : NULL;
}
