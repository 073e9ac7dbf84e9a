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

#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "sync.h"
#include "../career-merge/conflicts.h"

static const char synopsis[] = "career-git sync [-q] [remote]";

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

/*
 * Commit what was changed by hand, so that the merge sees it.  *head:
 * HEAD's commit as git status saw it when nothing was (to free), or NULL.
 */
static int
commit_local(char **head)
{
	char *args[32], path[PATH_MAX], *out, *p, *nl;
	size_t i, n = 0;
	int rv = 1;

	*head = NULL;
	spath(path, sizeof(path), ".git/MERGE_HEAD");
	if (access(path, F_OK) == 0)
		return career_fail(EX_DATAERR, "a git merge is under way in "
		    "the store: finish it, or career-git merge --abort");
	/* git status -- files, then git add -- files; the status says
	 * HEAD's commit too ("# branch.oid"), which saves a git run. */
	args[n++] = "status";
	args[n++] = "--porcelain=v2";
	args[n++] = "--branch";
	args[n++] = "--";
	for (i = 0; store_file(i) != NULL && n < 30; i++) {
		spath(path, sizeof(path), store_file(i));
		if (access(path, F_OK) == 0)
			args[n++] = (char *)store_file(i);
	}
	args[n] = NULL;
	if (n == 4)
		return 0;
	if (gitv(&out, NULL, args) != 0)
		return career_fail(EX_SOFTWARE, "git status failed");
	for (p = out; *p != '\0'; p = *nl != '\0' ? nl + 1 : nl) {
		nl = p + strcspn(p, "\n");
		if (*p != '#')
			rv = 0;		/* a file changed by hand */
		else if (strncmp(p, "# branch.oid ", 13) == 0 &&
		    p[13] != '(' && (*head = strndup(p + 13,
		    nl - p - 13)) == NULL)
			err(EX_OSERR, NULL);
	}
	free(out);
	if (rv)
		return 0;	/* nothing changed by hand */
	free(*head);
	*head = NULL;
	args[2] = "add";
	if (gitv(NULL, NULL, args + 2) != 0)
		return career_fail(EX_SOFTWARE, "git add failed");
	if (git(NULL, NULL, "commit", "-q", "-m",
	    "career-git sync: what was changed by hand", NULL) != 0)
		return career_fail(EX_SOFTWARE, "git commit failed: is a git "
		    "identity set (user.name, user.email)?");
	return 0;
}

/* The remote's branch into THEIRS_REFS: 0 and its commit (or NULL). */
static int
fetch(const char *remote, const char *branch, char **theirs)
{
	char ref[PATH_MAX], spec[64];

	*theirs = NULL;
	snprintf(ref, sizeof(ref), THEIRS_REFS "%s", branch);
	snprintf(spec, sizeof(spec), "+refs/heads/*:" THEIRS_REFS "*");
	/* --prune: a branch gone from the remote is gone from here. */
	if (git(NULL, NULL, "fetch", "-q", "--prune", "--no-tags", remote,
	    spec, NULL) != 0)
		return career_fail(EX_UNAVAILABLE, "cannot fetch from %s: "
		    "nothing changed", remote);
	*theirs = git_line("rev-parse", "-q", "--verify", ref);
	return 0;
}

/*
 * A sync brings in ids given elsewhere: raise each stamp to the largest
 * id in its file, so that an id is not given twice even after its record
 * is removed by hand.
 */
