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
 * unit.c: TAP tests of lib/: dates, ids, CSV round trips, strict parse
 * errors with line numbers, unknown columns, locking.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <err.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "list.h"
#include "method.h"

static int ntest, nfail;
static char base[] = "/tmp/career-unit.XXXXXX";
static char dir[256];

static void
ok(int cond, const char *what)
{
	ntest++;
	if (!cond)
		nfail++;
	printf("%sok %d - %s\n", cond ? "" : "not ", ntest, what);
	if (!cond)
		printf("# last error: %s\n", career_errmsg());
}

static void
put(const char *file, const char *text)
{
	char path[600];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if ((fp = fopen(path, "w")) == NULL)
		err(1, "%s", path);
	fputs(text, fp);
	fclose(fp);
}

static char *
get(const char *file)
{
	static char buf[65536];
	char path[600];
	size_t n;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if ((fp = fopen(path, "r")) == NULL)
		return strcpy(buf, "(missing)");
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

static int
date_is(const char *in, const char *want)
{
	char buf[16];
	long d;

	if (date_parse(in, &d) == -1)
		return want == NULL;
	return want != NULL && strcmp(date_fmt(d, buf), want) == 0;
}

static void
test_dates(void)
{
	setenv("CAREER_TODAY", "2026-01-31", 1);
	ok(date_is("2026-11-23", "2026-11-23"), "plain date");
	ok(date_is("2026-02-30", NULL), "2026-02-30 refused");
	ok(date_is("2026-02-29", NULL), "2026-02-29 refused (not leap)");
	ok(date_is("2028-02-29", "2028-02-29"), "2028-02-29 accepted");
	ok(date_is("2000-02-29", "2000-02-29"), "2000 is a leap year");
	ok(date_is("2100-02-29", NULL), "2100 is not a leap year");
	ok(date_is("2026-13-01", NULL), "month 13 refused");
	ok(date_is("2026-04-31", NULL), "April 31 refused");
	ok(date_is("2026-1-01", NULL), "short month refused");
	ok(date_is("2026-01-01x", NULL), "trailing junk refused");
	ok(date_is("", NULL), "empty refused");
	ok(date_is("today", "2026-01-31"), "today");
	ok(date_is("tomorrow", "2026-02-01"), "tomorrow");
	ok(date_is("yesterday", "2026-01-30"), "yesterday");
	ok(date_is("+3d", "2026-02-03"), "+3d");
	ok(date_is("+2w", "2026-02-14"), "+2w");
	ok(date_is("+1m", "2026-02-28"), "+1m clamps Jan 31 to Feb 28");
	ok(date_is("+13m", "2027-02-28"), "+13m");
	ok(date_is("-1m", "2025-12-31"), "-1m");
	ok(date_is("+1y", "2027-01-31"), "+1y");
	ok(date_is("+d", NULL), "+d refused");
	ok(date_is("+3x", NULL), "+3x refused");
	ok(date_is("+99999999y", NULL), "far future refused");
	setenv("CAREER_TODAY", "2028-02-29", 1);
	ok(date_is("+1y", "2029-02-28"), "+1y from a leap day");
	ok(date_is("+4y", "2032-02-29"), "+4y from a leap day");
	/* The calendar ends at 9999-12-31 and starts at 0001-01-01. */
	setenv("CAREER_TODAY", "9999-12-31", 1);
	ok(date_is("today", "9999-12-31") && date_is("tomorrow", NULL) &&
	    date_is("+1d", NULL) && date_is("eow", NULL) &&
	    date_is("friday", NULL) && date_is("eoy", "9999-12-31"),
	    "nothing past 9999-12-31, never wrapped to 0000");
	setenv("CAREER_TODAY", "0001-01-01", 1);
	ok(date_is("yesterday", NULL) && date_is("-1m", NULL) &&
	    date_is("tomorrow", "0001-01-02"), "nothing before 0001-01-01");
	setenv("CAREER_TODAY", "2026-11-23", 1);
	ok(date_valid("2026-11-23") && !date_valid("today"),
	    "date_valid takes stored dates only");
	ok(id_parse("12") == 12 && id_parse("0") == -1 &&
	    id_parse("-3") == -1 && id_parse("1x") == -1,
	    "id_parse takes positive integers only");
}

/* resume_win(what, metric) formats as want. */
static int
win_is(const char *what, const char *metric, const char *want)
{
	struct bullet b;
	char *line;
	int same;

	if (resume_win(&b, 1, "2026-11-23", what, metric) == -1)
		return 0;
	line = resume_format(&b, 0);
	same = line != NULL && strcmp(line, want) == 0;
	free(line);
	free(b.text);
	return same;
}

/* A win's what as a hand edit may leave it: empty, a full stop, one letter. */
static void
test_resume(void)
{
	ok(win_is("", "", "- Delivered (needs a number)"),
	    "resume: an empty what is the verb alone");
	ok(win_is(".", "5", "- Delivered (5)"),
	    "resume: a what of a full stop is the verb and the metric");
	ok(win_is("x", "", "- Delivered x (needs a number)"),
	    "resume: a what of one letter");
	ok(win_is("Led it.", "2", "- Led it (2)"), "resume: verb-led");
}

/* getopt_long over the words of s: the options seen, then "|" operands. */
static const char *
opts_of(const char *optstring, const char *s)
{
	static char got[256];
	char buf[256], *argv[16], *p;
	int argc = 0, ch, i;

	strlcpy(buf, s, sizeof(buf));
	argv[argc++] = "unit";
	for (p = strtok(buf, " "); p != NULL && argc < 15; p = strtok(NULL, " "))
		argv[argc++] = p;
	argv[argc] = NULL;
	got[0] = '\0';
	optind = 0;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, optstring, NULL, NULL)) != -1) {
		snprintf(got + strlen(got), sizeof(got) - strlen(got), "%c%s%s ",
		    ch, optarg ? "=" : "", optarg ? optarg : "");
	}
	strlcat(got, "|", sizeof(got));
	for (i = optind; i < argc; i++) {
		strlcat(got, " ", sizeof(got));
		strlcat(got, argv[i], sizeof(got));
	}
	return got;
}

