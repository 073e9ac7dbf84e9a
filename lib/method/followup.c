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

/* followup.c: the cadence of a recurring follow-up (1w, 2w, 1m, 1y, 10d). */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

/* The last day date_fmt can write: 9999-12-31. */
#define LAST_DAY 2932896L

int
followup_next(long due, const char *every, long today, long *next)
{
	long n, k;
	int unit;

	if (cadence_parse(every, &n, &unit) == -1)
		return -1;
	if (unit == 'w') {
		n *= 7;
		unit = 'd';
	} else if (unit == 'y') {
		n *= 12;
		unit = 'm';
	}
	if (unit == 'd') {
		/* The first due + k*n after today, k >= 1. */
		k = due < today ? (today - due) / n + 1 : 1;
		*next = due + k * n;
	} else {
		/* Each step from due itself, so clamping does not drift. */
		for (k = 1; (*next = date_add_months(due, k * n)) <= today &&
		    *next <= LAST_DAY; k++)
			;
	}
	if (*next > LAST_DAY)
		return career_fail(EX_DATAERR, "%s after the due date is "
		    "past the year 9999", every);
	return 0;
}
