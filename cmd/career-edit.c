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
 * career-edit: edit a record of any file of the store in $VISUAL or
 * $EDITOR, as goal-edit edits a goal.
 */
#include <err.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"

static const char synopsis[] = "career-edit [--resume | --discard] file id";

int
main(int argc, char *argv[])
{
	const struct schema *s;
	int i;

	/* The file comes first: the rest is an editor command's. */
	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++)
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
	if (i >= argc)
		edit_main(argc, argv, NULL, synopsis);
	if ((s = schema_file(argv[i])) == NULL)
		errx(EX_USAGE, "%s: not a file of the store (career fields "
		    "lists them)", argv[i]);
	for (; i + 1 < argc; i++)
		argv[i] = argv[i + 1];
	argv[i] = NULL;
	edit_main(argc - 1, argv, s, synopsis);
}
