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
 * status.c: the state of the store on the front door's screen: goals
 * open, overdue and failing SMART, open gaps, the last meeting checked
 * and the next follow-up.  Nothing private: batna.csv is never opened.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"
#include "front.h"

static void
status_goals(void)
{
	struct smart_verdict v[SMART_N];
	long open = 0, done = 0, overdue = 0, objectives = 0, failing = 0;
	struct smart *sm;
	struct record *r;
	struct table *t;
	long days;

	if ((sm = smart_new()) == NULL || smart_load(sm) == -1 ||
	    (t = table_open(&schema_goals)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL) {
		if (strcmp(rec_field(t, r, GOALS_STATUS), "done") == 0)
			done++;
		if (strcmp(rec_field(t, r, GOALS_STATUS), "open") != 0)
			continue;
		open++;
		objectives += strcmp(rec_field(t, r, GOALS_KIND),
		    "objective") == 0;
		if (date_valid(rec_field(t, r, GOALS_DUE)) &&
		    date_parse(rec_field(t, r, GOALS_DUE), &days) == 0 &&
		    days < date_today())
			overdue++;
		if (smart_judge(sm, t, r, v) > 0)
			failing++;
	}
	if (table_error(t))
		career_die();
	table_close(t);
	smart_close(sm);
	printf("  goals      %ld open (%ld overdue, %ld objective%s), %ld done\n",
	    open, overdue, objectives, objectives == 1 ? "" : "s", done);
	printf("  SMART      %ld of %ld open goal%s miss%s a criterion%s\n",
	    failing, open, open == 1 ? "" : "s", failing == 1 ? "es" : "",
	    failing ? " (smart-review -q)" : "");
}

/* Text from the store on the screen: one line, its controls shown. */
static char *
shown(const char *s)
{
	char *d;

	if ((d = str_display(s)) == NULL)
		career_die();
	return d;
}

/* *kept becomes a copy of v, for after the table is closed. */
static void
keep(char **kept, const char *v)
{
	free(*kept);
	if ((*kept = strdup(v)) == NULL)
		err(EX_OSERR, NULL);
}

static void
status_rest(void)
{
	char *last = NULL, *meeting = NULL, *next = NULL, *with = NULL;
	char *a, *b;
	const char *due;
	struct record *r;
	struct table *t;
	long gaps = 0, days;

	if ((t = table_open(&schema_gaps)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL)
		gaps += strcmp(rec_field(t, r, GAPS_STATUS), "open") == 0;
	if (table_error(t))
		career_die();
	table_close(t);
	if ((t = table_open(&schema_meetings)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL)
		if (last == NULL ||
		    strcmp(rec_field(t, r, MEETINGS_DATE), last) >= 0) {
			keep(&last, rec_field(t, r, MEETINGS_DATE));
			keep(&meeting, rec_field(t, r, MEETINGS_MEETING));
		}
	if (table_error(t))
		career_die();
	table_close(t);
	if ((t = table_open(&schema_followups)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL)
		if (strcmp(rec_field(t, r, FOLLOWUPS_STATUS), "open") == 0 &&
		    date_valid(due = rec_field(t, r, FOLLOWUPS_DUE)) &&
		    (next == NULL || strcmp(due, next) < 0)) {
			keep(&next, due);
			keep(&with, rec_field(t, r, FOLLOWUPS_WITH));
		}
	if (table_error(t))
		career_die();
	table_close(t);
	printf("  gaps       %ld open\n", gaps);
	if (last != NULL) {
		printf("  meetings   last checked %s (%s)\n", a = shown(last),
		    b = shown(meeting));
		free(a);
		free(b);
	} else
		printf("  meetings   none checked yet\n");
	if (next != NULL && date_parse(next, &days) == 0) {
		printf("  follow-up  next %s with %s%s\n", next, a = shown(with),
		    days < date_today() ? " (overdue: followup-due)" :
		    days == date_today() ? " (today)" : "");
		free(a);
	} else
		printf("  follow-up  none scheduled\n");
	free(last);
	free(meeting);
	free(next);
	free(with);
}

void
status_show(void)
{
	status_goals();
	status_rest();
}
