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

/* person-list: the people of the plan, for a person, a pipe or completion. */
#include <getopt.h>
#include <stdio.h>

#include "core.h"
#include "list.h"
#include "method.h"

static const char synopsis[] =
    "person-list [-r relation] [--names | --ids] [--safe] [--no-header]\n"
    "            [--csv | --tsv | --json | --jsonl | --table]";

enum { OPT_NAMES = OPT_LOCAL };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "relation", required_argument, NULL, 'r' },
		{ "names", no_argument, NULL, OPT_NAMES },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *rel = NULL;
	int ch, ids = 0, names = 0, mode = OUT_AUTO;

	while ((ch = getopt_long(argc, argv, "r:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'r': rel = optarg; break;
		case OPT_NAMES: names = 1; break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	if (optind != argc || (names && (ids || mode != OUT_AUTO)))
		career_usage(synopsis, 0);
	if ((rel != NULL && (rel = field_value(PEOPLE_RELATION, rel)) ==
	    NULL) || person_list(mode, ids, names, rel) == -1)
		career_die();
	career_exit(0);
}
