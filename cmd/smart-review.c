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
 * smart-review: judge goals against the SMART criteria.  Like grep and
 * diff, it exits 1 when it found something: a criterion not met.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

static const char synopsis[] =
    "smart-review [-q] [id ...]\n"
    "smart-review [-q] -";

static int qflag;

/* One line per criterion: "3 Lead the Q3 release: measurable: no: ...". */
static int
review(struct smart *s, const struct table *t, const struct record *r)
{
	static const char *const result[] = { "yes", "no", "stretch" };
	struct smart_verdict v[SMART_N];
	const char *title;
	char who[96];
	char *line;
	int i, failed;

	if ((failed = smart_judge(s, t, r, v)) == -1)
		career_die();
	title = rec_field(t, r, GOALS_TITLE);
	/* One line per verdict, whatever the title holds. */
	if ((line = str_oneline(*title ? title : "(no title)")) == NULL)
		err(EX_OSERR, NULL);
	if (r->id != 0)
		snprintf(who, sizeof(who), "%lld ", r->id);
	else
		snprintf(who, sizeof(who), "%s:%ld ", table_name(t), r->line);
	for (i = 0; i < SMART_N; i++) {
		if (qflag && v[i].result != SMART_NOT_MET)
			continue;
		/* fputs, not printf: a million goals make five million lines. */
		fputs(who, stdout);
		fputs(line, stdout);
		fputs(": ", stdout);
		fputs(smart_criteria[i], stdout);
		fputs(": ", stdout);
		fputs(result[v[i].result], stdout);
		if (*v[i].why != '\0') {
			fputs(": ", stdout);
			fputs(v[i].why, stdout);
		}
		putchar('\n');
	}
	free(line);
	return failed > 0;
}

/*
 * Goals read as CSV on stdin, judged against the store and each other.
 * Relevance needs all of them first, so stdin is kept in a temporary
 * file and read twice: memory stays small whatever its size.
 */
static int
from_stdin(struct smart *s)
{
	char buf[65536];
	struct record *r;
	struct table *in;
	FILE *spool;
	size_t n;
	int pass, found = 0;

	if ((spool = tmpfile()) == NULL)
		err(EX_CANTCREAT, "temporary file");
	while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0)
		if (fwrite(buf, 1, n, spool) != n)
			err(EX_IOERR, "temporary file");
	if (ferror(stdin))
		err(EX_IOERR, "stdin");
	for (pass = 0; pass < 2; pass++) {
		rewind(spool);
		if ((in = table_fopen(spool, "-", &schema_goals)) == NULL)
			career_die();
		while ((r = table_next(in)) != NULL)
			if (pass == 0 ? smart_add(s, in, r) == -1 :
			    (found |= review(s, in, r), 0))
				career_die();
		if (table_error(in))
			career_die();
		table_close(in);
		if (pass == 0 && smart_load(s) == -1)
			career_die();
	}
	fclose(spool);
	return found;
}

/* The goals named, in the order named; all of them exist or none is judged. */
static int
from_ids(struct smart *s, int argc, char *argv[])
{
	struct record **recs, *r;
	struct table *t;
	long long *ids;
	int i, found = 0;

	if ((ids = calloc(argc, sizeof(*ids))) == NULL ||
	    (recs = calloc(argc + 1, sizeof(*recs))) == NULL)
		err(EX_OSERR, NULL);
	for (i = 0; i < argc; i++)
		if ((ids[i] = id_parse(argv[i])) == -1)
			career_die();
	if ((t = table_open(&schema_goals)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL)
		for (i = 0; i < argc; i++)
			if (ids[i] == r->id && (recs[i] = rec_dup(r)) == NULL)
				career_die();
	if (table_error(t))
		career_die();
	for (i = 0; i < argc; i++)
		if (recs[i] == NULL)
			errx(EX_DATAERR, "goal %lld: no such goal", ids[i]);
	for (i = 0; i < argc; i++)
		found |= review(s, t, recs[i]);
	table_free_rows(recs);
	free(ids);
	table_close(t);
	return found;
}

/* Every open goal of the store, in its order. */
static int
from_store(struct smart *s)
{
	struct record *r;
	struct table *t;
	int found = 0;

	if ((t = table_open(&schema_goals)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL)
		if (strcmp(rec_field(t, r, GOALS_STATUS), "open") == 0)
			found |= review(s, t, r);
	if (table_error(t))
		career_die();
	return found;
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
	struct smart *s;
	int ch, found;

	while ((ch = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;

	if ((s = smart_new()) == NULL)
		career_die();
	if (argc == 1 && strcmp(argv[0], "-") == 0)
		found = from_stdin(s);
	else {
		/* For cron: a broken setup says so; all SMART is silent. */
		if (store_check() == -1 || smart_load(s) == -1)
			career_die();
		found = argc > 0 ? from_ids(s, argc, argv) : from_store(s);
	}
	smart_close(s);
	/* 1, like grep and diff: a criterion is not met. */
	career_exit(found ? 1 : 0);
}
