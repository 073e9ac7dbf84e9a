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
 * field.c: the one validator.  Every value a person gives a field (an
 * option, field=value, a line of $EDITOR text, a cell of an import) is
 * checked here by the kind the schema declares, and so is every record
 * a command writes; career-check applies the same rules to the files.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "private.h"

int
str_blank(const char *s)
{
	for (; *s != '\0'; s++)
		if (!isspace((unsigned char)*s))
			return 0;
	return 1;
}

int
number_parse(const char *s, double *v)
{
	const char *p = s;
	size_t n;

	if (*p == '-')
		p++;
	n = strspn(p, "0123456789");
	if (n == 0 || n > 15)
		return -1;
	p += n;
	if (*p == '.') {
		n = strspn(++p, "0123456789");
		if (n == 0 || n > 6)
			return -1;
		p += n;
	}
	if (*p != '\0')
		return -1;
	/* The grammar above is a subset of strtod's: no hex, exponent, inf. */
	*v = strtod(s, NULL);
	return 0;
}

/*
 * The id of the record of s that id names ("goal 7: no such goal"), and
 * unless c is NULL, that record holds what column c asks of it.
 */
static long long
ref_find(const struct schema *s, const char *what, const char *id,
    const struct column *c)
{
	struct table *t;
	struct record *r;
	const char *v;
	long long n;

	if ((n = id_parse(id)) == -1 || (t = table_open(s)) == NULL)
		return -1;
	if ((r = table_find(t, n)) == NULL)
		n = table_error(t) ? -1 : career_fail(EX_DATAERR, "%s %s: no "
		    "such %s", what, id, s->noun);
	else if (c != NULL && c->refval != NULL &&
	    strcmp(v = rec_field(t, r, c->refcol), c->refval) != 0)
		n = career_fail(EX_DATAERR, "%s %s: not a%s %s (its %s is "
		    "%s)", what, id, strchr("aeiou", *c->refval) ? "n" : "",
		    c->refval, schema_column(c->refcol)->name, v);
	table_close(t);
	return n;
}

long long
ref_check(const struct schema *s, const char *what, const char *id)
{
	return ref_find(s, what, id, NULL);
}

/* A buffer for a value to store, kept until exit (str_keep). */
static char *
kept(size_t size)
{
	char *buf;

	if ((buf = malloc(size)) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	return str_keep(buf);
}

/* The last error, said of column c: "due: 2026-02-30: not a date". */
static const char *
named(const struct column *c)
{
	char msg[512];

	strlcpy(msg, career_errmsg(), sizeof(msg));
	career_fail(career_errcode(), "%s: %s", c->name, msg);
	return NULL;
}

const char *
field_value(int col, const char *value)
{
	const struct column *c = schema_column(col);
	double d;
	long days;
	char *buf;

	if (*value == '\0' || (c->kind != COL_ID && str_blank(value))) {
		if (c->flags & COL_REQUIRED) {
			career_fail(EX_USAGE, "%s: cannot be empty", c->name);
			return NULL;
		}
		return "";
	}
	switch (c->kind) {
	case COL_ID:
		if (id_parse(value) == -1)
			return named(c);
		break;
	case COL_DATE:
		if (date_parse(value, &days) == -1)
			return named(c);
		if ((buf = kept(11)) == NULL)
			return NULL;
		return date_fmt(days, buf);
	case COL_WORD:
		if (!str_oneof(value, c->words)) {
			career_fail(EX_USAGE, "%s: '%s' is not one of %s",
			    c->name, value, str_words(c->words));
			return NULL;
		}
		break;
	case COL_REF:
		/* Stored as a plain number: 02 is 2, as ids are written. */
		if (ref_find(c->ref, c->name, value, c) == -1 ||
		    (buf = kept(24)) == NULL)
			return NULL;
		snprintf(buf, 24, "%lld", id_parse(value));
		return buf;
	case COL_NUMBER:
		if (number_parse(value, &d) == -1) {
			career_fail(EX_USAGE, "%s: '%s' is not a number "
			    "(digits, with an optional minus sign and decimal "
			    "point: 12, -3, 2.5)", c->name, value);
			return NULL;
		}
		break;
	case COL_CADENCE:
		if (cadence_parse(value, NULL, NULL) == -1)
			return named(c);
		break;
	}
	return value;
}

const char *
field_typed(const struct table *t, const char *name, const char *value)
{
	const struct schema *s = table_schema(t);
	const struct column *c;
	int col;

	if ((col = schema_col(s, name)) == -1) {
		/* A column added by hand holds whatever its owner puts in. */
		if (table_col(t, name) != -1)
			return value;
		career_fail(EX_USAGE, "%s: unknown field (fields: %s, or a "
		    "column added to %s)", name, schema_names(s), s->file);
		return NULL;
	}
	c = schema_column(col);
	if (c->kind == COL_ID) {
		career_fail(EX_USAGE, "%s: ids cannot be changed", name);
		return NULL;
	}
	if (c->flags & COL_AUTO) {
		career_fail(EX_USAGE, "%s: set by the tools", name);
		return NULL;
	}
	return field_value(col, value);
}

int
rec_put(const struct table *t, struct record *r, int c, const char *value)
{
	if ((value = field_value(c, value)) == NULL)
		return -1;
	rec_set(t, r, c, value);
	return 0;
}

int
rec_check(const struct table *t, const struct record *r)
{
	const struct schema *s = table_schema(t);
	const struct column *c;
	size_t i;

	for (i = 1; i < s->ncols; i++) {
		c = &s->cols[i];
		if ((c->flags & COL_REQUIRED) &&
		    str_blank(rec_field(t, r, s->id << 8 | (int)i)))
			return career_fail(EX_USAGE, "%s: cannot be empty",
			    c->name);
	}
	return 0;
}

int
rec_import(const struct table *t, struct record *r, const struct table *src,
    const struct record *in)
{
	const char *name, *v;
	char msg[512];
	size_t i;
	int c;

	for (i = 0; i < table_ncols(src); i++) {
		name = table_colname(src, i);
		v = rec_get(in, i);
		/* Ids are the store's to give; empty cells keep defaults. */
		if (*v == '\0' || strcmp(name, "id") == 0)
			continue;
		if ((c = schema_col(table_schema(t), name)) != -1)
			v = field_value(c, v);
		else
			v = field_typed(t, name, v);
		if (v == NULL || rec_setn(t, r, name, v) == -1)
			goto bad;
	}
	if (rec_check(t, r) == 0)
		return 0;
bad:
	strlcpy(msg, career_errmsg(), sizeof(msg));
	return career_fail(EX_DATAERR, "%s:%ld: %s", table_name(src),
	    in->line, msg);
}
