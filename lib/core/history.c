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
 * history.c: when the store is a git work tree, every command that
 * writes commits exactly the files it changed, with a message that says
 * what happened ("goal-add: 12 \"Lead the Q3 release\""), the way pass(1)
 * does.  Without a .git in the store nothing here runs.
 */
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <err.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core.h"
#include "private.h"

#define MAXFILES 16

/* What git must not keep: the lock, stamps, temporary and edit files. */
static const char ignored[] = ".lock\n.*.stamp\n.*.csv.*\n.edit-*\n"
    ".journal\n.career-txn\n.uuid*\n" TMP_PREFIX "*\n";

static const char *files[MAXFILES];
static size_t nfiles;
static char message[1024];
static int silent;	/* history_git: git's output to /dev/null */

int
history_git(char *const args[], int out)
{
	char **argv;
	size_t i, n = 0;
	pid_t pid;
	int status, fd;

	for (i = 0; args[i] != NULL; i++)
		continue;
	argv = ereallocarray(NULL, i + 4, sizeof(char *));
	argv[n++] = "git";
	argv[n++] = "-C";
	argv[n++] = (char *)store_dir();
	for (i = 0; args[i] != NULL; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	fflush(stdout);
	if ((pid = fork()) == -1) {
		free(argv);
		return -1;
	}
	if (pid == 0) {
		umask(077);	/* what git writes is as private as the rest */
		setenv("GIT_PAGER", "cat", 1);	/* no pager holding the lock */
		if (silent && (fd = open("/dev/null", O_WRONLY)) != -1) {
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
		} else if (!out)
			dup2(STDERR_FILENO, STDOUT_FILENO);
		execvp("git", argv);
		_exit(127);
	}
	free(argv);
	if (waitpid(pid, &status, 0) == -1)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int
history_enabled(void)
{
	char path[PATH_MAX];
	struct stat st;

	return store_path(path, sizeof(path), ".git") == 0 &&
	    stat(path, &st) == 0;
}

/*
 * Write .gitignore, or add to the person's own the lines of ours it
 * lacks (a store made by an older version lacks the newer ones); 1 if
 * it changed.
 */
static int
write_ignore(void)
{
	char path[PATH_MAX], have[8192], line[64];
	const char *p, *nl;
	size_t n = 0, len;
	int changed = 0;
	FILE *fp;

	if (store_path(path, sizeof(path), ".gitignore") == -1)
		return 0;
	if ((fp = fopen(path, "r")) != NULL) {
		n = fread(have + 1, 1, sizeof(have) - 3, fp);
		fclose(fp);
	}
	have[0] = '\n';
	have[n + 1] = '\n';
	have[n + 2] = '\0';
	if ((fp = fopen(path, "a")) == NULL)
		return 0;
	for (p = ignored; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
		len = nl - p + 1;
		snprintf(line, sizeof(line), "\n%.*s", (int)len, p);
		if (strstr(have, line) != NULL)
			continue;
		/* After a last line of theirs with no newline, one first. */
		if (!changed && n > 0 && have[n] != '\n')
			putc('\n', fp);
		fputs(line + 1, fp);
		changed = 1;
	}
	return fclose(fp) == 0 && changed;
}

int
history_init(void)
{
	char *args[MAXFILES + 8], path[PATH_MAX];
	size_t i, n = 0;

	write_ignore();
	args[n++] = "add";
	args[n++] = "--";
	args[n++] = ".gitignore";
	for (i = 0; schemas[i] != NULL && n < MAXFILES + 4; i++)
		if (store_path(path, sizeof(path), schemas[i]->file) == 0 &&
		    access(path, F_OK) == 0)
			args[n++] = (char *)schemas[i]->file;
	args[n] = NULL;
	if (history_git(args, 0) != 0)
		return -1;
	n = 0;
	args[n++] = "commit";
	args[n++] = "-q";
	args[n++] = "--allow-empty";
	args[n++] = "-m";
	args[n++] = "career-git: the store as it was";
	args[n] = NULL;
	return history_git(args, 0) == 0 ? 0 : -1;
}

void
history_commit(void)
{
	char *args[MAXFILES + 10], *add[MAXFILES + 3], trailer[128];
	size_t i, n = 0;
	int rv;

	journal_commit();
	if (nfiles == 0 || !history_enabled())
		return;
	fflush(stdout);	/* git must not reorder what the command printed */
	if (write_ignore() && nfiles < MAXFILES)
		files[nfiles++] = ".gitignore";
	/* The trailer tells career-undo this commit is ours to undo. */
	snprintf(trailer, sizeof(trailer), "Career-Tool: %s", getprogname());
	args[n++] = "commit";
	args[n++] = "-q";
	args[n++] = "-m";
	args[n++] = message;
	args[n++] = "-m";
	args[n++] = trailer;
	args[n++] = "--";
	for (i = 0; i < nfiles; i++)
		args[n++] = (char *)files[i];
	args[n] = NULL;
	/*
	 * A commit of paths takes their changes itself, in one git run;
	 * it refuses a file git does not know yet: then add, and again.
	 */
	silent = 1;
	rv = history_git(args, 0);
	silent = 0;
	if (rv == 0) {
		nfiles = 0;
		return;
	}
	add[0] = "add";
	add[1] = "--";
	for (i = 0; i < nfiles; i++)
		add[i + 2] = (char *)files[i];
	add[i + 2] = NULL;
	if (history_git(add, 0) != 0)
		warnx("git add failed: the change is saved but not committed");
	else if (history_git(args, 0) != 0)
		warnx("git commit failed: the change is saved but not "
		    "committed");
	nfiles = 0;
}

void
history_discard(void)
{
	nfiles = 0;
	message[0] = '\0';
}

void
history_note(const char *file, const char *fmt, ...)
{
	char part[512];
	va_list ap;
	size_t i;

	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i], file) == 0)
			break;
	if (i == nfiles && nfiles < MAXFILES &&
	    (files[nfiles] = strdup(file)) != NULL)
		nfiles++;
	va_start(ap, fmt);
	vsnprintf(part, sizeof(part), fmt, ap);
	va_end(ap);
	if (message[0] == '\0')
		snprintf(message, sizeof(message), "%s: %s", getprogname(),
		    part);
	else {
		strlcat(message, "; ", sizeof(message));
		strlcat(message, part, sizeof(message));
	}
}
