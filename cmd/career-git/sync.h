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

/* sync.h: career-git's own: sync through a remote, and the conflicts. */
#ifndef SYNC_H
#define SYNC_H

/*
 * git args... (NULL-terminated) in the store: its standard output into
 * *out (to free) when out is not NULL, else to our standard error; with
 * index, on that index file.  Git's exit status, or -1.
 */
int git(char **out, const char *index, ...) __attribute__((sentinel));
int gitv(char **out, const char *index, char *const args[]);
/*
 * gitv with input (len bytes) on git's standard input, through a file of
 * SYNCDIR.
 */
int git_feed(char **out, const char *input, size_t len, char *const args[]);
/* Set: git's standard error goes to /dev/null (an expected failure). */
extern int git_quiet;
/* The length of what the last git() kept in *out. */
extern size_t git_outlen;
#include <stddef.h>

#define SYNCDIR	".git/career-sync"	/* scratch space, and the journal */
#define PENDING	SYNCDIR "/pending"
#define INDEX	SYNCDIR "/index"
#define THEIRS_REFS "refs/career/sync/"	/* the remote's branches */

enum { BASE, OURS, THEIRS };

/* One line of git's output, without its newline (to free), or NULL. */
char *git_line(const char *, const char *, const char *, const char *);
/* The path of name in the store, into buf. */
void spath(char *buf, size_t size, const char *name);
/* Replace file name of the store with data, whole, mode 0600: 0 or -1. */
int put_file(const char *name, const char *data, size_t len);
/* The i-th file a sync merges (the store's, conflicts.csv), or NULL. */
const char *store_file(size_t i);

/* Is name one of the files a sync merges? */
int is_store_file(const char *name);
/*
 * The files (flat) that differ between commits from and to, *n of them
 * in *names, from one git diff kept for a next call with the same two
 * (not to free).  0 or -1.
 */
int changed(const char *from, const char *to, char ***names, size_t *n);
/* Empty scratch directory name (flat), creating it: 0 or -1. */
int scratch(const char *name);
/*
 * The files paths[npath] (flat) of each commit revs[i] into scratch
 * directory dirs[i], nrev of them, with one git cat-file --batch; a
 * path a commit does not have is not written.  0 or -1.
 */
int extract(const char *const revs[], const char *const dirs[], size_t nrev,
    char *const paths[], size_t npath);
/*
 * Move the branch and the work tree from commit from to commit to; have,
 * unless NULL, is a scratch directory with to's store files in it.
 */
int move_to(const char *from, const char *to, const char *have);
/* Finish a move that was cut short, if the journal says one was. */
int recover(void);

/*
 * career-merge -s over three commits: what it says came in, *report.
 * Over files[nfiles] of the store only, unless files is NULL.
 */
int run_merge(const char *base, const char *ours, const char *theirs,
    char *const files[], size_t nfiles, char **report);
/* The merge commit of ours and theirs over base (to free), or NULL. */
char *merge_commit(const char *base, const char *ours, const char *theirs,
    const char *msg, char **report);

/* Register the merge driver in this clone (config, info/attributes). */
int sync_setup(void);
/* career-git sync [remote]: exits. */
void sync_main(int argc, char *argv[]) __attribute__((noreturn));
/* career-git conflicts [-r id ...]: exits. */
void conflicts_main(int argc, char *argv[]) __attribute__((noreturn));

#endif
