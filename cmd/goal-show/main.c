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

/* goal-show: a goal seen whole, with everything the method keeps about it. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"
#include "show.h"

static const char synopsis[] =
    "goal-show [-b] [--csv | --tsv | --json | --jsonl] [--safe] "
    "[--no-header] goal ...\n"
    "goal-show [-b] [--csv | --tsv | --json | --jsonl] [--safe] "
    "[--no-header] filter ...";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "batna", no_argument, NULL, 'b' },
		{ "csv", no_argument, NULL, OPT_CSV },
		{ "tsv", no_argument, NULL, OPT_TSV },
		{ "json", no_argument, NULL, OPT_JSON },
		{ "jsonl", no_argument, NULL, OPT_JSONL },
		{ "safe", no_argument, NULL, OPT_SAFE },
		{ "no-header", no_argument, NULL, OPT_NO_HEADER },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct show v;
	struct record *g;
	struct out *o = NULL;
	long long *ids;
	long n;
	int ch, i, bflag = 0, idsflag = 0, mode = OUT_AUTO, rval = 0, shown = 0;

	while ((ch = getopt_long(argc, argv, "bh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'b': bflag = 1; break;
		default:
			if (out_option(ch, &mode, &idsflag) == -1)
				career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0 || idsflag || mode == OUT_TABLE)
		career_usage(synopsis, 0);
	/* Ids, or the goals a filter of career-list(1) matches, in file order. */
	if ((n = filter_ids(&schema_goals, argc, argv, &ids)) == -1 ||
	    show_load(&v, ids, n, bflag) == -1)
		career_die();
	/* Text for people wherever it goes; the rows only when asked. */
	if (mode != OUT_AUTO)
		o = out_open(mode, 6, show_columns);
	for (i = 0; i < n; i++) {
		if ((g = show_goal(&v, ids[i])) == NULL) {
			fflush(stdout);
			warnx("goal %lld: no such goal", ids[i]);
			rval = EX_DATAERR;
		} else if (o != NULL)
			show_rows(&v, o, g);
		else {
			if (shown++ > 0)
				putchar('\n');
			show_text(&v, g);
		}
	}
	if (o != NULL && out_close(o) == -1)
		career_die();
	free(ids);
	career_exit(rval);
}
