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
 * out.c: listings.  A pipe gets CSV with a header row, so the next tool
 * in the pipeline (cut, awk, smart-review -) can map columns by name; a
 * terminal gets an aligned table.  TSV (a header, \t \n \r \\ escaped,
 * as mlr reads it), a JSON array or JSON lines (every value a string,
 * keyed by column name) are there on request.  Table rows are kept until
 * out_close because the widths depend on every row; the other formats
 * stream.
 */
#include <sys/ioctl.h>

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "list.h"
#include "private.h"

int out_safe;
int out_no_header;

/* A table never cuts a column narrower than this to fit the terminal. */
#define OUT_MIN_WIDTH	10
#define REPLACEMENT	"\xef\xbf\xbd"	/* U+FFFD, for a stray byte */

struct out {
	int mode;		/* OUT_CSV, OUT_TSV, OUT_JSON, ...: never AUTO */
	int table;
	char **names;		/* JSON: the keys */
	size_t nout;		/* JSON: the objects written */
	int *col;		/* out_record: table column of each output one */
	const char **vals;
	size_t ncols, nrows, cap;
	int color, mark;	/* colour allowed; the mark of the next row */
	unsigned char *marks;	/* per table row */
	char **cells;		/* table rows, ncols per row, header first */
	size_t *width;
};

/*
 * A cell on one line, as str_display() shows it; its width is
 * str_width().  Out of memory, exit: a row cannot be half kept.
 */
static char *
ecell(const char *s)
{
	char *c;

	if ((c = str_display(s)) == NULL)
		err(EX_OSERR, NULL);
	return c;
}

static void
keep(struct out *o, const char *const *vals)
{
	size_t i, w;

	if (o->nrows == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 64;
		o->cells = ereallocarray(o->cells, o->cap, o->ncols *
		    sizeof(char *));
		o->marks = ereallocarray(o->marks, o->cap, 1);
	}
	o->marks[o->nrows] = o->mark;
	o->mark = OUT_PLAIN;
	for (i = 0; i < o->ncols; i++) {
		char *c = ecell(vals[i]);

		o->cells[o->nrows * o->ncols + i] = c;
		if ((w = str_width(c)) > o->width[i])
			o->width[i] = w;
	}
	o->nrows++;
}

/* Colour only for a person, on a terminal that has it, as they wish. */
static int
colour(void)
{
	const char *term = getenv("TERM");

	return isatty(STDOUT_FILENO) && getenv("NO_COLOR") == NULL &&
	    term != NULL && *term != '\0' && strcmp(term, "dumb") != 0;
}

struct out *
out_open(int mode, size_t ncols, const char *const *names)
{
	struct out *o;
	size_t i;

	o = ecalloc(1, sizeof(*o));
	o->width = ecalloc(ncols ? ncols : 1, sizeof(size_t));
	o->ncols = ncols;
	o->table = out_is_table(mode);
	o->mode = o->table ? OUT_TABLE : mode == OUT_AUTO ? OUT_CSV : mode;
	o->color = o->table && colour();
	if (o->mode == OUT_JSON || o->mode == OUT_JSONL) {
		o->names = ecalloc(ncols ? ncols : 1, sizeof(char *));
		for (i = 0; i < ncols; i++)
			o->names[i] = estrdup(names[i]);
		if (o->mode == OUT_JSON)
			putchar('[');
	} else if (!out_no_header)
		out_row(o, names);
	return o;
}

int
out_option(int ch, int *mode, int *ids)
{
	switch (ch) {
	case OPT_IDS:
		if (ids == NULL)
			return -1;
		*ids = 1;
		break;
	case OPT_CSV:
		*mode = OUT_CSV;
		break;
	case OPT_TABLE:
		*mode = OUT_TABLE;
		break;
	case OPT_TSV:
		*mode = OUT_TSV;
		break;
	case OPT_JSON:
		*mode = OUT_JSON;
		break;
	case OPT_JSONL:
		*mode = OUT_JSONL;
		break;
	case OPT_SAFE:
		out_safe = 1;
		break;
	case OPT_NO_HEADER:
		out_no_header = 1;
		break;
	default:
		return -1;
	}
	return 0;
}

int
out_is_table(int mode)
{
	return mode == OUT_TABLE || (mode == OUT_AUTO && isatty(STDOUT_FILENO));
}

struct out *
out_open_table(int mode, const struct table *t, const char *const *brief)
{
	const char **names;
	struct out *o;
	size_t i, n;

	if (out_is_table(mode))
		for (n = 0; brief[n] != NULL; n++)
			;
	else
		n = table_ncols(t);
	names = ecalloc(n + 1, sizeof(char *));
	for (i = 0; i < n; i++)
		names[i] = out_is_table(mode) ? brief[i] : table_colname(t, i);
	o = out_open(mode, n, names);
	o->col = ecalloc(n + 1, sizeof(int));
	o->vals = ecalloc(n + 1, sizeof(char *));
	/* Every column in order for CSV; by name (a few) for a table. */
	for (i = 0; i < n; i++)
		if ((o->col[i] = out_is_table(mode) ? table_col(t, names[i]) :
		    (int)i) == -1)
			career_bug("%s: no column %s", table_name(t), names[i]);
	free(names);
	return o;
}

