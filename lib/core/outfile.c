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

/* outfile.c: the -o FILE of the commands that write a report. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "list.h"
#include "private.h"

/*
 * A file is written beside its name and renamed over it: never half a
 * picture.  What is not a regular file (a device, a pipe, a symbolic
 * link such as /dev/stdout) is written through, since renaming over it
 * would replace it.
 */
int
out_file_open(const char *file, FILE **fp, char *tmp, size_t size)
{
	struct stat sb;

	*tmp = '\0';
	if (lstat(file, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		if ((*fp = fopen(file, "w")) == NULL)
			return career_fail(EX_CANTCREAT, "%s: %s", file,
			    strerror(errno));
		return 0;
	}
	if ((size_t)snprintf(tmp, size, "%s.tmp", file) >= size) {
		*tmp = '\0';
		return career_fail(EX_USAGE, "%s: name too long", file);
	}
	if ((*fp = fopen(tmp, "w")) == NULL) {
		career_fail(EX_CANTCREAT, "%s: %s", tmp, strerror(errno));
		*tmp = '\0';
		return -1;
	}
	return 0;
}

int
out_file_close(FILE *fp, const char *file, const char *tmp)
{
	const char *name = *tmp != '\0' ? tmp : file;
	int bad;

	errno = 0;
	bad = fflush(fp) == EOF || ferror(fp) ||
	    (*tmp != '\0' && fsync(fileno(fp)) == -1);
	if (bad)	/* an earlier write may have failed: no errno now */
		career_fail(EX_IOERR, "%s: %s", name,
		    strerror(errno ? errno : EIO));
	if (fclose(fp) == EOF && !bad) {
		bad = 1;
		career_fail(EX_IOERR, "%s: %s", name, strerror(errno));
	}
	if (!bad && *tmp != '\0' && rename(tmp, file) == -1) {
		bad = 1;
		career_fail(EX_CANTCREAT, "%s: %s", file, strerror(errno));
	}
	if (bad && *tmp != '\0')
		unlink(tmp);	/* FILE stays as it was */
	return bad ? -1 : 0;
}
