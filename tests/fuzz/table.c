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
 * table: the record reader on any bytes.  The input is read as a stream
 * (table_fopen on fmemopen) and as goals.csv in a store (table_open).
 * When the file parses, a rewrite that changes nothing must give back
 * the same columns and the same rows, field for field.
 */
#include "fuzz.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_store();
	return 0;
}

static void
read_stream(const uint8_t *data, size_t size)
{
	struct table *t;
	FILE *fp;

	/* fmemopen wants at least one byte; an empty input is read below. */
	if (size == 0 || (fp = fmemopen((void *)data, size, "r")) == NULL)
		return;
	if ((t = table_fopen(fp, "-", &schema_goals)) != NULL) {
		while (table_next(t) != NULL)
			;
		table_close(t);
	}
	fclose(fp);
}

/* Every column name of t, in order, NUL-separated, into a new string. */
static char *
columns(const struct table *t, size_t *lenp)
{
	char *s, *p;
	size_t i, len = 1;

	for (i = 0; i < table_ncols(t); i++)
		len += strlen(table_colname(t, i)) + 1;
	if ((s = p = malloc(len)) == NULL)
		abort();
	for (i = 0; i < table_ncols(t); i++) {
		strcpy(p, table_colname(t, i));
		p += strlen(p) + 1;
	}
	*p = '\0';
	*lenp = len;
	return s;
}

static int
load(struct record ***rows, char **cols, size_t *len)
{
	struct table *t;
	long n;

	if ((t = table_open(&schema_goals)) == NULL)
		return -1;
	n = table_load(t, rows);
	*cols = columns(t, len);
	table_close(t);
	if (n == -1)
		free(*cols);
	return n == -1 ? -1 : 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct record **before, **after;
	char *cb, *ca;
	struct table *t;
	size_t lb, la;

	read_stream(data, size);
	fuzz_put("goals.csv", data, size);
	if (load(&before, &cb, &lb) == -1)
		return 0;
	FUZZ_ASSERT((t = table_open(&schema_goals)) != NULL);
	FUZZ_ASSERT(table_rewrite(t, NULL, NULL) == 0);
	table_close(t);
	FUZZ_ASSERT(load(&after, &ca, &la) == 0);
	FUZZ_ASSERT(lb == la && memcmp(cb, ca, lb) == 0);
	if (!fuzz_same_rows(before, after))
		FUZZ_FAIL("a rewrite keeps every field");
	free(cb);
	free(ca);
	table_free_rows(before);
	table_free_rows(after);
	return 0;
}
