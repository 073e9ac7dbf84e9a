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
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include "core.h"
#include "list.h"
#include "journal.h"

static const char synopsis[] = "career-log [-n count] [--safe] [--no-header] "
    "[--csv | --tsv | --json | --jsonl | --table]";

/* For scripts: a row a change, its words without the noun and id. */
static void
rows(struct out *o, const struct entry *e, long long write, const char *when)
{
	static const char *const sep = ": ";
	const char *v[7];
	char nbuf[32], ibuf[32], *words = NULL;
	size_t i, len;
	FILE *fp;

	snprintf(nbuf, sizeof(nbuf), "%lld", write);
	for (i = 0; i < e->nc; i++) {
		snprintf(ibuf, sizeof(ibuf), "%lld", e->c[i].id);
		v[0] = nbuf;
		v[1] = when;
		v[2] = e->prog;
		v[3] = e->undone ? "yes" : "";
		v[4] = e->c[i].s->file;
		v[5] = ibuf;
		if ((fp = open_memstream(&words, &len)) == NULL)
			err(EX_OSERR, NULL);
		i = change_describe(fp, e, i);
		if (fclose(fp) != 0)
			err(EX_OSERR, NULL);
		v[6] = words + strspn(words, sep);
		out_row(o, v);
		free(words);
	}
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "count", required_argument, NULL, 'n' },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const names[] = { "write", "date", "command",
	    "undone", "file", "id", "change" };
	struct journal j;
	const struct entry *e;
	struct out *o = NULL;
	const char *errstr;
	char when[32];
	long long count = -1, write = 0;
	size_t i;
	time_t tt;
	int ch, rv, mode = -1;

	while ((ch = getopt_long(argc, argv, "n:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'n':
			count = strtonum(optarg, 1, LLONG_MAX, &errstr);
			if (errstr != NULL)
				errx(EX_USAGE, "-n %s: %s", optarg, errstr);
			break;
		default:
			if (out_option(ch, &mode, NULL) == -1)
				career_option(ch, synopsis);
		}
	}
	if (optind != argc)
		career_usage(synopsis, 0);
	if (store_check() == -1 || (rv = journal_read(&j)) == -1)
		career_die();
	if (rv == 1)
		warnx("%s", career_errmsg());
	if (mode != -1)
		o = out_open(mode, 7, names);
	for (i = j.n; i-- > 0 && count-- != 0;) {
		e = &j.e[i];
		tt = e->when;
		strftime(when, sizeof(when), "%Y-%m-%d %H:%M", localtime(&tt));
		if (o != NULL) {
			rows(o, e, ++write, when);
			continue;
		}
		printf("%s  %s", when, e->prog);
		if (e->undo)
			printf(": took back %d write%s", e->undo,
			    e->undo == 1 ? "" : "s");
		printf("%s\n", e->undone ? " (undone)" : "");
		entry_describe(stdout, e, "\t");
	}
	if (o != NULL && out_close(o) == -1)
		career_die();
	journal_free(&j);
	career_exit(0);
}
