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
 * tree.c: the work tree and the branch moved to another commit, each
 * file replaced whole, under a journal (SYNCDIR/pending) that lets the
 * next sync finish a move a signal or a crash cut short.
 */
#include <sys/stat.h>

#include <dirent.h>
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
#include "sync.h"

/* Empty the scratch directory name (flat), creating it if need be. */
int
scratch(const char *name)
{
	char path[PATH_MAX], file[PATH_MAX + 256];
	struct dirent *e;
	DIR *d;

	spath(path, sizeof(path), name);
	if (mkdir(path, 0700) == -1 && errno != EEXIST)
		return career_fail(EX_CANTCREAT, "%s: %s", path,
		    strerror(errno));
	if ((d = opendir(path)) == NULL)
		return career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
			snprintf(file, sizeof(file), "%s/%s", path, e->d_name);
			unlink(file);
		}
	closedir(d);
	return 0;
}

/* The files of commit rev (a tree if rev is one) into scratch dir. */
int
extract(const char *rev, const char *dir)
{
	char prefix[PATH_MAX];

	snprintf(prefix, sizeof(prefix), "--prefix=%s/", dir);
	if (scratch(dir) == -1)
		return -1;
	if (git(NULL, INDEX, "read-tree", rev, NULL) != 0 ||
	    git(NULL, INDEX, "checkout-index", "-a", "-f", prefix, NULL) != 0)
		return career_fail(EX_SOFTWARE, "cannot read %s", rev);
	return 0;
}

/*
 * Make the work tree's files those of commit to, from those of from:
 * git writes to's files beside the store, each then replaces its own.
 */
static int
checkout(const char *from, const char *to, const char *dir)
{
	char *list, *p, path[PATH_MAX], file[PATH_MAX];
	size_t len;

	if (git(&list, NULL, "diff", "--name-only", "-z", "--no-renames",
	    from, to, NULL) != 0)
		return career_fail(EX_SOFTWARE, "git diff %s %s failed",
		    from, to);
	len = git_outlen;
	if (dir == NULL && len > 0 && extract(to, dir = SYNCDIR "/new") == -1)
		return -1;
	for (p = list; p < list + len; p += strlen(p) + 1) {
		spath(path, sizeof(path), p);
		snprintf(file, sizeof(file), "%s/%s/%s", store_dir(), dir, p);
		if (strchr(p, '/') != NULL)
			continue;	/* the store is flat: not ours */
		if (access(file, F_OK) == 0) {
			if (chmod(file, 0600) == -1 || rename(file, path) == -1)
				return career_fail(EX_IOERR, "%s: %s", path,
				    strerror(errno));
		} else if (unlink(path) == -1 && errno != ENOENT)
			return career_fail(EX_IOERR, "%s: %s", path,
			    strerror(errno));
	}
	free(list);
	return 0;
}

/*
 * Move the branch and the work tree from commit from to commit to.  The
 * journal says what is under way until it is done.
 */
int
move_to(const char *from, const char *to, const char *dir)
{
	char path[PATH_MAX], line[200];

	snprintf(line, sizeof(line), "%s %s\n", from, to);
	if (put_file(PENDING, line, strlen(line)) == -1 ||
	    checkout(from, to, dir) == -1)
		return -1;
	if (git(NULL, NULL, "update-ref", "-m", "career-git sync", "HEAD",
	    to, from, NULL) != 0)
		return career_fail(EX_SOFTWARE, "git update-ref failed");
	git(NULL, NULL, "reset", "-q", NULL);
	spath(path, sizeof(path), PENDING);
	unlink(path);
	return 0;
}

/* Finish a move that a signal or a crash cut short. */
int
recover(void)
{
	char path[PATH_MAX], from[100], to[100], *head;
	FILE *fp;
	int n, rv = 0;

	spath(path, sizeof(path), PENDING);
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	n = fscanf(fp, "%99s %99s", from, to);
	fclose(fp);
	head = git_line("rev-parse", "-q", "--verify", "HEAD");
	if (n == 2 && head != NULL && strcmp(head, to) == 0) {
		if ((rv = checkout(from, to, NULL)) == 0) {
			git(NULL, NULL, "reset", "-q", NULL);
			unlink(path);
		}
	} else if (n == 2 && head != NULL && strcmp(head, from) == 0)
		rv = move_to(from, to, NULL);
	else
		unlink(path);	/* overtaken by later commits */
	free(head);
	return rv;
}
