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
 * career-rm: remove records of any file of the store.  A record others
 * point at (a goal with its gaps, a gap with its questions) stays unless
 * -r removes those too, following the schema's references to the end.
 * People are named, not numbered: a record that names a person removed
 * points at them too.  The ids removed are never given again, and
 * career-undo puts all back.
 */
#include <err.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

static const char synopsis[] = "career-rm [-nrv] file id ...";

#define MAXFILES 64

/* The records to remove, by file (schema id). */
static struct idbits doomed[MAXFILES];
static long long ndoomed[MAXFILES];

static void
doom(const struct schema *s, long long id)
{
	if (s->id < 0 || s->id >= MAXFILES)
		errx(EX_SOFTWARE, "%s: too many files", s->file);
	if (idbits_add(&doomed[s->id], id) == -1)
		career_die();
	ndoomed[s->id]++;
}

static int
is_doomed(const struct schema *s, long long id)
{
	return s->id >= 0 && s->id < MAXFILES && ndoomed[s->id] > 0 &&
	    idbits_has(&doomed[s->id], id);
}

/* The record of file to whom column c of r points, or -1. */
static long long
target(const struct table *t, const struct record *r, const struct column *c,
    int col, const struct schema **to)
{
	const struct person *p;
	const char *v, *errstr;
	long long id;

	v = rec_field(t, r, col);
	if (c->kind == COL_PERSON) {
		*to = &schema_people;
		return *v != '\0' && ndoomed[FILE_PEOPLE] > 0 &&
		    person_find(v, &p) == 1 ? p->id : -1;
	}
	*to = c->ref;
	id = strtonum(v, 1, LLONG_MAX, &errstr);
	return c->kind == COL_REF && c->ref != NULL && errstr == NULL ?
	    id : -1;
}

/*
 * One pass over s: the records that point at a doomed one.  With follow
 * they are doomed too; without, the first is an error.  The number of
 * records newly doomed.
 */
static long
pointers(const struct schema *s, int follow)
{
	const struct schema *to;
	const struct column *col;
	struct table *t;
	struct record *r;
	long long ref;
	long found = 0;
	size_t i;

	if ((t = table_open(s)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL) {
		if (is_doomed(s, r->id))
			continue;
		for (i = 0; i < s->ncols; i++) {
			col = &s->cols[i];
			if ((ref = target(t, r, col, COL_OF(s->id, i), &to)) ==
			    -1 || !is_doomed(to, ref))
				continue;
			if (!follow)
				errx(EX_DATAERR, "%s %lld: %s %lld %s it "
				    "(its %s); -r removes it too", to->noun,
				    ref, s->noun, r->id, col->kind ==
				    COL_PERSON ? "names" : "points at",
				    col->name);
			doom(s, r->id);
			found++;
			break;
		}
	}
	if (table_error(t))
		career_die();
	table_close(t);
	return found;
}

static int
drop(struct table *t, struct record *r, void *arg)
{
	const struct schema *s = arg;

	(void)t;
	return r != NULL && is_doomed(s, r->id) ? REC_DROP : 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "recursive", no_argument, NULL, 'r' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const struct schema *s;
	struct table *t;
	struct record *r;
	long long id;
	size_t i;
	long more;
	int ch, nflag = 0, rflag = 0, vflag = 0, k;

	while ((ch = getopt_long(argc, argv, "nrvh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'n': nflag = 1; break;
		case 'r': rflag = 1; break;
		case 'v': vflag = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 2)
		career_usage(synopsis, 0);
	if ((s = schema_file(argv[0])) == NULL)
		errx(EX_USAGE, "%s: not a file of the store (career fields "
		    "lists them)", argv[0]);
	if (store_lock() == -1)
		career_die();
	for (k = 1; k < argc; k++) {
		if ((id = ref_check(s, s->noun, argv[k])) == -1)
			career_die();
		doom(s, id);
	}
	/* Until no file has a record pointing at one removed. */
	do {
		more = 0;
		for (i = 0; schemas[i] != NULL; i++)
			more += pointers(schemas[i], rflag);
	} while (more > 0);
	for (i = 0; schemas[i] != NULL; i++) {
		s = schemas[i];
		if (ndoomed[s->id] == 0)
			continue;
		if (nflag || vflag) {
			if ((t = table_open(s)) == NULL)
				career_die();
			while ((r = table_next(t)) != NULL)
				if (is_doomed(s, r->id))
					printf("%s%s %lld\n", nflag ?
					    "would remove " : "removed ",
					    s->noun, r->id);
			table_close(t);
		}
		if (!nflag && ((t = table_open(s)) == NULL ||
		    table_rewrite(t, drop, (void *)s) == -1))
			career_die();
		if (!nflag)
			table_close(t);
	}
	career_exit(0);
}
