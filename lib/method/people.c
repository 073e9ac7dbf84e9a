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
 * people.c: the people of the plan (people.csv) and the names that
 * point at them.  Other files keep a person's name as text, so a name is
 * resolved whenever it is read: the same rule for what a user types and
 * for what a file holds, which is how names stored before people.csv
 * existed find their person once added.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"

#define BLANKS	" \t"
#define ALIAS_SEP	" | "	/* written between aliases; '|' read */

static struct person *pv;	/* people.csv, in file order */
static size_t pn;
static int loaded;

/* s without outer blanks: its start, and its length in *len. */
static const char *
trim(const char *s, size_t *len)
{
	size_t n;

	s += strspn(s, BLANKS);
	for (n = strlen(s); n > 0 && strchr(BLANKS, s[n - 1]) != NULL; n--)
		;
	*len = n;
	return s;
}

/* Is s, blanks aside, the len bytes at w, case aside? */
static int
same(const char *s, const char *w, size_t len)
{
	size_t n;

	s = trim(s, &n);
	return n == len && len > 0 && strncasecmp(s, w, len) == 0;
}

static int
is_alias(const struct person *p, const char *w, size_t len)
{
	const char *a, *bar;
	size_t n;

	for (a = p->aliases; *a != '\0'; a = *bar ? bar + 1 : bar) {
		bar = a + strcspn(a, "|");
		a += strspn(a, BLANKS);
		for (n = bar - a; n > 0 && strchr(BLANKS, a[n - 1]); n--)
			;
		if (n == len && len > 0 && strncasecmp(a, w, len) == 0)
			return 1;
	}
	return 0;
}

int
people_load(void)
{
	/* Static: reachable until exit, so valgrind counts no leak. */
	static struct record **rows;
	static struct table *t;
	size_t i;

	if (loaded)
		return 0;
	/* Rows and table live until exit: names point into them. */
	if ((t = table_open(&schema_people)) == NULL)
		return -1;
	if (table_load(t, &rows) == -1) {
		table_close(t);
		return -1;
	}
	for (pn = 0; rows[pn] != NULL; pn++)
		;
	if ((pv = calloc(pn ? pn : 1, sizeof(*pv))) == NULL)
		return career_fail(EX_OSERR, "out of memory");
	for (i = 0; i < pn; i++) {
		pv[i].id = rows[i]->id;
		pv[i].name = rec_field(t, rows[i], PEOPLE_NAME);
		pv[i].aliases = rec_field(t, rows[i], PEOPLE_ALIASES);
		pv[i].relation = rec_field(t, rows[i], PEOPLE_RELATION);
		pv[i].line = rows[i]->line;
	}
	loaded = 1;
	return 0;
}

/* Is the word w (len bytes) p's name or one of its aliases? */
static int
names(const struct person *p, const char *w, size_t len)
{
	return same(p->name, w, len) || is_alias(p, w, len);
}

/* Say that what, the word w of p, also names q. */
static void
clash(void (*report)(const char *, long, const char *), const char *what,
    const char *w, size_t len, const struct person *p,
    const struct person *q)
{
	char msg[512], vis[512];

	snprintf(msg, sizeof(msg), "%s '%.*s' of person %lld also names "
	    "person %lld '%s' (line %ld): a name must name one person",
	    what, (int)(len < 60 ? len : 60), w, p->id, q->id, q->name,
	    q->line);
	str_vis(vis, sizeof(vis), msg);
	report(schema_people.file, p->line, vis);
}

long
people_check(void (*report)(const char *, long, const char *))
{
	const char *w, *a, *bar;
	size_t i, j, len;
	long n = 0;

	if (people_load() == -1)
		return 0;
	/* Quadratic in people, who are tens, not thousands. */
	for (i = 0; i < pn; i++)
		for (j = 0; j < i; j++) {
			w = trim(pv[i].name, &len);
			if (names(&pv[j], w, len)) {
				clash(report, "name", w, len, &pv[i], &pv[j]);
				n++;
			}
			for (a = pv[i].aliases; *a != '\0';
			    a = *bar ? bar + 1 : bar) {
				bar = a + strcspn(a, "|");
				a += strspn(a, BLANKS);
				for (len = bar - a; len > 0 &&
				    strchr(BLANKS, a[len - 1]); len--)
					;
				if (len > 0 && names(&pv[j], a, len)) {
					clash(report, "alias", a, len, &pv[i],
					    &pv[j]);
					n++;
				}
			}
		}
	return n;
}

/* Does p match w (len bytes) at tier 0 (name), 1 (alias), 2 (prefix)? */
static int
hit(int tier, const struct person *p, const char *w, size_t len)
{
	const char *name;
	size_t n;

	switch (tier) {
	case 0:
		return same(p->name, w, len);
	case 1:
		return is_alias(p, w, len);
	default:
		name = trim(p->name, &n);
		return n > len && strncasecmp(name, w, len) == 0;
	}
}