/* The words people say for dates, and -2d as an operand, not an option. */
static void
test_said(void)
{
	setenv("CAREER_TODAY", "2026-11-23", 1);	/* a Monday */
	ok(date_is("monday", "2026-11-30") && date_is("Mon", "2026-11-30"),
	    "a weekday is the next one, never today");
	ok(date_is("tue", "2026-11-24") && date_is("sunday", "2026-11-29"),
	    "tuesday is tomorrow, sunday this week's");
	ok(date_is("eow", "2026-11-29") && date_is("eom", "2026-11-30"),
	    "eow is Sunday, eom the 30th");
	ok(date_is("eoq", "2026-12-31") && date_is("EOY", "2026-12-31"),
	    "eoq and eoy in the last quarter");
	ok(date_is("mo", NULL) && date_is("mondays", NULL) &&
	    date_is("eo", NULL), "near words refused");
	setenv("CAREER_TODAY", "2027-01-03", 1);	/* a Sunday */
	ok(date_is("eow", "2027-01-03") && date_is("sun", "2027-01-10"),
	    "on a Sunday eow is today, sunday a week on");
	ok(date_is("eoq", "2027-03-31") && date_is("eom", "2027-01-31"),
	    "eoq and eom in January");
	setenv("CAREER_TODAY", "2028-08-15", 1);
	ok(date_is("eoq", "2028-09-30") && date_is("fri", "2028-08-18"),
	    "eoq in August");
	setenv("CAREER_TODAY", "2026-11-23", 1);
	ok(strcmp(opts_of("qw:", "-w Ann -2d note -q"), "w=Ann q | -2d note")
	    == 0, "-2d is an operand, options after it still count");
	ok(strcmp(opts_of("qd:", "-d -1w 3 -2"), "d=-1w | 3 -2") == 0,
	    "an option's value may be -1w");
	ok(strcmp(opts_of("q", "-2 -- -q -3"), "| -2 -q -3") == 0,
	    "-- still ends the options");
	ok(strcmp(opts_of("q", "1 -q"), "q | 1") == 0,
	    "options after an operand, as before");
	ok(strcmp(opts_of("+q", "-q -2 -q"), "q | -2 -q") == 0,
	    "+ stops at the first operand, -2 too");
	ok(strcmp(opts_of("qw:", "-qw-3 x"), "q w=-3 | x") == 0,
	    "a value joined to its option");
	ok(strcmp(opts_of("q", "-z -2"), "? | -2") == 0,
	    "an unknown option is still one");
}

