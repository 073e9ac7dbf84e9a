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
 * commit.c: the merge commit of a sync, built beside the work tree:
 * career-merge -s for the store's files, git's own merge of the trees
 * for the rest, a tree and a commit from a scratch index.
 */
#include <sys/stat.h>
#include <sys/wait.h>

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

/*
 * career-merge -s over base, ours, theirs into SYNCDIR/out: what it says
 * came in, into *report.
 */
int
run_merge(const char *base, const char *ours, const char *theirs,
    char *const only[], size_t nonly, char **report)
{
	char dirs[4][PATH_MAX], rel[4][64], *top, *files[32];
	const char *name[4] = { "base", "ours", "theirs", "out" };
	const char *rev[3] = { base, ours, theirs }, *dir[4];
	size_t i, n, len = 0, cap = 0;
	int fds[2], status;
	ssize_t r;
	pid_t pid;

	if ((top = realpath(store_dir(), NULL)) == NULL)
		return career_fail(EX_NOINPUT, "%s: %s", store_dir(),
		    strerror(errno));
	for (i = 0; i < 4; i++) {
		snprintf(rel[i], sizeof(rel[i]), SYNCDIR "/%s", name[i]);
		snprintf(dirs[i], sizeof(dirs[i]), "%s/%s", top, rel[i]);
		dir[i] = rel[i];
	}
	for (n = 0; store_file(n) != NULL; n++)
		files[n] = (char *)store_file(n);
	if (only != NULL)
		for (n = 0; n < nonly && n < 32; n++)
			files[n] = only[n];
	/* A fast forward (ours is base): one of the two is enough. */
	if (strcmp(base, ours) == 0) {
		memcpy(dirs[OURS], dirs[BASE], sizeof(dirs[OURS]));
		rev[OURS] = rev[THEIRS];
		dir[OURS] = dir[THEIRS];
		if (extract(rev, dir, 2, files, n) == -1 || scratch(rel[3]) == -1)
			return -1;
	} else if (extract(rev, dir, 3, files, n) == -1 ||
	    scratch(rel[3]) == -1)
		return -1;
	free(top);
	if (pipe(fds) == -1 || (fflush(stdout), pid = fork()) == -1)
		return career_fail(EX_OSERR, "fork: %s", strerror(errno));
	if (pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		close(fds[0]);
		close(fds[1]);
		char self[PATH_MAX];
		ssize_t n;

		/* The career-merge installed with us, else the one in PATH. */
		if ((n = readlink("/proc/self/exe", self, sizeof(self) - 16)) >
		    0) {
			self[n] = '\0';
			strlcpy(strrchr(self, '/') + 1, "career-merge", 16);
			execl(self, "career-merge", "-s", dirs[0], dirs[1],
			    dirs[2], dirs[3], (char *)NULL);
		}
		execlp("career-merge", "career-merge", "-s", dirs[0], dirs[1],
		    dirs[2], dirs[3], (char *)NULL);
		warn("career-merge");
		_exit(127);
	}
	close(fds[1]);
	*report = NULL;
	do {
		if (cap - len < 1024 && (*report = realloc(*report,
		    cap = cap * 2 + 1024)) == NULL)
			err(EX_OSERR, NULL);
		if ((r = read(fds[0], *report + len, cap - len - 1)) > 0)
			len += r;
	} while (r > 0 || (r == -1 && errno == EINTR));
	(*report)[len] = '\0';
	close(fds[0]);
	if (waitpid(pid, &status, 0) == -1 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		return career_fail(EX_DATAERR, "the merge failed: nothing "
		    "changed in the store");
	return 0;
}

/* A path that both sides changed outside the store's CSV files: both. */
static int
merge_other(const char *path, char *stage[4])
{
	char tmp[3][PATH_MAX], *out;
	int i, rv;

	for (i = 1; i <= 3; i++) {
		char *blob = NULL;

		snprintf(tmp[i - 1], sizeof(tmp[0]), SYNCDIR "/stage%d", i);
		if (stage[i] != NULL && git(&blob, NULL, "cat-file", "blob",
		    stage[i], NULL) != 0)
			return career_fail(EX_SOFTWARE, "%s: unreadable", path);
		rv = put_file(tmp[i - 1], blob ? blob : "", blob ? git_outlen : 0);
		free(blob);
		if (rv == -1)
			return -1;
	}
	if (git(&out, NULL, "merge-file", "-p", "--union", tmp[1], tmp[0],
	    tmp[2], NULL) < 0 || put_file(tmp[0], out, git_outlen) == -1)
		return -1;
	free(out);
	if (git(&out, NULL, "hash-object", "-w", tmp[0], NULL) != 0)
		return -1;
	out[strcspn(out, "\n")] = '\0';
	snprintf(tmp[1], sizeof(tmp[1]), "100644,%s,%s", out, path);
	free(out);
	return git(NULL, INDEX, "update-index", "--add", "--cacheinfo", tmp[1],
	    NULL) == 0 ? 0 : -1;
}

/*
 * The store's files career-merge wrote into SYNCDIR/out, into INDEX:
 * one git hash-object and one git update-index for them all.
 */
static int
index_outputs(void)
{
	char *hash[32], *upd[80], *out, *p, path[PATH_MAX];
	static char names[32][PATH_MAX], info[32][PATH_MAX + 64];
	size_t i, n = 0, nh = 2, nu = 1;

	hash[0] = "hash-object";
	hash[1] = "-w";
	upd[0] = "update-index";
	for (i = 0; store_file(i) != NULL && i < 32; i++) {
		snprintf(names[i], sizeof(names[i]), SYNCDIR "/out/%s",
		    store_file(i));
		spath(path, sizeof(path), names[i]);
		if (access(path, F_OK) == 0)
			hash[nh++] = names[i];
		else {
			upd[nu++] = "--force-remove";
			upd[nu++] = (char *)store_file(i);
		}
	}
	hash[nh] = NULL;
	if (nh > 2 && gitv(&out, NULL, hash) != 0)
		return career_fail(EX_SOFTWARE, "git hash-object failed");
	for (i = 2, p = out; i < nh; i++, n++) {
		size_t len = strcspn(p, "\n");

		p[len] = '\0';
		snprintf(info[n], sizeof(info[n]), "100644,%s,%s", p,
		    strrchr(hash[i], '/') + 1);
		upd[nu++] = "--add";
		upd[nu++] = "--cacheinfo";
		upd[nu++] = info[n];
		p += len + 1;
	}
	if (nh > 2)
		free(out);
	upd[nu] = NULL;
	if (nu > 1 && gitv(NULL, INDEX, upd) != 0)
		return career_fail(EX_SOFTWARE, "git update-index failed");
	return 0;
}

/*
 * The merge commit of ours and theirs: git's own three-way merge of the
 * trees for what is not the store's, career-merge's for the store.
 */
char *
merge_commit(const char *base, const char *ours, const char *theirs,
    const char *msg, char **report)
{
	char *out, *p, *tree, *commit, path[PATH_MAX];
	char *stage[4] = { NULL, NULL, NULL, NULL }, *last = NULL;
	size_t len;
	int rv;

	if (run_merge(base, ours, theirs, NULL, 0, report) == -1)
		return NULL;
	spath(path, sizeof(path), INDEX);
	unlink(path);		/* read-tree -m starts from an empty index */
	if (git(NULL, INDEX, "read-tree", "-m", "-i", base, ours, theirs,
	    NULL) != 0) {
		career_fail(EX_SOFTWARE, "git read-tree failed");
		return NULL;
	}
	if (index_outputs() == -1)
		return NULL;
	/* Most syncs leave git nothing it could not merge itself. */
	tree = NULL;
	git_quiet = 1;
	rv = git(&tree, INDEX, "write-tree", NULL);
	git_quiet = 0;
	if (rv == 0)
		goto commit;
	free(tree);
	/* "mode sha stage\tpath": the paths git could not merge itself. */
	if (git(&out, INDEX, "ls-files", "-u", "-z", NULL) != 0)
		return NULL;
	len = git_outlen;
	for (p = out; p < out + len; p += strlen(p) + 1) {
		char *tab = strchr(p, '\t'), *sha = strchr(p, ' ');
		int st;

		if (tab == NULL || sha == NULL)
			continue;
		*tab = '\0';
		st = tab[-1] - '0';
		if (last != NULL && strcmp(last, tab + 1) != 0) {
			if (merge_other(last, stage) == -1)
				return NULL;
			memset(stage, 0, sizeof(stage));
		}
		last = tab + 1;
		sha[41] = '\0';
		if (st >= 1 && st <= 3)
			stage[st] = sha + 1;
	}
	if (last != NULL && merge_other(last, stage) == -1)
		return NULL;
	free(out);
	if ((tree = NULL, git(&tree, INDEX, "write-tree", NULL)) != 0) {
		career_fail(EX_SOFTWARE, "git write-tree failed");
		return NULL;
	}
commit:
	tree[strcspn(tree, "\n")] = '\0';
	if (git(&commit, NULL, "commit-tree", tree, "-p", ours, "-p", theirs,
	    "-m", msg, NULL) != 0) {
		career_fail(EX_SOFTWARE, "git commit-tree failed: is a git "
		    "identity set (user.name, user.email)?");
		return NULL;
	}
	free(tree);
	commit[strcspn(commit, "\n")] = '\0';
	return commit;
}