/* Whom arg names; with fail, an ambiguous one is an error listing them. */
static int
match(const char *arg, const struct person **p, int fail)
{
	char list[512] = "";
	const char *w;
	size_t i, n, len;
	int tier;

	*p = NULL;
	w = trim(arg, &len);
	if (len == 0)
		return 0;
	for (tier = 0; tier < 3; tier++) {
		for (i = n = 0; i < pn; i++) {
			if (!hit(tier, &pv[i], w, len))
				continue;
			if (n++ == 0)
				*p = &pv[i];
			if (fail)
				snprintf(list + strlen(list), sizeof(list) -
				    strlen(list), "%s%s (person %lld)",
				    n > 1 ? ", " : "", pv[i].name, pv[i].id);
		}
		if (n == 1)
			return 1;
		if (n > 1) {
			*p = NULL;
			if (fail)
				career_fail(EX_DATAERR, "%s: %zu people "
				    "match: %s", arg, n, list);
			return -1;
		}
	}
	return 0;
}

int
person_find(const char *arg, const struct person **p)
{
	if (people_load() == -1)
		return -1;
	return match(arg, p, 1);
}

/* The name, or alias, of someone else that s is, or NULL. */
static const struct person *
taken(const char *s)
{
	const char *w;
	size_t i, len;

	w = trim(s, &len);
	for (i = 0; i < pn; i++)
		if (hit(0, &pv[i], w, len) || hit(1, &pv[i], w, len))
			return &pv[i];
	return NULL;
}

/* s without outer blanks, kept until exit, or NULL with an error. */
static const char *
trimmed(const char *s)
{
	size_t len;
	char *c;

	s = trim(s, &len);
	if ((c = strndup(s, len)) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	return str_keep(c);
}

/* The aliases checked, trimmed and joined by ALIAS_SEP, or NULL. */
static const char *
join_aliases(const char *name, char *const *aliases, size_t n)
{
	const struct person *p;
	const char **v;
	char *all;
	size_t i, j, len = 1;

	if ((v = calloc(n ? n : 1, sizeof(*v))) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		return NULL;
	}
	for (i = 0; i < n; i++) {
		if (strchr(aliases[i], '|') != NULL) {
			career_fail(EX_USAGE, "%s: an alias cannot hold '|' "
			    "(it separates aliases)", aliases[i]);
			goto fail;
		}
		if (str_blank(aliases[i])) {
			career_fail(EX_USAGE, "aliases: cannot be empty");
			goto fail;
		}
		if ((p = taken(aliases[i])) != NULL) {
			career_fail(EX_DATAERR, "%s: already person %lld "
			    "(%s)", aliases[i], p->id, p->name);
			goto fail;
		}
		if ((v[i] = trimmed(aliases[i])) == NULL)
			goto fail;
		for (j = 0; j <= i; j++)
			if (strcasecmp(j < i ? v[j] : name, v[i]) == 0) {
				career_fail(EX_USAGE, "%s: given twice",
				    v[i]);
				goto fail;
			}
		len += strlen(v[i]) + strlen(ALIAS_SEP);
	}
	if ((all = malloc(len)) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		goto fail;
	}
	*all = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0)
			strlcat(all, ALIAS_SEP, len);
		strlcat(all, v[i], len);
	}
	free(v);
	return str_keep(all);
fail:
	free(v);
	return NULL;
}

long long
person_add(const char *name, char *const *aliases, size_t naliases,
    const char *relation, const char *note)
{
	const struct person *p;
	const char *all;
	struct record *r;
	struct table *t;
	long long id;

	if (people_load() == -1 || (name = trimmed(name)) == NULL)
		return -1;
	if ((p = taken(name)) != NULL)
		return career_fail(EX_DATAERR, "%s: already person %lld "
		    "(%s)", name, p->id, p->name);
	if ((all = join_aliases(name, aliases, naliases)) == NULL ||
	    (t = table_open(&schema_people)) == NULL)
		return -1;
	if ((r = rec_new(t)) == NULL ||
	    rec_put(t, r, PEOPLE_NAME, name) == -1 ||
	    rec_put(t, r, PEOPLE_ALIASES, all) == -1 ||
	    rec_put(t, r, PEOPLE_RELATION, relation ? relation : "") == -1 ||
	    rec_put(t, r, PEOPLE_NOTE, note ? note : "") == -1 ||
	    rec_put(t, r, PEOPLE_CREATED, "today") == -1 ||
	    table_append(t, &r, 1) == -1) {
		table_close(t);
		return -1;
	}
	id = r->id;
	rec_free(r);
	table_close(t);
	loaded = 0;	/* read again, with the new one, when asked */
	return id;
}

const char *
person_name(const char *arg)
{
	const struct person *p;

	/* Read again under the lock: another writer may have added them. */
	loaded = 0;
	switch (person_find(arg, &p)) {
	case -1:
		return NULL;
	case 1:
		return p->name;
	}
	return trimmed(arg);
}

