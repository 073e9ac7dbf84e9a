/* meeting-check: answer the checklist after a meeting, and see the trend. */
#include <ctype.h>
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>
#include <unistd.h>

#include "career.h"

static const char synopsis[] =
    "meeting-check [-q] [-d date] [-y id]... [-n id]... [-a answers] "
    "meeting ...\n"
    "meeting-check -r [--since date] [--ids] [--csv | --table] [--safe]";

static const char *const cols[] = { "id", "gap", "meetings", "yes", "run",
    "trend", "question", NULL };

enum { OPT_SINCE = OPT_LOCAL };

/* An answer given with -y or -n. */
struct given {
	long long id;
	int yes;
};

/* Die on an id that is not an active question, saying why. */
static void
not_active(long long id)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%lld", id);
	if (ref_check(&schema_checks, "question", buf) == -1)
		career_die();
	errx(EX_DATAERR, "question %lld: retired; only active questions are "
	    "answered (see gap-log -L)", id);
}

/* y or n, as a user types it: 1, 0, or -1 for anything else. */
static int
yesno(const char *s)
{
	if (strcasecmp(s, "y") == 0 || strcasecmp(s, "yes") == 0)
		return 1;
	if (strcasecmp(s, "n") == 0 || strcasecmp(s, "no") == 0)
		return 0;
	return -1;
}

/* Ask each question on the terminal; end of input leaves the rest unset. */
static void
ask(const struct check *qs, long n, int *ans)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long i;

	for (i = 0; i < n; i++) {
		do {
			fprintf(stderr, "%lld. %s [y/n] ", qs[i].id,
			    qs[i].question);
			if ((len = getline(&line, &cap, stdin)) == -1) {
				fputc('\n', stderr);
				free(line);
				return;
			}
			while (len > 0 && isspace((unsigned char)line[len - 1]))
				line[--len] = '\0';
		} while ((ans[i] = yesno(line)) == -1);
	}
	free(line);
}

/* The answers from -a, -y and -n, or from the terminal; all or die. */
static int *
answers(struct check *qs, long n, const char *a, struct given *g,
    size_t ng)
{
	struct check *q;
	int *ans;
	long i, missing = 0, first = -1;
	size_t j;

	if ((ans = calloc(n, sizeof(*ans))) == NULL)
		err(EX_OSERR, NULL);
	for (i = 0; i < n; i++)
		ans[i] = -1;
	if (a != NULL && strlen(a) != (size_t)n)
		errx(EX_USAGE, "-a %s: %zu answers for %ld active questions "
		    "(see gap-log -L)", a, strlen(a), n);
	for (i = 0; a != NULL && i < n; i++) {
		char c[2] = { a[i], '\0' };

		if ((ans[i] = yesno(c)) == -1)
			errx(EX_USAGE, "-a %s: '%c' is not y or n", a, a[i]);
	}
	for (j = 0; j < ng; j++) {
		if ((q = checks_find(qs, n, g[j].id)) == NULL)
			not_active(g[j].id);
		if (ans[q - qs] != -1)
			errx(EX_USAGE, "question %lld: answered twice",
			    g[j].id);
		ans[q - qs] = g[j].yes;
	}
	if (a == NULL && ng == 0 && isatty(STDIN_FILENO) &&
	    isatty(STDOUT_FILENO))
		ask(qs, n, ans);
	for (i = 0; i < n; i++)
		if (ans[i] == -1 && missing++ == 0)
			first = i;
	if (missing > 0)
		errx(EX_USAGE, "question %lld (%s)%s: no answer; answer each "
		    "active question with -y id or -n id, or all with -a",
		    qs[first].id, qs[first].question, missing > 1 ?
		    " and others" : "");
	return ans;
}

static void
record(const char *date, const char *meeting, const char *a,
    struct given *g, size_t ng, int qflag)
{
	struct record **recs;
	struct check *qs;
	struct table *t;
	char (*ids)[24];
	long n, i;
	int *ans;

	if (store_lock() == -1 || (n = checks_active(&qs)) == -1)
		career_die();
	if (n == 0)
		errx(EX_NOINPUT, "no active questions to answer; add one "
		    "with gap-log -c question statement or gap-log -C gap "
		    "question");
	ans = answers(qs, n, a, g, ng);
	if ((t = table_open(&schema_meetings)) == NULL)
		career_die();
	if ((recs = calloc(n, sizeof(*recs))) == NULL ||
	    (ids = calloc(n, sizeof(*ids))) == NULL)
		err(EX_OSERR, NULL);
	for (i = 0; i < n; i++) {
		snprintf(ids[i], sizeof(ids[i]), "%lld", qs[i].id);
		if ((recs[i] = rec_new(t)) == NULL ||
		    rec_setn(t, recs[i], "date", date) == -1 ||
		    rec_setn(t, recs[i], "meeting", meeting) == -1 ||
		    rec_setn(t, recs[i], "check", ids[i]) == -1 ||
		    rec_setn(t, recs[i], "answer", ans[i] ? "yes" : "no") == -1)
			career_die();
	}
	if (table_append(t, recs, n) == -1)
		career_die();
	for (i = 0; i < n && !qflag; i++)
		printf("%lld\n", recs[i]->id);
	career_exit(0);
}

