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
 * career-log: the writes in the store's journal, newest first, each with
 * what it changed in words: what career-undo would take back.
 */
#include <err.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>
#include <time.h>

#include "core.h"
#include "journal.h"

static const char synopsis[] = "career-log [-n count]";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "count", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct journal j;
	const struct entry *e;
	const char *errstr;
	char when[32];
	long long count = -1;
	size_t i;
	time_t tt;
	int ch;

	while ((ch = getopt_long(argc, argv, "n:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'n':
			count = strtonum(optarg, 1, LLONG_MAX, &errstr);
			if (errstr != NULL)
				errx(EX_USAGE, "-n %s: %s", optarg, errstr);
			break;
		default: career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	if (store_check() == -1 || journal_read(&j) == -1)
		career_die();
	for (i = j.n; i-- > 0 && count-- != 0;) {
		e = &j.e[i];
		tt = e->when;
		strftime(when, sizeof(when), "%Y-%m-%d %H:%M", localtime(&tt));
		printf("%s  %s", when, e->prog);
		if (e->undo)
			printf(": took back %d write%s", e->undo,
			    e->undo == 1 ? "" : "s");
		printf("%s\n", e->undone ? " (undone)" : "");
		entry_describe(stdout, e, "\t");
	}
	journal_free(&j);
	career_exit(0);
}
