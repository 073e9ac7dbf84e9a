/*
 * career: the front door.  Alone, the method on one screen and the state
 * of the store, the way git status does; "career CMD ARGS..." runs CMD,
 * and "career commands" lists them.  Nothing private is shown: batna.csv
 * is never opened.
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

#include "career.h"

static const char synopsis[] =
    "career [command [argument ...]]\n"
    "career commands [-l]";

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

static void
status_goals(void)
{
	struct smart_verdict v[SMART_N];
	long open = 0, done = 0, overdue = 0, objectives = 0, failing = 0;
	struct smart *sm;
	struct record *r;
	struct table *t;
	long days;
	int cst, cdue, ckind;

	if ((sm = smart_new()) == NULL || smart_load(sm) == -1 ||
	    (t = table_open(&schema_goals)) == NULL)
		career_die();
	cst = table_col(t, "status");
	cdue = table_col(t, "due");
	ckind = table_col(t, "kind");
	while ((r = table_next(t)) != NULL) {
		if (strcmp(rec_get(r, cst), "done") == 0)
			done++;
		if (strcmp(rec_get(r, cst), "open") != 0)
			continue;
		open++;
		objectives += strcmp(rec_get(r, ckind), "objective") == 0;
		if (date_valid(rec_get(r, cdue)) &&
		    date_parse(rec_get(r, cdue), &days) == 0 &&
		    days < date_today())
			overdue++;
		if (smart_judge(sm, t, r, v) > 0)
			failing++;
	}
	if (table_error(t))
		career_die();
	table_close(t);
	smart_close(sm);
	printf("  goals      %ld open (%ld overdue, %ld objective%s), %ld done\n",
	    open, overdue, objectives, objectives == 1 ? "" : "s", done);
	printf("  SMART      %ld of %ld open goal%s miss%s a criterion%s\n",
	    failing, open, open == 1 ? "" : "s", failing == 1 ? "es" : "",
	    failing ? " (smart-review -q)" : "");
}

static void
status_rest(void)
{
	char last[11] = "", meeting[256] = "", next[11] = "", with[256] = "";
	struct record *r;
	struct table *t;
	long gaps = 0, days;

	if ((t = table_open(&schema_gaps)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL)
		gaps += strcmp(rec_getn(t, r, "status"), "open") == 0;
	if (table_error(t))
		career_die();
	table_close(t);
	if ((t = table_open(&schema_meetings)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL)
		if (strcmp(rec_getn(t, r, "date"), last) >= 0) {
			strlcpy(last, rec_getn(t, r, "date"), sizeof(last));
			strlcpy(meeting, rec_getn(t, r, "meeting"),
			    sizeof(meeting));
		}
	if (table_error(t))
		career_die();
	table_close(t);
	if ((t = table_open(&schema_followups)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL)
		if (strcmp(rec_getn(t, r, "status"), "open") == 0 &&
		    date_valid(rec_getn(t, r, "due")) && (*next == '\0' ||
		    strcmp(rec_getn(t, r, "due"), next) < 0)) {
			strlcpy(next, rec_getn(t, r, "due"), sizeof(next));
			strlcpy(with, rec_getn(t, r, "with"), sizeof(with));
		}
	if (table_error(t))
		career_die();
	table_close(t);
	printf("  gaps       %ld open\n", gaps);
	if (*last != '\0')
		printf("  meetings   last checked %s (%s)\n", last, meeting);
	else
		printf("  meetings   none checked yet\n");
	if (*next != '\0' && date_parse(next, &days) == 0)
		printf("  follow-up  next %s with %s%s\n", next, with,
		    days < date_today() ? " (overdue: followup-due)" :
		    days == date_today() ? " (today)" : "");
	else
		printf("  follow-up  none scheduled\n");
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
	status_goals();
	status_rest();
	career_exit(0);
}
