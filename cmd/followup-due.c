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
 * followup-due: what to follow up on now, for a person or for cron: it
 * prints nothing when nothing is due.  It also names each negotiation
 * ahead, within a week, with no current BATNA for its goal (or, for one
 * about no goal, with its person); it never prints what a BATNA says.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"

static const char synopsis[] =
    "followup-due [-a days] [--safe] [--no-header]\n"
    "             [--ids | --csv | --tsv | --json | --jsonl | --table]";

static const char *const brief[] = { "id", "goal", "with", "due", "every",
    "note", NULL };

/* How far ahead a negotiation is checked for a BATNA. */
#define BATNA_DAYS 7

struct item {
	long due;
	struct record *r;
};

static int
cmp_item(const void *a, const void *b)
{
	const struct item *x = a, *y = b;

	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return x->r->id < y->r->id ? -1 : x->r->id > y->r->id;
}

static void
keep(struct item **v, size_t *n, long due, const struct record *r)
{
	if ((*v = reallocarray(*v, *n + 1, sizeof(**v))) == NULL ||
	    ((*v)[*n].r = rec_dup(r)) == NULL)
		err(EX_OSERR, NULL);
	(*v)[(*n)++].due = due;
}

/* A field on the reminder's line, kept until exit, or die. */
static const char *
clean(const char *s)
{
	char *c;

	if ((c = str_oneline(s)) == NULL)
		err(EX_OSERR, NULL);
	return str_keep(c);
}

/* A word for the suggested command line, quoted for sh when needed. */
static void
put_word(const char *s)
{
	if (*s != '\0' && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./_-") == strlen(s)) {
		fputs(s, stdout);
		return;
	}
	putchar('\'');
	for (; *s != '\0'; s++)
		if (*s == '\'')
			fputs("'\\''", stdout);
		else
			putchar(*s);
	putchar('\'');
}

static void
remind(const struct table *t, const struct item *it, long today)
{
	const char *with = clean(rec_field(t, it->r, FOLLOWUPS_WITH));
	const char *note = clean(rec_field(t, it->r, FOLLOWUPS_NOTE));
	long d = it->due - today;

	printf("%lld %s (", it->r->id, rec_field(t, it->r, FOLLOWUPS_DUE));
	if (d == 0)
		printf("today");
	else if (d < 0)
		printf("%ld day%s overdue", -d, d == -1 ? "" : "s");
	else
		printf("in %ld day%s", d, d == 1 ? "" : "s");
	printf(") %s%s%s\n", with, *note ? ": " : "", note);
}

/* Negotiations with no current BATNA for their goal, or their person. */
static void
no_batna(const struct table *t, const struct item *v, size_t n)
{
	long long *goals = NULL, g;
	const char *with, *due;
	long ng;
	size_t i;
	int ready;

	if (n == 0)
		return;
	if ((ng = batna_goals(&goals)) == -1)
		career_die();
	for (i = 0; i < n; i++) {
		g = strtoll(rec_field(t, v[i].r, FOLLOWUPS_GOAL), NULL, 10);
		with = rec_field(t, v[i].r, FOLLOWUPS_WITH);
		if (g > 0)
			ready = batna_has(goals, ng, g);
		else if ((ready = batna_with(with)) == -1)
			career_die();
		if (ready)
			continue;
		with = clean(with);
		due = rec_field(t, v[i].r, FOLLOWUPS_DUE);
		printf("no BATNA prepared for the negotiation with %s on %s "
		    "(batna-set ", with, due);
		if (g > 0)
			printf("-g %lld ", g);
		printf("-w ");
		put_word(with);
		printf(" -d %s -m MINIMUM -a ALTERNATIVE)\n", due);
	}
	free(goals);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "ahead", required_argument, NULL, 'a' },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct item *due = NULL, *talks = NULL;
	size_t ndue = 0, ntalks = 0, i;
	long ahead = 0, today, days;
	int ch, mode = -1;
	const char *errstr, *s;
	struct out *o;
	struct record *r;
	struct table *t;

	while ((ch = getopt_long(argc, argv, "a:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'a':
			ahead = strtonum(optarg, 0, 3650, &errstr);
			if (errstr != NULL)
				errx(EX_USAGE, "--ahead %s: %s (want 0 to "
				    "3650 days)", optarg, errstr);
			break;
		case OPT_IDS: mode = OPT_IDS; break;
		default:
			if (out_option(ch, &mode, NULL) == -1)
				career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);

	/* For cron: a broken setup says so, where nothing due is silent. */
	if (store_check() == -1)
		career_die();
	today = date_today();
	if ((t = table_open(&schema_followups)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL) {
		if (strcmp(rec_field(t, r, FOLLOWUPS_STATUS), "open") != 0)
			continue;
		s = rec_field(t, r, FOLLOWUPS_DUE);
		if (!date_valid(s) || date_parse(s, &days) == -1) {
			/* Through career_fail: the value's controls shown. */
			career_fail(EX_DATAERR, "%s:%ld: due '%.40s' is not a "
			    "date", table_name(t), r->line, s);
			career_die();
		}
		if (days <= today + ahead)
			keep(&due, &ndue, days, r);
		/* A BATNA is prepared for the big conversation, ahead. */
		if (strcmp(rec_field(t, r, FOLLOWUPS_NEGOTIATION), "yes") == 0 &&
		    days >= today && days <= today + BATNA_DAYS)
			keep(&talks, &ntalks, days, r);
	}
	if (table_error(t))
		career_die();
	if (ndue > 0)
		qsort(due, ndue, sizeof(*due), cmp_item);
	if (mode == -1) {
		for (i = 0; i < ndue; i++)
			remind(t, &due[i], today);
		if (ntalks > 0)
			qsort(talks, ntalks, sizeof(*talks), cmp_item);
		no_batna(t, talks, ntalks);
	} else if (mode == OPT_IDS) {
		for (i = 0; i < ndue; i++)
			printf("%lld\n", due[i].r->id);
	} else {
		o = out_open_table(mode, t, brief);
		for (i = 0; i < ndue; i++)
			out_record(o, due[i].r);
		if (out_close(o) == -1)
			career_die();
	}
	career_exit(0);
}
