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

/* Write data (len bytes) to file path, scratch: no fsync. */
static int
write_scratch(const char *path, const char *data, size_t len)
{
	ssize_t w;
	int fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW,
	    0600)) == -1)
		return career_fail(EX_CANTCREAT, "%s: %s", path,
		    strerror(errno));
	for (; len > 0; data += w, len -= w)
		if ((w = write(fd, data, len)) <= 0 && errno != EINTR)
			break;
	if (close(fd) == -1 || len > 0)
		return career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
	return 0;
}

/*
 * The files of several commits at once: "rev:path" lines to git
 * cat-file --batch, which answers each with "oid type size", the
 * object and a newline, or "rev:path missing".
 */
int
extract(const char *const revs[], const char *const dirs[], size_t nrev,
    char *const paths[], size_t npath)
{
	char *in = NULL, *out, *p, *end, *nl, *sp, file[PATH_MAX];
	char *args[] = { "cat-file", "--batch", NULL };
	size_t i, j, len = 0, size;
	FILE *fp;

	for (i = 0; i < nrev; i++)
		if (scratch(dirs[i]) == -1)
			return -1;
	if (npath == 0)
		return 0;
	if ((fp = open_memstream(&in, &len)) == NULL)
		return career_fail(EX_OSERR, "%s", strerror(errno));
	for (i = 0; i < nrev; i++)
		for (j = 0; j < npath; j++)
			fprintf(fp, "%s:%s\n", revs[i], paths[j]);
	if (fclose(fp) == EOF)
		return career_fail(EX_OSERR, "%s", strerror(errno));
	if (git_feed(&out, in, len, args) != 0) {
		free(in);
		return career_fail(EX_SOFTWARE, "git cat-file failed");
	}
	free(in);
	p = out;
	end = out + git_outlen;
	for (i = 0; i < nrev; i++)
		for (j = 0; j < npath; j++) {
			if ((nl = memchr(p, '\n', end - p)) == NULL)
				goto bad;
			*nl = '\0';
			if ((sp = strrchr(p, ' ')) == NULL)
				goto bad;
			if (strcmp(sp, " missing") == 0) {
				p = nl + 1;
				continue;	/* not in this commit */
			}
			size = strtoull(sp + 1, NULL, 10);
			*sp = '\0';
			if (size > (size_t)(end - nl - 1))
				goto bad;
			if ((sp = strrchr(p, ' ')) != NULL &&
			    strcmp(sp, " blob") == 0) {
				snprintf(file, sizeof(file), "%s/%s/%s",
				    store_dir(), dirs[i], paths[j]);
				if (write_scratch(file, nl + 1, size) == -1) {
					free(out);
					return -1;
				}
			}
			p = nl + 1 + size + 1;
		}
	free(out);
	return 0;
bad:
	free(out);
	return career_fail(EX_SOFTWARE, "git cat-file: unexpected output");
}

int
is_store_file(const char *name)
{
	size_t i;

	for (i = 0; store_file(i) != NULL; i++)
		if (strcmp(store_file(i), name) == 0)
			return 1;
	return 0;
}

int
changed(const char *from, const char *to, char ***names, size_t *n)
{
	static char *list, **v, was[2][100];
	static size_t nv;
	char *p;
	size_t len;

	if (v != NULL && strcmp(was[0], from) == 0 && strcmp(was[1], to) == 0)
		goto out;
	free(list);
	free(v);
	v = NULL;
	if (git(&list, NULL, "diff", "--name-only", "-z", "--no-renames",
	    from, to, NULL) != 0)
		return career_fail(EX_SOFTWARE, "git diff %s %s failed",
		    from, to);
	len = git_outlen;
	if ((v = reallocarray(NULL, len / 2 + 1, sizeof(*v))) == NULL)
		err(EX_OSERR, NULL);
	for (nv = 0, p = list; p < list + len; p += strlen(p) + 1)
		if (strchr(p, '/') == NULL)	/* the store is flat */
			v[nv++] = p;
	strlcpy(was[0], from, sizeof(was[0]));
	strlcpy(was[1], to, sizeof(was[1]));
out:
	*names = v;
	*n = nv;
	return 0;
}

/*
 * Make the work tree's files those of commit to, from those of from:
 * git writes to's files beside the store, each then replaces its own.
 * have, unless NULL, holds to's store files already (a fast forward's
 * merge extracted them): only the other files are asked of git.
 */
static int
checkout(const char *from, const char *to, const char *have)
{
	char path[PATH_MAX], file[PATH_MAX], **names, **ask;
	const char *dir = SYNCDIR "/new";
	size_t i, n, nask = 0;
	int rv = -1;

	if (changed(from, to, &names, &n) == -1)
		return -1;
	if ((ask = reallocarray(NULL, n + 1, sizeof(*ask))) == NULL)
		err(EX_OSERR, NULL);
	for (i = 0; i < n; i++)
		if (have == NULL || !is_store_file(names[i]))
			ask[nask++] = names[i];
	if (extract(&to, &dir, 1, ask, nask) == -1)
		goto out;
	for (i = 0; i < n; i++) {
		spath(path, sizeof(path), names[i]);
		snprintf(file, sizeof(file), "%s/%s/%s", store_dir(),
		    have != NULL && is_store_file(names[i]) ? have : dir,
		    names[i]);
		if (access(file, F_OK) == 0) {
			if (chmod(file, 0600) == -1 || rename(file, path) == -1) {
				career_fail(EX_IOERR, "%s: %s", path,
				    strerror(errno));
				goto out;
			}
		} else if (unlink(path) == -1 && errno != ENOENT) {
			career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
			goto out;
		}
	}
	rv = 0;
out:
	free(ask);
	return rv;
}

/*
 * Move the branch and the work tree from commit from to commit to.  The
 * journal says what is under way until it is done.
 */
int
move_to(const char *from, const char *to, const char *have)
{
	char path[PATH_MAX], line[200];

	snprintf(line, sizeof(line), "%s %s\n", from, to);
	if (put_file(PENDING, line, strlen(line)) == -1 ||
	    checkout(from, to, have) == -1)
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
