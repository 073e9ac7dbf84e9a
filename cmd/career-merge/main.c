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
 * career-merge: the three-way merge of the store's CSV files, record by
 * record, that never leaves a conflict marker.  Alone, it is git's merge
 * driver for one file (%O %A %B %P); with -s, career-git sync runs it on
 * the whole store at once, so that a renumbered record's references are
 * rewritten in every file.
 */
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "method.h"
#include "merge.h"
#include "conflicts.h"

static const char synopsis[] = "career-merge [-q] base ours theirs path\n"
    "career-merge -s [-q] basedir oursdir theirsdir outdir";

static int quiet;

static struct mfile *
mfile_new(const struct schema *s)
{
	struct mfile *f;

	if ((f = calloc(1, sizeof(*f))) == NULL)
		err(EX_OSERR, NULL);
	f->s = s;
	/* Two people of one name are one person (people.c). */
	if (s == &schema_people)
		f->key = schema_column(PEOPLE_NAME)->name;
	/* One current BATNA a goal (or a person, without a goal). */
	if (s == &schema_batna) {
		f->status = schema_column(BATNA_STATUS)->name;
		f->current = "current";
		f->former = "superseded";
		f->group = schema_column(BATNA_GOAL)->name;
		f->groupkey = schema_column(BATNA_WITH)->name;
		f->later = schema_column(BATNA_CREATED)->name;
	}
	/* A gap's source is a feedback id when it is all digits. */
	if (s == &schema_gaps) {
		f->textref = schema_column(GAPS_SOURCE)->name;
		f->textref_to = &schema_feedback;
	}
	return f;
}

/* "2 goals", "1 progress entry". */
static void
count(FILE *fp, const char *sep, long n, const char *noun)
{
	size_t len = strlen(noun);

	if (n == 1)
		fprintf(fp, "%s1 %s", sep, noun);
	else if (len > 0 && noun[len - 1] == 'y')
		fprintf(fp, "%s%ld %.*sies", sep, n, (int)len - 1, noun);
	else if (strcmp(noun, "feedback") == 0)
		fprintf(fp, "%s%ld feedback records", sep, n);
	else
		fprintf(fp, "%s%ld %ss", sep, n, noun);
}

/* What came in, what was renumbered, what was kept aside. */
static void
report(FILE *fp, struct mfile **files, size_t n)
{
	const char *sep;
	size_t i, j, lost = 0;
	int what;

	for (what = 0; what < 3; what++) {
		sep = what == 0 ? "from the other clone: " : NULL;
		for (i = 0; i < n; i++) {
			long k = what == 0 ? files[i]->added : what == 1 ?
			    files[i]->changed : files[i]->removed;

			if (k == 0 || files[i]->s == &schema_conflicts)
				continue;
			if (sep == NULL)
				sep = what == 1 ? "; changed there: " :
				    "; removed there: ";
			count(fp, sep, k, files[i]->s->noun);
			sep = ", ";
		}
		if (what == 0 && sep != NULL && strcmp(sep, ", ") != 0)
			fputs("nothing new from the other clone", fp);
	}
	fputc('\n', fp);
	for (i = 0; i < n; i++)
		for (j = 0; j < files[i]->nren; j++)
			fprintf(fp, "%s %lld made here is now %s %lld\n",
			    files[i]->s->noun, files[i]->ren[j].from,
			    files[i]->s->noun, files[i]->ren[j].to);
	for (i = 0; i < n; i++)
		lost += files[i]->nlost;
	if (lost > 0)
		fprintf(fp, "%zu value%s changed on both sides lost and %s "
		    "kept in conflicts.csv: career-git conflicts\n", lost,
		    lost == 1 ? "" : "s", lost == 1 ? "is" : "are");
}

/*
 * Write f's result to path, whole or not at all; durable (fsync'd) for
 * git's driver, whose result is the work tree's file.  With -s the
 * results are scratch that career-git sync hands to git: no fsync, and
 * a result left by an earlier merge goes first, as the sync's scratch
 * directory is emptied, since a rename over a file makes some file
 * systems (ext4) write the new one out then and there, as if fsync'd.
 */
static int
put(struct mfile *f, const char *path, int durable)
{
	char tmp[PATH_MAX];

	if ((size_t)snprintf(tmp, sizeof(tmp), "%s.merge", path) >=
	    sizeof(tmp))
		return career_fail(EX_CANTCREAT, "%s: name too long", path);
	fflush(stdout);
	if (!durable && unlink(path) == -1 && errno != ENOENT)
		return career_fail(EX_CANTCREAT, "%s: %m", path);
	if (freopen(tmp, "w", stdout) == NULL)
		return career_fail(EX_CANTCREAT, "%s: %m", tmp);
	if (mfile_write(f) == -1 || fflush(stdout) == EOF ||
	    (durable && fsync(STDOUT_FILENO) == -1) ||
	    rename(tmp, path) == -1) {
		unlink(tmp);
		return career_fail(EX_IOERR, "%s: %m", path);
	}
	return 0;
}

