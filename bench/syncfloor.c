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
 * syncfloor: the least a durable write can do, for each kind of write
 * the toolkit makes (career(5)), linked like every command.
 *
 *	syncfloor -a file row [file row ...]
 *				append: open, write the row and a newline,
 *				fsync, close; each file in turn, for a
 *				command that appends to several
 *	syncfloor -r file	rewrite: read the file through libcsv as
 *				parsefloor does (a rewrite cannot skip that),
 *				write what it read to a temporary file beside
 *				it, fsync, rename it over the file, fsync the
 *				directory
 *
 * A writer is measured against the floor of its kind, on a copy of the
 * file it writes, so the bytes are the same.
 */
#include <csv.h>
#include <err.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
on_field(void *s, size_t len, void *data)
{
	(void)s;
	(void)len;
	(void)data;
}

static void
on_row(int c, void *data)
{
	(void)c;
	(void)data;
}

static void
append(const char *path, const char *row)
{
	size_t len = strlen(row);
	char *buf;
	int fd;

	if ((buf = malloc(len + 1)) == NULL)
		err(71, NULL);
	memcpy(buf, row, len);
	buf[len++] = '\n';
	if ((fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
	    0600)) == -1)
		err(73, "%s", path);
	if (write(fd, buf, len) != (ssize_t)len || fsync(fd) == -1 ||
	    close(fd) == -1)
		err(74, "%s", path);
	free(buf);
}

static void
rewrite(const char *path)
{
	static char buf[1 << 16];
	char tmp[PATH_MAX], copy[PATH_MAX];
	const char *dir;
	struct csv_parser p;
	ssize_t n;
	int in, out, dfd;

	strlcpy(copy, path, sizeof(copy));
	dir = dirname(copy);
	snprintf(tmp, sizeof(tmp), "%s/.syncfloor.XXXXXX", dir);
	if ((in = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		err(66, "%s", path);
	if ((out = mkstemp(tmp)) == -1)
		err(73, "%s", tmp);
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		errx(71, "csv_init");
	while ((n = read(in, buf, sizeof(buf))) > 0) {
		if (csv_parse(&p, buf, n, on_field, on_row, NULL) != (size_t)n)
			errx(65, "%s: %s", path, csv_strerror(csv_error(&p)));
		if (write(out, buf, n) != n)
			err(74, "%s", tmp);
	}
	if (n == -1)
		err(74, "%s", path);
	csv_fini(&p, on_field, on_row, NULL);
	csv_free(&p);
	close(in);
	if (fsync(out) == -1 || close(out) == -1 || rename(tmp, path) == -1)
		err(74, "%s", tmp);
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1 ||
	    fsync(dfd) == -1)
		err(74, "%s", dir);
	close(dfd);
}

int
main(int argc, char *argv[])
{
	int i;

	if (argc >= 4 && argc % 2 == 0 && strcmp(argv[1], "-a") == 0)
		for (i = 2; i < argc; i += 2)
			append(argv[i], argv[i + 1]);
	else if (argc == 3 && strcmp(argv[1], "-r") == 0)
		rewrite(argv[2]);
	else
		errx(2, "usage: syncfloor -a file row [file row ...] | -r file");
	return 0;
}
