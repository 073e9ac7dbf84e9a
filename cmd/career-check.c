/* career-check: check the whole store and report every problem. */
#include <getopt.h>
#include <stdio.h>

#include "core.h"

static const char synopsis[] = "career-check [-q]";

static int qflag;

static void
report(const char *file, long line, const char *msg)
{
	if (qflag)
		return;
	if (line > 0)
		printf("%s:%ld: %s\n", file, line, msg);
	else
		printf("%s: %s\n", file, msg);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	long n;
	int ch;

	while ((ch = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	if ((n = store_fsck(report)) == -1)
		career_die();
	/* 1, like grep and diff: it found something. */
	career_exit(n > 0);
}
