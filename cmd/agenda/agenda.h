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
 * agenda.h: agenda's own code.  The store is read once into a struct
 * agenda, the sections are printed from it, and only main() exits.
 */

#define DUE_DAYS	7	/* follow-ups due this soon are on the agenda */
#define SINCE_DAYS	30	/* the window when no meeting is known */

struct agenda {
	struct journey j;
	struct table *fb, *wins;	/* feedback.csv, wins.csv */
	struct record **fbrows, **winrows;	/* NULL-terminated */
	const char *who;		/* whom it is with; NULL: no manager known */
	int named;			/* who came from -w */
	int given;			/* since came from --since */
	long today, since;
	long last;			/* the last follow-up done with who, or -1 */
	char sincestr[11];		/* since as YYYY-MM-DD */
};

/*
 * Read the store for the next meeting with with (NULL: the manager, as
 * the store tells) about what happened since from (NULL: since the last
 * follow-up done with them).  0, or -1 with an error; agenda_close()
 * either way.  Never batna.csv.
 */
int agenda_open(struct agenda *, const char *with, const char *from);
void agenda_close(struct agenda *);
/* Are a and b the same person, case aside?  Never when either is NULL. */
int agenda_same(const char *a, const char *b);
/* The agenda, in Markdown, on stdout: 0, or -1 with an error. */
int agenda_write(const struct agenda *);
