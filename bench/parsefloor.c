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
 * parsefloor file ...: the least any reader of a store file can do: read
 * it in large blocks and run libcsv over it, with the options the
 * library uses, doing nothing with the fields.  A command that reads the
 * same file is measured against this; one that reads several (a merge
 * of three versions of a store), against all of them in one run.
 */
#include <csv.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>

static size_t rows;

static void
on_field(void *s, size_t len, void *data)
{
	(void)s;
	(void)len;
	(void)data;
}

static void
on_row(int c, void *data)
{
	(void)c;
	(void)data;
	rows++;
}

int
main(int argc, char *argv[])
{
	static char buf[1 << 16];
	struct csv_parser p;
	FILE *fp;
	size_t n;
	int i;

	if (argc < 2)
		errx(2, "usage: parsefloor file ...");
	for (i = 1; i < argc; i++) {
		if ((fp = fopen(argv[i], "r")) == NULL)
			err(66, "%s", argv[i]);
		if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
			errx(71, "csv_init");
		while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
			if (csv_parse(&p, buf, n, on_field, on_row, NULL) != n)
				errx(65, "%s: %s", argv[i],
				    csv_strerror(csv_error(&p)));
		if (ferror(fp))
			err(74, "%s", argv[i]);
		if (csv_fini(&p, on_field, on_row, NULL) != 0)
			errx(65, "%s: %s", argv[i],
			    csv_strerror(csv_error(&p)));
		csv_free(&p);
		fclose(fp);
	}
	return rows == 0;
}
