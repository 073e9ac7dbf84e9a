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
 * sync.c: career-git sync, the store through a git remote.  Fetch; merge
 * the whole store at once with career-merge -s (so a renumbered record's
 * references are rewritten in every file) into a merge commit built
 * beside the work tree, with git's plumbing; move the work tree and the
 * branch to it; push.  The work tree changes only at the end, each file
 * replaced whole, and a journal (.git/career-sync/pending) lets the next
 * sync finish a move that was interrupted.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
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

static const char synopsis[] = "career-git sync [-q] [remote]";

#define SYNCDIR	".git/career-sync"
#define PENDING	SYNCDIR "/pending"
#define INDEX	SYNCDIR "/index"
#define THEIRS_REFS "refs/career/sync/"

enum { BASE, OURS, THEIRS };

size_t git_outlen;

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
		if ((null = open("/dev/null", O_RDONLY)) != -1)
			dup2(null, STDIN_FILENO);
		if (out != NULL) {
			dup2(fds[1], STDOUT_FILENO);
			close(fds[0]);
			close(fds[1]);
		} else
			dup2(STDERR_FILENO, STDOUT_FILENO);
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

/* One line of git's output, without its newline, or NULL. */
static char *
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

static void
spath(char *buf, size_t size, const char *name)
{
	if ((size_t)snprintf(buf, size, "%s/%s", store_dir(), name) >= size)
		errx(EX_SOFTWARE, "%s: path too long", name);
}

/* Replace file name of the store with data, whole, mode 0600. */
static int
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
static const char *
store_file(size_t i)
{
	size_t n;

	for (n = 0; schemas[n] != NULL; n++)
		;
	return i < n ? schemas[i]->file : i == n ? schema_conflicts.file : NULL;
}

int
sync_setup(void)
{
	static const char mark[] = "merge=career";
	char path[PATH_MAX], *have = NULL;
	size_t i, len = 0;
	FILE *fp;

	spath(path, sizeof(path), SYNCDIR);
	if (mkdir(path, 0700) == -1 && errno != EEXIST)
		return career_fail(EX_CANTCREAT, "%s: %s", path,
		    strerror(errno));
	/* Per clone, as the driver's config is: nothing to commit. */
	spath(path, sizeof(path), ".git/info");
	mkdir(path, 0700);
	spath(path, sizeof(path), ".git/info/attributes");
	if ((fp = fopen(path, "r")) != NULL) {
		if ((have = calloc(1, 65536)) != NULL)
			len = fread(have, 1, 65535, fp);
		fclose(fp);
	}
	if (have != NULL && memmem(have, len, mark, strlen(mark)) != NULL) {
		free(have);
		return 0;	/* an earlier sync or init did it all */
	}
	free(have);
	/* The config first: the attributes say both are there. */
	if (git(NULL, NULL, "config", "merge.career.name",
	    "career: record by record", NULL) != 0 ||
	    git(NULL, NULL, "config", "merge.career.driver",
	    "career-merge %O %A %B %P", NULL) != 0)
		return career_fail(EX_UNAVAILABLE, "git config failed");
	if ((fp = fopen(path, "a")) == NULL)
		return career_fail(EX_CANTCREAT, "%s: %s", path,
		    strerror(errno));
	fputs("# career-git: the store's files merge record by record\n", fp);
	for (i = 0; store_file(i) != NULL; i++)
		fprintf(fp, "/%s %s\n", store_file(i), mark);
	if (fclose(fp) == EOF)
		return career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
	return 0;
}

/* Empty the scratch directory name (flat), creating it if need be. */
static int
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
static int
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
static int
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
static int
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

/* Commit what was changed by hand, so that the merge sees it. */
static int
commit_local(void)
{
	char *args[32], path[PATH_MAX], *out;
	size_t i, n = 0;
	int rv;

	spath(path, sizeof(path), ".git/MERGE_HEAD");
	if (access(path, F_OK) == 0)
		return career_fail(EX_DATAERR, "a git merge is under way in "
		    "the store: finish it, or career-git merge --abort");
	/* git status --porcelain -- files, then git add -- files. */
	args[n++] = "status";
	args[n++] = "--porcelain";
	args[n++] = "--";
	for (i = 0; store_file(i) != NULL && n < 30; i++) {
		spath(path, sizeof(path), store_file(i));
		if (access(path, F_OK) == 0)
			args[n++] = (char *)store_file(i);
	}
	args[n] = NULL;
	if (n == 3)
		return 0;
	if (gitv(&out, NULL, args) != 0)
		return career_fail(EX_SOFTWARE, "git status failed");
	rv = *out == '\0';
	free(out);
	if (rv)
		return 0;	/* nothing changed by hand */
	args[1] = "add";
	if (gitv(NULL, NULL, args + 1) != 0)
		return career_fail(EX_SOFTWARE, "git add failed");
	if (git(NULL, NULL, "commit", "-q", "-m",
	    "career-git sync: what was changed by hand", NULL) != 0)
		return career_fail(EX_SOFTWARE, "git commit failed: is a git "
		    "identity set (user.name, user.email)?");
	return 0;
}

