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
 * career-list: the records of any file of the store that match a filter,
 * in the order asked, as every listing prints them.  What is private (a
 * BATNA's content) is not shown: only batna-set shows it.
 */
#include <err.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"

static const char synopsis[] =
    "career-list [-s fields] [-n count] [--ids] [--safe] [--no-header]\n"
    "            [--csv | --tsv | --json | --jsonl | --table] "
    "file [filter ...]";

static const struct filter *order;

static int
cmp(const void *a, const void *b)
{
	return filter_cmp(order, *(struct record *const *)a,
	    *(struct record *const *)b);
}

/* The columns a listing of t shows: all but the private ones. */
static size_t
shown(const struct table *t, int *cols, const char **names)
{
	const struct schema *s = schema_file(table_name(t));
	size_t i, n = 0;
	int c;

	for (i = 0; i < table_ncols(t); i++) {
		c = schema_col(s, table_colname(t, i));
		if (c != -1 && schema_column(c)->flags & COL_PRIVATE)
			continue;
		cols[n] = i;
		names[n++] = table_colname(t, i);
	}
	return n;
}

/* Print row r: its id, or the columns shown. */
static void
put(struct out *o, const struct record *r, const int *cols,
    const char **vals, size_t n)
{
	size_t i;

	if (o == NULL) {
		printf("%lld\n", r->id);
		return;
	}
	for (i = 0; i < n; i++)
		vals[i] = rec_get(r, cols[i]);
	out_row(o, vals);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "sort", required_argument, NULL, 's' },
		{ "count", required_argument, NULL, 'n' },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *keys = NULL, *errstr, **names, **vals;
	long long count = -1, i, n = 0;
	int ch, mode = OUT_AUTO, ids = 0, *cols;
	struct record *r, **rows = NULL;
	const struct schema *s;
	struct filter *f;
	struct out *o = NULL;
	struct table *t;
	size_t ncols;

	while ((ch = getopt_long(argc, argv, "s:n:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 's': keys = optarg; break;
		case 'n':
			count = strtonum(optarg, 0, LLONG_MAX, &errstr);
			if (errstr != NULL)
				errx(EX_USAGE, "-n %s: %s", optarg, errstr);
			break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		career_usage(synopsis, 0);
	if ((s = schema_file(argv[0])) == NULL)
		errx(EX_USAGE, "%s: not a file of the store (career fields "
		    "lists them)", argv[0]);
	if ((f = filter_parse(s, argc - 1, argv + 1)) == NULL ||
	    (keys != NULL && filter_sort(f, keys) == -1) ||
	    (t = table_open(s)) == NULL || filter_bind(f, t) == -1)
		career_die();
	if ((cols = calloc(table_ncols(t), sizeof(*cols))) == NULL ||
	    (names = calloc(table_ncols(t), sizeof(*names))) == NULL ||
	    (vals = calloc(table_ncols(t), sizeof(*vals))) == NULL)
		err(EX_OSERR, NULL);
	ncols = shown(t, cols, names);
	if (!ids)
		o = out_open(mode, ncols, names);
	/* Unsorted, rows stream; sorted, the matches are kept to sort. */
	while ((r = table_next(t)) != NULL && (filter_sorts(f) || n != count)) {
		if (!filter_match(f, t, r))
			continue;
		if (!filter_sorts(f)) {
			put(o, r, cols, vals, ncols);
			n++;
		} else if ((rows = reallocarray(rows, n + 2,
		    sizeof(*rows))) == NULL || (rows[n++] = rec_dup(r)) == NULL)
			err(EX_OSERR, NULL);
	}
	if (table_error(t))
		career_die();
	if (filter_sorts(f) && n > 0) {
		order = f;
		qsort(rows, n, sizeof(*rows), cmp);
		for (i = 0; i < n && i != count; i++)
			put(o, rows[i], cols, vals, ncols);
		rows[n] = NULL;
		table_free_rows(rows);
	}
	if (o != NULL && out_close(o) == -1)
		career_die();
	filter_free(f);
	table_close(t);
	free(cols);
	free(names);
	free(vals);
	career_exit(0);
}