int
person_write(const char *arg, const char *relation, int quiet)
{
	static const char *const names[] = { "relation", "updated" };
	const char *values[2];
	const struct person *p;
	struct table *t;
	long long id;
	size_t len;

	if (relation != NULL && *relation != '\0' &&
	    (relation = field_value(PEOPLE_RELATION, relation)) == NULL)
		return -1;
	switch (person_find(arg, &p)) {
	case -1:
		return -1;
	case 0:
		if ((id = person_add(arg, NULL, 0, relation, NULL)) == -1)
			return -1;
		arg = trim(arg, &len);
		if (!quiet)
			warnx("%.*s: added as person %lld%s%s (person-list)",
			    (int)len, arg, id, relation && *relation ? ", " : "",
			    relation ? relation : "");
		return 0;
	}
	if (relation == NULL || *relation == '\0' ||
	    strcmp(p->relation, relation) == 0)
		return 0;
	values[0] = relation;
	values[1] = date_today_str();
	if ((t = table_open(&schema_people)) == NULL)
		return -1;
	if (table_update(t, &p->id, 1, names, values, 2) == -1) {
		table_close(t);
		return -1;
	}
	table_close(t);
	if (!quiet)
		warnx("%s: now %s%s%s (person %lld)", p->name, relation,
		    *p->relation ? ", was " : "", p->relation, p->id);
	loaded = 0;
	return 0;
}

/* Does a record of a file with no private column name arg?  1, 0, -1. */
static int
in_records(const char *arg)
{
	const struct schema *const *s;
	const struct record *r;
	struct table *t;
	const char *w;
	size_t i, len;
	int found = 0, skip;

	w = trim(arg, &len);
	for (s = schemas; !found && *s != NULL; s++) {
		skip = *s == &schema_people;
		for (i = 0; i < (*s)->ncols; i++)
			skip |= (*s)->cols[i].flags & COL_PRIVATE;
		if (skip)
			continue;
		if ((t = table_open(*s)) == NULL)
			return -1;
		while (!found && (r = table_next(t)) != NULL)
			for (i = 0; !found && i < (*s)->ncols; i++)
				found = (*s)->cols[i].kind == COL_PERSON &&
				    same(rec_get(r, table_col(t,
				    (*s)->cols[i].name)), w, len);
		if (table_error(t)) {
			table_close(t);
			return -1;
		}
		table_close(t);
	}
	return found;
}

const char *
person_read(const char *arg)
{
	const struct person *p;

	switch (person_find(arg, &p)) {
	case -1:
		return NULL;
	case 1:
		return p->name;
	}
	switch (in_records(arg)) {
	case -1:
		return NULL;
	case 0:
		warnx("%s: nobody by that name in people.csv or the records "
		    "(person-list; person-add adds them)", arg);
	}
	return arg;
}

int
person_same(const char *a, const char *b)
{
	const struct person *pa = NULL, *pb = NULL;
	const char *w;
	size_t len;

	if (a == NULL || b == NULL)
		return 0;
	/* A people.csv that does not parse leaves names as text. */
	if (people_load() == 0) {
		match(a, &pa, 0);
		match(b, &pb, 0);
	}
	if (pa != NULL && pb != NULL)
		return pa == pb;
	w = trim(b, &len);
	return same(a, w, len);
}

const char *
person_relation(const char *name, const char *fallback)
{
	const struct person *p;

	if (people_load() == -1 || match(name, &p, 0) != 1 ||
	    *p->relation == '\0')
		return fallback;
	return p->relation;
}

const struct person *
person_last(const char *relation)
{
	size_t i;

	if (people_load() == -1)
		return NULL;
	for (i = pn; i > 0; i--)
		if (strcmp(pv[i - 1].relation, relation) == 0)
			return &pv[i - 1];
	return NULL;
}

int
relation_trusted(const char *relation)
{
	return *relation != '\0' && strcmp(relation, "manager") != 0 &&
	    strcmp(relation, "peer") != 0;
}

int
person_list(int mode, int ids, int names, const char *relation)
{
	static const char *const brief[] = { "id", "name", "relation",
	    "aliases", "note", NULL };
	struct out *o = NULL;
	struct record *r;
	struct table *t;
	char *line;
	int rv = 0;

	if ((t = table_open(&schema_people)) == NULL)
		return -1;
	if (!ids && !names)
		o = out_open_table(mode, t, brief);
	while ((r = table_next(t)) != NULL) {
		if (relation != NULL &&
		    strcmp(rec_field(t, r, PEOPLE_RELATION), relation) != 0)
			continue;
		if (ids)
			printf("%lld\n", r->id);
		else if (names) {
			if ((line = str_oneline(rec_field(t, r,
			    PEOPLE_NAME))) == NULL) {
				rv = career_fail(EX_OSERR, "out of memory");
				break;
			}
			puts(line);
			free(line);
		} else
			out_record(o, r);
	}
	if (table_error(t))
		rv = -1;
	if (o != NULL && out_close(o) == -1)
		rv = -1;
	table_close(t);
	return rv;
}
