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

/* goal-set: change fields of a goal. */
#include <err.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

static const char synopsis[] = "goal-set id field=value ...";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char **names, **values;
	struct table *t;
	long long id;
	char *eq;
	int ch, i, n;

	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1)
		career_option(ch, synopsis);
	argc -= optind;
	argv += optind;
	if (argc < 2)
		career_usage(synopsis, 0);
	if ((id = id_parse(argv[0])) == -1)
		career_die();

	if (store_lock() == -1 || (t = table_open(&schema_goals)) == NULL)
		career_die();
	n = argc - 1;
	if ((names = calloc(n + 1, sizeof(char *))) == NULL ||
	    (values = calloc(n + 1, sizeof(char *))) == NULL)
		err(EX_OSERR, NULL);
	for (i = 0; i < n; i++) {
		if ((eq = strchr(argv[i + 1], '=')) == NULL || eq == argv[i + 1])
			errx(EX_USAGE, "%s: want field=value", argv[i + 1]);
		*eq = '\0';
		names[i] = argv[i + 1];
		if ((values[i] = field_typed(t, names[i], eq + 1)) == NULL)
			career_die();
	}
	names[n] = "updated";
	values[n] = date_today_str();
	if (table_update(t, &id, 1, names, values, n + 1) == -1)
		career_die();
	career_exit(0);
}