static struct record **loaded;

/* Read goals.csv whole, freeing the last load; the number of rows or -1. */
static long
load(struct table **tp, struct record ***rows)
{
	long n;

	table_free_rows(loaded);
	loaded = NULL;
	if ((*tp = table_open(&schema_goals)) == NULL)
		return -1;
	if ((n = table_load(*tp, rows)) != -1)
		loaded = *rows;
	return n;
}

static void
test_tables(void)
{
	const char *tricky = "a, \"quoted\"\nsecond line, ";
	struct record **rows, *r;
	struct table *t;
	long long id = 2;
	const char *name = "status", *val = "done";
	long n;

	ok(store_lock() == 0, "store_lock creates the store");
	put("goals.csv", "id,kind,title,mine,status\n3,goal,a,x1,open\n"
	    "10,goal,b,x2,open\n5,goal,c,x3,open\n");
	t = table_open(&schema_goals);
	ok(t != NULL && table_col(t, "mine") == 3 &&
	    table_col(t, "due") >= 5, "columns by name, defaults added");
	r = rec_new(t);
	rec_set(t, r, GOALS_TITLE, tricky);
	rec_set(t, r, GOALS_KIND, "goal");
	rec_set(t, r, GOALS_STATUS, "open");
	ok(table_append(t, &r, 1) == 0 && r->id == 11,
	    "new id is above the largest (11 after 3,10,5)");
	table_close(t);
	rec_free(r);
	n = load(&t, &rows);
	ok(n == 4 && strcmp(rec_field(t, rows[3], GOALS_TITLE), tricky) == 0,
	    "comma, quote, newline and blanks survive a round trip");
	ok(n == 4 && strcmp(rec_get(rows[1], table_col(t, "mine")), "x2") == 0,
	    "a hand-added column is read by name");
	ok(strncmp(get("goals.csv"), "id,kind,title,mine,status,", 26) == 0,
	    "rewrite keeps hand-added columns in place");
	table_close(t);

	t = table_open(&schema_goals);
	id = 10;
	ok(table_update(t, &id, 1, &name, &val, 1) == 0, "table_update");
	table_close(t);
	ok(strstr(get("goals.csv"), "10,goal,b,x2,done,") != NULL,
	    "update keeps the unknown column's value");
	t = table_open(&schema_goals);
	id = 99;
	ok(table_update(t, &id, 1, &name, &val, 1) == -1 &&
	    strstr(career_errmsg(), "99") != NULL, "unknown id refused");
	table_close(t);

	put("goals.csv", "\xef\xbb\xbfid,title\r\n1,\"a\r\nb\"\r\n2,c\r\n");
	n = load(&t, &rows);
	ok(n == 2 && strcmp(rec_field(t, rows[0], GOALS_TITLE), "a\r\nb") == 0 &&
	    strcmp(rec_field(t, rows[1], GOALS_TITLE), "c") == 0,
	    "BOM and CRLF are read; a CRLF inside quotes is data");
	table_close(t);

	put("goals.csv", "id,title\n1,a\n2,\"open\n3,c\n");
	n = load(&t, &rows);
	ok(n == -1 && career_errcode() == EX_DATAERR && strcmp(career_errmsg(),
	    "goals.csv:3: unterminated quoted field") == 0,
	    "unterminated quote: file and line");
	table_close(t);
	put("goals.csv", "id,title\n1,a\"b\n");
	ok(load(&t, &rows) == -1 && strstr(career_errmsg(),
	    "goals.csv:2:") != NULL, "stray quote: file and line");
	table_close(t);
	put("goals.csv", "id,title\n1,a\n2,b,c\n");
	ok(load(&t, &rows) == -1 && strstr(career_errmsg(),
	    "goals.csv:3: row has 3 fields") != NULL, "ragged row refused");
	table_close(t);
	put("goals.csv", "id,title,title\n");
	ok(load(&t, &rows) == -1 && strstr(career_errmsg(),
	    "duplicate column") != NULL, "duplicate header refused");
	table_close(t);
	put("goals.csv", "title,kind\nx,goal\n");
	ok(load(&t, &rows) == -1 && strstr(career_errmsg(), "no id column")
	    != NULL, "missing header refused");
	table_close(t);
	put("goals.csv", "id,title\nx,a\n");
	ok(load(&t, &rows) == -1 && strstr(career_errmsg(), "goals.csv:2: "
	    "bad id") != NULL, "non-numeric id refused");
	table_close(t);
	put("goals.csv", "id,title\n1,a\n\n\n2,\"b\nc\"\n3,\"x");
	ok(load(&t, &rows) == -1 && strcmp(career_errmsg(),
	    "goals.csv:7: unterminated quoted field") == 0,
	    "line numbers count blank and continued lines");
	table_close(t);
	put("goals.csv", "");
	ok(load(&t, &rows) == 0, "an empty file is an empty table");
	table_close(t);
	put("goals.csv", "id,kind,title,measure,target,due,parent,status,"
	    "agreed,created,updated,stretch\n1,,no newline at end,,,,,,,,,");
	t = table_open(&schema_goals);
	r = rec_new(t);
	rec_set(t, r, GOALS_TITLE, "next");
	rec_set(t, r, GOALS_KIND, "goal");
	rec_set(t, r, GOALS_STATUS, "open");
	/* Ids given before the file was replaced by hand stay used. */
	ok(table_append(t, &r, 1) == 0 && r->id == 12, "append after a "
	    "last line without newline, with the next id never given");
	table_close(t);
	rec_free(r);
	ok(strstr(get("goals.csv"), "1,,no newline at end,,,,,,,,,\n12,") !=
	    NULL, "the missing newline is added before the new row");
}

