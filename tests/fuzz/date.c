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
 * date: the date parser, and the follow-up cadence when lib/ has it.
 * Input: a date, then optionally a newline and a cadence ("2w"), then
 * optionally a newline and the value of CAREER_TODAY.
 *
 * Properties: a parsed date formats as a valid YYYY-MM-DD that parses
 * back to the same day; a string date_valid() takes is already in that
 * form; the next follow-up falls after both today and the due date, and
 * is one of the dates of its anchor, which it keeps.
 */
#include "fuzz.h"

/* The last day date_fmt can write: 9999-12-31. */
#define LAST_DAY 2932896L

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("CAREER_TODAY", "2026-11-23", 1);
	return 0;
}

static void
check_date(const char *s)
{
	char buf[16];
	long days, again;

	if (date_valid(s)) {
		FUZZ_ASSERT(date_parse(s, &days) == 0);
		FUZZ_ASSERT(strcmp(date_fmt(days, buf), s) == 0);
	}
	if (date_parse(s, &days) == -1)
		return;
	FUZZ_ASSERT(days >= -719162L && days <= LAST_DAY);
	date_fmt(days, buf);
	FUZZ_ASSERT(date_valid(buf));
	FUZZ_ASSERT(date_parse(buf, &again) == 0 && again == days);
}

#ifdef HAVE_FOLLOWUP
static void
check_cadence(const char *due, const char *every)
{
	long days, next, again, anchor, today = date_today();
	char buf[16];

	if (cadence_parse(every, NULL, NULL) == -1 || date_parse(due, &days) == -1)
		return;
	if (followup_next(days, days, every, today, &next) == -1)
		return;
	FUZZ_ASSERT(next > today && next > days && next <= LAST_DAY);
	/* The next date is one of the anchor's: the anchor is kept. */
	FUZZ_ASSERT(followup_anchor(next, date_fmt(days, buf), every,
	    &anchor) == 0 && anchor == days);
	/* And counting from it again gives the same dates. */
	if (followup_next(anchor, next, every, next, &again) == 0)
		FUZZ_ASSERT(again > next &&
		    followup_anchor(again, buf, every, &anchor) == 0 &&
		    anchor == days);
}
#endif

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, *every, *today = NULL;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if ((every = strchr(s, '\n')) != NULL) {
		*every++ = '\0';
		if ((today = strchr(every, '\n')) != NULL) {
			*today++ = '\0';
			setenv("CAREER_TODAY", today, 1);
		}
	}
	check_date(s);
#ifdef HAVE_FOLLOWUP
	if (every != NULL)
		check_cadence(s, every);
#endif
	if (every != NULL && today != NULL)
		setenv("CAREER_TODAY", "2026-11-23", 1);
	free(s);
	return 0;
}
