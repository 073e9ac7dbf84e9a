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
 * resume: resume bullets from any fields a hand edit may leave.  The
 * input, split at NUL bytes, fills wins (what, metric, date) and goals
 * done (title, measure, value, target, stretch, date) in turn.
 *
 * Properties: every bullet's text is visible text on one line and says
 * whether it holds a digit; each line starts "- "; the Markdown line,
 * its backslashes taken away, is the plain one; sorted, no bullet
 * without a number comes before one with a number.
 */
#include "fuzz.h"

#define MAXB 16

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("CAREER_TODAY", "2026-11-23", 1);
	return 0;
}

/* The Markdown line with every escape undone, into a new string. */
static char *
unescape(const char *md)
{
	char *s, *q;

	if ((s = q = malloc(strlen(md) + 1)) == NULL)
		abort();
	for (; *md != '\0'; md++) {
		if (*md == '\\' && md[1] != '\0')
			md++;
		*q++ = *md;
	}
	*q = '\0';
	return s;
}

static void
check(const struct bullet *b)
{
	char *plain, *md, *un, *want;

	FUZZ_ASSERT(b->text != NULL && fuzz_visible(b->text));
	FUZZ_ASSERT(b->number == resume_has_number(b->text));
	FUZZ_ASSERT((plain = resume_format(b, 0)) != NULL);
	FUZZ_ASSERT((md = resume_format(b, 1)) != NULL);
	FUZZ_ASSERT(strncmp(plain, "- ", 2) == 0 && strncmp(md, "- ", 2) == 0);
	FUZZ_ASSERT(strchr(plain, '\n') == NULL && strchr(md, '\n') == NULL);
	/* The notes differ only in their emphasis. */
	un = unescape(md);
	if (asprintf(&want, "- %s%s", b->text, b->number ? "" :
	    " *(needs a number)*") == -1)
		abort();
	if (strcmp(un, want) != 0) {
		fputs("markdown ", stderr);
		fuzz_show(md);
		fputs(" became ", stderr);
		fuzz_show(un);
		putc('\n', stderr);
		FUZZ_FAIL("Markdown escapes only what it must");
	}
	free(want);
	free(un);
	free(plain);
	free(md);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bullet *b;
	const char *v[MAXB * 6];
	char *buf;
	size_t nv = 0, i, n = 0, k;
	int rv;

	if ((buf = malloc(size + 1)) == NULL ||
	    (b = calloc(MAXB, sizeof(*b))) == NULL)
		abort();
	memcpy(buf, data, size);
	buf[size] = '\0';
	v[nv++] = buf;
	for (i = 0; i < size && nv < MAXB * 6; i++)
		if (buf[i] == '\0')
			v[nv++] = buf + i + 1;
	for (k = 0; n < MAXB && k < nv; n++) {
		if (n % 2 == 0) {
			rv = resume_win(&b[n], n + 1, k + 2 < nv ? v[k + 2] : "",
			    v[k], k + 1 < nv ? v[k + 1] : "");
			k += 3;
		} else {
#define F(j) (k + (j) < nv ? v[k + (j)] : "")
			rv = resume_goal(&b[n], n + 1, F(5), F(0), F(1), F(2),
			    F(3), F(4));
#undef F
			k += 6;
		}
		FUZZ_ASSERT(rv == 0);
		check(&b[n]);
	}
	resume_sort(b, n);
	for (i = 1; i < n; i++)
		FUZZ_ASSERT(b[i - 1].number || !b[i].number);
	resume_free(b, n);
	free(buf);
	return 0;
}
