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
 * schema.c: reading the schema the method declares (files.c): columns by
 * name and by constant, and the listing career fields prints.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "private.h"

const char *const col_kinds[] = { "id", "text", "person", "date", "word",
    "ref", "number", "cadence", NULL };

int
schema_col(const struct schema *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->ncols; i++)
		if (strcmp(s->cols[i].name, name) == 0)
			return s->id << 8 | (int)i;
	return -1;
}

const struct column *
schema_column(int c)
{
	size_t i;

	for (i = 0; schemas[i] != NULL; i++)
		if (schemas[i]->id == COL_FILE(c) &&
		    (size_t)COL_INDEX(c) < schemas[i]->ncols)
			return &schemas[i]->cols[COL_INDEX(c)];
	career_bug("no column %#x in the schema", c);
}

const char *
schema_names(const struct schema *s)
{
	static char buf[512];
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < s->ncols; i++) {
		if (i > 0)
			strlcat(buf, "|", sizeof(buf));
		strlcat(buf, s->cols[i].name, sizeof(buf));
	}
	return buf;
}

int
schema_print(FILE *fp, const struct schema *s)
{
	static const char *const flags[] = { "required", "auto", "private" };
	const struct column *c;
	const char *const *w;
	size_t i, f;
	int n;

	for (i = 0; i < s->ncols; i++) {
		c = &s->cols[i];
		fprintf(fp, "%s\t%s\t%s\t", s->file, c->name,
		    col_kinds[c->kind]);
		for (n = 0, f = 0; f < 3; f++)
			if (c->flags & 1 << f)
				fprintf(fp, "%s%s", n++ ? "," : "", flags[f]);
		fputs(n ? "\t" : "-\t", fp);
		if (c->kind == COL_WORD)
			for (w = c->words; *w != NULL; w++)
				fprintf(fp, "%s%s", w == c->words ? "" : " ",
				    *w);
		else if (c->kind == COL_REF)
			fprintf(fp, "%s%s%s%s", c->ref->file, c->refval ? ":" :
			    "", c->refval ? schema_column(c->refcol)->name : "",
			    c->refval ? "=" : "");
		if (c->kind == COL_REF && c->refval != NULL)
			fputs(c->refval, fp);
		putc('\n', fp);
	}
	return ferror(fp) ? -1 : 0;
}

const struct schema *
schema_file(const char *name)
{
	size_t i, n;

	for (i = 0; schemas[i] != NULL; i++) {
		n = strlen(schemas[i]->file) - 4;	/* without ".csv" */
		if (strncmp(schemas[i]->file, name, n) == 0 &&
		    (name[n] == '\0' || strcmp(name + n, ".csv") == 0))
			return schemas[i];
	}
	return NULL;
}

void
schema_help(FILE *fp, const struct schema *s)
{
	const struct column *c;
	size_t i;

	for (i = 0; i < s->ncols; i++) {
		c = &s->cols[i];
		if (c->kind == COL_ID || c->flags & COL_AUTO)
			continue;
		fprintf(fp, "  %-12s %s%s", c->name, col_kinds[c->kind],
		    c->flags & COL_REQUIRED ? ", required" : "");
		if (c->kind == COL_WORD)
			fprintf(fp, ": %s", str_words(c->words));
		else if (c->kind == COL_REF && c->refval == NULL)
			fprintf(fp, ": an id of %s", c->ref->file);
		else if (c->kind == COL_REF)
			fprintf(fp, ": an id of %s whose %s is %s",
			    c->ref->file, schema_column(c->refcol)->name,
			    c->refval);
		putc('\n', fp);
	}
}
