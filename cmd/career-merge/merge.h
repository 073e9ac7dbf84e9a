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
 * merge.h: career-merge's own, the record-level three-way merge of the
 * files of a store.  career(5) says the rules; merge.c applies them.
 */
#ifndef MERGE_H
#define MERGE_H

#include "core.h"

enum { BASE, OURS, THEIRS };

/* A record in the merged header's columns. */
struct row {
	long long id;
	const char **f;
};

/* One version of a file: its bytes, its rows sorted by id. */
struct version {
	char *text;
	size_t len;
	char **names;		/* its columns */
	size_t ncols;
	struct row *rows;
	size_t n;
	long long maxid;
	int shared;		/* its rows' fields are another version's */
};

/* An id of ours that the merge gave a new one. */
struct renum {
	long long from, to;
};

/* A value that lost a conflict: kept aside in conflicts.csv. */
struct lost {
	long long id;
	const char *field, *value, *kept;
};

struct mfile {
	const struct schema *s;
	struct version v[3];
	const char **names;	/* the merged header */
	size_t ncols;
	int *ref;		/* per column: the file it refers to, or -1 */
	struct renum *ren;	/* ours' ids renumbered */
	size_t nren;
	struct row *out;	/* the result, sorted by id */
	size_t nout, outcap;
	struct lost *lost;
	size_t nlost;
	int verbatim;		/* -1: write out, else this version's bytes */
	long long given;	/* ours' largest id ever given (its stamp) */
	const char *key;	/* a column that names one record (people's
				   name): added on both sides, one record */
	const char *textref;	/* a text column that holds an id when it is
				   all digits (a gap's source), */
	const struct schema *textref_to;	/* of this file */
	const char *status, *current, *former;	/* one record a key in
				   status current (a goal's BATNA), by: */
	const char *group, *groupkey, *later;	/* group column, key
				   column when group is empty, the column
				   whose greater value stays current */
	long added, changed, removed;	/* what came in from theirs */
};

/* Read version v of f from path (missing: empty).  0 or -1. */
int mfile_load(struct mfile *f, int v, const char *path);
/*
 * Merge files[k], after the files it refers to: its rows into f->out,
 * ours' colliding ids renumbered (and every reference to them in the
 * files loaded), lost values into f->lost.  0 or -1.
 */
int mfile_merge(struct mfile **files, size_t nfiles, size_t k);
/* Bring back records removed on one side that a merged row refers to. */
void mfile_keep_referred(struct mfile **files, size_t nfiles);
/* Add the lost values of every file to the conflicts file c. */
void mfile_note_lost(struct mfile *c, struct mfile **files, size_t nfiles,
    const char *today);
/* Write the result to standard output.  0 or -1. */
int mfile_write(struct mfile *f);

#endif
