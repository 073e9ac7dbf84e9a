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
 * svgtext.c: the text of journey-map's SVG: a style sheet made from the
 * table of how each kind of text is set, so that what is measured is
 * what is drawn, and lines cut with an ellipsis or wrapped to fit the
 * place they are given, with the whole text on hover when cut.
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "method.h"
#include "journeymap.h"

#define ELLIPSIS	"\xe2\x80\xa6"

/* The classes, in the order of the S_ names of journeymap.h. */
static const struct style {
	const char *cls;
	struct face f;
	const char *css;	/* the rest of the class */
} styles[] = {
	{ "plain", { 13, 0, 0 }, "" },
	{ "h1", { 30, 1, 0 }, "fill:#fff" },
	{ "h1s", { 14, 0, 0 }, "fill:#cbd5e1" },
	{ "h2", { 18, 1, 0 }, "" },
	{ "note", { 12, 0, 0 }, "fill:#64748b" },
	{ "kicker", { 11, 1, 1 }, "fill:#4f46e5" },
	{ "obj", { 20, 1, 0 }, "fill:#1e1b4b" },
	{ "title", { 15, 1, 0 }, "" },
	{ "dropped", { 15, 1, 0 },
	    "fill:#94a3b8;text-decoration:line-through" },
	{ "pct", { 13, 1, 0 }, "" },
	{ "tick", { 11, 0, 0 }, "fill:#475569" },
	{ "today", { 11, 1, 0 }, "fill:#dc2626" },
	{ "stretch", { 12, 1, 0 }, "fill:#7c3aed" },
	{ "bold", { 13, 1, 0 }, "" },
	{ "alert", { 13, 1, 0 }, "fill:#dc2626" },
	{ "late", { 12, 1, 0 }, "fill:#dc2626" },
	{ "count", { 10, 1, 0 }, "fill:#b45309" },
	{ "new", { 13, 1, 0 }, "fill:#64748b" },
	{ "up", { 13, 1, 0 }, "fill:#16a34a" },
	{ "down", { 13, 1, 0 }, "fill:#dc2626" },
	{ "flat", { 13, 1, 0 }, "fill:#64748b" },
};
_Static_assert(sizeof(styles) / sizeof(styles[0]) == S_FLAT + 1,
    "a style for each S_ name");

void
svg_style(FILE *out)
{
	const struct style *st;
	size_t i;

	fputs("<style>\ntext{font-family:'DejaVu Sans','Liberation Sans',"
	    "Arial,Helvetica,sans-serif;fill:#0f172a}\n", out);
	for (i = 0; i < sizeof(styles) / sizeof(styles[0]); i++) {
		st = &styles[i];
		fprintf(out, ".%s{font-size:%gpx;font-weight:%s", st->cls,
		    st->f.px, st->f.bold ? "bold" : "normal");
		if (st->f.spacing != 0)
			fprintf(out, ";letter-spacing:%gpx", st->f.spacing);
		fprintf(out, "%s%s}\n", *st->css ? ";" : "", st->css);
	}
	fputs("</style>\n", out);
}

double
svg_width(int st, const char *s)
{
	return face_width(&styles[st].f, s);
}

void
svg_xml(FILE *out, const char *s)
{
	size_t n;

	for (; *s != '\0'; s += n ? n : 1) {
		n = str_utf8_len(s);
		if (n == 0 || (unsigned char)*s < ' ' || *s == 0x7f ||
		    (n == 3 && memcmp(s, "\xef\xbf\xbe", 2) == 0 &&
		    (unsigned char)s[2] >= 0xbe))
			fputs(n == 0 || n == 3 ? "\xef\xbf\xbd" : " ", out);
		else if (*s == '&')
			fputs("&amp;", out);
		else if (*s == '<')
			fputs("&lt;", out);
		else if (*s == '>')
			fputs("&gt;", out);
		else if (*s == '"')
			fputs("&quot;", out);
		else if (*s == '\'')
			fputs("&#39;", out);
		else
			fwrite(s, 1, n, out);
	}
}

/* A blank: a space, or a control character drawn as one. */
#define BLANK(c)	((c) != '\0' && \
			    ((unsigned char)(c) <= ' ' || (c) == 0x7f))

/* The length of s without the blanks at its end. */
static size_t
trimmed(const char *s, size_t n)
{
	while (n > 0 && BLANK(s[n - 1]))
		n--;
	return n;
}

/*
 * s in style st cut to width pixels with an ellipsis, or s itself when
 * it fits.
 */
static const char *
fit(struct map *m, int st, const char *s, double width)
{
	const struct face *f = &styles[st].f;
	size_t n;

	width -= SVG_SLACK;
	if (face_width(f, s) <= width)
		return s;
	n = face_fit(f, s, width - face_width(f, ELLIPSIS), NULL);
	return map_str(m, "%.*s%s", (int)trimmed(s, n), s, ELLIPSIS);
}

/*
 * s in style st broken at blanks into at most max lines of width pixels
 * (a word too long for a line broken anywhere), the last one cut with
 * an ellipsis when the rest does not fit (*cut is set then): into
 * lines, their number.
 */
static size_t
wrap(struct map *m, int st, const char *s, double width, size_t max,
    const char **lines, int *cut)
{
	const struct face *f = &styles[st].f;
	size_t n = 0, len, brk;

	*cut = 0;
	while (n < max) {
		while (BLANK(*s))
			s++;
		if (n + 1 == max || face_width(f, s) <= width - SVG_SLACK) {
			lines[n] = fit(m, st, s, width);
			*cut = lines[n++] != s;
			break;
		}
		len = face_fit(f, s, width - SVG_SLACK, NULL);
		for (brk = len; brk > 0 && !BLANK(s[brk]); brk--)
			;
		if (brk == 0)
			brk = len > 0 ? len : 1 + (str_utf8_len(s) > 1 ?
			    str_utf8_len(s) - 1 : 0);
		lines[n++] = map_str(m, "%.*s", (int)trimmed(s, brk), s);
		s += brk;
	}
	return n;
}

/* The opening of a text element, up to its content. */
static void
text_open(struct map *m, double x, double y, int st, const char *anchor)
{
	fprintf(m->out, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\"", x, y,
	    styles[st].cls);
	if (anchor != NULL)
		fprintf(m->out, " text-anchor=\"%s\"", anchor);
	fputs(">", m->out);
}

/* A line c of s: when c is not the whole of it, s shows on hover. */
static void
text_line(struct map *m, const char *s, const char *c)
{
	if (c != s) {
		fputs("<title>", m->out);
		svg_xml(m->out, s);
		fputs("</title>", m->out);
	}
	svg_xml(m->out, c);
	fputs("</text>\n", m->out);
}

void
svg_text(struct map *m, double x, double y, int st, double width,
    const char *s, const char *anchor)
{
	text_open(m, x, y, st, anchor);
	text_line(m, s, fit(m, st, s, width));
}

double
svg_wrap(struct map *m, double x, double y, int st, double width,
    const char *s, size_t max, double lead)
{
	const char *lines[8];
	size_t i, n;
	int cut;

	if (max > sizeof(lines) / sizeof(lines[0]))
		max = sizeof(lines) / sizeof(lines[0]);
	n = wrap(m, st, s, width, max, lines, &cut);
	/* Every line of a text cut short shows the whole of it. */
	for (i = 0; i < n; i++) {
		text_open(m, x, y + i * lead, st, NULL);
		text_line(m, cut ? s : lines[i], lines[i]);
	}
	return y + (n - 1) * lead;
}