static void
test_lock(void)
{
	pid_t pid;
	int status;

	setenv("CAREER_LOCK_WAIT", "0", 1);
	if ((pid = fork()) == 0) {
		store_unlock();	/* the inherited descriptor, not the lock */
		_exit(store_lock() == -1 ? career_errcode() : 0);
	}
	waitpid(pid, &status, 0);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == EX_TEMPFAIL,
	    "a second writer gets EX_TEMPFAIL while the lock is held");
	store_unlock();
	if ((pid = fork()) == 0)
		_exit(store_lock() == -1 ? career_errcode() : 0);
	waitpid(pid, &status, 0);
	ok(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	    "the lock is free again after store_unlock");
}

/* str_width(s) is want. */
static void
width_is(const char *s, size_t want, const char *what)
{
	char msg[128];

	snprintf(msg, sizeof(msg), "%s: %zu columns (str_width says %zu)",
	    what, want, str_width(s));
	ok(str_width(s) == want, msg);
}

/* str_ellipsis(s, width) is want. */
static void
ellipsis_is(const char *s, size_t width, const char *want, const char *what)
{
	char *c = str_ellipsis(s, width);

	ok(c != NULL && strcmp(c, want) == 0 && str_width(c) <= width, what);
	free(c);
}

static void
test_utf8(void)
{
	char *c;
	size_t w;

	width_is("", 0, "the empty string");
	width_is("Lead the Q3 release", 19, "ASCII");
	width_is("\xc3\xa9t\xc3\xa9", 3, "precomposed \xc3\xa9t\xc3\xa9");
	width_is("e\xcc\x81te\xcc\x81", 3, "e and a combining acute");
	width_is("\xe6\xbc\xa2\xe5\xad\x97", 4, "\xe6\xbc\xa2\xe5\xad\x97 (CJK, wide)");
	width_is("\xed\x95\x9c", 2, "a Hangul syllable");
	width_is("\xef\xbc\xa1", 2, "fullwidth A (U+FF21)");
	width_is("\xf0\x9f\x98\x80", 2, "an emoji (U+1F600)");
	width_is("\xf0\xa0\x80\x8b", 2, "a CJK ideograph past the BMP");
	width_is("\xe2\x80\xa6", 1, "the ellipsis");
	width_is("a\xe2\x80\x8b" "b\xe2\x80\x8d", 2, "zero-width space and joiner");
	width_is("\xef\xbb\xbfid", 2, "a byte order mark");
	width_is("a\tb\x7f\xc2\x85", 2, "controls (tab, DEL, C1 NEL)");
	width_is("a\xff" "b", 3, "a stray byte is one column");
	width_is("\x80\xbf", 2, "two lone continuation bytes");
	width_is("\xe6\xbc", 2, "a character cut short");
	width_is("\xc0\xaf", 2, "an overlong / is two bad bytes");
	width_is("\xe0\x80\xaf", 3, "a three-byte overlong");
	width_is("\xed\xa0\x80", 3, "a surrogate (U+D800)");
	width_is("\xf4\x90\x80\x80", 4, "past U+10FFFF");
	ok(str_utf8_len("\xf0\x9f\x98\x80") == 4 &&
	    str_utf8_len("\xed\x9f\xbf") == 3 &&
	    str_utf8_len("\xed\xa0\x80") == 0 &&
	    str_utf8_len("\xc1\xbf") == 0 && str_utf8_len("\xf4\x90\x80\x80") == 0,
	    "str_utf8_len: well-formed, surrogate, overlong, too large");

	c = str_display("a\tb\xff\xc2\x85\xe6\xbc\xa2");
	ok(c != NULL && strcmp(c, "a b\xef\xbf\xbd\xef\xbf\xbd\xe6\xbc\xa2") == 0,
	    "str_display: a tab as a blank, a bad byte and C1 NEL as U+FFFD");
	ok(c != NULL && str_width(c) == 7,
	    "str_display: what stands for a control takes its columns");
	free(c);
	c = str_display("\033]2;x\a\x7f\r\n\xc2\x9b\x9b");
	ok(c != NULL && strcmp(c, "^[]2;x^G^?  \xef\xbf\xbd\xef\xbf\xbd") == 0,
	    "str_display: ESC, BEL and DEL in caret notation, C1 CSI as U+FFFD");
	free(c);
	{
		char buf[8];

		ok(str_vis(buf, sizeof(buf), "ab\033\xe6\xbc\xa2" "cd") == 9 &&
		    strcmp(buf, "ab^[\xe6\xbc\xa2") == 0,
		    "str_vis: the length needed; cut between characters");
		ok(str_vis(buf, 2, "\033x") == 3 && strcmp(buf, "") == 0,
		    "str_vis: never half of ^[");
	}

	ellipsis_is("abcdef", 6, "abcdef", "ellipsis: what fits is kept");
	ellipsis_is("abcdef", 4, "abc\xe2\x80\xa6", "ellipsis: ASCII cut");
	ellipsis_is("\xe6\xbc\xa2\xe5\xad\x97\xe6\xbc\xa2\xe5\xad\x97", 5,
	    "\xe6\xbc\xa2\xe5\xad\x97\xe2\x80\xa6", "ellipsis: CJK cut to 5 columns");
	ellipsis_is("\xe6\xbc\xa2\xe5\xad\x97\xe6\xbc\xa2", 4,
	    "\xe6\xbc\xa2\xe2\x80\xa6", "ellipsis: never half a wide character");
	ellipsis_is("e\xcc\x81" "e\xcc\x81" "e\xcc\x81", 2, "e\xcc\x81\xe2\x80\xa6",
	    "ellipsis: a combining mark stays with its letter");
	ellipsis_is("ab\xff\xff\xff", 4, "ab\xef\xbf\xbd\xe2\x80\xa6",
	    "ellipsis: bad bytes count a column each");
	ellipsis_is("abc", 0, "", "ellipsis: no columns, no text");

	/* The library never asks the locale: LANG changes nothing. */
	setlocale(LC_ALL, "C");
	w = str_width("\xe6\xbc\xa2" "e\xcc\x81\xff");
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "en_US.UTF-8");
	ok(w == 4 && str_width("\xe6\xbc\xa2" "e\xcc\x81\xff") == w,
	    "widths are the same in the C locale and a UTF-8 one");
	setlocale(LC_ALL, "C");
}

