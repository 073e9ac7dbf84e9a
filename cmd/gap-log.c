/* gap-log: a gap, its five whys, and the checklist that closes it. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "career.h"

static const char synopsis[] =
    "gap-log [-q] [-g goal] [-s source] [-w why]... [-a action] "
    "[-c question]... statement ...\n"
    "gap-log [-q] -C gap question ...\n"
    "gap-log -x gap\n"
    "gap-log -l [--all] [--ids] [--csv | --table] [--safe]\n"
    "gap-log -L [--ids] [--csv | --table] [--safe]";

static const char *const brief[] = { "id", "goal", "questions", "flag",
    "statement", "root", "action", NULL };
static const char *const derived[] = { "root", "questions", "flag", NULL };
static const char *const qcols[] = { "id", "gap", "question", NULL };
static const char *const whys[] = { "why1", "why2", "why3", "why4", "why5",
    NULL };

enum { OPT_ALL = OPT_LOCAL };

/* An open gap with neither an action nor a question has no plan. */
static const char *
flag(const struct table *t, const struct record *r, long questions)
{
	if (strcmp(rec_getn(t, r, "status"), "open") == 0 && questions == 0 &&
	    *rec_getn(t, r, "action") == '\0')
		return "no plan";
	return "";
}

/* Open gaps (or all) with their root cause and how many questions. */
static void
list_gaps(int all, int mode, int ids)
{
	const char **names, **vals, *root;
	struct check *qs;
	struct record *r;
	struct table *t;
	struct out *o = NULL;
	char nbuf[24];
	long nq, i, n = 0, k;
	size_t cap;
	int *col;

	if ((nq = checks_active(&qs)) == -1 ||
	    (t = table_open(&schema_gaps)) == NULL)
		career_die();
	cap = table_ncols(t) + 4;	/* the file's columns and ours */
	if ((names = calloc(cap, sizeof(*names))) == NULL ||
	    (vals = calloc(cap, sizeof(*vals))) == NULL ||
	    (col = calloc(cap, sizeof(*col))) == NULL)
		err(EX_OSERR, NULL);
	if (out_is_table(mode))
		for (; brief[n] != NULL; n++)
			names[n] = brief[n];
	else {
		for (; n < (long)table_ncols(t); n++)
			names[n] = table_colname(t, n);
		for (i = 0; derived[i] != NULL; i++)
			names[n++] = derived[i];
	}
	for (i = 0; i < n; i++)
		col[i] = table_col(t, names[i]);
	if (!ids)
		o = out_open(mode, n, names);
	while ((r = table_next(t)) != NULL) {
		if (!all && strcmp(rec_getn(t, r, "status"), "open") != 0)
			continue;
		if (ids) {
			printf("%lld\n", r->id);
			continue;
		}
		root = "";
		for (i = 0; whys[i] != NULL; i++)
			if (*rec_getn(t, r, whys[i]) != '\0')
				root = rec_getn(t, r, whys[i]);
		/* Active questions are few: every meeting answers them all. */
		for (k = 0, i = 0; i < nq; i++)
			k += qs[i].gap == r->id;
		snprintf(nbuf, sizeof(nbuf), "%ld", k);
		for (i = 0; i < n; i++)
			vals[i] = strcmp(names[i], "root") == 0 ? root :
			    strcmp(names[i], "questions") == 0 ? nbuf :
			    strcmp(names[i], "flag") == 0 ? flag(t, r, k) :
			    rec_get(r, col[i]);
		out_row(o, vals);
	}
	if (table_error(t) || (o != NULL && out_close(o) == -1))
		career_die();
	career_exit(0);
}

