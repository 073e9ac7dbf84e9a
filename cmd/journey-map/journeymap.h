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
 * journeymap.h: journey-map's own code.  The journey is read and laid
 * out once into a struct map (map.c), then drawn as one SVG (svg.c) or
 * as text (text.c); only main() exits.
 */

/* How a goal stands; an open goal past its due date is overdue. */
enum { ST_OPEN, ST_OVERDUE, ST_DONE, ST_DROPPED };
extern const char *const map_status_words[];	/* open overdue done dropped */
extern const char *const map_trend_words[];	/* new up down flat */

struct map {
	struct journey j;
	struct jgoal **line;	/* goals and stretch goals, by due date */
	struct jgoal **objs;	/* the long-term objectives, by due date */
	size_t nline, nobj;
	long today;
	long start, end;	/* the timeline's first and last day */
	FILE *out;		/* where the drawing goes */
	/* private */
	char **strs;		/* the strings made for the drawing */
	size_t nstrs, capstrs;
	int failed;		/* one could not be made */
};

/*
 * Read the store (never batna.csv) and lay the journey out: 0, or -1
 * with an error; map_close() either way.
 */
int map_open(struct map *);
void map_close(struct map *);
/* Draw it on fp as one SVG, or as text: 0, or -1 with an error. */
int map_svg(struct map *, FILE *fp);
int map_text(struct map *, FILE *fp);

/*
 * Strings for the drawing, freed by map_close().  One that cannot be
 * made is "" and the map has failed: the page is finished regardless
 * and its renderer returns -1, rather than every caller checking.
 */
const char *map_str(struct map *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* s on one line in at most cols columns (see str_ellipsis). */
const char *map_cut(struct map *, const char *s, size_t cols);
/* "2027-06-30" */
const char *map_day(struct map *, long day);
/* "in 7 months", "3 days ago" */
const char *map_when(struct map *, long day);
/* "3 days overdue" */
const char *map_overdue(struct map *, long day);
/* "7 of 24 · stretch 30: 23%", or "" when nothing is measured. */
const char *map_progress(struct map *, const struct jgoal *);
/* "3 goals toward it, 1 done", for objective o. */
const char *map_toward(struct map *, const struct jgoal *o);

/* How text is set in the SVG: its size, weight and letter spacing. */
struct face {
	double px;		/* font size, in pixels */
	int bold;
	double spacing;		/* pixels after each character */
};
/*
 * Text measured in DejaVu Sans (font.c): the width of s in pixels, and
 * how many bytes of s fit in width pixels (whole characters; their width
 * in *used when not NULL).
 */
double face_width(const struct face *, const char *s);
size_t face_fit(const struct face *, const char *s, double width,
    double *used);

/*
 * The kinds of text in the SVG, each a class of its style sheet
 * (svgtext.c); the trends follow CHECK_NEW, CHECK_UP, CHECK_DOWN and
 * CHECK_FLAT.
 */
enum { S_PLAIN, S_H1, S_H1S, S_H2, S_NOTE, S_KICKER, S_OBJ, S_TITLE,
    S_DROPPED, S_PCT, S_TICK, S_TODAY, S_STRETCH, S_BOLD, S_ALERT, S_LATE,
    S_COUNT, S_NEW, S_UP, S_DOWN, S_FLAT };
#define SVG_SLACK	1	/* pixels left free at the end of a line */
/* The style sheet, naming DejaVu Sans first, on out. */
void svg_style(FILE *out);
/* The width of s in style st, in pixels. */
double svg_width(int st, const char *s);
/* Text from the store, escaped for XML; what XML cannot hold becomes U+FFFD. */
void svg_xml(FILE *out, const char *s);
/* A line of text at x, y in style st, cut to width pixels. */
void svg_text(struct map *, double x, double y, int st, double width,
    const char *s, const char *anchor);
/*
 * Text at x, y in style st on at most max lines (up to 8) of width
 * pixels, lead pixels apart: the baseline of its last line.
 */
double svg_wrap(struct map *, double x, double y, int st, double width,
    const char *s, size_t max, double lead);

/* ST_OPEN, ST_OVERDUE, ST_DONE or ST_DROPPED. */
int map_status(const struct map *, const struct jgoal *);
/* The goal's percentage of target, or -1 when there is none. */
double map_pct(const struct jgoal *, const char *target);
/* The first day of the month of day, moved by n months. */
long map_month(long day, long n);
