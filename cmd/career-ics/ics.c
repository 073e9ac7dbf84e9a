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
 * ics.c: writing iCalendar (RFC 5545): content lines escaped and folded,
 * all-day events, recurrence rules from cadences.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "ics.h"

static char stamp[32];

/* A content line: escaped text, folded at 75 octets, CRLF (RFC 5545 3.1). */
static void
line(FILE *fp, const char *name, const char *text, int escape)
{
	char buf[4096];
	size_t n = 0, col, i;

	n = strlcpy(buf, name, sizeof(buf));
	for (; *text != '\0' && n + 2 < sizeof(buf); text++) {
		if (escape && strchr("\\;,\n", *text) != NULL) {
			buf[n++] = '\\';
			buf[n++] = *text == '\n' ? 'n' : *text;
		} else if ((unsigned char)*text >= ' ' || *text == '\t')
			buf[n++] = *text;
	}
	buf[n] = '\0';
	for (i = col = 0; i < n; i++, col++) {
		/* Fold before 75 octets, never inside a UTF-8 sequence. */
		if (col >= 74 && ((unsigned char)buf[i] & 0xc0) != 0x80) {
			fputs("\r\n ", fp);
			col = 1;
		}
		putc(buf[i], fp);
	}
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
	long days;

	if (date_parse(date, &days) == -1)
		return;		/* career-check reports bad dates */
	line(fp, "BEGIN:VEVENT", "", 0);
	line(fp, "UID:", uid, 0);
	line(fp, "DTSTAMP:", stamp, 0);
	line(fp, "DTSTART;VALUE=DATE:", basic(days, d), 0);
	line(fp, "DTEND;VALUE=DATE:", basic(days + 1, d), 0);
	line(fp, "SUMMARY:", summary, 1);
	if (description != NULL && *description != '\0')
		line(fp, "DESCRIPTION:", description, 1);
	if (rrule != NULL)
		line(fp, "RRULE:", rrule, 0);
	line(fp, "END:VEVENT", "", 0);
}

/* "2w" to "FREQ=WEEKLY;INTERVAL=2". */
const char *
ics_rrule(const char *every)
{
	static char buf[64];
	const char *freq;

	if (*every == '\0' || cadence_parse(every, NULL, NULL) == -1)
		return NULL;
	switch (every[strlen(every) - 1]) {
	case 'd': freq = "DAILY"; break;
	case 'w': freq = "WEEKLY"; break;
	case 'm': freq = "MONTHLY"; break;
	default: freq = "YEARLY"; break;
	}
	snprintf(buf, sizeof(buf), "FREQ=%s;INTERVAL=%ld", freq,
	    strtol(every, NULL, 10));
	return buf;
}

void
ics_begin(FILE *fp)
{
	strlcat(basic(date_today(), stamp), "T000000Z", sizeof(stamp));
	line(fp, "BEGIN:VCALENDAR", "", 0);
	line(fp, "VERSION:2.0", "", 0);
	line(fp, "PRODID:-//career//career-ics " CAREER_VERSION "//EN", "", 0);
	line(fp, "CALSCALE:GREGORIAN", "", 0);
	line(fp, "X-WR-CALNAME:Career", "", 0);
}

void
ics_end(FILE *fp)
{
	line(fp, "END:VCALENDAR", "", 0);
}
