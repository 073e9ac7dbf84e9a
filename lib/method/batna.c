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
 * batna.c: which goals have a BATNA ready.  Only batna-set prints what a
 * BATNA says; other commands ask whether one exists, through here.
 */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

static int
cmp_id(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

long
batna_goals(long long **goals)
{
	struct record *r;
	struct table *t;
	long long *v = NULL, *nv, g;
	size_t n = 0, cap = 0, i, j;

	if ((t = table_open(&schema_batna)) == NULL)
		return -1;
	while ((r = table_next(t)) != NULL) {
		if (strcmp(rec_field(t, r, BATNA_STATUS), "current") != 0 ||
		    (g = strtoll(rec_field(t, r, BATNA_GOAL), NULL, 10)) <= 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nv = reallocarray(v, cap, sizeof(*v))) == NULL) {
				free(v);
				table_close(t);
				return career_fail(EX_OSERR, "out of memory");
			}
			v = nv;
		}
		v[n++] = g;
	}
	if (table_error(t)) {
		free(v);
		table_close(t);
		return -1;
	}
	table_close(t);
	if (n > 0)
		qsort(v, n, sizeof(*v), cmp_id);
	for (i = j = 0; i < n; i++)
		if (j == 0 || v[j - 1] != v[i])
			v[j++] = v[i];
	*goals = v;
	return j;
}

int
batna_has(const long long *goals, long n, long long goal)
{
	return n > 0 && bsearch(&goal, goals, n, sizeof(*goals),
	    cmp_id) != NULL;
}

static int
cmp_day(const void *a, const void *b)
{
	const struct batna_day *x = a, *y = b;

	if (x->goal != y->goal)
		return x->goal < y->goal ? -1 : 1;
	return x->day < y->day ? -1 : x->day > y->day;
}

long
batna_days(struct batna_day **days)
{
	struct batna_day *v = NULL, *nv;
	struct record *r;
	struct table *t;
	const char *c;
	size_t n = 0, cap = 0, i, j;
	long long g;
	long d;

	if ((t = table_open(&schema_batna)) == NULL)
		return -1;
	while ((r = table_next(t)) != NULL) {
		if (strcmp(rec_field(t, r, BATNA_STATUS), "current") != 0 ||
		    (g = strtoll(rec_field(t, r, BATNA_GOAL), NULL, 10)) <= 0)
			continue;
		c = rec_field(t, r, BATNA_CREATED);
		if (!date_valid(c) || date_parse(c, &d) == -1)
			d = -1;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nv = reallocarray(v, cap, sizeof(*v))) == NULL) {
				free(v);
				table_close(t);
				return career_fail(EX_OSERR, "out of memory");
			}
			v = nv;
		}
		v[n].goal = g;
		v[n++].day = d;
	}
	if (table_error(t)) {
		free(v);
		table_close(t);
		return -1;
	}
	table_close(t);
	if (n > 0)
		qsort(v, n, sizeof(*v), cmp_day);
	/* Sorted by day within a goal: the last of each goal is its latest. */
	for (i = j = 0; i < n; i++) {
		if (j > 0 && v[j - 1].goal == v[i].goal)
			j--;
		v[j++] = v[i];
	}
	*days = v;
	return j;
}

int
batna_with(const char *with)
{
	struct record *r;
	struct table *t;
	int found = 0;

	if ((t = table_open(&schema_batna)) == NULL)
		return -1;
	while (!found && (r = table_next(t)) != NULL)
		found = strcmp(rec_field(t, r, BATNA_STATUS), "current") == 0 &&
		    *rec_field(t, r, BATNA_GOAL) == '\0' &&
		    person_same(rec_field(t, r, BATNA_WITH), with);
	if (table_error(t))
		found = -1;
	table_close(t);
	return found;
}
