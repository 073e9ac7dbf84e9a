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
 * checks.c: the checklist that gap-log writes and meeting-check answers.
 * A question stays active until its gap is closed (gap.c); each meeting
 * answers every active one yes or no (meeting.c), and the run of answers
 * tells whether the gap is closing.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"

const char *const check_trends[] = { "", "up", "down", "flat", NULL };

/* One answer of meetings.csv, for sorting into each question's history. */
struct answer {
	size_t q;		/* index of its question */
	long long id;
	char date[11];
	int yes;
};

static int
cmp_check(const void *a, const void *b)
{
	const struct check *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

static int
cmp_answer(const void *a, const void *b)
{
	const struct answer *x = a, *y = b;
	int c;

	if (x->q != y->q)
		return x->q < y->q ? -1 : 1;
	if ((c = strcmp(x->date, y->date)) != 0)
		return c;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* A positive id in a field of row r, or -1 with file:line. */
static long long
field_id(const struct table *t, const struct record *r, int col)
{
	const char *errstr, *s = rec_field(t, r, col);
	long long n;

	n = strtonum(s, 1, LLONG_MAX, &errstr);
	if (errstr != NULL)
		return career_fail(EX_DATAERR, "%s:%ld: %s '%.40s' is not an "
		    "id", table_name(t), r->line, schema_column(col)->name, s);
	return n;
}

void
checks_free(struct check *qs, long n)
{
	long i;

	for (i = 0; qs != NULL && i < n; i++)
		free(qs[i].question);
	free(qs);
}

long
checks_active(struct check **qsp)
{
	return checks_load(qsp, 0);
}

long
checks_load(struct check **qsp, int all)
{
	struct check *qs = NULL, *nq;
	struct record *r;
	struct table *t;
	size_t n = 0, cap = 0;
	int retired;

	if ((t = table_open(&schema_checks)) == NULL)
		return -1;
	while ((r = table_next(t)) != NULL) {
		retired = strcmp(rec_field(t, r, CHECKS_STATUS), "active") != 0;
		if (retired && !all)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nq = reallocarray(qs, cap, sizeof(*qs))) == NULL) {
				career_fail(EX_OSERR, "out of memory");
				goto fail;
			}
			qs = nq;
		}
		memset(&qs[n], 0, sizeof(qs[n]));
		qs[n].id = r->id;
		qs[n].retired = retired;
		if ((qs[n].gap = field_id(t, r, CHECKS_GAP)) == -1)
			goto fail;
		qs[n].question = strdup(rec_field(t, r, CHECKS_QUESTION));
		if (qs[n].question == NULL) {
			career_fail(EX_OSERR, "out of memory");
			goto fail;
		}
		n++;
	}
	if (table_error(t))
		goto fail;
	table_close(t);
	/* In id order even if edited by hand: -a answers in this order. */
	if (n > 0)
		qsort(qs, n, sizeof(*qs), cmp_check);
	*qsp = qs;
	return n;
fail:
	table_close(t);
	checks_free(qs, n);
	return -1;
}

struct check *
checks_find(struct check *qs, long n, long long id)
{
	struct check key;

	key.id = id;
	if (n == 0)
		return NULL;
	return bsearch(&key, qs, n, sizeof(*qs), cmp_check);
}

/* What the answers of one question, oldest first, say. */
static void
summarise(struct check *q, const struct answer *a, size_t n)
{
	size_t i, last, prev;
	long yl = 0, yp = 0;

	q->meetings = n;
	q->yes = q->run = 0;
	for (i = 0; i < n; i++) {
		q->yes += a[i].yes;
		q->run = a[i].yes ? q->run + 1 : 0;
	}
	last = n < 5 ? n : 5;
	prev = n - last < 5 ? n - last : 5;
	for (i = n - last; i < n; i++)
		yl += a[i].yes;
	for (i = n - last - prev; i < n - last; i++)
		yp += a[i].yes;
	q->closing = last == 5 && yl == 5;
	/* Rates, not counts: the five before may be fewer than five. */
	if (prev == 0)
		q->trend = CHECK_NEW;
	else if (yl * (long)prev > yp * (long)last)
		q->trend = CHECK_UP;
	else if (yl * (long)prev < yp * (long)last)
		q->trend = CHECK_DOWN;
	else
		q->trend = CHECK_FLAT;
}

