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
 * career next [goal]: the step that comes next for each goal, with the
 * command that does it (the rules: lib/method/steps.c, read by next.c).
 * Silent when the plan is in order, so it can run from cron; -q says so
 * by the exit status alone.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "list.h"
#include "method.h"
#include "front.h"

static const char synopsis[] =
    "career next [-aq] [--ids] [--safe] [--no-header]\n"
    "            [--csv | --tsv | --json | --jsonl | --table] [goal]";

/*
 * The screen: $LINES and $COLUMNS when they are numbers, else the
 * terminal's size, else 24 by 80.
 */
static long
screen(const char *var, int rows)
{
	struct winsize ws;
	const char *s, *errstr;
	long long n;

	if ((s = getenv(var)) != NULL) {
		n = strtonum(s, 1, 1000000, &errstr);
		if (errstr == NULL)
			return n;
	}
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0)
		return rows ? ws.ws_row : ws.ws_col;
	return rows ? 24 : 80;
}

/* A string to show on a terminal, kept until exit. */
static const char *
shown(const char *s)
{
	char *d;

	if ((d = str_display(s)) == NULL)
		err(EX_OSERR, NULL);
	return str_keep(d);
}

/* The rows a line of this many columns takes on a screen so wide. */
static long
rows_of(size_t width, long cols)
{
	return width == 0 ? 1 : (long)((width + cols - 1) / cols);
}

/*
 * For people: three lines a suggestion, the step and what it is about,
 * what to do, the command.  Cut to the screen (cut), as many as fit,
 * each line counted as the rows it wraps to, and a line to say the rest.
 */
static void
list(const struct next *v, long n, int cut)
{
	char head[64];
	const char *about, *text, *cmd;
	long i, used = 0, need, lines = 0, cols = 80;

	if (cut) {
		lines = screen("LINES", 1);
		cols = screen("COLUMNS", 0);
	}
	for (i = 0; i < n; i++) {
		if (v[i].step == NEXT_MEASURE)
			snprintf(head, sizeof(head), "measure ");
		else
			snprintf(head, sizeof(head), "step %s  ",
			    next_steps[v[i].step]);
		if (v[i].goal != 0)
			snprintf(head + strlen(head), sizeof(head) -
			    strlen(head), "goal %lld: ", v[i].goal);
		about = shown(v[i].about);
		text = shown(v[i].text);
		cmd = shown(v[i].command);
		need = rows_of(strlen(head) + str_width(about), cols) +
		    rows_of(8 + str_width(text), cols) +
		    rows_of(10 + str_width(cmd), cols);
		/* The last row says how many more; the first always shows. */
		if (cut && i > 0 && used + need > lines - 1)
			break;
		used += need;
		printf("%s%s\n        %s\n        $ %s\n", head, about, text,
		    cmd);
	}
	if (i < n)
		printf("and %ld more (career next -a)\n", n - i);
}

/* For scripts: a row a suggestion, in the format asked for. */
static int
rows(const struct next *v, long n, int mode)
{
	static const char *const cols[] = { "goal", "about", "step", "rule",
	    "priority", "text", "command" };
	const char *vals[7];
	char goal[24], prio[16];
	struct out *o;
	long i;

	o = out_open(mode, 7, cols);
	for (i = 0; i < n; i++) {
		snprintf(goal, sizeof(goal), "%lld", v[i].goal);
		snprintf(prio, sizeof(prio), "%d", v[i].priority);
		vals[0] = v[i].goal != 0 ? goal : "";
		vals[1] = v[i].about;
		vals[2] = next_steps[v[i].step];
		vals[3] = v[i].rule;
		vals[4] = prio;
		vals[5] = v[i].text;
		vals[6] = v[i].command;
		out_row(o, vals);
	}
	return out_close(o);
}

void
next_show(void)
{
	struct next *v;
	long n;

	if ((n = next_plan(0, 0, &v)) == -1)
		career_die();
	if (n == 0)
		printf("  next       nothing to do: the plan is in order\n");
	else
		printf("  next       %ld step%s to take (career next)\n", n,
		    n == 1 ? "" : "s");
	next_free(v, n);
}

void
next_main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct idbits seen;
	struct next *v;
	long long goal = 0;
	long n, i;
	int ch, aflag = 0, qflag = 0, ids = 0, mode = OUT_AUTO;

	/* getopt's messages name argv[0]: career, not the word "next". */
	argv[0] = (char *)getprogname();
	while ((ch = getopt_long(argc, argv, "aqh", longopts, NULL)) != -1)
		switch (ch) {
		case 'a': aflag = 1; break;
		case 'q': qflag = 1; break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	argc -= optind;
	argv += optind;
	if (argc > 1 || (qflag && (ids || mode != OUT_AUTO)))
		career_usage(synopsis, 0);
	if (argc == 1 &&
	    (goal = ref_check(&schema_goals, "goal", argv[0])) == -1)
		career_die();
	if ((n = next_plan(goal, aflag, &v)) == -1)
		career_die();
	if (qflag)
		career_exit(n > 0);
	if (ids) {
		/* Each goal once: with -a, a goal's suggestions are apart. */
		memset(&seen, 0, sizeof(seen));
		for (i = 0; i < n; i++)
			if (v[i].goal != 0 && !idbits_has(&seen, v[i].goal)) {
				if (idbits_add(&seen, v[i].goal) == -1)
					career_die();
				printf("%lld\n", v[i].goal);
			}
		idbits_free(&seen);
	} else if (n > 0 && out_is_table(mode))
		list(v, n, !aflag && mode != OUT_TABLE &&
		    isatty(STDOUT_FILENO));
	else if (n > 0 && rows(v, n, mode) == -1)
		career_exit(EX_IOERR);
	next_free(v, n);
	career_exit(0);
}
