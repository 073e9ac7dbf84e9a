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
 * resume.c: wins and reached goals as resume bullet points.  Pure
 * functions of their arguments, so the rules of resume-bullets(1) can be
 * tested one by one: what counts as a verb, which verb is added, how a
 * reached goal is said, and which bullet is strongest.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

/*
 * Words a bullet may start with: past tenses that do not end in -ed, and
 * the plain forms of the verbs resumes use most.  Any other first word of
 * five letters or more that ends in -ed counts too, but for these.
 */
static const char *const verbs[] = {
	"achieve", "automate", "beat", "began", "boost", "bought", "brought",
	"build", "built", "chair", "chose", "coach", "create", "cut", "dealt",
	"deliver", "design", "develop", "double", "drew", "drive", "drove",
	"establish", "fought", "found", "gave", "got", "grew", "grow", "halve",
	"held", "hire", "implement", "improve", "increase", "introduce", "kept",
	"launch", "lead", "led", "lent", "lower", "made", "manage", "mentor",
	"met", "migrate", "negotiate", "organise", "organize", "overcame",
	"oversaw", "overtook", "own", "present", "publish", "raise", "ran",
	"rebuild", "rebuilt", "redesign", "reduce", "resolve", "rewrite",
	"rewrote", "run", "save", "scale", "sent", "set", "ship", "shorten",
	"shrank", "sold", "sped", "spent", "split", "spoke", "spun", "start",
	"stood", "streamline", "struck", "taught", "teach", "told", "took",
	"train", "triple", "undertook", "upheld", "won", "win", "write",
	"wrote", NULL
};
static const char *const not_verbs[] = { "hundred", "kindred", "naked",
    "sacred", "wicked", NULL };
/* The verb put before a bullet that lacks one, by kind. */
const char *const resume_kind_verbs[] = { "Achieved", "Delivered", NULL };

int
resume_has_number(const char *s)
{
	return strpbrk(s, "0123456789") != NULL;
}

/* The first word of s, lowercase, into buf: letters, - and '. */
static size_t
first_word(const char *s, char *buf, size_t size)
{
	size_t n = 0;

	for (; n + 1 < size && (isalpha((unsigned char)s[n]) ||
	    (n > 0 && (s[n] == '-' || s[n] == '\''))); n++)
		buf[n] = tolower((unsigned char)s[n]);
	buf[n] = '\0';
	/* A word too long for buf is no verb of ours. */
	return isalpha((unsigned char)s[n]) ? 0 : n;
}

int
resume_verb_led(const char *s)
{
	char w[32];
	size_t n;

	if ((n = first_word(s, w, sizeof(w))) == 0)
		return 0;
	if (str_oneof(w, verbs))
		return 1;
	return n >= 5 && strcmp(w + n - 2, "ed") == 0 &&
	    !str_oneof(w, not_verbs);
}

