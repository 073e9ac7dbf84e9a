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

/* followup-done: record a follow-up done; a recurring one comes back. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

static const char synopsis[] = "followup-done [-q] id [note ...]";

/* The open follow-up id, as a copy, or die. */
static struct record *
find(struct table *t, long long id)
{
	struct record *r;

	if ((r = table_find(t, id)) == NULL) {
		if (table_error(t))
			career_die();
		errx(EX_DATAERR, "follow-up %lld: no such follow-up", id);
	}
	/* Through career_fail: a hand-edited status's controls shown. */
	if (strcmp(rec_field(t, r, FOLLOWUPS_STATUS), "open") != 0) {
		career_fail(EX_DATAERR, "follow-up %lld: already %s", id,
		    rec_field(t, r, FOLLOWUPS_STATUS));
		career_die();
	}
	if ((r = rec_dup(r)) == NULL)
		career_die();
	return r;
}

/*
 * The next one: a copy of old, hand-added columns too, due on next and
 * keeping the anchor its dates count from.
 */
static struct record *
next_one(struct table *t, const struct record *old, long next, long anchor)
{
	static char due[11], from[11];
	struct record *r;
	size_t i;

	if ((r = rec_new(t)) == NULL)
		career_die();
	for (i = 0; i < r->nf && i < old->nf; i++)
		r->f[i] = old->f[i];
	rec_set(t, r, FOLLOWUPS_DUE, date_fmt(next, due));
	rec_set(t, r, FOLLOWUPS_STATUS, "open");
	rec_set(t, r, FOLLOWUPS_DONE, "");
	rec_set(t, r, FOLLOWUPS_CREATED, date_today_str());
	rec_set(t, r, FOLLOWUPS_ANCHOR, date_fmt(anchor, from));
	return r;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *names[] = { "status", "done", "note" };
	const char *values[] = { "done", date_today_str(), NULL };
	const char *every, *due, *note;
	struct record *old, *nr;
	struct table *t;
	long long id, newid = 0;
	long days, next, anchor;
	int ch, qflag = 0;
	char *said, *both;

	while ((ch = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		career_usage(synopsis, 0);
	if ((id = id_parse(argv[0])) == -1)
		career_die();

	if (store_lock() == -1 || (t = table_open(&schema_followups)) == NULL)
		career_die();
	old = find(t, id);
	every = rec_field(t, old, FOLLOWUPS_EVERY);
	due = rec_field(t, old, FOLLOWUPS_DUE);
	if (*every != '\0' && (!date_valid(due) ||
	    date_parse(due, &days) == -1)) {
		career_fail(EX_DATAERR, "%s:%ld: due '%.40s' is not a date",
		    table_name(t), old->line, due);
		career_die();
	}
	if (*every != '\0' && (followup_anchor(days, rec_field(t, old,
	    FOLLOWUPS_ANCHOR), every, &anchor) == -1 ||
	    followup_next(anchor, days, every, date_today(), &next) == -1))
		errx(EX_DATAERR, "%s:%ld: %s", table_name(t), old->line,
		    career_errmsg());
	/* What was said is added to the note; the next one keeps the plan. */
	note = rec_field(t, old, FOLLOWUPS_NOTE);
	said = str_join(argc - 1, argv + 1);
	if (*said == '\0' || *note == '\0')
		values[2] = *said ? said : note;
	else if (asprintf(&both, "%s; %s", note, said) == -1)
		err(EX_OSERR, NULL);
	else
		values[2] = both;
	table_close(t);

	/* Done, and the next one scheduled: one atomic write. */
	if ((t = table_open(&schema_followups)) == NULL)
		career_die();
	nr = *every != '\0' ? next_one(t, old, next, anchor) : NULL;
	if (table_update_add(t, &id, 1, names, values, 3, &nr, nr != NULL) == -1)
		career_die();
	if (nr != NULL)
		newid = nr->id;
	if (newid != 0 && !qflag)
		printf("%lld\n", newid);
	career_exit(0);
}