/*
 * career-merge -s over base, ours, theirs into SYNCDIR/out: what it says
 * came in, into *report.
 */
static int
run_merge(const char *base, const char *ours, const char *theirs,
    char **report)
{
	char dirs[4][PATH_MAX], *top;
	const char *name[4] = { "base", "ours", "theirs", "out" };
	const char *rev[3] = { base, ours, theirs };
	size_t i, len = 0, cap = 0;
	int fds[2], status;
	ssize_t r;
	pid_t pid;

	if ((top = realpath(store_dir(), NULL)) == NULL)
		return career_fail(EX_NOINPUT, "%s: %s", store_dir(),
		    strerror(errno));
	for (i = 0; i < 4; i++) {
		char rel[64];

		snprintf(rel, sizeof(rel), SYNCDIR "/%s", name[i]);
		snprintf(dirs[i], sizeof(dirs[i]), "%s/%s", top, rel);
		if (i == OURS && strcmp(base, ours) == 0) {
			memcpy(dirs[i], dirs[0], sizeof(dirs[i]));
			continue;	/* a fast forward: one is enough */
		}
		if ((i < 3 ? extract(rev[i], rel) : scratch(rel)) == -1)
			return -1;
	}
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
static char *
merge_commit(const char *base, const char *ours, const char *theirs,
    const char *msg, char **report)
{
	char *out, *p, *tree, *commit, path[PATH_MAX];
	char *stage[4] = { NULL, NULL, NULL, NULL }, *last = NULL;
	size_t len;

	if (run_merge(base, ours, theirs, report) == -1)
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

/* The remote's branch into THEIRS_REFS: 0 and its commit (or NULL). */
static int
fetch(const char *remote, const char *branch, char **theirs)
{
	char ref[PATH_MAX], spec[64];

	*theirs = NULL;
	snprintf(ref, sizeof(ref), THEIRS_REFS "%s", branch);
	snprintf(spec, sizeof(spec), "+refs/heads/*:" THEIRS_REFS "*");
	git(NULL, NULL, "update-ref", "-d", ref, NULL);
	if (git(NULL, NULL, "fetch", "-q", "--no-tags", remote, spec,
	    NULL) != 0)
		return career_fail(EX_UNAVAILABLE, "cannot fetch from %s: "
		    "nothing changed", remote);
	*theirs = git_line("rev-parse", "-q", "--verify", ref);
	return 0;
}

/*
 * The stamps (stamp.c: "maxid size inode sec nsec") keep the largest id
 * a clone gave, so that an id is not given twice even after its record
 * is removed by hand.  A sync brings in ids given elsewhere: raise each
 * stamp's id to the largest in its file.  The rest of the stamp is left
 * not matching the file, so that the next command reads it whole.
 */
static void
remember_ids(void)
{
	const struct schema *s;
	struct table *t;
	char path[PATH_MAX], name[128], line[100];
	long long max, old = 0;
	size_t i;
	FILE *fp;

	for (i = 0; store_file(i) != NULL; i++) {
		s = schemas[i] != NULL ? schemas[i] : &schema_conflicts;
		if ((t = table_open(s)) == NULL)
			continue;
		max = table_drain(t);
		table_close(t);
		snprintf(name, sizeof(name), ".%s.stamp", s->file);
		spath(path, sizeof(path), name);
		old = 0;
		if ((fp = fopen(path, "r")) != NULL) {
			if (fscanf(fp, "%lld", &old) != 1)
				old = 0;
			fclose(fp);
		}
		if (max <= old)
			continue;
		snprintf(line, sizeof(line), "%lld 0 0 0 0\n", max);
		put_file(name, line, strlen(line));
	}
}

/* Private as the store is, in every clone: a clone may come with 0644. */
static void
private(void)
{
	char path[PATH_MAX];
	size_t i;

	chmod(store_dir(), 0700);
	for (i = 0; store_file(i) != NULL; i++) {
		spath(path, sizeof(path), store_file(i));
		chmod(path, 0600);
	}
}

/*
 * The local half of a sync, under the lock: bring theirs in.  1 if
 * there is something to push, 0 if not, -1 on an error.
 */
static int
bring_in(const char *remote, const char *branch, const char *theirs,
    char **report)
{
	char *head, *base = NULL, *to = NULL, msg[PATH_MAX];
	int rv = -1;

	*report = NULL;
	if (recover() == -1 || commit_local() == -1)
		return -1;
	if ((head = git_line("rev-parse", "-q", "--verify", "HEAD")) == NULL)
		return career_fail(EX_DATAERR, "the store's history has no "
		    "commit yet: career-git init");
	if (theirs != NULL && strcmp(head, theirs) != 0 &&
	    (base = git_line("merge-base", head, theirs, NULL)) == NULL)
		base = git_line("mktree", NULL, NULL, NULL);	/* none */
	if (base == NULL || strcmp(base, theirs) == 0)	/* nothing new */
		rv = theirs == NULL || strcmp(head, theirs) != 0;
	else if (strcmp(base, head) == 0) {		/* fast forward */
		if (run_merge(head, head, theirs, report) == 0 &&
		    move_to(head, theirs, SYNCDIR "/theirs") == 0)
			rv = 0;
	} else {
		snprintf(msg, sizeof(msg), "career-git sync: merge %s %s",
		    remote, branch);
		if ((to = merge_commit(base, head, theirs, msg, report)) !=
		    NULL && move_to(head, to, NULL) == 0)
			rv = 1;
	}
	private();
	remember_ids();
	free(head);
	free(base);
	free(to);
	return rv;
}

void
sync_main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	char *branch, *remote, *merge, *theirs = NULL, *report, *upstream;
	char key[300];
	char spec[PATH_MAX];
	int ch, quiet = 0, rv, try;

	while ((ch = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q': quiet = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		career_usage(synopsis, 0);
	if (!history_enabled()) {
		career_fail(EX_UNAVAILABLE, "%s: not a git work tree: "
		    "career-git init, or git clone a store", store_dir());
		career_die();
	}
	if (store_lock() == -1 || sync_setup() == -1 || recover() == -1)
		career_die();
	if ((branch = git_line("symbolic-ref", "-q", "--short", "HEAD")) ==
	    NULL) {
		career_fail(EX_DATAERR, "the store is not on a branch");
		career_die();
	}
	snprintf(key, sizeof(key), "branch.%s.remote", branch);
	remote = upstream = git_line("config", key, NULL, NULL);
	snprintf(key, sizeof(key), "branch.%s.merge", branch);
	merge = git_line("config", key, NULL, NULL);
	if (argc == 1 && (remote == NULL || strcmp(remote, argv[0]) != 0)) {
		free(merge);	/* another remote: the branch of our name */
		merge = NULL;
		remote = argv[0];
	}
	if (remote == NULL) {
		career_fail(EX_USAGE, "no remote to sync with: name one "
		    "(career-git sync origin), or set the branch's upstream");
		career_die();
	}
	if (merge == NULL || strncmp(merge, "refs/heads/", 11) != 0)
		merge = branch;
	else
		merge += 11;
	for (try = 0; ; try++) {
		store_unlock();		/* the network may be slow */
		if (fetch(remote, merge, &theirs) == -1)
			career_die();
		if (store_lock() == -1 ||
		    (rv = bring_in(remote, merge, theirs, &report)) == -1)
			career_die();
		store_unlock();
		if (!quiet)
			printf("%s", report != NULL ? report :
			    "nothing new from the other clone\n");
		free(report);
		free(theirs);
		snprintf(spec, sizeof(spec), "HEAD:refs/heads/%s", merge);
		if (rv == 0 || git(NULL, NULL, "push", "-q", remote, spec,
		    NULL) == 0)
			break;
		if (try == 3) {
			career_fail(EX_UNAVAILABLE, "cannot push to %s: "
			    "what came in is merged here; the next sync "
			    "sends it", remote);
			career_die();
		}
	}
	/* The remote named once is the one used next time, as push -u. */
	snprintf(key, sizeof(key), "branch.%s.remote", branch);
	if (upstream == NULL) {
		git(NULL, NULL, "config", key, remote, NULL);
		snprintf(key, sizeof(key), "branch.%s.merge", branch);
		snprintf(spec, sizeof(spec), "refs/heads/%s", merge);
		git(NULL, NULL, "config", key, spec, NULL);
	}
	career_exit(0);
}
