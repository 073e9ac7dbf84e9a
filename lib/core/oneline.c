/*
 * oneline.c: a field printed as part of a line of text (a reminder, a
 * verdict) must stay on that line, whatever a hand edit put in it.
 */
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "private.h"

char *
str_oneline(const char *s)
{
	char *c, *p;

	if ((c = strdup(s)) == NULL)
		return NULL;
	for (p = c; *p != '\0'; p++)
		if ((unsigned char)*p < ' ' || *p == 0x7f)
			*p = ' ';
	return c;
}