/* The one validator, and columns asked of the wrong file. */
static void
test_schema(void)
{
	struct table *t;
	struct record *r;
	const char *v;
	pid_t pid;
	int status;

	ok(field_value(GOALS_TITLE, "   ") == NULL &&
	    strcmp(career_errmsg(), "title: cannot be empty") == 0,
	    "required text that is only blanks is refused");
	ok((v = field_value(GOALS_TITLE, "  kept as typed ")) != NULL &&
	    strcmp(v, "  kept as typed ") == 0, "other text is kept exactly");
	ok(field_value(GOALS_MEASURE, " ") != NULL, "optional text may be blank");
	ok(field_value(GOALS_DUE, "2026-02-30") == NULL &&
	    strncmp(career_errmsg(), "due: 2026-02-30: not a date", 27) == 0,
	    "an impossible date is refused, with its field");
	setenv("CAREER_TODAY", "2026-12-02", 1);
	ok((v = field_value(FOLLOWUPS_DUE, "+2w")) != NULL &&
	    strcmp(v, "2026-12-16") == 0, "a relative date is stored whole");
	unsetenv("CAREER_TODAY");
	ok(field_value(GOALS_KIND, "sideways") == NULL &&
	    strstr(career_errmsg(), "not one of objective|goal|stretch") !=
	    NULL, "a word not in the list is refused");
	ok(field_value(PROGRESS_VALUE, "2.5") != NULL &&
	    field_value(PROGRESS_VALUE, "1e3") == NULL, "numbers");
	ok(field_value(FOLLOWUPS_EVERY, "2w") != NULL &&
	    field_value(FOLLOWUPS_EVERY, "1x") == NULL, "cadences");
	ok(field_value(FEEDBACK_GOAL, "999") == NULL &&
	    strcmp(career_errmsg(), "goal 999: no such goal") == 0,
	    "a reference names a record that exists");
	ok(schema_col(&schema_gaps, "why3") == GAPS_WHY3 &&
	    schema_col(&schema_gaps, "colour") == -1, "columns by name");
	if ((t = table_open(&schema_goals)) == NULL || (r = rec_new(t)) == NULL)
		errx(1, "%s", career_errmsg());
	ok(rec_check(t, r) == -1, "a record without its required fields is "
	    "refused");
	fflush(stdout);
	if ((pid = fork()) == 0) {
		freopen("/dev/null", "w", stderr);
		rec_field(t, r, FEEDBACK_SAID);
		_exit(0);
	}
	ok(waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
	    WEXITSTATUS(status) == EX_SOFTWARE, "a column asked of the wrong "
	    "file is a bug: EX_SOFTWARE, never \"\"");
	rec_free(r);
	table_close(t);
}

