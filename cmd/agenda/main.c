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
 * agenda: a Markdown agenda for the next one-on-one with the manager, or
 * with anyone: the follow-ups due, progress on the agreed goals and the
 * wins since the last meeting, the open gaps, and what was asked of them.
 * Never the BATNA.
 */
#include <getopt.h>
#include <stdio.h>

#include "core.h"
#include "method.h"
#include "agenda.h"

static const char synopsis[] = "agenda [-w with] [--since date]";

enum { OPT_SINCE = OPT_LOCAL };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "with", required_argument, NULL, 'w' },
		{ "since", required_argument, NULL, OPT_SINCE },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct agenda a;
	const char *with = NULL, *since = NULL;
	int ch, rv;

	while ((ch = getopt_long(argc, argv, "w:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'w': with = optarg; break;
		case OPT_SINCE: since = optarg; break;
		default: career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	/* The person -w names, as people.csv knows them; warned if nobody. */
	if (people_load() == -1 || (with != NULL && !str_blank(with) &&
	    (with = person_read(with)) == NULL))
		career_die();
	rv = agenda_open(&a, with, since) == -1 || agenda_write(&a) == -1;
	agenda_close(&a);
	if (rv)
		career_die();
	career_exit(0);
}