/* Gaps whose every question was yes in each of the last five meetings. */
static void
closing(const struct check *qs, long n, FILE *fp)
{
	long i, j;
	int done;

	for (i = 0; i < n; i++) {
		for (j = 0; j < i && qs[j].gap != qs[i].gap; j++)
			;
		if (j < i)
			continue;	/* this gap was seen already */
		for (done = 1, j = i; j < n; j++)
			if (qs[j].gap == qs[i].gap && !qs[j].closing)
				done = 0;
		if (done)
			fprintf(fp, "gap %lld looks closed: every question yes "
			    "in each of the last five meetings; close it with "
			    "gap-log -x %lld\n", qs[i].gap, qs[i].gap);
	}
}

static void
report(long since, int mode, int ids)
{
	char num[5][24];
	const char *vals[7];
	long long v[5];
	struct check *qs;
	struct out *o;
	long n, i, k;

	if ((n = checks_active(&qs)) == -1 ||
	    checks_history(qs, n, since) == -1)
		career_die();
	o = ids ? NULL : out_open(mode, 7, cols);
	for (i = 0; i < n; i++) {
		if (ids) {
			printf("%lld\n", qs[i].id);
			continue;
		}
		v[0] = qs[i].id;
		v[1] = qs[i].gap;
		v[2] = qs[i].meetings;
		v[3] = qs[i].yes;
		v[4] = qs[i].run;
		for (k = 0; k < 5; k++) {
			snprintf(num[k], sizeof(num[k]), "%lld", v[k]);
			vals[k] = num[k];
		}
		vals[5] = check_trends[qs[i].trend];
		vals[6] = qs[i].question;
		out_row(o, vals);
	}
	if (o != NULL && out_close(o) == -1)
		career_die();
	/* A table is for people; CSV stays CSV, with the news on stderr. */
	if (!ids)
		closing(qs, n, out_is_table(mode) ? stdout : stderr);
	checks_free(qs, n);
	career_exit(0);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "date", required_argument, NULL, 'd' },
		{ "yes", required_argument, NULL, 'y' },
		{ "no", required_argument, NULL, 'n' },
		{ "answers", required_argument, NULL, 'a' },
		{ "report", no_argument, NULL, 'r' },
		{ "since", required_argument, NULL, OPT_SINCE },
		{ "ids", no_argument, NULL, OPT_IDS },
		{ "csv", no_argument, NULL, OPT_CSV },
		{ "safe", no_argument, NULL, OPT_SAFE },
		{ "table", no_argument, NULL, OPT_TABLE },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *date = NULL, *a = NULL, *sincearg = NULL, *meeting;
	struct given *g = NULL;
	char datebuf[11];
	long days, since = 0;
	size_t ng = 0;
	int ch, qflag = 0, rflag = 0, ids = 0, mode = OUT_AUTO, adding;

	while ((ch = getopt_long(argc, argv, "qd:y:n:a:rh", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'd': date = optarg; break;
		case 'y':
		case 'n':
			if ((g = reallocarray(g, ng + 1, sizeof(*g))) == NULL)
				err(EX_OSERR, NULL);
			if ((g[ng].id = id_parse(optarg)) == -1)
				career_die();
			g[ng++].yes = ch == 'y';
			break;
		case 'a': a = optarg; break;
		case 'r': rflag = 1; break;
		case OPT_SINCE:
			if (date_parse(sincearg = optarg, &since) == -1)
				career_die();
			break;
		case OPT_IDS: ids = 1; break;
		case OPT_CSV: mode = OUT_CSV; break;
		case OPT_SAFE: out_safe = 1; break;
		case OPT_TABLE: mode = OUT_TABLE; break;
		case 'h': career_usage(synopsis, 1);
		case OPT_VERSION: career_version();
		default: career_usage(synopsis, 0);
		}
	}
	argc -= optind;
	argv += optind;
	adding = qflag || date != NULL || ng > 0 || a != NULL;
	if (rflag ? argc != 0 || adding : argc == 0 || sincearg != NULL ||
	    ids || mode != OUT_AUTO)
		career_usage(synopsis, 0);
	if (rflag)
		report(since, mode, ids);

	if (a != NULL && ng > 0)
		errx(EX_USAGE, "-a answers every question; it does not mix "
		    "with -y and -n");
	if (date_parse(date != NULL ? date : "today", &days) == -1)
		career_die();
	if (*(meeting = str_join(argc, argv)) == '\0')
		errx(EX_USAGE, "the meeting cannot be empty");
	record(date_fmt(days, datebuf), meeting, a, g, ng, qflag);
}
