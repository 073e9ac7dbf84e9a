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

/* str.c: small string helpers. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "private.h"

static char **saved;
static size_t nsaved, capsaved;

static void
free_saved(void)
{
	while (nsaved > 0)
		free(saved[--nsaved]);
	free(saved);
}

char *
str_keep(char *s)
{
	if (nsaved == capsaved) {
		if (capsaved == 0)
			atexit(free_saved);
		capsaved = capsaved ? capsaved * 2 : 16;
		saved = ereallocarray(saved, capsaved, sizeof(*saved));
	}
	return saved[nsaved++] = s;
}

/* Linear: strlcat would scan all that is joined for every word. */
char *
str_join(int argc, char *const *argv)
{
	size_t len = 1, n;
	char *s, *p;
	int i;

	for (i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	p = s = emalloc(len);
	for (i = 0; i < argc; i++) {
		if (i > 0)
			*p++ = ' ';
		n = strlen(argv[i]);
		memcpy(p, argv[i], n);
		p += n;
	}
	*p = '\0';
	return str_keep(s);
}

int
str_oneof(const char *s, const char *const *words)
{
	for (; *words != NULL; words++)
		if (strcmp(s, *words) == 0)
			return 1;
	return 0;
}

const char *
str_words(const char *const *words)
{
	static char buf[256];

	buf[0] = '\0';
	for (; *words != NULL; words++) {
		if (buf[0] != '\0')
			strlcat(buf, "|", sizeof(buf));
		strlcat(buf, *words, sizeof(buf));
	}
	return buf;
}

long long
id_digits(const char *s)
{
	long long v = 0;
	int n;

	for (n = 0; n < 18 && s[n] >= '0' && s[n] <= '9'; n++)
		v = v * 10 + (s[n] - '0');
	return n > 0 && s[n] == '\0' ? v : 0;
}

long long
id_parse(const char *s)
{
	const char *errstr;
	long long id;

	id = strtonum(s, 1, LLONG_MAX, &errstr);
	if (errstr != NULL)
		return career_fail(EX_USAGE, "%s: not an id (%s)", s, errstr);
	return id;
}
