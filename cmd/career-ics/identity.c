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
 * identity.c: a store's identity, for UIDs that differ from another
 * store's in the same calendar.  Random (RFC 9562's version 4), made
 * once and kept in the store; career-ics takes no lock, so the file is
 * written aside and linked into place: it appears whole, and only one
 * of two runs at once makes it.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "ics.h"

#define NAME	".uuid"
#define LEN	36

static char id[LEN + 2];

/* Is s a UUID as made below: 8-4-4-4-12 lower-case hex digits? */
static int
wellformed(const char *s)
{
	int i;

	if (strlen(s) != LEN)
		return 0;
	for (i = 0; i < LEN; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return 0;
		} else if (strchr("0123456789abcdef", s[i]) == NULL)
			return 0;
	}
	return 1;
}

/* The identity in path: 1, 0 when there is none, -1 with an error. */
static int
load(const char *path)
{
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL) {
		if (errno == ENOENT)
			return 0;
		return career_fail(EX_NOINPUT, "%s: %s", path,
		    strerror(errno));
	}
	if (fgets(id, sizeof(id), fp) == NULL)
		id[0] = '\0';
	fclose(fp);
	id[strcspn(id, "\n")] = '\0';
	if (!wellformed(id))
		return career_fail(EX_DATAERR, "%s: not a store identity "
		    "(remove it to make a new one; calendars then see new "
		    "events)", path);
	return 1;
}

/* Make one in tmp, link it to path unless one is there; 0 or -1. */
static int
make(const char *path, char *tmp)
{
	unsigned char b[16];
	int fd, i, n = 0, saved;

	arc4random_buf(b, sizeof(b));
	b[6] = (b[6] & 0x0f) | 0x40;	/* version 4 */
	b[8] = (b[8] & 0x3f) | 0x80;	/* the RFC's variant */
	for (i = 0; i < 16; i++)
		n += snprintf(id + n, sizeof(id) - n, "%s%02x",
		    i == 4 || i == 6 || i == 8 || i == 10 ? "-" : "", b[i]);
	if ((fd = mkstemp(tmp)) == -1)
		return career_fail(EX_CANTCREAT, "%s: %s", tmp,
		    strerror(errno));
	strlcat(id, "\n", sizeof(id));
	/* EEXIST: another run made one first, and that one is the store's. */
	if (write(fd, id, LEN + 1) != LEN + 1 || fsync(fd) == -1 ||
	    close(fd) == -1 || (link(tmp, path) == -1 && errno != EEXIST)) {
		saved = errno;
		unlink(tmp);
		return career_fail(EX_CANTCREAT, "%s: %s", path,
		    strerror(saved));
	}
	unlink(tmp);
	/* The name must last: calendars know the events by it. */
	if ((fd = open(store_dir(), O_RDONLY | O_DIRECTORY)) == -1 ||
	    fsync(fd) == -1) {
		saved = errno;
		if (fd != -1)
			close(fd);
		return career_fail(EX_IOERR, "%s: %s", store_dir(),
		    strerror(saved));
	}
	close(fd);
	return 0;
}

const char *
ics_identity(void)
{
	char path[PATH_MAX], tmp[PATH_MAX];
	int rv;

	if (snprintf(path, sizeof(path), "%s/" NAME, store_dir()) >=
	    (int)sizeof(path) || snprintf(tmp, sizeof(tmp), "%s.XXXXXX",
	    path) >= (int)sizeof(tmp)) {
		career_fail(EX_CANTCREAT, "%s: name too long", store_dir());
		return NULL;
	}
	if ((rv = load(path)) != 0)
		return rv == 1 ? id : NULL;
	if (make(path, tmp) == -1)
		return NULL;
	if ((rv = load(path)) == 0)
		career_fail(EX_NOINPUT, "%s: removed as it was made", path);
	return rv == 1 ? id : NULL;
}