void
out_record(struct out *o, const struct record *r)
{
	size_t i;

	for (i = 0; i < o->ncols; i++)
		o->vals[i] = rec_get(r, o->col[i]);
	out_row(o, o->vals);
}

void
out_mark(struct out *o, int mark)
{
	o->mark = mark;
}

/*
 * Would a spreadsheet run v as a formula?  It starts with = + - or @, or
 * with their fullwidth or small forms (U+FF1D, U+FE66 ...), which some
 * convert; blanks and line breaks before them do not stop one, and a
 * cell that starts with a tab or a carriage return is quoted anyway.
 */
static int
formula(const char *v)
{
	static const char *const signs[] = {
		"\xef\xbc\x9d", "\xef\xbc\x8b", "\xef\xbc\x8d", "\xef\xbc\xa0",
		"\xef\xb9\xa6", "\xef\xb9\xa2", "\xef\xb9\xa3", "\xef\xb9\xab",
		NULL
	};
	const char *const *s;

	if (*v == '\t' || *v == '\r')
		return 1;
	v += strspn(v, " \t\r\n");
	if (*v != '\0' && strchr("=+-@", *v) != NULL)
		return 1;
	for (s = signs; *s != NULL; s++)
		if (strncmp(v, *s, 3) == 0)
			return 1;
	return 0;
}

/* v with a leading ', for --safe (to free). */
static char *
quoted(const char *v)
{
	size_t len = strlen(v) + 2;
	char *q = emalloc(len);

	q[0] = '\'';
	memcpy(q + 1, v, len - 1);
	return q;
}

/* A TSV row: no quotes; tab, newline, carriage return, backslash escaped. */
static void
tsv_put_row(const char *const *vals, size_t n)
{
	const char *s;
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			putchar('\t');
		for (s = vals[i]; *s != '\0'; s++)
			switch (*s) {
			case '\t': fputs("\\t", stdout); break;
			case '\n': fputs("\\n", stdout); break;
			case '\r': fputs("\\r", stdout); break;
			case '\\': fputs("\\\\", stdout); break;
			default: putchar(*s);
			}
	}
	putchar('\n');
}

/*
 * s as a JSON string.  Well-formed UTF-8 passes through, controls (C0,
 * DEL, C1) are \u escapes, and a byte that starts no character becomes
 * U+FFFD: whatever the store holds, the output is valid JSON.
 */
static void
json_put(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;

	putchar('"');
	for (; *p != '\0'; p += n) {
		n = 1;
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			printf("\\u%04x", *p);
		else if (*p < 0x80)
			putchar(*p);
		else if ((n = str_utf8_len((const char *)p)) == 0) {
			fputs(REPLACEMENT, stdout);
			n = 1;
		} else if (*p == 0xc2 && p[1] < 0xa0)
			printf("\\u%04x", p[1]);
		else
			fwrite(p, 1, n, stdout);
	}
	putchar('"');
}

static void
json_put_row(struct out *o, const char *const *vals)
{
	size_t i;

	if (o->mode == OUT_JSON)
		fputs(o->nout ? ",\n" : "\n", stdout);
	putchar('{');
	for (i = 0; i < o->ncols; i++) {
		if (i > 0)
			putchar(',');
		json_put(o->names[i]);
		putchar(':');
		json_put(vals[i]);
	}
	putchar('}');
	if (o->mode == OUT_JSONL)
		putchar('\n');
	o->nout++;
}

void
out_row(struct out *o, const char *const *vals)
{
	const char **safe;
	size_t i;

	if (o->table) {
		keep(o, vals);
		return;
	}
	if (o->mode == OUT_JSON || o->mode == OUT_JSONL) {
		json_put_row(o, vals);
		return;
	}
	/* Nothing to make safe: the values as they are, no copy a row. */
	if (!out_safe) {
		if (o->mode == OUT_TSV)
			tsv_put_row(vals, o->ncols);
		else
			csv_put_row(stdout, vals, o->ncols);
		return;
	}
	safe = ecalloc(o->ncols + 1, sizeof(char *));
	for (i = 0; i < o->ncols; i++)
		safe[i] = out_safe && formula(vals[i]) ? quoted(vals[i]) :
		    vals[i];
	if (o->mode == OUT_TSV)
		tsv_put_row(safe, o->ncols);
	else
		csv_put_row(stdout, safe, o->ncols);
	for (i = 0; i < o->ncols; i++)
		if (safe[i] != vals[i])
			free((char *)safe[i]);
	free(safe);
}

