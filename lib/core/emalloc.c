/*
 * emalloc.c: allocation that cannot fail, for the few places where
 * running out of memory leaves nothing sensible to return: they exit
 * EX_OSERR, and their e prefix says so at every call, as in sbase.
 * Everything else in lib/ returns its errors.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "private.h"

void *
emalloc(size_t size)
{
	void *p;

	if ((p = malloc(size)) == NULL)
		err(EX_OSERR, NULL);
	return p;
}

void *
ecalloc(size_t n, size_t size)
{
	void *p;

	if ((p = calloc(n, size)) == NULL)
		err(EX_OSERR, NULL);
	return p;
}

void *
ereallocarray(void *p, size_t n, size_t size)
{
	if ((p = reallocarray(p, n, size)) == NULL)
		err(EX_OSERR, NULL);
	return p;
}

char *
estrdup(const char *s)
{
	char *p;

	if ((p = strdup(s)) == NULL)
		err(EX_OSERR, NULL);
	return p;
}
