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

/* error.c: the library's last error, and the exits every command shares. */
#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "private.h"

static char errmsg[1024];
static int errcode = EX_SOFTWARE;

/*
 * A message quotes values from the store (a bad id, a question): it goes
 * to a terminal, so their controls are made visible here, once.
 */
int
career_fail(int code, const char *fmt, ...)
{
	char msg[sizeof(errmsg)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	str_vis(errmsg, sizeof(errmsg), msg);
	errcode = code;
	return -1;
}

const char *
career_errmsg(void)
{
	return errmsg;
}

int
career_errcode(void)
{
	return errcode;
}

void
career_die(void)
{
	/* Whatever the error, what the command wrote is put back. */
	txn_abort();
	errx(errcode, "%s", errmsg);
}

void
career_exit(int status)
{
	/*
	 * Kept before anything is said of them: a kill after the output
	 * must not take back what it reported (an id, say).  Output that
	 * cannot be written is still an error, of the report only.
	 */
	txn_commit();
	if (fflush(stdout) == EOF || ferror(stdout)) {
		history_commit();
		err(EX_IOERR, "stdout");
	}
	history_commit();
	exit(status);
}

void
career_version(void)
{
	printf("%s (career) %s\n", getprogname(), CAREER_VERSION);
	career_exit(0);
}

/* Weak: a program built without help.c (a fuzzer) prints no options. */
extern const struct career_help career_helps[] __attribute__((weak));

void
career_usage(const char *synopsis, int help)
{
	career_help(synopsis, help, NULL);
}

void
career_help(const char *synopsis, int help, const struct schema *s)
{
	FILE *fp = help ? stdout : stderr;
	const struct career_help *h;
	const char *p, *nl;
	int first = 1;

	for (p = synopsis; *p != '\0'; p = *nl ? nl + 1 : nl, first = 0) {
		nl = strchrnul(p, '\n');
		fprintf(fp, "%s%.*s\n", first ? "usage: " : "       ",
		    (int)(nl - p), p);
	}
	if (!help)
		exit(EX_USAGE);
	/* The options, from the page (help.c, linked into each command). */
	for (h = career_helps; h != NULL && h->name != NULL; h++)
		if (strcmp(h->name, getprogname()) == 0)
			printf("\noptions:\n%s", h->text);
	if (s != NULL) {
		printf("\nfields of %s:\n", s->file);
		schema_help(stdout, s);
	}
	career_exit(0);
}

void
career_bug(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: internal error: ", getprogname());
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(EX_SOFTWARE);
}

void
career_option(int ch, const char *synopsis)
{
	if (ch == 'h')
		career_usage(synopsis, 1);
	if (ch == OPT_VERSION)
		career_version();
	career_usage(synopsis, 0);
}