static void
remember_ids(void)
{
	const struct schema *s;
	struct table *t;
	long long max;
	size_t i;

	for (i = 0; store_file(i) != NULL; i++) {
		s = schemas[i] != NULL ? schemas[i] : &schema_conflicts;
		if ((t = table_open(s)) == NULL)
			continue;
		if ((max = table_drain(t)) > 0)
			stamp_raise(t, max);
		table_close(t);
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
 * What a fast forward from head to theirs brings: career-merge over the
 * store's files it changes; the others, the same on both sides, add
 * nothing to what it says.
 */
static int
ff_report(const char *head, const char *theirs, char **report)
{
	char **names, *files[32];
	size_t i, n, k = 0;

	if (changed(head, theirs, &names, &n) == -1)
		return -1;
	for (i = 0; i < n && k < 32; i++)
		if (is_store_file(names[i]))
			files[k++] = names[i];
	return run_merge(head, head, theirs, files, k, report);
}

/*
 * The local half of a sync, under the lock: bring theirs in.  1 if
 * there is something to push, 0 if not, -1 on an error.
 */
static int
bring_in(const char *remote, const char *branch, const char *theirs,
    int quiet, char **report)
{
	char *head, *base = NULL, *to = NULL, msg[PATH_MAX];
	int rv = -1;

	*report = NULL;
	if (recover() == -1 || commit_local(&head) == -1)
		return -1;
	if (head == NULL &&
	    (head = git_line("rev-parse", "-q", "--verify", "HEAD")) == NULL)
		return career_fail(EX_DATAERR, "the store's history has no "
		    "commit yet: career-git init");
	if (theirs != NULL && strcmp(head, theirs) != 0 &&
	    (base = git_line("merge-base", head, theirs, NULL)) == NULL)
		base = git_line("mktree", NULL, NULL, NULL);	/* none */
	if (base == NULL || strcmp(base, theirs) == 0)	/* nothing new */
		rv = theirs == NULL || strcmp(head, theirs) != 0;
	else if (strcmp(base, head) == 0) {		/* fast forward */
		/* Nothing to merge: career-merge only to say what came. */
		if ((quiet || ff_report(head, theirs, report) == 0) &&
		    move_to(head, theirs, quiet ? NULL : SYNCDIR "/theirs") ==
		    0)
			rv = 0;
	} else {
		snprintf(msg, sizeof(msg), "career-git sync: merge %s %s",
		    remote, branch);
		if ((to = merge_commit(base, head, theirs, msg, report)) !=
		    NULL && move_to(head, to, SYNCDIR "/out") == 0)
			rv = 1;
	}
	private();
	remember_ids();
	free(head);
	free(base);
	free(to);
	return rv;
}

/*
 * The branch HEAD is on, from .git/HEAD ("ref: refs/heads/NAME"), as
 * git's files keep it, which saves a git run; NULL when it says
 * something else (detached, another ref store, .git a file): then git
 * symbolic-ref answers.
 */
static char *
head_branch(void)
{
	char path[PATH_MAX], line[300], *name;
	size_t len;
	FILE *fp;

	spath(path, sizeof(path), ".git/HEAD");
	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	name = fgets(line, sizeof(line), fp);
	fclose(fp);
	if (name == NULL || strncmp(line, "ref: refs/heads/", 16) != 0)
		return NULL;
	name = line + 16;
	len = strcspn(name, "\n");
	if (len == 0 || name[len] != '\n' || name[len + 1] != '\0' ||
	    (len == 8 && strncmp(name, ".invalid", 8) == 0))
		return NULL;
	name[len] = '\0';
	if ((name = strdup(name)) == NULL)
		err(EX_OSERR, NULL);
	return name;
}

/* The branch's remote and merge from git's config, in one git run. */
static void
upstream_of(const char *branch, char **remote, char **merge)
{
	char key[300], *out, *p, *nl, **to;
	size_t len;

	*remote = *merge = NULL;
	if (git(&out, NULL, "config", "-z", "--get-regexp", "^branch\\.",
	    NULL) != 0) {
		free(out);
		return;
	}
	/* "key\nvalue\0" each; the last of a key counts, as git's. */
	for (p = out; p < out + git_outlen; p += len + 1) {
		len = strlen(p);
		if ((nl = strchr(p, '\n')) == NULL)
			continue;
		*nl = '\0';
		to = NULL;
		snprintf(key, sizeof(key), "branch.%s.remote", branch);
		if (strcmp(p, key) == 0)
			to = remote;
		snprintf(key, sizeof(key), "branch.%s.merge", branch);
		if (strcmp(p, key) == 0)
			to = merge;
		if (to != NULL) {
			free(*to);
			if ((*to = strdup(nl + 1)) == NULL)
				err(EX_OSERR, NULL);
		}
	}
	free(out);
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
	if ((branch = head_branch()) == NULL &&
	    (branch = git_line("symbolic-ref", "-q", "--short", "HEAD")) ==
	    NULL) {
		career_fail(EX_DATAERR, "the store is not on a branch");
		career_die();
	}
	upstream_of(branch, &upstream, &merge);
	remote = upstream;
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
		    (rv = bring_in(remote, merge, theirs, quiet, &report)) == -1)
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
