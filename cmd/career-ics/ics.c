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
 * ics.c: writing iCalendar (RFC 5545): content lines of valid UTF-8,
 * escaped and folded, all-day events, recurrence rules from cadences.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "ics.h"

/* Content lines: 75 octets at most, CRLF not counted (RFC 5545 3.1). */
#define WIDTH	75
/* The last day date_fmt can write: 9999-12-31. */
#define LAST_DAY 2932896L

enum { RAW, TEXT, ONELINE };

static char stamp[32];

/* n octets that stay together, on a continuation line if need be. */
static void
put(FILE *fp, const char *s, size_t n, size_t *col)
{
	if (*col + n > WIDTH) {
		fputs("\r\n ", fp);
		*col = 1;
	}
	fwrite(s, 1, n, fp);
	*col += n;
}

/*
 * The bytes of the line break at s (CR LF, CR, LF, VT, FF, NEL, U+2028
 * or U+2029), or 0.
 */
static size_t
linebreak(const char *s)
{
	if (s[0] == '\r' && s[1] == '\n')
		return 2;
	if (*s != '\0' && strchr("\r\n\v\f", *s) != NULL)
		return 1;
	if (strncmp(s, "\302\205", 2) == 0)
		return 2;
	if (strncmp(s, "\342\200\250", 3) == 0 ||
	    strncmp(s, "\342\200\251", 3) == 0)
		return 3;
	return 0;
}

static int
multiline(const char *s)
{
	for (; *s != '\0'; s++)
		if (linebreak(s) != 0)
			return 1;
	return 0;
}

/*
 * Text, in a value of the kind mode says.  Bytes that are not UTF-8
 * become U+FFFD and control characters are dropped, so that any reader
 * can decode the feed.  A line break is an escaped \n in TEXT, and a
 * blank in ONELINE: a summary stays on one line in every calendar.
 */
static void
text(FILE *fp, const char *s, int mode, size_t *col)
{
	char esc[2] = { '\\', '\0' };
	size_t n;
	int broken = 0;

	for (; *s != '\0'; s += n) {
		if ((n = linebreak(s)) != 0) {
			if (mode == TEXT)
				put(fp, "\\n", 2, col);
			else if (!broken)
				put(fp, " ", 1, col);
			broken = 1;
			continue;
		}
		broken = 0;
		if ((n = str_utf8_len(s)) == 0) {
			put(fp, "\357\277\275", 3, col);	/* U+FFFD */
			n = 1;
		} else if (*s == '\t')
			put(fp, " ", 1, col);
		else if ((unsigned char)*s < ' ' || *s == 0x7f ||
		    ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] < 0xa0))
			;	/* C0, DEL and C1 controls */
		else if (mode != RAW && strchr("\\;,", *s) != NULL) {
			esc[1] = *s;
			put(fp, esc, 2, col);
		} else
			put(fp, s, n, col);
	}
}

/* A content line: name, then value, then CRLF. */
static void
line(FILE *fp, const char *name, const char *value, int mode)
{
	size_t col = 0;

	text(fp, name, RAW, &col);
	text(fp, value, mode, &col);
	fputs("\r\n", fp);
}

/* YYYY-MM-DD to the basic form YYYYMMDD. */
static char *
basic(long days, char *buf)
{
	char ymd[16];

	date_fmt(days, ymd);
	snprintf(buf, 9, "%.4s%.2s%.2s", ymd, ymd + 5, ymd + 8);
	return buf;
}

void
ics_event(FILE *fp, const char *uid, const char *date, const char *summary,
    const char *rrule, const char *description)
{
	char d[16];
	size_t col = 0;
	long days;

	if (date_parse(date, &days) == -1)
		return;		/* career-check reports bad dates */
	if (description == NULL)
		description = "";
	line(fp, "BEGIN:VEVENT", "", RAW);
	line(fp, "UID:", uid, RAW);
	line(fp, "DTSTAMP:", stamp, RAW);
	line(fp, "DTSTART;VALUE=DATE:", basic(days, d), RAW);
	/* Without DTEND a date is one day long: so is the calendar's last. */
	if (days < LAST_DAY)
		line(fp, "DTEND;VALUE=DATE:", basic(days + 1, d), RAW);
	line(fp, "SUMMARY:", summary, ONELINE);
	/* A summary on several lines is given whole in the description. */
	if (multiline(summary) || *description != '\0') {
		text(fp, "DESCRIPTION:", RAW, &col);
		if (multiline(summary)) {
			text(fp, summary, TEXT, &col);
			text(fp, *description != '\0' ? "\n" : "", TEXT, &col);
		}
		text(fp, description, TEXT, &col);
		fputs("\r\n", fp);
	}
	if (rrule != NULL)
		line(fp, "RRULE:", rrule, RAW);
	line(fp, "END:VEVENT", "", RAW);
}

/*
 * The cadence rule of followup.c for calendars.  From the 31st, a month's
 * last day, and from February 29 yearly, February's: BYMONTHDAY=-1, which
 * every calendar reads.  From the 29th or 30th, the last of the days from
 * the 28th to it that the month has: BYSETPOS, which some (calcurse 4.7)
 * ignore.
 */
const char *
ics_rrule(const char *every, long anchor)
{
	static const char *const bymonthday[] = { "28,29", "28,29,30", "-1" };
	static char buf[128];
	const char *freq;
	long n, y;
	int unit, m, d;

	if (*every == '\0' || cadence_parse(every, &n, &unit) == -1)
		return NULL;
	date_split(anchor, &y, &m, &d);
	switch (unit) {
	case 'd': freq = "DAILY"; break;
	case 'w': freq = "WEEKLY"; break;
	case 'm': freq = "MONTHLY"; break;
	default: freq = "YEARLY"; break;
	}
	snprintf(buf, sizeof(buf), "FREQ=%s;INTERVAL=%ld", freq, n);
	if (unit == 'm' && d > 28)
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf),
		    ";BYMONTHDAY=%s%s", bymonthday[d - 29],
		    d < 31 ? ";BYSETPOS=-1" : "");
	else if (unit == 'y' && m == 2 && d == 29)
		strlcat(buf, ";BYMONTH=2;BYMONTHDAY=-1", sizeof(buf));
	return buf;
}

void
ics_begin(FILE *fp)
{
	strlcat(basic(date_today(), stamp), "T000000Z", sizeof(stamp));
	line(fp, "BEGIN:VCALENDAR", "", RAW);
	line(fp, "VERSION:2.0", "", RAW);
	line(fp, "PRODID:-//career//career-ics " CAREER_VERSION "//EN", "",
	    RAW);
	line(fp, "CALSCALE:GREGORIAN", "", RAW);
	line(fp, "X-WR-CALNAME:Career", "", RAW);
}

void
ics_end(FILE *fp)
{
	line(fp, "END:VCALENDAR", "", RAW);
}
