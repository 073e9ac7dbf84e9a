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
 * goal-done: mark goals done, or dropped: named by id or by a filter (as
 * career-list takes it), all of them or none.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "list.h"
#include "method.h"

static const char synopsis[] = "goal-done [-x] id ...\n"
    "goal-done [-x] filter ...";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "drop", no_argument, NULL, 'x' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *names[] = { "status", "updated" };
	const char *values[] = { "done", date_today_str() };
	struct table *t;
	long long *ids;
	long n, i;
	int ch;

	while ((ch = getopt_long(argc, argv, "xh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'x': values[0] = "dropped"; break;
		default: career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		career_usage(synopsis, 0);
	if (store_lock() == -1 ||
	    (n = filter_ids(&schema_goals, argc, argv, &ids)) == -1 ||
	    (t = table_open(&schema_goals)) == NULL ||
	    (n > 0 && table_update(t, ids, n, names, values, 2) == -1))
		career_die();
	/* Chosen by a filter, the goals changed are named, one a line. */
	for (i = 0; argv[0][strspn(argv[0], "0123456789")] != '\0' && i < n;
	    i++)
		printf("%lld\n", ids[i]);
	free(ids);
	career_exit(0);
}
