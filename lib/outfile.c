/* outfile.c: the -o FILE of the commands that write a report. */
#include <sys/stat.h>

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>
#include <unistd.h>

#include "career.h"

/*
 * A file is written beside its name and renamed over it: never half a
 * picture.  What is not a regular file (a device, a pipe, a symbolic
 * link such as /dev/stdout) is written through, since renaming over it
 * would replace it.
 */
FILE *
out_file_open(const char *file, char *tmp, size_t size)
{
	struct stat sb;
	FILE *fp;

	if (lstat(file, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		if ((fp = fopen(file, "w")) == NULL)
			err(EX_CANTCREAT, "%s", file);
		*tmp = '\0';
		return fp;
	}
	if ((size_t)snprintf(tmp, size, "%s.tmp", file) >= size)
		errx(EX_USAGE, "%s: name too long", file);
	if ((fp = fopen(tmp, "w")) == NULL)
		err(EX_CANTCREAT, "%s", tmp);
	return fp;
}

void
out_file_close(FILE *fp, const char *file, const char *tmp)
{
	const char *name = *tmp != '\0' ? tmp : file;

	if (fflush(fp) == EOF || ferror(fp) ||
	    (*tmp != '\0' && fsync(fileno(fp)) == -1)) {
		warn("%s", name);
		if (*tmp != '\0')
			unlink(tmp);
		exit(EX_IOERR);
	}
	if (fclose(fp) == EOF) {
		warn("%s", name);
		if (*tmp != '\0')
			unlink(tmp);
		exit(EX_IOERR);
	}
	if (*tmp != '\0' && rename(tmp, file) == -1) {
		warn("%s", file);
		unlink(tmp);
		exit(EX_CANTCREAT);
	}
}
