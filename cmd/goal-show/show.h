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
 * show.h: goal-show's private header.  load.c reads the store once for
 * the goals asked; text.c prints each goal for a person, rows.c for a
 * script.
 */
#ifndef SHOW_H
#define SHOW_H

#include "core.h"
#include "method.h"

/* The files about a goal, each read once and kept for the goals asked. */
enum { P_FEEDBACK, P_GAPS, P_PROGRESS, P_WINS, P_FOLLOWUPS, P_BATNA, P_N };

struct part {
	const struct schema *s;
	const char *section;	/* "feedback": what rows.c calls its rows */
	int goalcol, datecol;	/* datecol orders them, then id; 0: by id */
	struct table *t;
	struct record **rows;	/* of the goals asked */
	size_t n;
};

struct show {
	struct table *goals;
	struct record **g;	/* every goal, by id */
	size_t ng;
	struct part p[P_N];
	struct check *qs;	/* the questions of the gaps kept, by id */
	long nq;
	int batna;		/* --batna: p[P_BATNA] holds the current ones */
	long long *hasbatna;	/* else the goals with a current BATNA */
	long nbatna;
};

/* Read the goals, and what is about the n goals of ids: 0 or -1. */
int show_load(struct show *, const long long *ids, size_t n, int batna);
/* Goal id, or NULL. */
struct record *show_goal(const struct show *, long long id);
/* A goal's parent, as an id (0: none). */
long long show_parent(const struct show *, const struct record *goal);
/* The goal a row of part p is about (0: none). */
long long show_of(const struct part *p, const struct record *r);

/* Goal g for a person, on stdout. */
void show_text(const struct show *, const struct record *g);
/* Goal g for a script: a row a field, through out.c. */
void show_rows(const struct show *, struct out *, const struct record *g);
extern const char *const show_columns[];	/* the rows' header */

#endif