/* Files that refer to others come after them. */
static size_t
order(struct mfile **files)
{
	const struct schema *s;
	size_t n = 0, i, c, j;
	int ready, done[64] = { 0 };

	while (n < 64) {
		for (i = 0; (s = schemas[i]) != NULL; i++) {
			if (done[i])
				continue;
			for (ready = 1, c = 0; c < s->ncols; c++)
				if (s->cols[c].kind == COL_REF &&
				    s->cols[c].ref != s)
					for (j = 0; schemas[j] != NULL; j++)
						if (schemas[j] == s->cols[c].ref &&
						    !done[j])
							ready = 0;
			if (ready) {
				done[i] = 1;
				files[n++] = mfile_new(s);
				break;
			}
		}
		if (s == NULL)
			break;
	}
	files[n++] = mfile_new(&schema_conflicts);
	return n;
}

static int
whole_store(char *dirs[4])
{
	static struct mfile *files[65];	/* reachable at exit */
	char path[PATH_MAX];
	size_t n, i, v;

	n = order(files);
	for (i = 0; i < n; i++) {
		for (v = 0; v < 3; v++) {
			snprintf(path, sizeof(path), "%s/%s", dirs[v],
			    files[i]->s->file);
			if (mfile_load(files[i], v, path) == -1)
				return -1;
		}
		files[i]->given = stamp_given(store_dir(), files[i]->s->file);
		if (mfile_merge(files, n, i) == -1)
			return -1;
	}
	mfile_keep_referred(files, n);
	mfile_note_lost(files[n - 1], files, n - 1, date_today_str());
	if (!quiet)
		report(stdout, files, n);
	for (i = 0; i < n; i++) {
		if (files[i]->v[OURS].len == 0 &&
		    files[i]->v[THEIRS].len == 0 && files[i]->nout == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dirs[3],
		    files[i]->s->file);
		if (put(files[i], path, 0) == -1)
			return -1;
	}
	return 0;
}

/* git's driver: one file; lost values go to conflicts.csv here. */
static int
one_file(char *argv[4])
{
	static struct mfile *f, *c, *files[1];	/* reachable at exit */
	const struct schema *s;
	char *name;
	size_t v, i;

	name = basename(argv[3]);
	if (strcmp(name, schema_conflicts.file) == 0)
		s = &schema_conflicts;
	else if ((s = schema_file(name)) == NULL)
		return career_fail(EX_DATAERR, "%s: not a file of the store",
		    argv[3]);
	files[0] = f = mfile_new(s);
	for (v = 0; v < 3; v++)
		if (mfile_load(f, v, argv[v]) == -1)
			return -1;
	f->given = stamp_given(".", s->file);
	if (mfile_merge(files, 1, 0) == -1)
		return -1;
	mfile_keep_referred(files, 1);
	for (i = 0; i < f->nren && !quiet; i++)
		warnx("%s: %s %lld made here is now %s %lld", s->file,
		    s->noun, f->ren[i].from, s->noun, f->ren[i].to);
	if (f->nlost > 0 && s != &schema_conflicts) {
		c = mfile_new(&schema_conflicts);
		for (v = 0; v < 3; v++)
			if (mfile_load(c, v, schema_conflicts.file) == -1)
				return -1;
		c->given = stamp_given(".", schema_conflicts.file);
		if (mfile_merge(&c, 1, 0) == -1)
			return -1;
		mfile_note_lost(c, files, 1, date_today_str());
		if (put(c, schema_conflicts.file, 1) == -1)
			return -1;
		if (!quiet)
			warnx("%s: %zu value%s lost to a change on both sides, "
			    "kept in %s", s->file, f->nlost,
			    f->nlost == 1 ? "" : "s", schema_conflicts.file);
	}
	return put(f, argv[1], 1);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "store", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	int ch, store = 0;

	while ((ch = getopt_long(argc, argv, "qsh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q': quiet = 1; break;
		case 's': store = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 4)
		career_usage(synopsis, 0);
	umask(077);	/* what the merge writes is as private as the store */
	if ((store ? whole_store(argv) : one_file(argv)) == -1)
		career_die();
	career_exit(0);
}