/* Read the answers to the n questions from meetings.csv into *ap. */
static long
load_answers(struct check *qs, long n, long since, struct answer **ap)
{
	struct answer *a = NULL, *na;
	struct check *q;
	struct record *r;
	struct table *t;
	size_t cnt = 0, cap = 0;
	long long check;
	char sincebuf[11];
	const char *date, *ans;

	if ((t = table_open(&schema_meetings)) == NULL)
		return -1;
	date_fmt(since, sincebuf);
	while ((r = table_next(t)) != NULL) {
		date = rec_field(t, r, MEETINGS_DATE);
		ans = rec_field(t, r, MEETINGS_ANSWER);
		if ((check = field_id(t, r, MEETINGS_CHECK)) == -1)
			goto fail;
		if (!date_valid(date) || !str_oneof(ans, check_answers)) {
			career_fail(EX_DATAERR, "%s:%ld: want a YYYY-MM-DD "
			    "date and an answer %s", table_name(t), r->line,
			    str_words(check_answers));
			goto fail;
		}
		if ((q = checks_find(qs, n, check)) == NULL ||
		    (since != 0 && strcmp(date, sincebuf) < 0))
			continue;
		if (cnt == cap) {
			cap = cap ? cap * 2 : 64;
			if ((na = reallocarray(a, cap, sizeof(*a))) == NULL) {
				career_fail(EX_OSERR, "out of memory");
				goto fail;
			}
			a = na;
		}
		a[cnt].q = q - qs;
		a[cnt].id = r->id;
		strlcpy(a[cnt].date, date, sizeof(a[cnt].date));
		a[cnt].yes = strcmp(ans, "yes") == 0;
		cnt++;
	}
	if (table_error(t))
		goto fail;
	table_close(t);
	*ap = a;
	return cnt;
fail:
	table_close(t);
	free(a);
	return -1;
}

/*
 * The answers of each question together, in the order of the file: a
 * counting sort, linear and stable.  Meetings may be logged late (-d), so
 * a question's answers are then sorted by date, then id, but only when
 * the file did not already have them in that order, as it nearly always
 * does (2,000 answers were mostly a sort).
 */
static struct answer *
by_question(const struct answer *a, long na, long n, size_t **startp)
{
	struct answer *b;
	size_t *start, *at;
	long i, k;

	if ((b = reallocarray(NULL, na ? na : 1, sizeof(*b))) == NULL ||
	    (start = calloc(n + 1, sizeof(*start))) == NULL ||
	    (at = calloc(n + 1, sizeof(*at))) == NULL) {
		free(b);
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	for (k = 0; k < na; k++)
		start[a[k].q + 1]++;
	for (i = 0; i < n; i++)
		at[i + 1] = start[i + 1] += start[i];
	at[0] = 0;
	for (k = 0; k < na; k++)
		b[at[a[k].q]++] = a[k];
	free(at);
	for (i = 0; i < n; i++)
		for (k = start[i] + 1; k < (long)start[i + 1]; k++)
			if (cmp_answer(&b[k - 1], &b[k]) > 0) {
				qsort(b + start[i], start[i + 1] - start[i],
				    sizeof(*b), cmp_answer);
				break;
			}
	*startp = start;
	return b;
}

int
checks_history(struct check *qs, long n, long since)
{
	struct answer *a, *b;
	size_t *start;
	long na, i;

	if ((na = load_answers(qs, n, since, &a)) == -1)
		return -1;
	b = by_question(a, na, n, &start);
	free(a);
	if (b == NULL)
		return -1;
	for (i = 0; i < n; i++)
		summarise(&qs[i], b + start[i], start[i + 1] - start[i]);
	free(b);
	free(start);
	return 0;
}

long long
checks_add(long long gap, char *const *questions, size_t n)
{
	struct record **recs;
	struct table *t;
	char gapbuf[24];
	long long id = -1;
	size_t i;

	snprintf(gapbuf, sizeof(gapbuf), "%lld", gap);
	if ((t = table_open(&schema_checks)) == NULL)
		return -1;
	/* NULL-terminated, for table_free_rows. */
	if ((recs = calloc(n + 1, sizeof(*recs))) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		goto done;
	}
	for (i = 0; i < n; i++) {
		if ((recs[i] = rec_new(t)) == NULL)
			goto done;
		rec_set(t, recs[i], CHECKS_GAP, gapbuf);
		rec_set(t, recs[i], CHECKS_QUESTION, questions[i]);
		rec_set(t, recs[i], CHECKS_STATUS, "active");
		rec_set(t, recs[i], CHECKS_CREATED, date_today_str());
	}
	if (table_append(t, recs, n) == 0)
		id = recs[0]->id;
done:
	table_free_rows(recs);
	table_close(t);
	return id;
}

int
checks_list(int mode, int ids)
{
	static const char *const cols[] = { "id", "gap", "question", NULL };
	const char *vals[3];
	struct check *qs;
	struct out *o = NULL;
	char id[24], gap[24];
	long n, i;
	int rv = 0;

	if ((n = checks_active(&qs)) == -1)
		return -1;
	if (!ids)
		o = out_open(mode, 3, cols);
	for (i = 0; i < n; i++) {
		if (ids) {
			printf("%lld\n", qs[i].id);
			continue;
		}
		snprintf(id, sizeof(id), "%lld", qs[i].id);
		snprintf(gap, sizeof(gap), "%lld", qs[i].gap);
		vals[0] = id;
		vals[1] = gap;
		vals[2] = qs[i].question;
		out_row(o, vals);
	}
	if (o != NULL && out_close(o) == -1)
		rv = -1;
	checks_free(qs, n);
	return rv;
}
