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
 * ics: career-ics's iCalendar writer (cmd/career-ics/ics.c) on any
 * bytes.  Input: a summary, then optionally a newline and a
 * description, then optionally a newline and a cadence with its anchor
 * ("1m 2027-01-31").
 *
 * Properties: the event is valid UTF-8 with no control character but
 * CRLF ending each line; no line passes 75 octets or ends inside an
 * escape; unfolded, there is one SUMMARY, on one line.
 */
#include "fuzz.h"

#include "../../cmd/career-ics/ics.c"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("CAREER_TODAY", "2026-11-23", 1);
	return 0;
}

/* The event written on a page of memory, NUL-terminated. */
static char *
render(const char *summary, const char *desc, const char *rrule)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	if ((fp = open_memstream(&buf, &len)) == NULL)
		abort();
	ics_event(fp, "goal-1-x@career", "2027-01-31", summary, rrule, desc);
	fclose(fp);
	return buf;
}

static void
check(const char *ics)
{
	const char *p, *end, *q;
	size_t n, summaries = 0;

	for (p = ics; *p != '\0'; p = end + 2) {
		end = strstr(p, "\r\n");
		FUZZ_ASSERT(end != NULL);
		FUZZ_ASSERT(end - p <= 75);
		for (q = p; q < end; q += n) {
			n = str_utf8_len(q);
			FUZZ_ASSERT(n != 0);
			FUZZ_ASSERT((unsigned char)*q >= ' ' && *q != 0x7f);
			FUZZ_ASSERT(!((unsigned char)q[0] == 0xc2 &&
			    (unsigned char)q[1] < 0xa0));
		}
		/* An odd run of backslashes at the end is a cut escape. */
		for (n = 0, q = end; q > p && q[-1] == '\\'; q--)
			n++;
		FUZZ_ASSERT(n % 2 == 0);
		summaries += strncmp(p, "SUMMARY:", 8) == 0;
		if (*p == ' ')
			FUZZ_ASSERT(p > ics);
	}
	FUZZ_ASSERT(summaries == 1);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, *desc = NULL, *every = NULL, *anchor, *out;
	const char *rrule = NULL;
	long day;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if ((desc = strchr(s, '\n')) != NULL) {
		*desc++ = '\0';
		if ((every = strchr(desc, '\n')) != NULL)
			*every++ = '\0';
	}
	if (every != NULL && (anchor = strchr(every, ' ')) != NULL) {
		*anchor++ = '\0';
		if (date_parse(anchor, &day) == 0)
			rrule = ics_rrule(every, day);
	}
	out = render(s, desc, rrule);
	check(out);
	free(out);
	free(s);
	return 0;
}