/* What out_open(mode, 2, {"id", "title"}) prints for n rows. */
static const char *
printed(int mode, const char *const *rows, size_t n)
{
	static const char *const names[] = { "id", "title" };
	char path[600];
	struct out *o;
	size_t i;
	int fd, saved;

	snprintf(path, sizeof(path), "%s/printed", dir);
	fflush(stdout);
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1 ||
	    (saved = dup(STDOUT_FILENO)) == -1 ||
	    dup2(fd, STDOUT_FILENO) == -1)
		err(1, "%s", path);
	o = out_open(mode, 2, names);
	for (i = 0; i < n; i++)
		out_row(o, rows + 2 * i);
	out_close(o);
	fflush(stdout);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	close(fd);
	return get("printed");
}

static void
test_out(void)
{
	static const char *const rows[] = {
		"1", "a,\"b\"\tc\nd\re\\f",
		"2", "\x01 \x7f \xc2\x85 \xff \xe6\xbc\xa2 \xc3\xa9",
	};
	static const char *const wide[] = {
		"1", "a long title that is longer than thirty columns",
	};

	ok(strcmp(printed(OUT_TSV, rows, 1), "id\ttitle\n"
	    "1\ta,\"b\"\\tc\\nd\\re\\\\f\n") == 0,
	    "out: TSV, a header, \\t \\n \\r \\\\ escaped, nothing quoted");
	out_no_header = 1;
	ok(strcmp(printed(OUT_TSV, rows, 1), "1\ta,\"b\"\\tc\\nd\\re\\\\f\n") ==
	    0, "out: TSV --no-header");
	ok(strcmp(printed(OUT_CSV, rows, 1), "1,\"a,\"\"b\"\"\tc\nd\re\\f\"\n") ==
	    0, "out: CSV --no-header");
	out_no_header = 0;
	ok(strcmp(printed(OUT_JSON, rows, 2), "[\n"
	    "{\"id\":\"1\",\"title\":\"a,\\\"b\\\"\\u0009c\\u000ad\\u000de\\\\f\"},\n"
	    "{\"id\":\"2\",\"title\":\"\\u0001 \\u007f \\u0085 \xef\xbf\xbd "
	    "\xe6\xbc\xa2 \xc3\xa9\"}\n]\n") == 0,
	    "out: JSON, controls \\u escaped, a stray byte U+FFFD, UTF-8 kept");
	ok(strcmp(printed(OUT_JSON, rows, 0), "[]\n") == 0,
	    "out: JSON, no rows: []");
	ok(strcmp(printed(OUT_JSONL, rows, 1),
	    "{\"id\":\"1\",\"title\":\"a,\\\"b\\\"\\u0009c\\u000ad\\u000de\\\\f\"}\n")
	    == 0, "out: JSON lines");
	setenv("COLUMNS", "30", 1);
	ok(strcmp(printed(OUT_TABLE, wide, 1), "id  title\n"
	    "1   a long title that is long\xe2\x80\xa6\n") == 0,
	    "out: COLUMNS=30 cuts the widest column to fit, with U+2026");
	setenv("COLUMNS", "8", 1);
	ok(strcmp(printed(OUT_TABLE, wide, 1), "id  title\n"
	    "1   a long ti\xe2\x80\xa6\n") == 0,
	    "out: never below ten columns");
	setenv("COLUMNS", "wide", 1);
	ok(strcmp(printed(OUT_TABLE, wide, 1), "id  title\n"
	    "1   a long title that is longer than thirty columns\n") == 0,
	    "out: COLUMNS not a number and no terminal: no limit");
	unsetenv("COLUMNS");
}

