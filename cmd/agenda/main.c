/*
 * agenda: a Markdown agenda for the next one-on-one with the manager, or
 * with anyone; the work is lib/agenda.c.  Never the BATNA.
 */
#include <getopt.h>
#include <stdio.h>

#include "career.h"

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
	const char *with = NULL, *since = NULL;
	int ch;

	while ((ch = getopt_long(argc, argv, "w:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'w': with = optarg; break;
		case OPT_SINCE: since = optarg; break;
		case 'h': career_usage(synopsis, 1);
		case OPT_VERSION: career_version();
		default: career_usage(synopsis, 0);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	if (agenda_write(with, since) == -1)
		career_die();
	career_exit(0);
}
