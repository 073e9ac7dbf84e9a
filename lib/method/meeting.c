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
 * meeting.c: step 4 of the method after each meeting: every active
 * question of the checklist answered yes or no into meetings.csv, and
 * the report of what the answers say (checks_history) about each gap.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"

int
meeting_yesno(const char *s)
{
	if (strcasecmp(s, "y") == 0 || strcasecmp(s, "yes") == 0)
		return 1;
	if (strcasecmp(s, "n") == 0 || strcasecmp(s, "no") == 0)
		return 0;
	return -1;
}

/* id is not an active question: say whether it is retired or unknown. */
static int
not_active(long long id)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%lld", id);
	if (ref_check(&schema_checks, "question", buf) == -1)
		return -1;
	return career_fail(EX_DATAERR, "question %lld: retired; only active "
	    "questions are answered (see gap-log -L)", id);
}

int
meeting_answers(struct check *qs, long n, const char *a,
    const struct check_given *g, size_t ng, int *ans)
{
	struct check *q;
	long i;
	size_t j;

	if (n == 0)
		return career_fail(EX_NOINPUT, "no active questions to answer; "
		    "add one with gap-log -c question statement or gap-log -C "
		    "gap question");
	for (i = 0; i < n; i++)
		ans[i] = -1;
	if (a != NULL && strlen(a) != (size_t)n)
		return career_fail(EX_USAGE, "-a %s: %zu answers for %ld "
		    "active questions (see gap-log -L)", a, strlen(a), n);
	for (i = 0; a != NULL && i < n; i++) {
		char c[2] = { a[i], '\0' };

		if ((ans[i] = meeting_yesno(c)) == -1)
			return career_fail(EX_USAGE, "-a %s: '%c' is not y or "
			    "n", a, a[i]);
	}
	for (j = 0; j < ng; j++) {
		if ((q = checks_find(qs, n, g[j].id)) == NULL)
			return not_active(g[j].id);
		if (ans[q - qs] != -1)
			return career_fail(EX_USAGE, "question %lld: answered "
			    "twice", g[j].id);
		ans[q - qs] = g[j].yes;
	}
	return 0;
}

/* Is every question answered?  If not, an error naming the first. */
static int
answered(const struct check *qs, long n, const int *ans)
{
	long i, missing = 0, first = -1;

	for (i = 0; i < n; i++)
		if (ans[i] == -1 && missing++ == 0)
			first = i;
	if (missing > 0)
		return career_fail(EX_USAGE, "question %lld (%s)%s: no answer; "
		    "answer each active question with -y id or -n id, or all "
		    "with -a", qs[first].id, qs[first].question, missing > 1 ?
		    " and others" : "");
	return 0;
}

long long
meeting_add(const char *date, const char *meeting, const struct check *qs,
    long n, const int *ans)
{
	struct record **recs = NULL;
	struct table *t;
	char (*ids)[24] = NULL;
	long long id = -1;
	long i;

	if (n <= 0)
		return career_fail(EX_SOFTWARE, "meeting_add: no questions");
	if (answered(qs, n, ans) == -1 ||
	    (t = table_open(&schema_meetings)) == NULL)
		return -1;
	/* NULL-terminated, for table_free_rows. */
	if ((recs = calloc(n + 1, sizeof(*recs))) == NULL ||
	    (ids = calloc(n, sizeof(*ids))) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		goto done;
	}
	for (i = 0; i < n; i++) {
		snprintf(ids[i], sizeof(ids[i]), "%lld", qs[i].id);
		if ((recs[i] = rec_new(t)) == NULL)
			goto done;
		rec_set(t, recs[i], MEETINGS_DATE, date);
		rec_set(t, recs[i], MEETINGS_MEETING, meeting);
		rec_set(t, recs[i], MEETINGS_CHECK, ids[i]);
		rec_set(t, recs[i], MEETINGS_ANSWER, ans[i] ? "yes" : "no");
	}
	if (table_append(t, recs, n) == 0)
		id = recs[0]->id;
done:
	table_free_rows(recs);
	free(ids);
	table_close(t);
	return id;
}

/*
 * Gaps whose every active question was yes in each of the last five
 * meetings.  A retired question's gap is closed already.
 */
static void
closing(const struct check *qs, long n, FILE *fp)
{
	long i, j;
	int done;

	for (i = 0; i < n; i++) {
		if (qs[i].retired)
			continue;
		for (j = 0; j < i && (qs[j].retired || qs[j].gap != qs[i].gap);
		    j++)
			;
		if (j < i)
			continue;	/* this gap was seen already */
		for (done = 1, j = i; j < n; j++)
			if (!qs[j].retired && qs[j].gap == qs[i].gap &&
			    !qs[j].closing)
				done = 0;
		if (done)
			fprintf(fp, "gap %lld looks closed: every question yes "
			    "in each of the last five meetings; close it with "
			    "gap-log -x %lld\n", qs[i].gap, qs[i].gap);
	}
}

/* One question's row of the report; with all, its status after gap. */
static void
report_row(struct out *o, const struct check *q, int all)
{
	char num[5][24];
	const char *vals[8];
	long long v[5];
	int k, c = 0;

	v[0] = q->id;
	v[1] = q->gap;
	v[2] = q->meetings;
	v[3] = q->yes;
	v[4] = q->run;
	for (k = 0; k < 5; k++) {
		snprintf(num[k], sizeof(num[k]), "%lld", v[k]);
		vals[c++] = num[k];
		if (k == 1 && all)
			vals[c++] = check_statuses[q->retired];
	}
	vals[c++] = check_trends[q->trend];
	vals[c] = q->question;
	out_row(o, vals);
}

int
meeting_report(long since, int all, int mode, int ids)
{
	static const char *const cols[] = { "id", "gap", "meetings", "yes",
	    "run", "trend", "question", NULL };
	static const char *const allcols[] = { "id", "gap", "status",
	    "meetings", "yes", "run", "trend", "question", NULL };
	struct check *qs;
	struct out *o;
	long n, i;
	int rv = 0;

	if ((n = checks_load(&qs, all)) == -1)
		return -1;
	if (checks_history(qs, n, since) == -1) {
		checks_free(qs, n);
		return -1;
	}
	o = ids ? NULL : all ? out_open(mode, 8, allcols) :
	    out_open(mode, 7, cols);
	for (i = 0; i < n; i++)
		if (ids)
			printf("%lld\n", qs[i].id);
		else
			report_row(o, &qs[i], all);
	if (o != NULL && out_close(o) == -1)
		rv = -1;
	/* A table is for people; CSV stays CSV, with the news on stderr. */
	else if (!ids)
		closing(qs, n, out_is_table(mode) ? stdout : stderr);
	checks_free(qs, n);
	return rv;
}