/* Sets of ids: joined, compared, and through a file and back. */
static void
test_idbits(void)
{
	struct idbits a = { 0 }, b = { 0 }, c = { 0 };
	FILE *fp;

	idbits_add(&a, 3);
	idbits_add(&a, 1LL << 40);	/* past the bitmap: the list */
	idbits_add(&b, 70000);
	idbits_add(&b, (1LL << 40) + 1);
	ok(!idbits_meet(&a, &b), "sets with no id in common do not meet");
	ok(idbits_join(&a, &b) == 0 && idbits_has(&a, 3) &&
	    idbits_has(&a, 70000) && idbits_has(&a, 1LL << 40) &&
	    idbits_has(&a, (1LL << 40) + 1) && !idbits_has(&a, 4),
	    "a joined set holds the ids of both, large ones too");
	ok(idbits_meet(&a, &b) && idbits_meet(&b, &a), "and meets each");
	if ((fp = tmpfile()) == NULL)
		err(1, "tmpfile");
	ok(idbits_write(&a, fp) == 0 && idbits_write(&c, fp) == 0,
	    "idbits_write");
	rewind(fp);
	idbits_free(&b);
	ok(idbits_read(&b, fp) == 0 && idbits_has(&b, 70000) &&
	    idbits_has(&b, 1LL << 40) && !idbits_has(&b, 5),
	    "idbits_read gives the set written");
	idbits_free(&b);
	ok(idbits_read(&b, fp) == 0 && !idbits_has(&b, 3),
	    "an empty set too");
	idbits_free(&b);
	ok(idbits_read(&b, fp) == -1, "a short file is an error");
	fclose(fp);
	idbits_free(&a);
	idbits_free(&b);
}

