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
 * args.c: getopt_long(3) for every command, with one rule more.  An
 * argument that starts with a dash and a digit (-2d, -1w, -3) is an
 * operand, never an option: no command has a digit for an option, and
 * a date or a number said that way must not need "--" first.  So
 * "followup-add -w Ann -2d note" and "goal-progress 3 -2" work.
 *
 * The arguments are put in the order GNU getopt gives them anyway
 * (options with their values, then operands in the order typed), and
 * getopt is shown only the options, so it cannot take -2d for one.
 */
#include <ctype.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "private.h"

#undef getopt_long

/* A dash and a digit: a negative number or a date in the past. */
static int
negative(const char *a)
{
	return a[0] == '-' && isdigit((unsigned char)a[1]);
}

static int
is_option(const char *a)
{
	return a[0] == '-' && a[1] != '\0' && !negative(a);
}

/* Does the long option in a ("--name" or "--name=value") take the next? */
static int
long_takes_next(const char *a, const struct option *longopts)
{
	size_t len = strcspn(a + 2, "=");
	int has = -1, i;

	if (a[2 + len] == '=' || longopts == NULL)
		return 0;
	for (i = 0; longopts[i].name != NULL; i++) {
		if (strncmp(longopts[i].name, a + 2, len) != 0)
			continue;
		if (longopts[i].name[len] == '\0')
			return longopts[i].has_arg == required_argument;
		if (has != -1 && has != longopts[i].has_arg)
			return 0;	/* ambiguous: getopt says so */
		has = longopts[i].has_arg;
	}
	return has == required_argument;
}

/* Does the cluster of short options in a take the next argument? */
static int
short_takes_next(const char *a, const char *optstring)
{
	const char *o;

	for (a++; *a != '\0'; a++) {
		if (*a == ':' || (o = strchr(optstring, *a)) == NULL)
			return 0;	/* unknown: getopt says so */
		if (o[1] == ':')
			return o[2] != ':' && a[1] == '\0';
	}
	return 0;
}

/*
 * Put the options of argv first and the operands after them, in their
 * order, with a "--" between if there was one.  Returns how many
 * arguments getopt is to see, or argc when no operand is negative.
 */
static int
arrange(int argc, char **argv, const char *optstring,
    const struct option *longopts)
{
	char **v;
	int i, n = 1, nops = 0, posix, stop, neg = 0, dashes = 0;

	posix = *optstring == '+' || getenv("POSIXLY_CORRECT") != NULL;
	if (*optstring == '-')
		return argc;	/* operands in order: not used here */
	v = ereallocarray(NULL, argc, sizeof(*v));
	/* Options into argv from 1 on, operands into v for now. */
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			dashes = 1;
			break;
		}
		if (!is_option(argv[i])) {
			if (posix)
				break;
			neg |= negative(argv[i]);
			v[nops++] = argv[i];
			continue;
		}
		stop = argv[i][1] == '-' ? long_takes_next(argv[i], longopts) :
		    short_takes_next(argv[i], optstring);
		argv[n++] = argv[i];
		if (stop && i + 1 < argc)
			argv[n++] = argv[++i];
	}
	if (i < argc && negative(argv[i]))
		neg = 1;	/* POSIX order stops at a negative operand */
	if (dashes)
		argv[n++] = argv[i++];
	memcpy(argv + n, v, nops * sizeof(*v));
	free(v);
	/* The rest (after "--", or all in POSIX order) stays where it is. */
	if (!neg)
		return argc;
	return n;
}

int
career_getopt_long(int argc, char *const argv[], const char *optstring,
    const struct option *longopts, int *longindex)
{
	static char *const *seen;
	static int seenargc, shown;

	/* A new argv, or getopt asked to start again. */
	if (argv != seen || argc != seenargc || optind <= 1) {
		seen = argv;
		seenargc = argc;
		shown = argc > 1 ? arrange(argc, (char **)argv, optstring,
		    longopts) : argc;
	}
	return getopt_long(shown, argv, optstring, longopts, longindex);
}
