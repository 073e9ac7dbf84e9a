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
 * date.c: calendar dates as day numbers (days since 1970-01-01).
 * Integer arithmetic only, so no time zone or DST can shift a date.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>
#include <time.h>

#include "core.h"
#include "private.h"

/* Howard Hinnant's days_from_civil and civil_from_days. */
static long
days_from_civil(long y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(long z, long *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static int
month_days(long y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

/* Strict YYYY-MM-DD: four digits, two, two, and a real day. */
static int
parse_ymd(const char *s, long *days)
{
	int i, m, d;
	long y;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	/* Four digits: no strtol, which costs as much as all the rest. */
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return -1;
	*days = days_from_civil(y, m, d);
	return 0;
}

int
date_valid(const char *s)
{
	long days;

	return parse_ymd(s, &days) == 0;
}

long
date_add_months(long days, long n)
{
	long y, mi;
	int m, d;

	civil_from_days(days, &y, &m, &d);
	mi = y * 12 + (m - 1) + n;
	/* Floor division: a count of months before year 0 stays in range. */
	y = mi >= 0 ? mi / 12 : -((-mi + 11) / 12);
	m = mi - y * 12 + 1;
	if (d > month_days(y, m))
		d = month_days(y, m);
	return days_from_civil(y, m, d);
}

long
date_today(void)
{
	static char env_seen[16];	/* CAREER_TODAY as last read */
	static long today = LONG_MIN, local = LONG_MIN;
	const char *env;
	struct tm *tm;
	time_t now;

	/* Asked once per goal by some commands: remember the answer. */
	if ((env = getenv("CAREER_TODAY")) != NULL && *env != '\0') {
		if (today != LONG_MIN && strcmp(env, env_seen) == 0)
			return today;
		if (parse_ymd(env, &today) == 0) {
			strlcpy(env_seen, env, sizeof(env_seen));
			return today;
		}
		today = LONG_MIN;
	}
	if (local == LONG_MIN) {
		now = time(NULL);
		tm = localtime(&now);
		local = days_from_civil(tm->tm_year + 1900L, tm->tm_mon + 1,
		    tm->tm_mday);
	}
	return local;
}

char *
date_fmt(long days, char *buf)
{
	long y;
	int m, d;

	civil_from_days(days, &y, &m, &d);
	snprintf(buf, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
	return buf;
}

const char *
date_today_str(void)
{
	static char buf[16];

	return date_fmt(date_today(), buf);
}

/* Day of the week of a day number: 0 Sunday to 6 Saturday. */
static int
weekday(long days)
{
	long w = (days + 4) % 7;	/* 1970-01-01 was a Thursday */

	return w < 0 ? w + 7 : w;
}

/*
 * The words people say for a date: a weekday (the next one after today,
 * never today, as in "see you friday"), the end of this week (Sunday, the
 * last day of an ISO 8601 week), month, quarter or year.  1, or 0 if s
 * is none of them.
 */
static int
date_word(const char *s, long t, long *days)
{
	static const char *const wdays[] = { "sunday", "monday", "tuesday",
	    "wednesday", "thursday", "friday", "saturday" };
	long y;
	int i, m, d;

	for (i = 0; i < 7; i++)
		if (strcasecmp(s, wdays[i]) == 0 ||
		    (strlen(s) == 3 && strncasecmp(s, wdays[i], 3) == 0)) {
			*days = t + (i - weekday(t) + 6) % 7 + 1;
			return 1;
		}
	civil_from_days(t, &y, &m, &d);
	if (strcasecmp(s, "eow") == 0)
		*days = t + (7 - weekday(t)) % 7;
	else if (strcasecmp(s, "eom") == 0)
		*days = days_from_civil(y, m, month_days(y, m));
	else if (strcasecmp(s, "eoq") == 0) {
		m = (m + 2) / 3 * 3;
		*days = days_from_civil(y, m, month_days(y, m));
	} else if (strcasecmp(s, "eoy") == 0)
		*days = days_from_civil(y, 12, 31);
	else
		return 0;
	return 1;
}

/*
 * A date said relative to today (tomorrow, +1w, eoy): *days if it can be
 * stored, else an error that says which end of the calendar it passed.
 * 9999-12-31 is the last day YYYY-MM-DD can write; past it, the year
 * would wrap to 0000.
 */
static int
in_calendar(const char *s, long *days, long d)
{
	if (d > days_from_civil(9999, 12, 31))
		return career_fail(EX_DATAERR, "%s: not a date: past "
		    "9999-12-31, the last day a date can be", s);
	if (d < days_from_civil(1, 1, 1))
		return career_fail(EX_DATAERR, "%s: not a date: before "
		    "0001-01-01, the first day a date can be", s);
	*days = d;
	return 0;
}

int
date_parse(const char *s, long *days)
{
	const char *errstr;
	long long n;
	char num[16];
	size_t len;
	long t, d;

	if (parse_ymd(s, days) == 0)
		return 0;
	t = date_today();
	if (strcasecmp(s, "today") == 0)
		return in_calendar(s, days, t);
	if (strcasecmp(s, "tomorrow") == 0)
		return in_calendar(s, days, t + 1);
	if (strcasecmp(s, "yesterday") == 0)
		return in_calendar(s, days, t - 1);
	if (date_word(s, t, &d))
		return in_calendar(s, days, d);
	len = strlen(s);
	if ((s[0] == '+' || s[0] == '-') && len >= 3 && len < sizeof(num) &&
	    strchr("dwmy", s[len - 1]) != NULL) {
		memcpy(num, s + 1, len - 2);
		num[len - 2] = '\0';
		if (strspn(num, "0123456789") == len - 2) {
			n = strtonum(num, 0, 100000, &errstr);
			if (errstr == NULL) {
				if (s[0] == '-')
					n = -n;
				switch (s[len - 1]) {
				case 'd': d = t + n; break;
				case 'w': d = t + 7 * n; break;
				case 'm': d = date_add_months(t, n); break;
				default: d = date_add_months(t, 12 * n); break;
				}
				return in_calendar(s, days, d);
			}
		}
	}
	return career_fail(EX_DATAERR, "%s: not a date (want YYYY-MM-DD, "
	    "today, tomorrow, yesterday, a weekday, eow, eom, eoq, eoy or "
	    "+N or -N then d, w, m or y)", s);
}

int
cadence_parse(const char *every, long *n, int *unit)
{
	const char *errstr;
	char num[8];
	size_t len;
	long k;

	len = strlen(every);
	if (len < 2 || len > sizeof(num) || strchr("dwmy", every[len - 1]) ==
	    NULL || strspn(every, "0123456789") != len - 1)
		return career_fail(EX_USAGE, "%s: not a cadence (want N "
		    "and d, w, m or y, as in 10d, 2w, 1m, 1y)", every);
	memcpy(num, every, len - 1);
	num[len - 1] = '\0';
	k = strtonum(num, 1, 999, &errstr);
	if (errstr != NULL)
		return career_fail(EX_USAGE, "%s: not a cadence (N is %s; "
		    "want 1 to 999)", every, errstr);
	if (n != NULL)
		*n = k;
	if (unit != NULL)
		*unit = every[len - 1];
	return 0;
}

void
date_split(long days, long *y, int *m, int *d)
{
	civil_from_days(days, y, m, d);
}
