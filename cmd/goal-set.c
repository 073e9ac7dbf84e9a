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
 * goal-set: change fields of goals, named by id or by a filter (as
 * career-list takes it), all of them or none.
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
    "goal-set id ... field=value ...\n"
    "goal-set filter ... -- field=value ...";

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
	long long *ids;
	long nids, i;
	int ch, n, sel;
	char *eq;

	/* "+": a filter word is no option, and "--" stays to end it. */
	while ((ch = getopt_long(argc, argv, "+h", longopts, NULL)) != -1)
		/* --help lists the fields, with their kinds. */
		if (ch == 'h')
			career_help(synopsis, 1, &schema_goals);
		else
			career_option(ch, synopsis);
	argc -= optind;
	argv += optind;
	/* The goals: the words before "--", else the leading ids. */
	for (sel = 0; sel < argc && strcmp(argv[sel], "--") != 0; sel++)
		;
	if (sel == argc)
		for (sel = 0; sel < argc && argv[sel][0] != '\0' &&
		    strspn(argv[sel], "0123456789") == strlen(argv[sel]); sel++)
			;
	n = argc - sel - (sel < argc && strcmp(argv[sel], "--") == 0);
	if (sel == 0 || n == 0)
		career_usage(synopsis, 0);

	if (store_lock() == -1 ||
	    (nids = filter_ids(&schema_goals, sel, argv, &ids)) == -1 ||
	    (t = table_open(&schema_goals)) == NULL)
		career_die();
	if ((names = calloc(n + 1, sizeof(char *))) == NULL ||
	    (values = calloc(n + 1, sizeof(char *))) == NULL)
		err(EX_OSERR, NULL);
	for (i = 0; i < n; i++) {
		names[i] = argv[argc - n + i];
		if ((eq = strchr(names[i], '=')) == NULL || eq == names[i])
			errx(EX_USAGE, "%s: want field=value", names[i]);
		*eq = '\0';
		if ((values[i] = field_typed(t, names[i], eq + 1)) == NULL)
			career_die();
	}
	names[n] = "updated";
	values[n] = date_today_str();
	if (nids > 0 && table_update(t, ids, nids, names, values, n + 1) == -1)
		career_die();
	/* Chosen by a filter, the goals changed are named. */
	for (i = 0; argv[0][strspn(argv[0], "0123456789")] != '\0' &&
	    i < nids; i++)
		printf("%lld\n", ids[i]);
	free(ids);
	free(names);
	free(values);
	career_exit(0);
}
