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
 * runner: time commands, or pipelines, as whole processes, side by side.
 *
 *	runner [-n runs] [-w warmup] [-e ok] [-i in] [-o out] [-E err]
 *	    [-N first] command [:: command ...]
 *
 * A command is [NAME=value ...] program [arg ...], or several joined by
 * "|" arguments into a pipeline, which is timed from the first spawn to
 * the last exit, so that no shell stands between us and the programs.
 * The commands run in turn (A B A B ...), warmup times untimed and then
 * runs times, so that a machine that slows down or speeds up during a
 * run weighs on all of them alike and their ratios hold.  For each
 * command, one line: the median, smallest and largest wall time in
 * milliseconds and the peak resident set of any of its processes in
 * any run, in KiB.
 *
 * With -N, every "%N" in an argument becomes a number: first in the
 * first run of each command, warm-up included, and one more each run, so
 * that a write that can be made only once (follow-up 7 done) can be
 * timed again and again on a record of its own.
 *
 * Standard input is /dev/null (or in), standard output /dev/null (or
 * out), standard error /dev/null (or err, appended).  A program that
 * exits other than 0 (or ok) or on a signal stops the runner with exit 1
 * and a message that says which.
 */
#include <err.h>
#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

#define MAXSTAGES 8
#define MAXCMDS 8

extern char **environ;

struct stage {
	char **argv;
	char **envp;
	char **run;		/* argv with %N replaced, this run */
	pid_t pid;
};

struct cmd {
	struct stage stages[MAXSTAGES];
	int nstages;
	double *t;
	long peakrss;
};

static struct cmd cmds[MAXCMDS];
static int ncmds, okcode;
static long long counter = -1;	/* -N: the number of this run, or -1 */

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Our environment with the stage's leading NAME=value words in front. */
static void
stage_env(struct stage *s)
{
	size_t n, k, i;

	for (k = 0; s->argv[k] != NULL && strchr(s->argv[k], '=') != NULL &&
	    s->argv[k][0] != '='; k++)
		;
	s->envp = environ;
	if (k == 0)
		return;
	for (n = 0; environ[n] != NULL; n++)
		;
	if ((s->envp = calloc(n + k + 1, sizeof(char *))) == NULL)
		err(2, NULL);
	for (i = 0; i < k; i++)
		s->envp[i] = s->argv[i];
	/* getenv(3) takes the first NAME=, so ours win. */
	memcpy(s->envp + k, environ, n * sizeof(char *));
	s->argv += k;
}

/* Split argv at "::" into commands and at "|" into stages. */
static void
split(char **argv)
{
	struct cmd *c;
	int i, j;

	c = &cmds[ncmds++];
	c->stages[c->nstages++].argv = argv;
	for (; *argv != NULL; argv++) {
		if (strcmp(*argv, "::") == 0) {
			if (ncmds == MAXCMDS)
				errx(2, "more than %d commands", MAXCMDS);
			*argv = NULL;
			c = &cmds[ncmds++];
			c->stages[c->nstages++].argv = argv + 1;
		} else if (strcmp(*argv, "|") == 0) {
			if (c->nstages == MAXSTAGES)
				errx(2, "more than %d stages", MAXSTAGES);
			*argv = NULL;
			c->stages[c->nstages++].argv = argv + 1;
		}
	}
	for (i = 0; i < ncmds; i++)
		for (j = 0; j < cmds[i].nstages; j++) {
			stage_env(&cmds[i].stages[j]);
			if (cmds[i].stages[j].argv[0] == NULL)
				errx(2, "empty command");
		}
}

/* The stage's arguments for run n: each "%N" replaced by n. */
static char **
stage_args(struct stage *s, long long n)
{
	char buf[32], *p;
	size_t i, k, len;

	if (counter < 0)
		return s->argv;
	for (k = 0; s->argv[k] != NULL; k++)
		;
	if (s->run == NULL && (s->run = calloc(k + 1, sizeof(char *))) == NULL)
		err(2, NULL);
	snprintf(buf, sizeof(buf), "%lld", n);
	for (i = 0; i < k; i++) {
		if (s->run[i] != s->argv[i])
			free(s->run[i]);
		s->run[i] = s->argv[i];
		if ((p = strstr(s->argv[i], "%N")) == NULL)
			continue;
		len = strlen(s->argv[i]) + strlen(buf);
		if ((s->run[i] = malloc(len)) == NULL)
			err(2, NULL);
		snprintf(s->run[i], len, "%.*s%s%s", (int)(p - s->argv[i]),
		    s->argv[i], buf, p + 2);
	}
	return s->run;
}

