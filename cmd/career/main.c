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
 * career: the front door.  Alone, the method on one screen and the state
 * of the store (status.c), the way git status does; "career CMD ARGS..."
 * runs CMD, "career commands" lists them and "career fields" the columns
 * of the store, for the completions and for scripts; "career next" says
 * what to do next (next.c).
 */
#include <ctype.h>
#include <err.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "front.h"

static const char synopsis[] =
    "career [command [argument ...]]\n"
    "career commands [-l]\n"
    "career fields [file ...]\n"
    "career next [-aq] [--ids] [--safe] [--no-header]\n"
    "            [--csv | --tsv | --json | --jsonl | --table] [goal]";

/*
 * The steps of the method and the commands of each, with the .Nd line of
 * each one's page: written by make from cmd/career.steps, cmd/ and man/.
 */
#include "commands.h"
#define NSTEPS	  (sizeof(career_steps) / sizeof(career_steps[0]))
#define NCOMMANDS (sizeof(career_commands) / sizeof(career_commands[0]))

static int
is_command(const char *name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(career_commands[i].name, name) == 0)
			return 1;
	return 0;
}

/*
 * career commands [-l]: the commands, one a line, for the completions
 * and for scripts; -l adds a tab and the description.
 */
static void __attribute__((noreturn))
commands(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "long", no_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	size_t i;
	int ch, lflag = 0;

	/* getopt's messages name argv[0]: career, not the word "commands". */
	argv[0] = (char *)getprogname();
	while ((ch = getopt_long(argc, argv, "l", longopts, NULL)) != -1)
		switch (ch) {
		case 'l':
			lflag = 1;
			break;
		default:
			career_usage(synopsis, 0);
		}
	if (optind != argc)
		career_usage(synopsis, 0);
	for (i = 0; i < NCOMMANDS; i++)
		if (lflag)
			printf("%s\t%s\n", career_commands[i].name,
			    career_commands[i].descr);
		else
			puts(career_commands[i].name);
	career_exit(0);
}

/*
 * career fields [file ...]: every column of the files named (goals or
 * goals.csv; all when none), a line each, as schema_print() writes them.
 */
static void __attribute__((noreturn))
fields(int argc, char *argv[])
{
	const struct schema *s;
	size_t i;
	int a;

	for (i = 0; argc == 1 && schemas[i] != NULL; i++)
		if (schema_print(stdout, schemas[i]) == -1)
			career_exit(EX_IOERR);
	for (a = 1; a < argc; a++) {
		if ((s = schema_file(argv[a])) == NULL)
			errx(EX_USAGE, "%s: not a file of the store (career "
			    "fields lists them all)", argv[a]);
		if (schema_print(stdout, s) == -1)
			career_exit(EX_IOERR);
	}
	career_exit(0);
}

/* The steps, each with its commands on one line. */
static void
show_steps(void)
{
	size_t i, j;
	int indent;

	for (i = 0; i < NSTEPS; i++) {
		/* The steps that are not numbered line up after "1. ". */
		indent = isdigit((unsigned char)career_steps[i][0]) ? 0 : 3;
		printf("  %*s%-*s", indent, "", 32 - indent, career_steps[i]);
		for (j = 0; j < NCOMMANDS; j++)
			if (career_commands[j].step == (int)i)
				printf(" %s", career_commands[j].name);
		putchar('\n');
	}
}

/* Run a command: beside this binary first, so a build tree works too. */
static void __attribute__((noreturn))
run(char *argv0, char *argv[])
{
	char self[PATH_MAX], path[PATH_MAX];
	ssize_t n;

	if (!is_command(argv[0]))
		errx(EX_USAGE, "%s: not a career command (career commands "
		    "lists them)", argv[0]);
	if ((n = readlink("/proc/self/exe", self, sizeof(self) - 1)) > 0) {
		self[n] = '\0';
		snprintf(path, sizeof(path), "%s/%s", dirname(self), argv[0]);
		if (access(path, X_OK) == 0)
			execv(path, argv);
	}
	(void)argv0;
	execvp(argv[0], argv);
	err(EX_UNAVAILABLE, "%s", argv[0]);
}

int
main(int argc, char *argv[])
{
	/* Options only before a command: the rest is the command's. */
	if (argc > 1 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0))
		career_usage(synopsis, 1);
	if (argc > 1 && strcmp(argv[1], "--version") == 0)
		career_version();
	if (argc > 1 && argv[1][0] == '-')
		career_usage(synopsis, 0);
	if (argc > 1 && strcmp(argv[1], "commands") == 0)
		commands(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "fields") == 0)
		fields(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "next") == 0)
		next_main(argc - 1, argv + 1);
	if (argc > 1)
		run(argv[0], argv + 1);

	printf("career: plan the next step of your career\n\n");
	show_steps();
	printf("\nStore %s:\n", store_dir());
	if (access(store_dir(), F_OK) == -1) {
		printf("  empty: start with goal-add -k objective -d +5y "
		    "\"Where you want to be\"\n");
		career_exit(0);
	}
	status_show();
	next_show();
	career_exit(0);
}
