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
 * meeting.c: whom agenda's meeting is with and what it covers, from the
 * store read once: the goals, gaps and follow-ups (lib/method/journey.c), what
 * people said (feedback.csv) and the wins (wins.csv).
 */
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"
#include "agenda.h"

int
agenda_same(const char *a, const char *b)
{
	return person_same(a, b);
}

/*
 * The manager, when -w names no one: who last gave feedback as the
 * manager (as people.csv knows them, else as the feedback says), else
 * the last manager of people.csv, else whom the first open follow-up
 * about an agreed goal is with (goals are agreed with the manager).
 */
static const char *
find_manager(const struct agenda *a)
{
	const struct record *best = NULL, **r;
	const struct person *p;
	const struct jfollow *f;
	struct jgoal *g;
	size_t i;
	int c;

	for (r = (const struct record **)a->fbrows; *r != NULL; r++) {
		if (strcmp(person_relation(rec_field(a->fb, *r,
		    FEEDBACK_PERSON), rec_field(a->fb, *r, FEEDBACK_RELATION)),
		    "manager") != 0 ||
		    *rec_field(a->fb, *r, FEEDBACK_PERSON) == '\0')
			continue;
		if (best == NULL ||
		    (c = strcmp(rec_field(a->fb, *r, FEEDBACK_DATE),
		    rec_field(a->fb, best, FEEDBACK_DATE))) > 0 ||
		    (c == 0 && (*r)->id > best->id))
			best = *r;
	}
	if (best != NULL)
		return rec_field(a->fb, best, FEEDBACK_PERSON);
	if ((p = person_last("manager")) != NULL)
		return p->name;
	for (i = 0; i < a->j.nfollows; i++) {
		f = &a->j.follows[i];
		if (strcmp(f->status, "open") == 0 &&
		    (g = journey_goal(&a->j, f->goal)) != NULL &&
		    *g->agreed != '\0' && *f->with != '\0')
			return f->with;
	}
	return NULL;
}

/* The day of the last follow-up done with a->who, or -1. */
static long
last_meeting(const struct agenda *a)
{
	const struct jfollow *f;
	long last = -1;
	size_t i;

	for (i = 0; i < a->j.nfollows; i++) {
		f = &a->j.follows[i];
		if (agenda_same(f->with, a->who) &&
		    strcmp(f->status, "done") == 0 && f->done > last)
			last = f->done;
	}
	return last;
}

int
agenda_open(struct agenda *a, const char *with, const char *from)
{
	memset(a, 0, sizeof(*a));
	a->who = with;
	a->named = with != NULL;
	a->given = from != NULL;
	if (a->named && *with == '\0')
		return career_fail(EX_USAGE, "-w: empty name");
	if (a->given && date_parse(from, &a->since) == -1)
		return -1;
	a->today = date_today();
	/* Every file before the first line, so a bad one prints nothing. */
	if (journey_load(&a->j) == -1 ||
	    (a->fb = table_open(&schema_feedback)) == NULL ||
	    table_load(a->fb, &a->fbrows) == -1 ||
	    (a->wins = table_open(&schema_wins)) == NULL ||
	    table_load(a->wins, &a->winrows) == -1)
		return -1;
	if (!a->named)
		a->who = find_manager(a);
	a->last = last_meeting(a);
	if (!a->given)
		a->since = a->last != -1 ? a->last : a->today - SINCE_DAYS;
	date_fmt(a->since, a->sincestr);
	return journey_measure(&a->j, a->since);
}

void
agenda_close(struct agenda *a)
{
	table_free_rows(a->winrows);
	table_close(a->wins);
	table_free_rows(a->fbrows);
	table_close(a->fb);
	journey_free(&a->j);
	memset(a, 0, sizeof(*a));
}