/* Append to a string built with malloc; NULL (and s freed) if out of memory. */
static char *
cat(char *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static char *
cat(char *s, const char *fmt, ...)
{
	va_list ap;
	char *more, *t;

	va_start(ap, fmt);
	if (vasprintf(&more, fmt, ap) == -1)
		more = NULL;
	va_end(ap);
	t = NULL;
	if (more != NULL && asprintf(&t, "%s%s", s ? s : "", more) == -1)
		t = NULL;
	free(more);
	free(s);
	return t;
}

/*
 * b's text, on one line and starting with a capital, its controls shown
 * as str_display() shows them; -1 if out of memory.
 */
static int
finish(struct bullet *b, char *text)
{
	char *shown;

	if (text == NULL)
		return career_fail(EX_OSERR, "out of memory");
	shown = str_display(text);
	free(text);
	if ((text = shown) == NULL)
		return -1;
	text[0] = toupper((unsigned char)text[0]);
	b->text = text;
	b->number = resume_has_number(text);
	return 0;
}

int
resume_win(struct bullet *b, long long id, const char *date,
    const char *what, const char *metric)
{
	char *text = NULL, *w, *p;
	size_t n;

	memset(b, 0, sizeof(*b));
	b->kind = RESUME_WIN;
	b->id = id;
	b->percent = 100;
	strlcpy(b->date, date, sizeof(b->date));
	if ((w = strdup(what)) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	/* A bullet ends without a full stop. */
	if ((n = strlen(w)) > 0 && w[n - 1] == '.')
		w[--n] = '\0';
	if (n == 0)	/* emptied by hand: the verb alone */
		text = cat(text, "%s", resume_kind_verbs[RESUME_WIN]);
	else if (!resume_verb_led(w)) {
		/* "Release checklist" reads on as "release checklist", "API" as is. */
		for (p = w + 1; isalpha((unsigned char)*p) &&
		    !isupper((unsigned char)*p); p++)
			;
		if (!isalnum((unsigned char)*p))
			w[0] = tolower((unsigned char)w[0]);
		text = cat(text, "%s ", resume_kind_verbs[RESUME_WIN]);
	}
	if (n > 0)
		text = cat(text, "%s", w);
	if (*metric != '\0' && strstr(w, metric) == NULL)
		text = cat(text, " (%s)", metric);
	free(w);
	return finish(b, text);
}

int
resume_goal(struct bullet *b, long long id, const char *date,
    const char *title, const char *measure, const char *value,
    const char *target, const char *stretch)
{
	char *text = NULL;
	double pct;

	memset(b, 0, sizeof(*b));
	b->kind = RESUME_GOAL;
	b->id = id;
	strlcpy(b->date, date, sizeof(b->date));
	/* Done means reached: without a measured value, the target was met. */
	b->percent = progress_ratio(value, target, &pct) == 0 ? pct : 100;
	text = cat(text, "%s", resume_kind_verbs[RESUME_GOAL]);
	if (*measure == '\0' && *value == '\0' && *target == '\0')
		return finish(b, cat(text, " goal: %s", title));
	if (*measure != '\0')
		text = cat(text, " %s%s", measure,
		    *value != '\0' || *target != '\0' ? ":" : "");
	if (*value != '\0') {
		text = cat(text, " %s", value);
		if (*target != '\0')
			text = cat(text, " against a target of %s", target);
		if (*stretch != '\0' &&
		    progress_ratio(value, stretch, &pct) == 0 && pct >= 100)
			text = cat(text, " and a stretch target of %s", stretch);
	} else if (*target != '\0')
		text = cat(text, " the target of %s", target);
	return finish(b, cat(text, " (%s)", title));
}

/* Strongest first: a number, then % of target, then most recent. */
static int
cmp(const void *a, const void *b)
{
	const struct bullet *x = a, *y = b;
	int c;

	if (x->number != y->number)
		return y->number - x->number;
	if (x->percent != y->percent)
		return x->percent > y->percent ? -1 : 1;
	if ((c = strcmp(y->date, x->date)) != 0)
		return c;
	if (x->kind != y->kind)
		return x->kind - y->kind;
	return x->id < y->id ? -1 : x->id > y->id;
}

void
resume_sort(struct bullet *b, size_t n)
{
	if (n > 1)
		qsort(b, n, sizeof(*b), cmp);
}

char *
resume_format(const struct bullet *b, int markdown)
{
	const char *note = markdown ? " *(needs a number)*" :
	    " (needs a number)";
	const char *p;
	char *s, *q;
	size_t digits;

	/* Every character escaped, at worst, and the note. */
	if ((s = malloc(2 * strlen(b->text) + strlen(note) + 3)) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	q = s;
	*q++ = '-';
	*q++ = ' ';
	digits = strspn(b->text, "0123456789");
	for (p = b->text; *p != '\0'; p++) {
		/* In Markdown "- #1" would be a heading and "- 1." a list. */
		if (markdown && (strchr("\\`*_[]<>&", *p) != NULL ||
		    (p == b->text && *p == '#') || (digits > 0 &&
		    p == b->text + digits && (*p == '.' || *p == ')'))))
			*q++ = '\\';
		*q++ = *p;
	}
	*q = '\0';
	if (!b->number)
		strcat(q, note);
	return s;
}

void
resume_free(struct bullet *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(b[i].text);
	free(b);
}
