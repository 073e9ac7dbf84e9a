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
 * conflicts.c: career-git conflicts, the values a sync's merge set aside
 * because the other side changed the same field to something else, and
 * -r to bring one back.
 */
#include <err.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "sync.h"
#include "../career-merge/conflicts.h"

static const char synopsis[] = "career-git conflicts [-r id ...]";

struct swap {
	long long id;
	const char *value, *kept;
};

/* The conflict restored: now the value replaced is the one set aside. */
static int
swap(struct table *t, struct record *r, void *arg)
{
	struct swap *sw = arg;

	if (r != NULL && r->id == sw->id) {
		rec_set(t, r, CF_VALUE, sw->value);
		rec_set(t, r, CF_KEPT, sw->kept);
	}
	return 0;
}

/* Put conflict id's value back in its record.  0 or -1. */
static int
restore(long long id)
{
	const struct schema *s;
	struct table *t, *ft;
	struct record *r;
	struct swap sw;
	const char *field, *value, *errstr;
	char *cur;
	long long rid;

	if ((t = table_open(&schema_conflicts)) == NULL ||
	    (r = table_find(t, id)) == NULL)
		return -1;
	if ((s = schema_file(rec_field(t, r, CF_FILE))) == NULL)
		return career_fail(EX_DATAERR, "conflict %lld: %s: not a file "
		    "of the store", id, rec_field(t, r, CF_FILE));
	rid = strtonum(rec_field(t, r, CF_RECORD), 1, LLONG_MAX, &errstr);
	if (errstr != NULL)
		return career_fail(EX_DATAERR, "conflict %lld: record %s: %s",
		    id, rec_field(t, r, CF_RECORD), errstr);
	field = str_keep(strdup(rec_field(t, r, CF_FIELD)));
	value = str_keep(strdup(rec_field(t, r, CF_VALUE)));
	table_close(t);
	if ((ft = table_open(s)) == NULL)
		return -1;
	if ((r = table_find(ft, rid)) == NULL) {
		table_close(ft);
		return career_fail(EX_DATAERR, "%s %lld: no such %s: it was "
		    "removed since", s->noun, rid, s->noun);
	}
	if ((value = field_typed(ft, field, value)) == NULL ||
	    table_col(ft, field) == -1) {
		table_close(ft);
		return career_fail(EX_DATAERR, "conflict %lld: %s", id,
		    career_errmsg());
	}
	cur = str_keep(strdup(rec_get(r, table_col(ft, field))));
	table_close(ft);
	if ((ft = table_open(s)) == NULL ||
	    table_update(ft, &rid, 1, &field, &value, 1) == -1)
		return -1;
	table_close(ft);
	sw.id = id;
	sw.value = cur;
	sw.kept = value;
	if ((t = table_open(&schema_conflicts)) == NULL ||
	    table_rewrite(t, swap, &sw) == -1)
		return -1;
	table_close(t);
	printf("%s %lld: %s is \"%s\" again\n", s->noun, rid, field, value);
	return 0;
}

void
conflicts_main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "restore", no_argument, NULL, 'r' },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const brief[] = { "id", "file", "record", "field",
	    "value", "kept", "date", NULL };
	struct table *t;
	struct record *r;
	struct out *o;
	long long id;
	int ch, mode = OUT_AUTO, back = 0, i;

	while ((ch = getopt_long(argc, argv, "rh", longopts, NULL)) != -1) {
		if (ch == 'r')
			back = 1;
		else if (out_option(ch, &mode, NULL) == -1)
			career_option(ch, synopsis);
	}
	argc -= optind;
	argv += optind;
	if (back != (argc > 0))
		career_usage(synopsis, 0);
	if (back) {
		if (store_lock() == -1)
			career_die();
		for (i = 0; i < argc; i++)
			if ((id = id_parse(argv[i])) == -1 ||
			    restore(id) == -1)
				career_die();
		career_exit(0);
	}
	if ((t = table_open(&schema_conflicts)) == NULL)
		career_die();
	o = out_open_table(mode, t, brief);
	while ((r = table_next(t)) != NULL)
		out_record(o, r);
	if (table_error(t) || out_close(o) == -1)
		career_die();
	career_exit(0);
}
