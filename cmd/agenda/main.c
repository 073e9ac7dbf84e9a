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
	rv = agenda_open(&a, with, since) == -1 || agenda_write(&a) == -1;
	agenda_close(&a);
	if (rv)
		career_die();
	career_exit(0);
}
