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

/* ics.h: career-ics's iCalendar writer (ics.c) and store identity. */

/* The calendar's first lines, stamped with today. */
void ics_begin(FILE *);
/*
 * An all-day event on date (YYYY-MM-DD; a bad one writes nothing), with
 * its summary, a recurrence rule and a description when not NULL.  Any
 * text is written as valid UTF-8 without control characters; a summary
 * on several lines is joined into one, and given whole in the
 * description.
 */
void ics_event(FILE *, const char *uid, const char *date,
    const char *summary, const char *rrule, const char *description);
/*
 * A cadence counted from anchor as a recurrence rule ("2w":
 * FREQ=WEEKLY;INTERVAL=2), or NULL.
 */
const char *ics_rrule(const char *every, long anchor);
void ics_end(FILE *);
/*
 * The store's identity, a random UUID kept in its .uuid, made on first
 * use, so that two stores' events never share a UID; NULL with an error.
 */
const char *ics_identity(void);
