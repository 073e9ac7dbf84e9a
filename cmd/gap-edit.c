/* gap-edit: edit a gap in $VISUAL or $EDITOR. */
#include <getopt.h>

#include "core.h"
#include "method.h"

static const char synopsis[] = "gap-edit id";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	long long id;
	int ch;

	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1)
		career_option(ch, synopsis);
	argc -= optind;
	argv += optind;
	if (argc != 1)
		career_usage(synopsis, 0);
	if ((id = id_parse(argv[0])) == -1 ||
	    record_edit(&schema_gaps, id) == -1)
		career_die();
	career_exit(0);
}
