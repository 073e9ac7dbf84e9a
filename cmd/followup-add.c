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

/* followup-add: schedule a follow-up, once or on a cadence; -l lists them. */
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
    "followup-add [-qN] [-g goal] [-e every] -w with date [note ...]\n"
    "followup-add -l [-g goal] [-w with] [--all] [--ids] [--safe] [--no-header]\n"
    "             [--csv | --tsv | --json | --jsonl | --table]";

static const char *const brief[] = { "id", "goal", "with", "due", "every",
    "status", "note", NULL };

enum { OPT_ALL = OPT_LOCAL };

/* -l -w: the follow-ups with whom with names, as out_list prints them. */
static int
list_with(int mode, int ids, long long goal, int all, const char *with)
{
	struct out *o = NULL;
	struct record *r;
	struct table *t;
	int rv;

	if ((with = person_read(with)) == NULL ||
	    (t = table_open(&schema_followups)) == NULL)
		return -1;
	if (!ids)
		o = out_open_table(mode, t, brief);
	while ((r = table_next(t)) != NULL) {
		if ((goal != 0 && strtoll(rec_field(t, r, FOLLOWUPS_GOAL),
		    NULL, 10) != goal) || (!all &&
		    strcmp(rec_field(t, r, FOLLOWUPS_STATUS), "open") != 0) ||
		    !person_same(rec_field(t, r, FOLLOWUPS_WITH), with))
			continue;
		if (ids)
			printf("%lld\n", r->id);
		else
			out_record(o, r);
	}
	rv = table_error(t) ? -1 : 0;
	if (o != NULL && out_close(o) == -1)
		rv = -1;
	table_close(t);
	return rv;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "goal", required_argument, NULL, 'g' },
		{ "every", required_argument, NULL, 'e' },
		{ "with", required_argument, NULL, 'w' },
		{ "negotiation", no_argument, NULL, 'N' },
		{ "list", no_argument, NULL, 'l' },
		{ "all", no_argument, NULL, OPT_ALL },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *goal = "", *every = "", *with = NULL;
	int ch, qflag = 0, lflag = 0, all = 0, ids = 0, mode = OUT_AUTO;
	int nflag = 0;
	long long goalid = 0;
	struct record *r;
	struct table *t;

	while ((ch = getopt_long(argc, argv, "qg:e:w:Nlh", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'g': goal = optarg; break;
		case 'e': every = optarg; break;
		case 'w': with = optarg; break;
		case 'N': nflag = 1; break;
		case 'l': lflag = 1; break;
		case OPT_ALL: all = 1; break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (*goal != '\0' && (goalid = id_parse(goal)) == -1)
		career_die();
	if (lflag) {
		if (argc > 0 || qflag || *every || nflag ||
		    (with != NULL && str_blank(with)))
			career_usage(synopsis, 0);
		if ((with != NULL ? list_with(mode, ids, goalid, all, with) :
		    out_list(&schema_followups, mode, ids, brief, goalid,
		    all ? NULL : "open")) == -1)
			career_die();
		career_exit(0);
	}
	if (argc == 0 || all || ids || mode != OUT_AUTO)
		career_usage(synopsis, 0);
	if (with == NULL)
		errx(EX_USAGE, "a follow-up needs -w with: who it is with");
	/* A new person is added once the follow-up is written. */
	if (store_lock() == -1 ||
	    (t = table_open(&schema_followups)) == NULL ||
	    (r = rec_new(t)) == NULL ||
	    rec_put(t, r, FOLLOWUPS_GOAL, goal) == -1 ||
	    rec_put(t, r, FOLLOWUPS_WITH, with) == -1 ||
	    rec_put(t, r, FOLLOWUPS_DUE, argv[0]) == -1 ||
	    rec_put(t, r, FOLLOWUPS_EVERY, every) == -1 ||
	    rec_put(t, r, FOLLOWUPS_NOTE, str_join(argc - 1, argv + 1)) == -1 ||
	    rec_put(t, r, FOLLOWUPS_STATUS, "open") == -1 ||
	    rec_put(t, r, FOLLOWUPS_CREATED, "today") == -1 ||
	    rec_put(t, r, FOLLOWUPS_NEGOTIATION, nflag ? "yes" : "") == -1 ||
	    (with = person_name(with)) == NULL ||
	    rec_put(t, r, FOLLOWUPS_WITH, with) == -1 ||
	    table_append(t, &r, 1) == -1 ||
	    person_write(with, NULL, qflag) == -1)
		career_die();
	if (!qflag)
		printf("%lld\n", r->id);
	career_exit(0);
}
