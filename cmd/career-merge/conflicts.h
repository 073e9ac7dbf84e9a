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
 * conflicts.h: conflicts.csv, where a merge keeps each value that lost to
 * a change on the other side.  Not a file of the method: career-merge
 * writes it and career-git conflicts reads it, both through this schema.
 */
#ifndef CONFLICTS_H
#define CONFLICTS_H

#include "core.h"

enum { CONFLICTS_FILE = 127 };
enum { CF_ID = CONFLICTS_FILE << 8, CF_FILE, CF_RECORD, CF_FIELD, CF_VALUE,
    CF_KEPT, CF_DATE, CF_NCOLS = 7 };

static const struct column conflict_cols[CF_NCOLS] = {
	{ "id", COL_ID, COL_REQUIRED, NULL, NULL, 0, NULL },
	{ "file", COL_TEXT, COL_REQUIRED, NULL, NULL, 0, NULL },
	{ "record", COL_NUMBER, COL_REQUIRED, NULL, NULL, 0, NULL },
	{ "field", COL_TEXT, COL_REQUIRED, NULL, NULL, 0, NULL },
	{ "value", COL_TEXT, 0, NULL, NULL, 0, NULL },
	{ "kept", COL_TEXT, 0, NULL, NULL, 0, NULL },
	{ "date", COL_DATE, COL_REQUIRED, NULL, NULL, 0, NULL },
};
static const struct schema schema_conflicts = { CONFLICTS_FILE,
    "conflicts.csv", "conflict", conflict_cols, CF_NCOLS, CF_FILE };

#endif
