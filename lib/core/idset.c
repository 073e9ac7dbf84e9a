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
 * idset.c: sets of record ids that stay small for a million records: a
 * bitmap below BITMAP_IDS (ids are given in order, so they are dense),
 * and above it a list kept as a sorted part and a short unsorted tail.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "private.h"

#define BITMAP_IDS (1LL << 24)	/* larger ids go to the list */
#define TAIL 64

static int
cmp_id(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

int
idset_has(const struct idset *s, long long id)
{
	size_t i;

	if (s->sorted > 0 && bsearch(&id, s->v, s->sorted, sizeof(long long),
	    cmp_id) != NULL)
		return 1;
	for (i = s->sorted; i < s->n; i++)
		if (s->v[i] == id)
			return 1;
	return 0;
}

/* Sort and drop duplicates. */
static void
set_tidy(struct idset *s)
{
	size_t i, j;

	qsort(s->v, s->n, sizeof(long long), cmp_id);
	for (i = j = 0; i < s->n; i++)
		if (j == 0 || s->v[j - 1] != s->v[i])
			s->v[j++] = s->v[i];
	s->n = s->sorted = j;
}

int
idset_add(struct idset *s, long long id)
{
	long long *nv;

	if (idset_has(s, id))
		return 0;
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		if ((nv = reallocarray(s->v, s->cap, sizeof(*nv))) == NULL)
			return career_fail(EX_OSERR, "out of memory");
		s->v = nv;
	}
	s->v[s->n++] = id;
	if (s->n - s->sorted > TAIL)
		set_tidy(s);
	return 0;
}

int
idbits_add(struct idbits *b, long long id)
{
	unsigned char *nv;
	size_t need;

	if (id <= 0)
		return 0;
	if (id >= BITMAP_IDS)
		return idset_add(&b->big, id);
	if ((need = id / 8 + 1) > b->bytes) {
		need = need * 2 < BITMAP_IDS / 8 ? need * 2 : BITMAP_IDS / 8;
		if ((nv = realloc(b->bits, need)) == NULL)
			return career_fail(EX_OSERR, "out of memory");
		memset(nv + b->bytes, 0, need - b->bytes);
		b->bits = nv;
		b->bytes = need;
	}
	b->bits[id / 8] |= 1 << (id % 8);
	return 0;
}

int
idbits_has(const struct idbits *b, long long id)
{
	if (id <= 0)
		return 0;
	if (id >= BITMAP_IDS)
		return idset_has(&b->big, id);
	return (size_t)id / 8 < b->bytes && b->bits[id / 8] & (1 << (id % 8));
}

void
idbits_free(struct idbits *b)
{
	free(b->bits);
	free(b->big.v);
	memset(b, 0, sizeof(*b));
}

int
idbits_meet(const struct idbits *a, const struct idbits *b)
{
	size_t i, n = a->bytes < b->bytes ? a->bytes : b->bytes;

	for (i = 0; i < n; i++)
		if (a->bits[i] & b->bits[i])
			return 1;
	for (i = 0; i < b->big.n; i++)
		if (idset_has(&a->big, b->big.v[i]))
			return 1;
	return 0;
}

int
idbits_join(struct idbits *to, const struct idbits *from)
{
	unsigned char *nv;
	size_t i;

	if (from->bytes > to->bytes) {
		if ((nv = realloc(to->bits, from->bytes)) == NULL)
			return career_fail(EX_OSERR, "out of memory");
		memset(nv + to->bytes, 0, from->bytes - to->bytes);
		to->bits = nv;
		to->bytes = from->bytes;
	}
	for (i = 0; i < from->bytes; i++)
		to->bits[i] |= from->bits[i];
	for (i = 0; i < from->big.n; i++)
		if (idset_add(&to->big, from->big.v[i]) == -1)
			return -1;
	return 0;
}

/*
 * As the bitmap's length, its bytes, the number of large ids and those:
 * for a file that the same program reads back, so in its own byte order.
 */
int
idbits_write(const struct idbits *b, FILE *fp)
{
	if (fwrite(&b->bytes, sizeof(b->bytes), 1, fp) != 1 ||
	    (b->bytes > 0 && fwrite(b->bits, 1, b->bytes, fp) != b->bytes) ||
	    fwrite(&b->big.n, sizeof(b->big.n), 1, fp) != 1 ||
	    (b->big.n > 0 && fwrite(b->big.v, sizeof(long long), b->big.n,
	    fp) != b->big.n))
		return career_fail(EX_IOERR, "temporary file: %s",
		    strerror(errno));
	return 0;
}

int
idbits_read(struct idbits *b, FILE *fp)
{
	size_t n;

	memset(b, 0, sizeof(*b));
	if (fread(&n, sizeof(n), 1, fp) != 1 || n > BITMAP_IDS / 8)
		goto short_read;
	if (n > 0 && ((b->bits = malloc(n)) == NULL))
		return career_fail(EX_OSERR, "out of memory");
	b->bytes = n;
	if ((n > 0 && fread(b->bits, 1, n, fp) != n) ||
	    fread(&n, sizeof(n), 1, fp) != 1 || n > SIZE_MAX / 8)
		goto short_read;
	if (n > 0 && (b->big.v = reallocarray(NULL, n,
	    sizeof(long long))) == NULL) {
		idbits_free(b);
		return career_fail(EX_OSERR, "out of memory");
	}
	b->big.n = b->big.cap = n;
	if (n > 0 && fread(b->big.v, sizeof(long long), n, fp) != n)
		goto short_read;
	if (n > 0)
		set_tidy(&b->big);
	return 0;
short_read:
	idbits_free(b);
	return career_fail(EX_IOERR, "temporary file: short read");
}