/* A file read in two parts: from the middle on, as from the top. */
static void
test_halves(void)
{
	struct table *t, *u;
	struct record *r = NULL;
	long long first = 0, ids = 0;
	off_t half;

	put("goals.csv", "id,kind,title\n1,goal,\"a\nb\"\n2,goal,c\n"
	    "3,goal,d\n4,goal,e\n");
	t = table_open(&schema_goals);
	half = table_halfway(t);
	ok(half > 0 && get("goals.csv")[half - 1] == '\n',
	    "table_halfway is where a line starts");
	u = table_open(&schema_goals);
	ok(table_seek_row(u, half) == 0 && (r = table_next(u)) != NULL,
	    "table_seek_row reads on from there");
	first = r != NULL ? r->id : 0;
	while ((r = table_next(t)) != NULL && table_row_start(t) < half)
		ids++;
	ok(r != NULL && table_row_start(t) == half && r->id == first,
	    "the row read from the top that starts there is the same");
	ok(ids >= 1 && table_next(u) != NULL && table_next(u) == NULL &&
	    !table_error(u), "and the rest of the file follows it");
	table_close(t);
	table_close(u);
	put("goals.csv", "id,kind,title\n1,goal,a title longer than that\n");
	t = table_open(&schema_goals);
	ok(table_halfway(t) == -1, "the middle in the last line: -1");
	table_close(t);
}

int
main(void)
{
	char cmd[600];
	struct stat st;

	setvbuf(stdout, NULL, _IOLBF, 0);	/* TAP survives a sanitizer's exit */
	umask(022);
	if (mkdtemp(base) == NULL)
		err(1, "mkdtemp");
	snprintf(dir, sizeof(dir), "%s/store", base);
	setenv("CAREER_DIR", dir, 1);
	test_dates();
	test_said();
	test_resume();
	test_utf8();
	test_tables();
	test_idbits();
	test_halves();
	test_schema();
	test_out();
	ok(stat(dir, &st) == 0 && (st.st_mode & 0777) == 0700,
	    "store is 0700 under umask 022");
	test_lock();
	table_free_rows(loaded);
	printf("1..%d\n", ntest);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", base);
	system(cmd);
	return nfail != 0;
}
