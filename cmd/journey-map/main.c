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
 * journey-map: the career journey as one picture (an SVG) or, with
 * --text, as a timeline on a terminal.  Never the BATNA.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>

#include "core.h"
#include "list.h"
#include "method.h"
#include "journeymap.h"

static const char synopsis[] = "journey-map [-o file] [--text]";

enum { OPT_TEXT = OPT_LOCAL };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "text", no_argument, NULL, OPT_TEXT },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct map m;
	char tmp[PATH_MAX];
	const char *file = NULL;
	FILE *fp = stdout;
	int ch, astext = 0, rv;

	while ((ch = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'o': file = optarg; break;
		case OPT_TEXT: astext = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);

	/* The store first: a file that does not parse leaves no output. */
	if (map_open(&m) == -1)
		career_die();
	if (file != NULL && out_file_open(file, &fp, tmp, sizeof(tmp)) == -1)
		career_die();
	rv = astext ? map_text(&m, fp) : map_svg(&m, fp);
	map_close(&m);
	if (rv == -1) {
		if (file != NULL && *tmp != '\0')
			unlink(tmp);
		career_die();
	}
	if (file != NULL && out_file_close(fp, file, tmp) == -1)
		career_die();
	career_exit(0);
}