/* Spawn stage s reading fd in and writing fd out. */
static void
spawn(struct stage *s, char **argv, int in, int out, int errfd)
{
	posix_spawn_file_actions_t fa;
	int e;

	/* Every descriptor of ours is close-on-exec but these three. */
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in, 0);
	posix_spawn_file_actions_adddup2(&fa, out, 1);
	posix_spawn_file_actions_adddup2(&fa, errfd, 2);
	e = posix_spawnp(&s->pid, argv[0], &fa, NULL, argv, s->envp);
	posix_spawn_file_actions_destroy(&fa);
	if (e != 0)
		errc(1, e, "%s", s->argv[0]);
}

/* Run n of command c; its wall time in ms. */
static double
run(struct cmd *c, long long n, int in, int out, int errfd)
{
	struct stage *s;
	struct rusage ru;
	double t0;
	int i, fds[2], next = in, status;

	for (i = 0; i < c->nstages; i++)
		stage_args(&c->stages[i], n);
	t0 = now_ms();
	for (i = 0; i < c->nstages; i++) {
		int cur = next, to = out;

		if (i < c->nstages - 1) {
			if (pipe2(fds, O_CLOEXEC) == -1)
				err(1, "pipe");
			to = fds[1];
			next = fds[0];
		}
		spawn(&c->stages[i], counter < 0 ? c->stages[i].argv :
		    c->stages[i].run, cur, to, errfd);
		if (cur != in)
			close(cur);
		if (to != out)
			close(to);
	}
	for (i = 0; i < c->nstages; i++) {
		s = &c->stages[i];
		if (wait4(s->pid, &status, 0, &ru) == -1)
			err(1, "wait4");
		if (ru.ru_maxrss > c->peakrss)
			c->peakrss = ru.ru_maxrss;
		if (WIFSIGNALED(status))
			errx(1, "%s: killed by signal %d", s->argv[0],
			    WTERMSIG(status));
		if (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != okcode)
			errx(1, "%s: exit %d", s->argv[0], WEXITSTATUS(status));
	}
	return now_ms() - t0;
}

static int
open_or_die(const char *path, int flags)
{
	int fd;

	if ((fd = open(path, flags | O_CLOEXEC, 0600)) == -1)
		err(2, "%s", path);
	return fd;
}

static void
usage(void)
{
	fprintf(stderr, "usage: runner [-n runs] [-w warmup] [-e ok] "
	    "[-i in] [-o out] [-E err] [-N first] command [:: command ...]\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	const char *in = "/dev/null", *out = "/dev/null", *errpath = "/dev/null";
	const char *errstr;
	struct cmd *c;
	double t;
	int ch, i, j, runs = 10, warmup = 1, infd, outfd, errfd;

	while ((ch = getopt(argc, argv, "+n:w:e:i:o:E:N:")) != -1) {
		switch (ch) {
		case 'n':
			runs = strtonum(optarg, 1, 100000, &errstr);
			if (errstr != NULL)
				errx(2, "runs %s: %s", optarg, errstr);
			break;
		case 'w':
			warmup = strtonum(optarg, 0, 100000, &errstr);
			if (errstr != NULL)
				errx(2, "warmup %s: %s", optarg, errstr);
			break;
		case 'e':
			okcode = strtonum(optarg, 0, 255, &errstr);
			if (errstr != NULL)
				errx(2, "exit code %s: %s", optarg, errstr);
			break;
		case 'N':
			counter = strtonum(optarg, 0, LLONG_MAX / 2, &errstr);
			if (errstr != NULL)
				errx(2, "first %s: %s", optarg, errstr);
			break;
		case 'i': in = optarg; break;
		case 'o': out = optarg; break;
		case 'E': errpath = optarg; break;
		default: usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage();
	split(argv);
	for (j = 0; j < ncmds; j++)
		if ((cmds[j].t = calloc(runs, sizeof(double))) == NULL)
			err(2, NULL);
	outfd = open_or_die(out, O_WRONLY | O_CREAT | O_TRUNC);
	errfd = open_or_die(errpath, O_WRONLY | O_CREAT | O_APPEND);
	for (i = 0; i < warmup + runs; i++) {
		for (j = 0; j < ncmds; j++) {
			/* Reopened each run, so every run reads it whole. */
			infd = open_or_die(in, O_RDONLY);
			t = run(&cmds[j], counter + i, infd, outfd, errfd);
			if (i >= warmup)
				cmds[j].t[i - warmup] = t;
			close(infd);
		}
	}
	for (j = 0; j < ncmds; j++) {
		c = &cmds[j];
		qsort(c->t, runs, sizeof(double), cmp_double);
		printf("%.3f %.3f %.3f %ld\n", runs % 2 ? c->t[runs / 2] :
		    (c->t[runs / 2 - 1] + c->t[runs / 2]) / 2, c->t[0],
		    c->t[runs - 1], c->peakrss);
	}
	return 0;
}
