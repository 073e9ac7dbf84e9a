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
 * smart.c: is a goal Specific, Measurable, Achievable, Relevant and
 * Time-bound?  The rules are deterministic and documented, word for
 * word, in smart-review(1); change both together.
 *
 * Relevance looks beyond the goal itself (its parent, an objective's
 * children), so the review indexes the goals read from stdin, then those
 * of the store that stdin does not stand in for.  A goal read from stdin
 * is judged as it is read on all it says itself (smart_judge_self); what
 * relevance needs of the others waits in a struct smart_rel of a few
 * bytes until the index is complete (smart_relevant).
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "method.h"

const char *const smart_criteria[] = { "specific", "measurable",
    "achievable", "relevant", "time-bound", NULL };

/* Words that say nothing about what will be done; sorted. */
const char *const smart_vague[] = { "a", "an", "and", "as", "at", "be",
    "become", "best", "better", "by", "career", "develop", "development",
    "do", "enhance", "for", "general", "get", "good", "great", "grow",
    "growth", "i", "improve", "in", "increase", "it", "learn", "level",
    "lot", "lots", "make", "me", "more", "most", "much", "my", "new",
    "next", "of", "on", "or", "overall", "really", "skills", "some",
    "step", "stuff", "take", "the", "things", "to", "try", "very", "well",
    "with", "work", NULL };

