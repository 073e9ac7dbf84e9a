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
 * career-ics: an iCalendar (RFC 5545) feed of follow-ups, goal due dates
 * and the dates of BATNA conversations, for any calendar to subscribe
 * to.  Titles only: the BATNA itself never leaves batna.csv.
 */
#include <err.h>
#include <limits.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"
#include "ics.h"

static const char synopsis[] = "career-ics [-o file]";

static int
by_id(const void *a, const void *b)
{
	long long x = (*(struct record *const *)a)->id;
	long long y = (*(struct record *const *)b)->id;

	return (x > y) - (x < y);
}

/*
 * The title of the goal with this id, or "", in the n goals sorted by
 * id: a search per follow-up, not a pass over every goal.
 */
static const char *
title_of(const struct table *t, struct record **goals, long n,
    const char *id)
{
	struct record key, *k = &key, **r;

	key.id = strtoll(id, NULL, 10);
	r = bsearch(&k, goals, n, sizeof(*goals), by_id);
	return r != NULL ? rec_field(t, *r, GOALS_TITLE) : "";
}

/* A string from malloc, or exit. */
static char *
fmt(const char *f, ...)
{
	va_list ap;
	char *s;

	va_start(ap, f);
	if (vasprintf(&s, f, ap) == -1)
		err(EX_OSERR, NULL);
	va_end(ap);
	return s;
}

/* The recurrence rule of follow-up r, counted from its anchor, or NULL. */
static const char *
rrule_of(const struct table *f, const struct record *r)
{
	const char *every = rec_field(f, r, FOLLOWUPS_EVERY);
	long due, anchor;

	if (*every == '\0' || date_parse(rec_field(f, r, FOLLOWUPS_DUE),
	    &due) == -1 || followup_anchor(due, rec_field(f, r,
	    FOLLOWUPS_ANCHOR), every, &anchor) == -1)
		return NULL;
	return ics_rrule(every, anchor);
}

/* Is a the name b, whatever the case and the blanks around either? */
static int
same_person(const char *a, const char *b)
{
	size_t la, lb;

	a += strspn(a, " \t");
	b += strspn(b, " \t");
	for (la = strlen(a); la > 0 && strchr(" \t", a[la - 1]); la--)
		;
	for (lb = strlen(b); lb > 0 && strchr(" \t", b[lb - 1]); lb--)
		;
	return la > 0 && la == lb && strncasecmp(a, b, la) == 0;
}

/*
 * The current BATNA's conversation with who on date, not shown yet, or
 * -1: a follow-up and that conversation are one meeting in a calendar.
 */
static long
same_talk(const struct table *b, struct record **talks, const char *shown,
    const char *who, const char *date)
{
	long i;

	for (i = 0; talks[i] != NULL; i++)
		if (!shown[i] && strcmp(rec_field(b, talks[i], BATNA_STATUS),
		    "current") == 0 &&
		    strcmp(rec_field(b, talks[i], BATNA_DATE), date) == 0 &&
		    same_person(rec_field(b, talks[i], BATNA_WITH), who))
			return i;
	return -1;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct record **goals, **rows, **talks, **r;
	char *shown, *summary, *desc;
	long i, n, ng;
	struct table *t, *f, *b;
	char uid[128], tmp[PATH_MAX];
	const char *out = NULL, *title, *kind, *note, *store = "";
	FILE *fp = stdout;
	int ch;

	while ((ch = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'o': out = optarg; break;
		default: career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	if ((t = table_open(&schema_goals)) == NULL ||
	    (ng = table_load(t, &goals)) == -1 ||
	    (f = table_open(&schema_followups)) == NULL ||
	    table_load(f, &rows) == -1 ||
	    (b = table_open(&schema_batna)) == NULL ||
	    (n = table_load(b, &talks)) == -1)
		career_die();
	/* UIDs name the store: two stores in one calendar never collide. */
	if ((*goals != NULL || *rows != NULL || *talks != NULL) &&
	    (store = ics_identity()) == NULL)
		career_die();
	if (out != NULL && out_file_open(out, &fp, tmp, sizeof(tmp)) == -1)
		career_die();
	ics_begin(fp);
	for (r = goals; *r != NULL; r++) {
		if (strcmp(rec_field(t, *r, GOALS_STATUS), "open") != 0 ||
		    *rec_field(t, *r, GOALS_DUE) == '\0')
			continue;
		snprintf(uid, sizeof(uid), "goal-%lld-%s@career", (*r)->id,
		    store);
		kind = rec_field(t, *r, GOALS_KIND);
		summary = fmt("%s due: %s", strcmp(kind, "goal") == 0 ? "Goal" :
		    strcmp(kind, "stretch") == 0 ? "Stretch goal" : "Objective",
		    rec_field(t, *r, GOALS_TITLE));
		ics_event(fp, uid, rec_field(t, *r, GOALS_DUE), summary, NULL,
		    rec_field(t, *r, GOALS_MEASURE));
		free(summary);
	}
	qsort(goals, ng, sizeof(*goals), by_id);
	if ((shown = calloc(n + 1, 1)) == NULL)
		err(EX_OSERR, NULL);
	for (r = rows; *r != NULL; r++) {
		if (strcmp(rec_field(f, *r, FOLLOWUPS_STATUS), "open") != 0)
			continue;
		snprintf(uid, sizeof(uid), "followup-%lld-%s@career", (*r)->id,
		    store);
		/* The conversation with the same person that day: one event. */
		if ((i = same_talk(b, talks, shown, rec_field(f, *r,
		    FOLLOWUPS_WITH), rec_field(f, *r, FOLLOWUPS_DUE))) != -1) {
			title = title_of(t, goals, ng, rec_field(b, talks[i],
			    BATNA_GOAL));
			shown[i] = 1;
		} else
			title = NULL;
		summary = fmt("Follow up with %s%s%s%s",
		    rec_field(f, *r, FOLLOWUPS_WITH),
		    title != NULL ? ": conversation" : "",
		    title != NULL && *title ? " about " : "",
		    title != NULL ? title : "");
		title = title_of(t, goals, ng, rec_field(f, *r, FOLLOWUPS_GOAL));
		note = rec_field(f, *r, FOLLOWUPS_NOTE);
		desc = fmt("%s%s%s", note, *title && *note ? "\n" : "", title);
		ics_event(fp, uid, rec_field(f, *r, FOLLOWUPS_DUE), summary,
		    rrule_of(f, *r), desc);
		free(summary);
		free(desc);
	}
	table_free_rows(rows);
	rows = talks;
	/* The conversation's date and who with; never what the BATNA says. */
	for (r = rows; *r != NULL; r++) {
		if (strcmp(rec_field(b, *r, BATNA_STATUS), "current") != 0 ||
		    *rec_field(b, *r, BATNA_DATE) == '\0' || shown[r - rows])
			continue;
		snprintf(uid, sizeof(uid), "conversation-%lld-%s@career",
		    (*r)->id, store);
		title = title_of(t, goals, ng, rec_field(b, *r, BATNA_GOAL));
		summary = fmt("Conversation%s%s%s%s",
		    *rec_field(b, *r, BATNA_WITH) ? " with " : "",
		    rec_field(b, *r, BATNA_WITH), *title ? ": " : "", title);
		ics_event(fp, uid, rec_field(b, *r, BATNA_DATE), summary, NULL,
		    NULL);
		free(summary);
	}
	ics_end(fp);
	if (out != NULL && out_file_close(fp, out, tmp) == -1)
		career_die();
	career_exit(0);
}
