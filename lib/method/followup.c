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
 * followup.c: the cadence rule of a recurring follow-up (1w, 2w, 1m, 1y,
 * 10d).  Its dates are counted from an anchor, never from the last due
 * date: one due on January 31 is next due February 28, and March 31
 * after that, not March 28.  career-ics's recurrence rules say the same.
 */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

/* The last day date_fmt can write: 9999-12-31. */
#define LAST_DAY 2932896L

/* A cadence as a count of days (1w: 7) or of months (1y: 12). */
static int
step_of(const char *every, long *n, int *months)
{
	int unit;

	if (cadence_parse(every, n, &unit) == -1)
		return -1;
	*months = unit == 'm' || unit == 'y';
	if (unit == 'w')
		*n *= 7;
	else if (unit == 'y')
		*n *= 12;
	return 0;
}

/* The date k steps after anchor. */
static long
nth(long anchor, long k, long n, int months)
{
	return months ? date_add_months(anchor, k * n) : anchor + k * n;
}

/* The most steps from anchor that do not pass day's month (or day). */
static long
steps_to(long anchor, long day, long n, int months)
{
	long ya, yd;
	int ma, md, d;

	if (!months)
		return (day - anchor) / n;
	date_split(anchor, &ya, &ma, &d);
	date_split(day, &yd, &md, &d);
	return ((yd - ya) * 12 + md - ma) / n;
}

int
followup_anchor(long due, const char *col, const char *every,
    long *anchor)
{
	long n, a;
	int months;

	if (step_of(every, &n, &months) == -1)
		return -1;
	*anchor = due;
	if (date_valid(col) && date_parse(col, &a) == 0 && a <= due &&
	    nth(a, steps_to(a, due, n, months), n, months) == due)
		*anchor = a;
	return 0;
}

int
followup_next(long anchor, long due, const char *every, long today,
    long *next)
{
	long n, k, after;
	int months;

	if (step_of(every, &n, &months) == -1)
		return -1;
	after = due > today ? due : today;
	/* steps_to's date may be on or before after: then one more. */
	for (k = steps_to(anchor, after, n, months); (*next = nth(anchor, k,
	    n, months)) <= after; k++)
		;
	if (*next > LAST_DAY)
		return career_fail(EX_DATAERR, "%s after the due date is "
		    "past the year 9999", every);
	return 0;
}
