/* followup.c: the cadence of a recurring follow-up (1w, 2w, 1m, 1y, 10d). */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "career.h"

const char *const followup_statuses[] = { "open", "done", NULL };

/* The last day date_fmt can write: 9999-12-31. */
#define LAST_DAY 2932896L

static int
parse(const char *every, long *n, int *unit)
{
	const char *errstr;
	char num[8];
	size_t len;

	len = strlen(every);
	if (len < 2 || len > sizeof(num) || strchr("dwmy", every[len - 1]) ==
	    NULL || strspn(every, "0123456789") != len - 1)
		return career_fail(EX_USAGE, "%s: not a cadence (want N "
		    "and d, w, m or y, as in 10d, 2w, 1m, 1y)", every);
	memcpy(num, every, len - 1);
	num[len - 1] = '\0';
	*n = strtonum(num, 1, 999, &errstr);
	if (errstr != NULL)
		return career_fail(EX_USAGE, "%s: not a cadence (N is %s; "
		    "want 1 to 999)", every, errstr);
	*unit = every[len - 1];
	return 0;
}

int
followup_every(const char *every)
{
	long n;
	int unit;

	return parse(every, &n, &unit);
}

int
followup_next(long due, const char *every, long today, long *next)
{
	long n, k;
	int unit;

	if (parse(every, &n, &unit) == -1)
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