/* isspace(3) in the C locale, without a call a byte. */
static int
blank(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* ispunct(3) in the C locale: printable ASCII, neither a letter nor a digit. */
static int
punct(char c)
{
	return c > ' ' && c <= '~' && !(c >= '0' && c <= '9') &&
	    !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* s is word w: most are told apart by their first byte. */
static int
is(const char *s, const char *w)
{
	return *s == *w && strcmp(s, w) == 0;
}

/*
 * What relevance needs of the other goals, kept small for a store of a
 * million: which ids exist, which are objectives and which of those are
 * dropped, and which goals have a goal under them; each a bitmap of
 * ids (struct idbits), so that adding a goal and asking of one are both
 * a few instructions, whatever the order the goals come in.
 */

struct smart {
	struct idbits seen;	/* every goal */
	struct idbits given;	/* goals read from stdin */
	struct idbits parents;	/* parents of goals not dropped */
	struct idbits obj;	/* the objectives */
	struct idbits dropped;	/* the objectives dropped */
};

/* Objective or not: 1 if id is one, 2 if a dropped one, else 0. */
static int
objective(const struct smart *s, long long id)
{
	if (!idbits_has(&s->obj, id))
		return 0;
	return idbits_has(&s->dropped, id) ? 2 : 1;
}

/*
 * A parent id as the index takes it: what strtoll makes of it, without
 * its cost on the 1 to 18 digits nearly every parent is.
 */
static long long
id_of(const char *s)
{
	long long v = id_digits(s);

	return v > 0 ? v : strtoll(s, NULL, 10);
}

/*
 * What the index takes of a goal: its id, its parent unless it is
 * dropped, and whether it is an objective and a dropped one.  smart_scan
 * keeps these of the store's goals in a file, for smart_merge.
 */
struct fact {
	long long id;
	long long parent;	/* 0: none, or the goal is dropped */
	int objective;		/* FACT_OBJECTIVE, | FACT_DROPPED */
};
enum { FACT_OBJECTIVE = 1, FACT_DROPPED = 2 };

static void
fact_of(const struct table *t, const struct record *r, struct fact *f)
{
	int dropped = is(rec_field(t, r, GOALS_STATUS), "dropped");

	f->id = r->id;
	f->parent = dropped ? 0 : id_of(rec_field(t, r, GOALS_PARENT));
	if (f->parent < 0)
		f->parent = 0;
	f->objective = 0;
	if (r->id > 0 && is(rec_field(t, r, GOALS_KIND), "objective"))
		f->objective = FACT_OBJECTIVE | (dropped ? FACT_DROPPED : 0);
}

static int
apply(struct smart *s, const struct fact *f)
{
	if (idbits_add(&s->seen, f->id) == -1 ||
	    (f->parent > 0 && idbits_add(&s->parents, f->parent) == -1))
		return -1;
	if (f->objective && (idbits_add(&s->obj, f->id) == -1 ||
	    ((f->objective & FACT_DROPPED) &&
	    idbits_add(&s->dropped, f->id) == -1)))
		return -1;
	return 0;
}

static int
add(struct smart *s, const struct table *t, const struct record *r)
{
	struct fact f;

	fact_of(t, r, &f);
	return apply(s, &f);
}

struct smart *
smart_new(void)
{
	struct smart *s;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		career_fail(EX_OSERR, "out of memory");
	return s;
}

int
smart_add(struct smart *s, const struct table *t, const struct record *r)
{
	if (idbits_add(&s->given, r->id) == -1)
		return -1;
	return add(s, t, r);
}

int
smart_load(struct smart *s)
{
	struct record *r;
	struct table *t;
	int rv = 0;

	if ((t = table_open(&schema_goals)) == NULL)
		return -1;
	while (rv == 0 && (r = table_next(t)) != NULL)
		if (!idbits_has(&s->given, r->id))
			rv = add(s, t, r);
	if (table_error(t))
		rv = -1;
	table_close(t);
	return rv;
}

int
smart_scan(FILE *out)
{
	static struct fact f[1024];
	struct record *r;
	struct table *t;
	size_t n = 0;
	int rv = 0;

	if ((t = table_open(&schema_goals)) == NULL)
		return -1;
	/* The padding too: no byte of the file is left undefined. */
	memset(f, 0, sizeof(f));
	/* Written 1024 at a time: a call a goal was most of the writing. */
	while (rv == 0 && (r = table_next(t)) != NULL) {
		fact_of(t, r, &f[n++]);
		if (n == 1024 && fwrite(f, sizeof(f[0]), n, out) != n)
			rv = -1;
		n %= 1024;
	}
	if (rv == 0 && n > 0 && fwrite(f, sizeof(f[0]), n, out) != n)
		rv = -1;
	if (table_error(t))
		rv = -1;
	else if (rv == -1 || fflush(out) == EOF)
		rv = career_fail(EX_IOERR, "temporary file: %s",
		    strerror(errno));
	table_close(t);
	return rv;
}

int
smart_merge(struct smart *s, FILE *in)
{
	struct fact f[1024];
	size_t i, n;

	rewind(in);
	while ((n = fread(f, sizeof(f[0]), 1024, in)) > 0)
		for (i = 0; i < n; i++)
			if (!idbits_has(&s->given, f[i].id) &&
			    apply(s, &f[i]) == -1)
				return -1;
	if (ferror(in))
		return career_fail(EX_IOERR, "temporary file: %s",
		    strerror(errno));
	return 0;
}

/* The index's sets, in one order, for smart_save and smart_join. */
static struct idbits *
smart_set(struct smart *s, int i)
{
	struct idbits *v[] = { &s->seen, &s->given, &s->parents, &s->obj,
	    &s->dropped };

	return i < (int)(sizeof(v) / sizeof(v[0])) ? v[i] : NULL;
}

int
smart_save(struct smart *s, FILE *out)
{
	struct idbits *b;
	int i;

	for (i = 0; (b = smart_set(s, i)) != NULL; i++)
		if (idbits_write(b, out) == -1)
			return -1;
	if (fflush(out) == EOF)
		return career_fail(EX_IOERR, "temporary file: %s",
		    strerror(errno));
	return 0;
}

int
smart_join(struct smart *s, FILE *in)
{
	struct smart *o;
	struct idbits *b;
	int i, rv = 0;

	if ((o = smart_new()) == NULL)
		return -1;
	rewind(in);
	for (i = 0; rv == 0 && (b = smart_set(o, i)) != NULL; i++)
		rv = idbits_read(b, in);
	if (rv == 0 && idbits_meet(&s->seen, &o->seen))
		rv = 1;
	for (i = 0; rv == 0 && (b = smart_set(s, i)) != NULL; i++)
		rv = idbits_join(b, smart_set(o, i));
	smart_close(o);
	return rv;
}

void
smart_close(struct smart *s)
{
	if (s == NULL)
		return;
	idbits_free(&s->seen);
	idbits_free(&s->given);
	idbits_free(&s->parents);
	idbits_free(&s->obj);
	idbits_free(&s->dropped);
	free(s);
}

static int
has_child(const struct smart *s, long long id)
{
	return idbits_has(&s->parents, id);
}

static int
met(struct smart_verdict *v)
{
	v->result = SMART_MET;
	v->why[0] = '\0';
	return 0;
}

static int
verdict(struct smart_verdict *v, int result, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/*
 * A reason that quotes one of the goal's values as it is: shown, not
 * sent to a terminal.  The reasons of nearly every goal are made by
 * said() and reason() below, without vsnprintf and str_vis.
 */
static int
verdict(struct smart_verdict *v, int result, const char *fmt, ...)
{
	char why[sizeof(v->why)];
	va_list ap;

	v->result = result;
	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	str_vis(v->why, sizeof(v->why), why);
	va_end(ap);
	return result == SMART_NOT_MET;
}

/* Printable ASCII only: shown as it is, str_vis would change nothing. */
static int
plain(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s < ' ' || *s > '~')
			return 0;
	return 1;
}

/*
 * A reason of a, a number or plain text, and b: "parent 7 is dropped".
 * Put together by hand, for it is made for nearly every goal of a
 * million, where vsnprintf and str_vis were most of the judging.  val
 * is plain (above), and cut if it does not fit.
 */
static inline int
reason(struct smart_verdict *v, int result, const char *a, long long n,
    const char *val, const char *b)
{
	char digits[24], *d = digits + sizeof(digits);
	size_t alen = strlen(a), blen = strlen(b), vlen;

	if (val == NULL) {
		*--d = '\0';
		do
			*--d = '0' + n % 10;
		while ((n /= 10) > 0);
		val = d;
	}
	vlen = strlen(val);
	if (alen + vlen + blen >= sizeof(v->why))
		return verdict(v, result, "%s%.*s%s", a,
		    (int)(sizeof(v->why) - 1 - alen - blen), val, b);
	memcpy(v->why, a, alen);
	memcpy(v->why + alen, val, vlen);
	memcpy(v->why + alen + vlen, b, blen + 1);
	v->result = result;
	return result == SMART_NOT_MET;
}

/* A reason that is all constant. */
static inline int
said(struct smart_verdict *v, int result, const char *why)
{
	memcpy(v->why, why, strlen(why) + 1);
	v->result = result;
	return result == SMART_NOT_MET;
}

/*
 * word (len bytes, lower case) is vague.  smart_vague is sorted: the
 * words of a first letter are together, and only those of its length
 * are compared.  Letter c's are from end[c] to end[c + 1].
 */
static int
vague(const char *word, size_t len)
{
	static size_t end[27], wlen[128];
	static int ready;
	size_t i, c;

	if (!ready) {
		/* (A word past wlen would not be vague: tests/smart-review.bats
		 * checks each word of the man page.) */
		for (i = 0; smart_vague[i] != NULL &&
		    i < sizeof(wlen) / sizeof(wlen[0]); i++) {
			wlen[i] = strlen(smart_vague[i]);
			end[smart_vague[i][0] - 'a' + 1] = i + 1;
		}
		for (c = 1; c < 27; c++)
			if (end[c] < end[c - 1])
				end[c] = end[c - 1];
		ready = 1;
	}
	if (word[0] < 'a' || word[0] > 'z')
		return 0;
	c = word[0] - 'a';
	for (i = end[c]; i < end[c + 1]; i++)
		if (wlen[i] == len && memcmp(smart_vague[i], word, len) == 0)
			return 1;
	return 0;
}

/* Specific: three words or more, one of them not vague. */
static int
specific(const char *title, struct smart_verdict *v)
{
	char word[32];
	const char *p, *e;
	int nwords = 0, concrete = 0;
	size_t len, i;

	for (p = title; *p != '\0'; p = e) {
		while (blank(*p))
			p++;
		for (e = p; *e != '\0' && !blank(*e); e++)
			;
		/* Punctuation around a word is not part of it. */
		while (p < e && punct(*p))
			p++;
		for (len = e - p; len > 0 && punct(p[len - 1]); len--)
			;
		if (len == 0)
			continue;
		nwords++;
		/* One concrete word is enough: the rest are only counted. */
		if (concrete)
			continue;
		if (len >= sizeof(word)) {
			concrete = 1;
			continue;
		}
		for (i = 0; i < len; i++)
			word[i] = p[i] >= 'A' && p[i] <= 'Z' ? p[i] - 'A' + 'a' :
			    p[i];
		word[len] = '\0';
		if (!vague(word, len))
			concrete = 1;
		/* Three words, one concrete: nothing further can change it. */
		if (concrete && nwords >= 3)
			break;
	}
	if (nwords == 0)
		return said(v, SMART_NOT_MET, "no title");
	if (nwords == 1)
		return said(v, SMART_NOT_MET, "title too short (1 word, "
		    "want 3 or more)");
	if (nwords < 3)
		return said(v, SMART_NOT_MET, "title too short (2 words, "
		    "want 3 or more)");
	if (!concrete)
		return said(v, SMART_NOT_MET, "title only has vague words");
	return met(v);
}

static int
measurable(const char *measure, const char *target, struct smart_verdict *v)
{
	if (*measure == '\0' && *target == '\0')
		return said(v, SMART_NOT_MET, "no measure, no target");
	if (*measure == '\0')
		return said(v, SMART_NOT_MET, "no measure");
	if (*target == '\0')
		return said(v, SMART_NOT_MET, "no target");
	return met(v);
}

static int
achievable(long long id, const char *kind, const char *agreed,
    struct smart_verdict *v)
{
	long days;

	/* A draft on stdin may say "+6m", as the writers take it. */
	if (*agreed != '\0' && date_parse(agreed, &days) == -1)
		return verdict(v, SMART_NOT_MET, "agreed '%.40s' is not a date",
		    agreed);
	if (*agreed != '\0')
		return met(v);
	if (is(kind, "stretch"))
		return said(v, SMART_STRETCH, "a stretch goal, not agreed "
		    "yet");
	if (id == 0)
		return said(v, SMART_NOT_MET, "not agreed with the manager");
	return reason(v, SMART_NOT_MET, "not agreed with the manager "
	    "(goal-set ", id, NULL, " agreed=DATE)");
}

/*
 * Relevance on what the goal says itself: an objective's due date, a
 * goal's parent given as an id.  What needs the other goals (has the
 * objective a goal under it, is the parent an objective and not dropped)
 * is left in rel for smart_relevant.
 */
static int
relevant_self(long long id, const char *kind, const char *due,
    const char *parent, struct smart_rel *rel, struct smart_verdict *v)
{
	long long pid;

	rel->id = id;
	rel->parent = 0;
	rel->objective = is(kind, "objective");
	rel->due = *due != '\0';
	rel->pending = 0;
	if (rel->objective) {
		if (id != 0) {
			rel->pending = 1;
			return met(v);	/* until smart_relevant says */
		}
		if (*due == '\0')
			return said(v, SMART_NOT_MET, "an objective needs a "
			    "due date and a goal under it");
		return said(v, SMART_NOT_MET, "no goal under it");
	}
	if (*parent == '\0')
		return said(v, SMART_NOT_MET, "no parent objective");
	if ((pid = id_of(parent)) <= 0 ||
	    strspn(parent, "0123456789") != strlen(parent))
		return verdict(v, SMART_NOT_MET, "parent '%.40s' is not an id",
		    parent);
	rel->parent = pid;
	rel->pending = 1;
	return met(v);
}

int
smart_settled(const struct smart *s, const struct smart_rel *rel)
{
	if (rel->objective)
		return has_child(s, rel->id);
	return idbits_has(&s->seen, rel->parent);
}

int
smart_relevant(const struct smart *s, const struct smart_rel *rel,
    struct smart_verdict *vs)
{
	struct smart_verdict *v = &vs[SMART_RELEVANT];
	long long pid = rel->parent;
	int p;

	if (rel->objective) {
		if (!rel->due && !has_child(s, rel->id))
			return said(v, SMART_NOT_MET, "an objective needs a "
			    "due date and a goal under it");
		if (!rel->due)
			return said(v, SMART_NOT_MET, "an objective needs a "
			    "due date");
		if (!has_child(s, rel->id))
			return said(v, SMART_NOT_MET, "no goal under it");
		return met(v);
	}
	if ((p = objective(s, pid)) == 0 && !idbits_has(&s->seen, pid))
		return reason(v, SMART_NOT_MET, "parent ", pid, NULL,
		    ": no such goal");
	if (p == 0)
		return reason(v, SMART_NOT_MET, "parent ", pid, NULL,
		    " is not an objective");
	if (p == 2)
		return reason(v, SMART_NOT_MET, "parent ", pid, NULL,
		    " is dropped");
	return met(v);
}

/* Asked for every open goal: the date does not change in a run. */
static long
today(void)
{
	static long t = LONG_MIN;

	if (t == LONG_MIN)
		t = date_today();
	return t;
}

static int
timebound(const char *due, const char *status, struct smart_verdict *v)
{
	long days;

	if (*due == '\0')
		return said(v, SMART_NOT_MET, "no due date");
	if (date_parse(due, &days) == -1)
		return verdict(v, SMART_NOT_MET, "due '%.40s' is not a date",
		    due);
	if ((*status == '\0' || is(status, "open")) &&
	    days < today()) {
		if (plain(due))
			return reason(v, SMART_NOT_MET, "overdue (due ", 0,
			    due, ")");
		return verdict(v, SMART_NOT_MET, "overdue (due %s)", due);
	}
	return met(v);
}

int
smart_judge_self(const struct table *t, const struct record *r,
    struct smart_verdict *v, struct smart_rel *rel)
{
	const char *kind = rec_field(t, r, GOALS_KIND);
	const char *due = rec_field(t, r, GOALS_DUE);

	return specific(rec_field(t, r, GOALS_TITLE), &v[SMART_SPECIFIC]) +
	    measurable(rec_field(t, r, GOALS_MEASURE),
	    rec_field(t, r, GOALS_TARGET), &v[SMART_MEASURABLE]) +
	    achievable(r->id, kind, rec_field(t, r, GOALS_AGREED),
	    &v[SMART_ACHIEVABLE]) +
	    relevant_self(r->id, kind, due, rec_field(t, r, GOALS_PARENT),
	    rel, &v[SMART_RELEVANT]) +
	    timebound(due, rec_field(t, r, GOALS_STATUS), &v[SMART_TIMEBOUND]);
}

int
smart_judge(struct smart *s, const struct table *t, const struct record *r,
    struct smart_verdict *v)
{
	struct smart_rel rel;
	int n;

	n = smart_judge_self(t, r, v, &rel);
	return rel.pending ? n + smart_relevant(s, &rel, v) : n;
}