/*
 * The width to fit a table in: $COLUMNS when it is a number, else the
 * terminal's, else 0 (no limit).
 */
static size_t
term_width(void)
{
	struct winsize ws;
	const char *s, *errstr;
	long long n;

	if ((s = getenv("COLUMNS")) != NULL) {
		n = strtonum(s, 1, 1000000, &errstr);
		if (errstr == NULL)
			return n;
	}
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

/*
 * Narrow the widest columns, all of them together, until a line fits in
 * limit columns, never below OUT_MIN_WIDTH: ids, dates and words are
 * narrower than that, so it is text that gives way.
 */
static void
fit(struct out *o, size_t limit)
{
	size_t i, total, w, next, k, step, per;

	if (limit == 0 || o->ncols == 0)
		return;
	for (i = 0, total = 2 * (o->ncols - 1); i < o->ncols; i++)
		total += o->width[i];
	while (total > limit) {
		for (i = 0, w = 0; i < o->ncols; i++)
			if (o->width[i] > w)
				w = o->width[i];
		if (w <= OUT_MIN_WIDTH)
			break;
		for (i = 0, k = 0, next = OUT_MIN_WIDTH; i < o->ncols; i++)
			if (o->width[i] == w)
				k++;
			else if (o->width[i] > next)
				next = o->width[i];
		step = w - next;
		if ((per = (total - limit + k - 1) / k) < step)
			step = per;
		for (i = 0; i < o->ncols; i++)
			if (o->width[i] == w) {
				o->width[i] -= step;
				total -= step;
			}
	}
}

/* c cut to width columns with U+2026, if it is wider (to free). */
static char *
ecut(char *c, size_t width)
{
	char *e;

	if (str_width(c) <= width)
		return c;
	if ((e = str_ellipsis(c, width)) == NULL)
		err(EX_OSERR, NULL);
	free(c);
	return e;
}

int
out_close(struct out *o)
{
	size_t r, i, pad;
	const char *c;

	static const char *const sgr[] = { "", "\033[31m", "\033[2m",
	    "\033[1m" };

	if (o->table)
		fit(o, term_width());
	for (r = 0; o->table && r < o->nrows; r++) {
		if (o->color && o->marks[r] != OUT_PLAIN)
			fputs(sgr[o->marks[r]], stdout);
		for (i = 0; i < o->ncols; i++) {
			c = o->cells[r * o->ncols + i] =
			    ecut(o->cells[r * o->ncols + i], o->width[i]);
			pad = o->width[i] - str_width(c);
			if (i + 1 == o->ncols)
				pad = 0;	/* no trailing blanks */
			if (i > 0)
				fputs_unlocked("  ", stdout);
			fputs_unlocked(c, stdout);
			while (pad-- > 0)
				putchar_unlocked(' ');
			free(o->cells[r * o->ncols + i]);
		}
		if (o->color && o->marks[r] != OUT_PLAIN)
			fputs("\033[0m", stdout);
		putchar('\n');
	}
	if (o->mode == OUT_JSON)
		fputs(o->nout ? "\n]\n" : "]\n", stdout);
	for (i = 0; o->names != NULL && i < o->ncols; i++)
		free(o->names[i]);
	free(o->names);
	free(o->cells);
	free(o->marks);
	free(o->width);
	free(o->col);
	free(o->vals);
	free(o);
	if (fflush(stdout) == EOF || ferror(stdout))
		return career_fail(EX_IOERR, "stdout: write error");
	return 0;
}

int
out_list(const struct schema *s, int mode, int ids, const char *const *brief,
    long long goal, const char *status)
{
	struct out *o = NULL;
	struct record *r;
	struct table *t;
	int cgoal, cstatus, rv;

	/* A filter on a column the file lacks is a bug, not "no match". */
	if (((cgoal = schema_col(s, "goal")) == -1 && goal != 0) ||
	    ((cstatus = schema_col(s, "status")) == -1 && status != NULL))
		career_bug("%s: no goal or status column to filter", s->file);
	if ((t = table_open(s)) == NULL)
		return -1;
	if (!ids)
		o = out_open_table(mode, t, brief);
	while ((r = table_next(t)) != NULL) {
		if ((goal != 0 &&
		    strtoll(rec_field(t, r, cgoal), NULL, 10) != goal) ||
		    (status != NULL &&
		    strcmp(rec_field(t, r, cstatus), status) != 0))
			continue;
		if (ids)
			printf("%lld\n", r->id);
		else
			out_record(o, r);
	}
	rv = table_error(t) ? -1 : 0;
	if (o != NULL && out_close(o) == -1)
		rv = -1;
	table_close(t);
	return rv;
}