/* The active questions, for meeting-check -y and -n. */
static void
list_questions(int mode, int ids)
{
	const char *vals[3];
	struct check *qs;
	struct out *o = NULL;
	char id[24], gap[24];
	long n, i;

	if ((n = checks_active(&qs)) == -1)
		career_die();
	if (!ids)
		o = out_open(mode, 3, qcols);
	for (i = 0; i < n; i++) {
		if (ids) {
			printf("%lld\n", qs[i].id);
			continue;
		}
		snprintf(id, sizeof(id), "%lld", qs[i].id);
		snprintf(gap, sizeof(gap), "%lld", qs[i].gap);
		vals[0] = id;
		vals[1] = gap;
		vals[2] = qs[i].question;
		out_row(o, vals);
	}
	if (o != NULL && out_close(o) == -1)
		career_die();
	career_exit(0);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "goal", required_argument, NULL, 'g' },
		{ "source", required_argument, NULL, 's' },
		{ "why", required_argument, NULL, 'w' },
		{ "action", required_argument, NULL, 'a' },
		{ "check", required_argument, NULL, 'c' },
		{ "add-check", required_argument, NULL, 'C' },
		{ "close", required_argument, NULL, 'x' },
		{ "list", no_argument, NULL, 'l' },
		{ "questions", no_argument, NULL, 'L' },
		{ "all", no_argument, NULL, OPT_ALL },
		{ "ids", no_argument, NULL, OPT_IDS },
		{ "csv", no_argument, NULL, OPT_CSV },
		{ "safe", no_argument, NULL, OPT_SAFE },
		{ "table", no_argument, NULL, OPT_TABLE },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *goal = NULL, *source = "", *action = "", *gaparg = NULL;
	char goalbuf[24], *why[5], **q = NULL, *s;
	struct record *r;
	struct table *t;
	size_t nwhy = 0, nq = 0, i;
	long long id;
	int ch, cmd = 0, qflag = 0, all = 0, ids = 0, mode = OUT_AUTO, listing;

	while ((ch = getopt_long(argc, argv, "qg:s:w:a:c:C:x:lLh", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'g': goal = optarg; break;
		case 's': source = optarg; break;
		case 'w':
			if (nwhy == 5)
				errx(EX_USAGE, "-w %s: a sixth why; five at "
				    "most, the last is the root cause", optarg);
			why[nwhy++] = optarg;
			break;
		case 'a': action = optarg; break;
		case 'c':
			if ((q = reallocarray(q, nq + 1, sizeof(*q))) == NULL)
				err(EX_OSERR, NULL);
			q[nq++] = optarg;
			break;
		case 'C':
		case 'x':
			gaparg = optarg;
			/* FALLTHROUGH */
		case 'l':
		case 'L':
			if (cmd != 0 && cmd != ch)
				career_usage(synopsis, 0);
			cmd = ch;
			break;
		case OPT_ALL: all = 1; break;
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
	listing = cmd == 'l' || cmd == 'L';
	if ((cmd != 0 && (goal != NULL || *source || nwhy || *action || nq)) ||
	    (!listing && (ids || mode != OUT_AUTO)) || (all && cmd != 'l') ||
	    ((listing || cmd == 'x') && qflag) ||
	    (cmd == 0 || cmd == 'C' ? argc == 0 : argc != 0))
		career_usage(synopsis, 0);
	if (cmd == 'l')
		list_gaps(all, mode, ids);
	if (cmd == 'L')
		list_questions(mode, ids);
	if (cmd == 'x') {
		if (store_lock() == -1 || (id = gap_open(gaparg)) == -1 ||
		    gap_close(id) == -1)
			career_die();
		career_exit(0);
	}

	s = str_join(argc, argv);
	for (i = 0; i < nwhy; i++)
		if (*why[i] == '\0')
			errx(EX_USAGE, "-w: a why cannot be empty");
	for (i = 0; i < nq; i++)
		if (*q[i] == '\0')
			errx(EX_USAGE, "-c: a question cannot be empty");
	if (*s == '\0')
		errx(EX_USAGE, "the %s cannot be empty", cmd ? "question" :
		    "statement");
	if (store_lock() == -1)
		career_die();
	if (cmd == 'C') {
		if ((id = gap_open(gaparg)) == -1 ||
		    (id = checks_add(id, &s, 1)) == -1)
			career_die();
		if (!qflag)
			printf("%lld\n", id);
		career_exit(0);
	}

	goalbuf[0] = '\0';
	if (goal != NULL) {
		if ((id = ref_check(&schema_goals, "goal", goal)) == -1)
			career_die();
		snprintf(goalbuf, sizeof(goalbuf), "%lld", id);
	}
	/* A source in digits is a record of feedback.csv; else a person. */
	if (*source != '\0' && strspn(source, "0123456789") ==
	    strlen(source) && ref_check(&schema_feedback, "feedback",
	    source) == -1)
		career_die();
	/* Refuse a checks.csv that does not parse before the gap is written. */
	if (nq > 0 && ((t = table_open(&schema_checks)) == NULL ||
	    table_drain(t) == -1))
		career_die();
	if ((t = table_open(&schema_gaps)) == NULL ||
	    (r = rec_new(t)) == NULL ||
	    rec_setn(t, r, "goal", goalbuf) == -1 ||
	    rec_setn(t, r, "statement", s) == -1 ||
	    rec_setn(t, r, "source", source) == -1 ||
	    rec_setn(t, r, "action", action) == -1 ||
	    rec_setn(t, r, "status", "open") == -1 ||
	    rec_setn(t, r, "created", date_today_str()) == -1)
		career_die();
	for (i = 0; i < nwhy; i++)
		if (rec_setn(t, r, whys[i], why[i]) == -1)
			career_die();
	if (table_append(t, &r, 1) == -1)
		career_die();
	if (nq > 0 && checks_add(r->id, q, nq) == -1)
		career_die();
	if (!qflag)
		printf("%lld\n", r->id);
	career_exit(0);
}
