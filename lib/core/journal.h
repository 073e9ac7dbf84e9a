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
 * journal.h: the store's journal of writes, read back (career-undo,
 * career-log).  Every command that writes leaves one entry: the records
 * it added, and each record it changed or removed as it was before and
 * as it is after.  Above core.h.
 */
#ifndef JOURNAL_H
#define JOURNAL_H

#include <sys/types.h>

#include "core.h"

/* One change to one record. */
struct change {
	int kind;		/* 'a' added, 'o' as it was, 'n' as it is */
	const struct schema *s;
	long long id, last;	/* 'a': the ids first..last */
	char **f;		/* 'o', 'n': the fields under cols */
	size_t nf;
	char *const *cols;	/* the file's header at the time */
	size_t ncols;
	const char *label;	/* 'a': what names the first record */
};

/* What one command wrote. */
struct entry {
	int undo;		/* career-undo's own: how many writes it undid */
	int undone;		/* taken back by a later undo */
	long long when;		/* seconds since the epoch */
	char prog[64];
	struct change *c;
	size_t nc;
};

struct journal {
	struct entry *e;	/* oldest first */
	size_t n;
	char ***hdr;		/* the headers the changes point at */
	size_t *nhdr, nhdrs;
};

/* The journal of the store (none yet: empty).  0 or -1. */
int journal_read(struct journal *);
void journal_free(struct journal *);
/* Field name of change c ("" if its file then had no such column). */
const char *change_get(const struct change *c, const char *name);
/* The next change pairs with c: the same record after it changed. */
int change_paired(const struct entry *, size_t i);
/* One line a change, in words ("goal 7: target 1 → 2"), after indent. */
void entry_describe(FILE *, const struct entry *, const char *indent);
/* Mark the entry being written as the undo of the last n writes. */
void journal_undoing(int n);

#endif
