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
 * person-add: add someone to the people of the plan, with the aliases
 * they go by and who they are to you, so that every command knows them
 * by any of those names and the method knows whom a plan was shown to.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

static const char synopsis[] =
    "person-add [-q] [-a alias] ... [-r relation] [-n note] name ...";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "alias", required_argument, NULL, 'a' },
		{ "relation", required_argument, NULL, 'r' },
		{ "note", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *rel = "", *note = "";
	char **aliases = NULL;
	size_t na = 0;
	long long id;
	int ch, qflag = 0;

	while ((ch = getopt_long(argc, argv, "qa:r:n:h", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'a':
			if ((aliases = reallocarray(aliases, na + 1,
			    sizeof(*aliases))) == NULL)
				err(EX_OSERR, NULL);
			aliases[na++] = optarg;
			break;
		case 'r': rel = optarg; break;
		case 'n': note = optarg; break;
		default: career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		career_usage(synopsis, 0);
	if ((rel = field_value(PEOPLE_RELATION, rel)) == NULL ||
	    (note = field_value(PEOPLE_NOTE, note)) == NULL ||
	    store_lock() == -1 ||
	    (id = person_add(str_join(argc, argv), aliases, na, rel,
	    note)) == -1)
		career_die();
	if (!qflag)
		printf("%lld\n", id);
	career_exit(0);
}
