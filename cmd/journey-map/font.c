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
 * font.c: how wide text is in the SVG, from the advance widths of the
 * font it names first, DejaVu Sans (advance.h, made by mkadvance), so
 * that text can be cut or wrapped to fit its place.  Other fonts it may
 * fall back to (Liberation Sans, Arial, Helvetica) are narrower.
 */
#include <stddef.h>
#include <string.h>

#include "core.h"
#include "method.h"
#include "journeymap.h"
#include "advance.h"

/*
 * A character the table does not hold: an East Asian wide one takes an
 * em in the fonts that have it, others no more than that either, but
 * for pictographs: color emoji fonts draw them some 1.25 em wide.
 */
static double
fallback(unsigned long c, const char *s, size_t n)
{
	char buf[5];

	if ((c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F000 && c <= 0x1FAFF))
		return ADV_UPEM * 1.3;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return str_width(buf) == 0 ? 0 : ADV_UPEM;
}

/* The code point of the n bytes of well-formed UTF-8 at s. */
static unsigned long
codepoint(const unsigned char *s, size_t n)
{
	unsigned long c;
	size_t i;

	if (n == 1)
		return *s;
	c = *s & (0x7f >> n);
	for (i = 1; i < n; i++)
		c = c << 6 | (s[i] & 0x3f);
	return c;
}

/* The advance of the character at s (n bytes; 0: not UTF-8), in units. */
static double
advance(int bold, const char *s, size_t n)
{
	unsigned long c;
	size_t i;

	if (n == 0)
		return ADV_UPEM;	/* drawn as U+FFFD */
	c = codepoint((const unsigned char *)s, n);
	if (c < ' ' || c == 0x7f)
		c = ' ';		/* drawn as a blank */
	for (i = 0; i < sizeof(adv_blocks) / sizeof(adv_blocks[0]); i++)
		if (c >= adv_blocks[i].first && c <= adv_blocks[i].last &&
		    adv_width[bold][adv_blocks[i].at + c - adv_blocks[i].first])
			return adv_width[bold][adv_blocks[i].at + c -
			    adv_blocks[i].first];
	return fallback(c, s, n);
}

size_t
face_fit(const struct face *f, const char *s, double width, double *used)
{
	const char *p;
	double w = 0, a;
	size_t n;

	for (p = s; *p != '\0'; p += n ? n : 1) {
		n = str_utf8_len(p);
		a = advance(f->bold, p, n) * f->px / ADV_UPEM + f->spacing;
		if (w + a > width)
			break;
		w += a;
	}
	if (used != NULL)
		*used = w;
	return p - s;
}

double
face_width(const struct face *f, const char *s)
{
	double w;

	face_fit(f, s, 1e300, &w);
	return w;
}
