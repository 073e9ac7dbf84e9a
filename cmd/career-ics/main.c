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

/* The title of the goal with this id, or "". */
static const char *
title_of(const struct table *t, struct record **goals, const char *id)
{
	long long n = strtoll(id, NULL, 10);

	for (; *goals != NULL; goals++)
		if ((*goals)->id == n)
			return rec_field(t, *goals, GOALS_TITLE);
	return "";
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
	char *shown;
	long i, n;
	struct table *t, *f, *b;
	char uid[64], summary[512], desc[4096], tmp[PATH_MAX];
	const char *out = NULL, *title, *kind, *note;
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
	    table_load(t, &goals) == -1 ||
	    (f = table_open(&schema_followups)) == NULL ||
	    (b = table_open(&schema_batna)) == NULL)
		career_die();
	if (out != NULL && out_file_open(out, &fp, tmp, sizeof(tmp)) == -1)
		career_die();
	ics_begin(fp);
	for (r = goals; *r != NULL; r++) {
		if (strcmp(rec_field(t, *r, GOALS_STATUS), "open") != 0 ||
		    *rec_field(t, *r, GOALS_DUE) == '\0')
			continue;
		snprintf(uid, sizeof(uid), "goal-%lld@career", (*r)->id);
		kind = rec_field(t, *r, GOALS_KIND);
		snprintf(summary, sizeof(summary), "%s due: %s",
		    strcmp(kind, "goal") == 0 ? "Goal" :
		    strcmp(kind, "stretch") == 0 ? "Stretch goal" : "Objective",
		    rec_field(t, *r, GOALS_TITLE));
		ics_event(fp, uid, rec_field(t, *r, GOALS_DUE), summary, NULL,
		    rec_field(t, *r, GOALS_MEASURE));
	}
	if (table_load(f, &rows) == -1 || (n = table_load(b, &talks)) == -1)
		career_die();
	if ((shown = calloc(n + 1, 1)) == NULL)
		err(EX_OSERR, NULL);
	for (r = rows; *r != NULL; r++) {
		if (strcmp(rec_field(f, *r, FOLLOWUPS_STATUS), "open") != 0)
			continue;
		snprintf(uid, sizeof(uid), "followup-%lld@career", (*r)->id);
		snprintf(summary, sizeof(summary), "Follow up with %s",
		    rec_field(f, *r, FOLLOWUPS_WITH));
		/* The conversation with the same person that day: one event. */
		if ((i = same_talk(b, talks, shown, rec_field(f, *r,
		    FOLLOWUPS_WITH), rec_field(f, *r, FOLLOWUPS_DUE))) != -1) {
			title = title_of(t, goals, rec_field(b, talks[i],
			    BATNA_GOAL));
			snprintf(summary, sizeof(summary), "Follow up with %s: "
			    "conversation%s%s",
			    rec_field(f, *r, FOLLOWUPS_WITH),
			    *title ? " about " : "", title);
			shown[i] = 1;
		}
		title = title_of(t, goals, rec_field(f, *r, FOLLOWUPS_GOAL));
		note = rec_field(f, *r, FOLLOWUPS_NOTE);
		snprintf(desc, sizeof(desc), "%s%s%s", note,
		    *title && *note ? "\n" : "", title);
		ics_event(fp, uid, rec_field(f, *r, FOLLOWUPS_DUE), summary,
		    ics_rrule(rec_field(f, *r, FOLLOWUPS_EVERY)), desc);
	}
	table_free_rows(rows);
	rows = talks;
	/* The conversation's date and who with; never what the BATNA says. */
	for (r = rows; *r != NULL; r++) {
		if (strcmp(rec_field(b, *r, BATNA_STATUS), "current") != 0 ||
		    *rec_field(b, *r, BATNA_DATE) == '\0' || shown[r - rows])
			continue;
		snprintf(uid, sizeof(uid), "conversation-%lld@career",
		    (*r)->id);
		title = title_of(t, goals, rec_field(b, *r, BATNA_GOAL));
		snprintf(summary, sizeof(summary), "Conversation%s%s%s%s",
		    *rec_field(b, *r, BATNA_WITH) ? " with " : "",
		    rec_field(b, *r, BATNA_WITH), *title ? ": " : "", title);
		ics_event(fp, uid, rec_field(b, *r, BATNA_DATE), summary, NULL,
		    NULL);
	}
	ics_end(fp);
	if (out != NULL && out_file_close(fp, out, tmp) == -1)
		career_die();
	career_exit(0);
}
