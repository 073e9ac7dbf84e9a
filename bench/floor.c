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
 * floor: start and exit, linked with the libraries every command links
 * (libcsv, libbsd), so the time it takes is what any command costs
 * before it does anything.  Each library is called once so that no
 * linker drops it as unneeded.
 */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char *argv[])
{
	struct csv_parser p;
	char name[16];

	(void)argc;
	strlcpy(name, argv[0], sizeof(name));
	if (csv_init(&p, CSV_STRICT) != 0)
		return 1;
	csv_free(&p);
	return 0;
}
