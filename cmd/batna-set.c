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

/* batna-set: record the BATNA for a conversation; -l shows the current ones. */
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
    "batna-set [-q] [-g goal] [-w with] [-d date] -m minimum "
    "-a alternative [-b backup] ...\n"
    "batna-set -l [-g goal] [--ids] [--safe] [--no-header]\n"
    "          [--csv | --tsv | --json | --jsonl | --table]";

static const char *const brief[] = { "id", "goal", "with", "date",
    "minimum", "alternative", "backups", NULL };

/* Backups share one field, so the separator may not appear in one. */
#define SEP " | "

/* What a new BATNA replaces: the current one for its goal, or its with. */
struct key {
	long long goal, id;
	const char *with;
};

static int
replaces(const struct table *t, const struct record *r, const struct key *k)
{
	if (r->id == k->id ||
	    strcmp(rec_field(t, r, BATNA_STATUS), "current") != 0)
		return 0;
	if (k->goal != 0)
		return strtoll(rec_field(t, r, BATNA_GOAL), NULL, 10) ==
		    k->goal;
	return *rec_field(t, r, BATNA_GOAL) == '\0' &&
	    person_same(rec_field(t, r, BATNA_WITH), k->with);
}

static int
supersede(struct table *t, struct record *r, void *arg)
{
	if (r != NULL && replaces(t, r, arg))
		rec_set(t, r, BATNA_STATUS, "superseded");
	return 0;
}

/* The backups in one field, SEP between them. */
static char *
join(char *const *v, int n)
{
	size_t len = 1;
	char *s;
	int i;

	for (i = 0; i < n; i++)
		len += strlen(v[i]) + strlen(SEP);
	if ((s = malloc(len)) == NULL)
		err(EX_OSERR, NULL);
	*s = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0)
			strlcat(s, SEP, len);
		strlcat(s, v[i], len);
	}
	return s;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "goal", required_argument, NULL, 'g' },
		{ "with", required_argument, NULL, 'w' },
		{ "date", required_argument, NULL, 'd' },
		{ "minimum", required_argument, NULL, 'm' },
		{ "alternative", required_argument, NULL, 'a' },
		{ "backup", required_argument, NULL, 'b' },
		{ "list", no_argument, NULL, 'l' },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *goal = "", *date = "", *minimum = NULL, *alt = NULL;
	char **backups = NULL;
	struct key k = { 0, 0, "" };
	int ch, qflag = 0, lflag = 0, ids = 0, mode = OUT_AUTO, nb = 0;
	struct record *r;
	struct table *t;

	while ((ch = getopt_long(argc, argv, "qg:w:d:m:a:b:lh", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'g': goal = optarg; break;
		case 'w': k.with = optarg; break;
		case 'd': date = optarg; break;
		case 'm': minimum = optarg; break;
		case 'a': alt = optarg; break;
		case 'b':
			if (strchr(optarg, '|') != NULL)
				errx(EX_USAGE, "%s: a backup cannot hold '|' "
				    "(it separates backups)", optarg);
			if ((backups = reallocarray(backups, nb + 1,
			    sizeof(*backups))) == NULL)
				err(EX_OSERR, NULL);
			backups[nb++] = optarg;
			break;
		case 'l': lflag = 1; break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	if (*goal != '\0' && (k.goal = id_parse(goal)) == -1)
		career_die();
	if (lflag) {
		if (qflag || *k.with || *date || minimum || alt || nb)
			career_usage(synopsis, 0);
		if (out_list(&schema_batna, mode, ids, brief, k.goal,
		    "current") == -1)
			career_die();
		career_exit(0);
	}
	if (ids || mode != OUT_AUTO)
		career_usage(synopsis, 0);
	if (minimum == NULL || alt == NULL)
		errx(EX_USAGE, "a BATNA needs both -m minimum and "
		    "-a alternative");

	/* The new one and the old one superseded: one atomic write. */
	if (store_lock() == -1 || (t = table_open(&schema_batna)) == NULL ||
	    (r = rec_new(t)) == NULL ||
	    rec_put(t, r, BATNA_GOAL, goal) == -1 ||
	    rec_put(t, r, BATNA_WITH, k.with) == -1 ||
	    rec_put(t, r, BATNA_DATE, date) == -1 ||
	    rec_put(t, r, BATNA_MINIMUM, minimum) == -1 ||
	    rec_put(t, r, BATNA_ALTERNATIVE, alt) == -1 ||
	    rec_put(t, r, BATNA_BACKUPS, join(backups, nb)) == -1 ||
	    rec_put(t, r, BATNA_STATUS, "current") == -1 ||
	    rec_put(t, r, BATNA_CREATED, "today") == -1 ||
	    (!str_blank(k.with) &&
	    ((k.with = person_name(k.with)) == NULL ||
	    rec_put(t, r, BATNA_WITH, k.with) == -1)) ||
	    table_rewrite_add(t, supersede, &k, &r, 1) == -1 ||
	    (!str_blank(k.with) && person_write(k.with, NULL, qflag) == -1))
		career_die();
	k.id = r->id;
	if (!qflag)
		printf("%lld\n", k.id);
	career_exit(0);
}
