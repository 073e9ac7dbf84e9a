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
 * fuzz.h: what the libFuzzer targets share: a private store in a
 * temporary directory (under $TMPDIR, else /dev/shm when there is one,
 * so fsync is cheap), a fixed today, and a loud stop when a property
 * fails.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core.h"
#include "method.h"

int LLVMFuzzerInitialize(int *, char ***);
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char fuzz_dir[256];

/*
 * Stop the run: libFuzzer keeps the input that got here as a crash.
 * The message is one line, so tests/fuzz/run can sort what was found.
 */
#define FUZZ_FAIL(what) do {						\
	fprintf(stderr, "%s:%d: property failed: %s (last error: %s)\n", \
	    __FILE__, __LINE__, what, career_errmsg());		\
	abort();							\
} while (0)
#define FUZZ_ASSERT(c) do {						\
	if (!(c))							\
		FUZZ_FAIL(#c);						\
} while (0)

/* A value on one line of stderr, C-escaped. */
static inline void
fuzz_show(const char *s)
{
	unsigned char c;

	putc('"', stderr);
	for (; (c = *s) != '\0'; s++)
		if (c == '\n')
			fputs("\\n", stderr);
		else if (c == '\r')
			fputs("\\r", stderr);
		else if (c == '"' || c == '\\')
			fprintf(stderr, "\\%c", c);
		else if (c < ' ' || c >= 0x7f)
			fprintf(stderr, "\\%03o", c);
		else
			putc(c, stderr);
	putc('"', stderr);
}

/*
 * Is s text a terminal shows as it is: well-formed UTF-8 without a
 * control character (C0, DEL, C1), and so on one line?
 */
static inline int
fuzz_visible(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;

	for (; *p != '\0'; p += n) {
		if ((n = str_utf8_len((const char *)p)) == 0 || *p < 0x20 ||
		    *p == 0x7f || (*p == 0xc2 && p[1] < 0xa0)) {
			fputs("not visible: ", stderr);
			fuzz_show(s);
			putc('\n', stderr);
			return 0;
		}
	}
	return 1;
}

static inline void
fuzz_store(void)
{
	const char *base;

	if ((base = getenv("TMPDIR")) == NULL || *base == '\0')
		base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(fuzz_dir, sizeof(fuzz_dir), "%s/career-fuzz.XXXXXX", base);
	if (mkdtemp(fuzz_dir) == NULL) {
		perror(fuzz_dir);
		exit(1);
	}
	setenv("CAREER_DIR", fuzz_dir, 1);
	setenv("CAREER_TODAY", "2026-11-23", 1);
	if (store_lock() == -1) {
		fprintf(stderr, "%s\n", career_errmsg());
		exit(1);
	}
}

/*
 * Put bytes into a file of the store as they are, or remove it (NULL).
 * Its stamp goes too: each input starts a store of its own.
 */
static inline void
fuzz_put(const char *file, const void *data, size_t size)
{
	char path[512];
	int fd;

	snprintf(path, sizeof(path), "%s/.%s.stamp", fuzz_dir, file);
	unlink(path);
	snprintf(path, sizeof(path), "%s/%s", fuzz_dir, file);
	if (data == NULL) {
		unlink(path);
		return;
	}
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1 ||
	    (size > 0 && write(fd, data, size) != (ssize_t)size)) {
		perror(path);
		abort();
	}
	close(fd);
}

/* Are two loads of a table the same rows, field for field? */
static inline int
fuzz_same_rows(struct record **a, struct record **b)
{
	size_t i, j;

	for (i = 0; a[i] != NULL && b[i] != NULL; i++) {
		if (a[i]->id != b[i]->id || a[i]->nf != b[i]->nf)
			return 0;
		for (j = 0; j < a[i]->nf; j++)
			if (strcmp(a[i]->f[j], b[i]->f[j]) != 0) {
				fprintf(stderr, "row %zu field %zu: ", i, j);
				fuzz_show(a[i]->f[j]);
				fputs(" became ", stderr);
				fuzz_show(b[i]->f[j]);
				putc('\n', stderr);
				return 0;
			}
	}
	return a[i] == NULL && b[i] == NULL;
}

#endif
