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
 * smart-review: judge goals against the SMART criteria.  Like grep and
 * diff, it exits 1 when it found something: a criterion not met.
 */
#include <sys/wait.h>

#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "method.h"

static const char synopsis[] =
    "smart-review [-q] [id ...]\n"
    "smart-review [-q] -";

static int qflag;

/*
 * One line per criterion: "3 Lead the Q3 release: measurable: no: ...".
 * A million goals make five million lines: a goal's lines are put
 * together from pieces whose lengths are known (linelen, whylen[i]: its
 * caller has them), in a buffer written when it holds OUTBUF bytes.
 */
#define OUTBUF	65536

static char *out;
static size_t outlen, outcap;
static FILE *lines_to;	/* stdout, or the file a child's lines go to */

static void
flush_lines(void)
{
	if (outlen > 0)
		fwrite(out, 1, outlen, lines_to);
	outlen = 0;
}

/*
 * The second half of a large store (struct half) is printed by a child
 * whose index lacks the first half: it prints what it can judge whole at
 * once, and a NUL byte, which no line holds, where a goal it keeps for
 * the parent to judge belongs.
 */
static int marking;

static void
put_mark(void)
{
	if (outlen == outcap) {
		flush_lines();
		if (outcap == 0 && (out = malloc(outcap = OUTBUF)) == NULL)
			err(EX_OSERR, NULL);
	}
	out[outlen++] = '\0';
}

static void
print(const char *who, const char *line, size_t linelen,
    const struct smart_verdict *v, const size_t *whylen)
{
	/* ": specific: no" and the like, and their lengths. */
	static char head[SMART_N][3][40];
	static size_t headlen[SMART_N][3];
	static const char *const result[] = { "yes", "no", "stretch" };
	size_t wholen = strlen(who), need, n, w;
	char *buf;
	int i, j;

	if (headlen[0][0] == 0)
		for (i = 0; i < SMART_N; i++)
			for (j = 0; j < 3; j++)
				headlen[i][j] = snprintf(head[i][j],
				    sizeof(head[i][j]), ": %s: %s",
				    smart_criteria[i], result[j]);
	/* At most 5 lines of who, title and 32 bytes besides the reason. */
	need = SMART_N * (wholen + linelen + sizeof(v->why) + 32);
	if (outlen + need > outcap) {
		flush_lines();
		if (need > outcap) {
			free(out);
			outcap = need > OUTBUF ? need : OUTBUF;
			if ((out = malloc(outcap)) == NULL)
				err(EX_OSERR, NULL);
		}
	}
	buf = out;
	n = outlen;
	for (i = 0; i < SMART_N; i++) {
		if (qflag && v[i].result != SMART_NOT_MET)
			continue;
		memcpy(buf + n, who, wholen);
		n += wholen;
		memcpy(buf + n, line, linelen);
		n += linelen;
		memcpy(buf + n, head[i][v[i].result],
		    headlen[i][v[i].result]);
		n += headlen[i][v[i].result];
		if ((w = whylen[i]) > 0) {
			buf[n++] = ':';
			buf[n++] = ' ';
			memcpy(buf + n, v[i].why, w);
			n += w;
		}
		buf[n++] = '\n';
	}
	outlen = n;
}

/* "3 ", or "-:12 " for a goal without an id: the start of its lines. */
static void
name(char *who, size_t size, const char *table, long long id, long line)
{
	char digits[24], *d = digits + sizeof(digits);

	if (id == 0) {
		snprintf(who, size, "%s:%ld ", table, line);
		return;
	}
	if (id < 0) {
		snprintf(who, size, "%lld ", id);
		return;
	}
	/* No snprintf for an id: a million of them. */
	*--d = '\0';
	*--d = ' ';
	for (; id > 0; id /= 10)
		*--d = '0' + id % 10;
	strlcpy(who, d, size);
}

/*
 * The title on one line, whatever it holds; *tofree is what to free.
 * A title of printable ASCII, as nearly every one is, is shown as it
 * is: no copy.
 */
static const char *
title_line(const struct table *t, const struct record *r, char **tofree)
{
	const char *title = rec_field(t, r, GOALS_TITLE), *p;

	*tofree = NULL;
	if (*title == '\0')
		return "(no title)";
	for (p = title; *p >= ' ' && *p <= '~'; p++)
		;
	if (*p == '\0')
		return title;
	if ((*tofree = str_oneline(title)) == NULL)
		err(EX_OSERR, NULL);
	return *tofree;
}

/* The lines of goal r of t, judged in v. */
static void
print_goal(const struct table *t, const struct record *r,
    const struct smart_verdict *v)
{
	size_t whylen[SMART_N];
	char who[96];
	const char *line;
	char *tofree;
	int i;

	line = title_line(t, r, &tofree);
	for (i = 0; i < SMART_N; i++)
		whylen[i] = strlen(v[i].why);
	name(who, sizeof(who), table_name(t), r->id, r->line);
	print(who, line, strlen(line), v, whylen);
	free(tofree);
}

static int
review(struct smart *s, const struct table *t, const struct record *r)
{
	struct smart_verdict v[SMART_N];
	int failed;

	if ((failed = smart_judge(s, t, r, v)) == -1)
		career_die();
	print_goal(t, r, v);
	return failed > 0;
}

/*
 * The goals read from stdin wait here for relevance, which needs the
 * store and all of stdin: what each says of itself is judged as it is
 * read, and kept with its name and title (not the row) in memory up to
 * SPOOL_MEM bytes, then in a temporary file, so that memory stays small
 * whatever the size of stdin.  Each is a struct pending, then its title,
 * then the reasons of its verdicts.
 */
#define SPOOL_MEM	(256 * 1024)

struct spool {
	char *buf;		/* SPOOL_MEM bytes */
	size_t len, off;	/* written, read */
	FILE *f;		/* NULL while it fits in buf */
	FILE *spill;		/* f when it is needed, if not a new one */
	char *line;		/* a title read back */
	size_t cap;
};

struct pending {
	long long id;		/* the goal's, and its relevance's */
	long line;
	size_t titlelen;
	long long parent;	/* of struct smart_rel */
	unsigned char objective, due, pending;
	unsigned char failed;	/* criteria not met, 0 to 5 */
	unsigned char result[SMART_N];
	unsigned char whylen[SMART_N];
};

static void
spool_put(struct spool *sp, const void *p, size_t n)
{
	/* What was read back already makes room, while all is in buf. */
	if (sp->f == NULL && sp->off > 0 && sp->len + n > SPOOL_MEM) {
		memmove(sp->buf, sp->buf + sp->off, sp->len - sp->off);
		sp->len -= sp->off;
		sp->off = 0;
	}
	if (sp->len + n <= SPOOL_MEM) {
		memcpy(sp->buf + sp->len, p, n);
		sp->len += n;
		return;
	}
	if (sp->f == NULL) {
		if ((sp->f = sp->spill) == NULL && (sp->f = tmpfile()) == NULL)
			err(EX_CANTCREAT, "temporary file");
		/* Read back in large blocks, not 4 KiB ones. */
		setvbuf(sp->f, NULL, _IOFBF, 65536);
	}
	if (fwrite(sp->buf, 1, sp->len, sp->f) != sp->len ||
	    fwrite(p, 1, n, sp->f) != n)
		err(EX_IOERR, "temporary file");
	sp->len = 0;
}

/* Done writing: read from the start. */
static void
spool_rewind(struct spool *sp)
{
	if (sp->f == NULL)
		return;
	if (fwrite(sp->buf, 1, sp->len, sp->f) != sp->len ||
	    fflush(sp->f) == EOF)
		err(EX_IOERR, "temporary file");
	rewind(sp->f);
	sp->len = 0;
}

/* Refill buf from the file, after what is left of it. */
static void
spool_fill(struct spool *sp)
{
	memmove(sp->buf, sp->buf + sp->off, sp->len - sp->off);
	sp->len -= sp->off;
	sp->off = 0;
	sp->len += fread(sp->buf + sp->len, 1, SPOOL_MEM - sp->len, sp->f);
	if (ferror(sp->f))
		err(EX_IOERR, "temporary file");
}

/*
 * n bytes into p: 1, or 0 at the end.  The file is read back through buf
 * in blocks of SPOOL_MEM, not in a call for each piece of a goal.
 */
static int
spool_get(struct spool *sp, void *p, size_t n)
{
	size_t have;

	if (sp->f != NULL && sp->len - sp->off < n)
		spool_fill(sp);
	if (sp->off == sp->len && n > 0)
		return 0;
	if ((have = sp->len - sp->off) < n) {
		/* Only a title longer than buf gets here. */
		if (sp->f == NULL || n <= SPOOL_MEM)
			errx(EX_SOFTWARE, "temporary file: short record");
		memcpy(p, sp->buf + sp->off, have);
		sp->off = sp->len = 0;
		if (fread((char *)p + have, 1, n - have, sp->f) != n - have)
			errx(EX_SOFTWARE, "temporary file: short record");
		return 1;
	}
	memcpy(p, sp->buf + sp->off, n);
	sp->off += n;
	return 1;
}

static void stop_scan(void);

/* A read error says "stdin: ...", as ever; a CSV error names its line. */
static void __attribute__((noreturn))
stdin_die(void)
{
	stop_scan();
	if (ferror(stdin) && strncmp(career_errmsg(), "-: ", 3) == 0)
		errx(EX_IOERR, "stdin: %s", career_errmsg() + 3);
	career_die();
}

/*
 * Judge r on what it says itself; keep the verdicts in sp for replay.
 * With the index s (a review of the store), a goal that nothing kept is
 * before, and that it can judge whole now, is printed at once: 1 if a
 * criterion is not met.  While marking, one that can be judged whole is
 * printed whatever is kept, and one kept leaves a mark in its place.
 */
static int
spool_goal(struct spool *sp, struct smart *s, const struct table *t,
    const struct record *r)
{
	struct smart_verdict v[SMART_N];
	struct smart_rel rel;
	struct pending p;
	const char *line;
	char *tofree;
	int i, failed;

	if ((failed = smart_judge_self(t, r, v, &rel)) == -1)
		career_die();
	if (s != NULL && (marking || (sp->f == NULL && sp->off == sp->len)) &&
	    (!rel.pending || smart_settled(s, &rel))) {
		if (rel.pending)
			failed += smart_relevant(s, &rel, v);
		print_goal(t, r, v);
		return failed > 0;
	}
	/* With -q a goal that meets all it can be judged on now, and waits
	 * for nothing, prints nothing. */
	if (qflag && failed == 0 && !rel.pending)
		return 0;
	if (marking)
		put_mark();
	memset(&p, 0, sizeof(p));
	p.failed = failed;
	p.parent = rel.parent;
	p.objective = rel.objective;
	p.due = rel.due;
	p.pending = rel.pending;
	line = title_line(t, r, &tofree);
	p.id = r->id;
	p.line = r->line;
	p.titlelen = strlen(line);
	for (i = 0; i < SMART_N; i++) {
		p.result[i] = v[i].result;
		p.whylen[i] = strlen(v[i].why);
	}
	spool_put(sp, &p, sizeof(p));
	spool_put(sp, line, p.titlelen);
	for (i = 0; i < SMART_N; i++)
		spool_put(sp, v[i].why, p.whylen[i]);
	free(tofree);
	return 0;
}

/* The relevance a goal kept waits for. */
static void
rel_of(const struct pending *p, struct smart_rel *rel)
{
	rel->id = p->id;
	rel->parent = p->parent;
	rel->objective = p->objective;
	rel->due = p->due;
	rel->pending = p->pending;
}

/*
 * Print the first goal kept, its relevance judged: 1, or 0 when none is
 * kept.  Unless all, only a goal the index can judge now (smart_settled)
 * and while all that is kept is in memory: a review of the store prints
 * each goal as soon as it can, so that only goals waiting for a later
 * one are kept.  With all, the index is complete.
 */
static int
spool_print(struct spool *sp, struct smart *s, const char *table, int all,
    int *found)
{
	struct smart_verdict v[SMART_N];
	size_t whylen[SMART_N];
	struct smart_rel rel;
	struct pending p;
	char who[96];
	int i;

	if (!all) {
		if (sp->f != NULL || sp->len - sp->off < sizeof(p))
			return 0;
		memcpy(&p, sp->buf + sp->off, sizeof(p));
		rel_of(&p, &rel);
		if (p.pending && !smart_settled(s, &rel))
			return 0;
	}
	if (!spool_get(sp, &p, sizeof(p)))
		return 0;
	if (p.titlelen >= sp->cap) {
		sp->cap = p.titlelen + 1;
		free(sp->line);
		if ((sp->line = malloc(sp->cap)) == NULL)
			err(EX_OSERR, NULL);
	}
	if (!spool_get(sp, sp->line, p.titlelen) && p.titlelen > 0)
		errx(EX_SOFTWARE, "temporary file: short record");
	sp->line[p.titlelen] = '\0';
	for (i = 0; i < SMART_N; i++) {
		v[i].result = p.result[i];
		if (p.whylen[i] > 0 && !spool_get(sp, v[i].why, p.whylen[i]))
			errx(EX_SOFTWARE, "temporary file: short record");
		v[i].why[p.whylen[i]] = '\0';
		whylen[i] = p.whylen[i];
	}
	if (p.pending) {
		rel_of(&p, &rel);
		p.failed += smart_relevant(s, &rel, v);
		whylen[SMART_RELEVANT] = strlen(v[SMART_RELEVANT].why);
	}
	name(who, sizeof(who), table, p.id, p.line);
	print(who, sp->line, p.titlelen, v, whylen);
	*found |= p.failed > 0;
	return 1;
}

static void
spool_free(struct spool *sp)
{
	free(sp->line);
	free(sp->buf);
	if (sp->f != NULL)
		fclose(sp->f);
}

/* The index is complete: judge relevance of the goals kept, and print. */
static int
spool_replay(struct spool *sp, struct smart *s, const char *table)
{
	int found = 0;

	spool_rewind(sp);
	while (spool_print(sp, s, table, 1, &found))
		;
	spool_free(sp);
	return found;
}

static void
spool_init(struct spool *sp)
{
	memset(sp, 0, sizeof(*sp));
	if ((sp->buf = malloc(SPOOL_MEM)) == NULL)
		err(EX_OSERR, NULL);
}

/*
 * The store is read by a child process while stdin comes in, so that on
 * a pipe from goal-list the two run side by side and the store's part of
 * the index is ready when stdin ends.  The child writes what the index
 * needs of each goal of the store to a temporary file (smart_scan), and
 * an error to a pipe; smart_merge takes the goals that stdin does not
 * stand in for, so the child needs nothing of stdin.  Without a child
 * (fork fails) the store is read after stdin, as smart_load.
 */
struct scan {
	pid_t pid;		/* the child, or -1 */
	FILE *facts;		/* what it read */
	int msg;		/* its error, if any */
};

static struct scan scan = { -1, NULL, -1 };

static void
scan_start(void)
{
	char msg[512];
	size_t len;
	int fd[2], code = 0;

	if ((scan.facts = tmpfile()) == NULL)
		err(EX_CANTCREAT, "temporary file");
	if (pipe(fd) == -1)
		err(EX_OSERR, "pipe");
	/* Nothing buffered is written twice. */
	fflush(stdout);
	fflush(stderr);
	if ((scan.pid = fork()) == -1) {
		close(fd[0]);
		close(fd[1]);
		return;
	}
	if (scan.pid == 0) {
		/* The child: stdin, stdout and exit handlers are the parent's. */
		close(fd[0]);
		if (smart_scan(scan.facts) == -1) {
			code = career_errcode();
			len = strlcpy(msg, career_errmsg(), sizeof(msg));
			if (write(fd[1], msg, len < sizeof(msg) ? len :
			    sizeof(msg) - 1) == -1)
				code = EX_IOERR;
		}
		_exit(code);
	}
	close(fd[1]);
	scan.msg = fd[0];
}

/* Stdin is refused: the store is not needed. */
static void
stop_scan(void)
{
	if (scan.pid != -1) {
		kill(scan.pid, SIGTERM);
		waitpid(scan.pid, NULL, 0);
		scan.pid = -1;
	}
}

/* Stdin is all read: the store's goals into the index. */
static void
scan_end(struct smart *s)
{
	char msg[512];
	ssize_t n;
	int status;

	if (scan.pid == -1) {
		if (smart_load(s) == -1)
			career_die();
		return;
	}
	while (waitpid(scan.pid, &status, 0) == -1)
		if (errno != EINTR)
			err(EX_OSERR, "waitpid");
	scan.pid = -1;
	if (WIFSIGNALED(status))
		errx(EX_SOFTWARE, "reading %s: %s", schema_goals.file,
		    strsignal(WTERMSIG(status)));
	if (WEXITSTATUS(status) != 0) {
		if ((n = read(scan.msg, msg, sizeof(msg) - 1)) < 0)
			n = 0;
		msg[n] = '\0';
		career_fail(WEXITSTATUS(status), "%s", msg);
		career_die();
	}
	close(scan.msg);
	if (smart_merge(s, scan.facts) == -1)
		career_die();
	fclose(scan.facts);
}

/*
 * Goals read as CSV on stdin, judged against the store and each other,
 * in one pass over each: stdin, while a child reads the store; then the
 * verdicts kept.
 */
static int
from_stdin(struct smart *s)
{
	struct spool sp;
	struct record *r;
	struct table *in;
	int found;

	spool_init(&sp);
	scan_start();
	if ((in = table_fopen(stdin, "-", &schema_goals)) == NULL)
		stdin_die();
	while ((r = table_next(in)) != NULL) {
		if (smart_add(s, in, r) == -1)
			career_die();
		spool_goal(&sp, NULL, in, r);
	}
	if (table_error(in))
		stdin_die();
	scan_end(s);
	found = spool_replay(&sp, s, table_name(in));
	table_close(in);
	return found;
}

/*
 * The goals named, in the order named; all of them exist or none is
 * judged.  One pass over the store indexes it and keeps the goals named.
 */
static int
from_ids(struct smart *s, int argc, char *argv[])
{
	struct record **recs, *r;
	struct table *t;
	long long *ids;
	int i, found = 0;

	if ((ids = calloc(argc, sizeof(*ids))) == NULL ||
	    (recs = calloc(argc + 1, sizeof(*recs))) == NULL)
		err(EX_OSERR, NULL);
	for (i = 0; i < argc; i++)
		if ((ids[i] = id_parse(argv[i])) == -1)
			career_die();
	if ((t = table_open(&schema_goals)) == NULL)
		career_die();
	while ((r = table_next(t)) != NULL) {
		if (smart_add(s, t, r) == -1)
			career_die();
		for (i = 0; i < argc; i++)
			if (ids[i] == r->id && (recs[i] = rec_dup(r)) == NULL)
				career_die();
	}
	if (table_error(t))
		career_die();
	for (i = 0; i < argc; i++)
		if (recs[i] == NULL)
			errx(EX_DATAERR, "goal %lld: no such goal", ids[i]);
	for (i = 0; i < argc; i++)
		found |= review(s, t, recs[i]);
	table_free_rows(recs);
	free(ids);
	table_close(t);
	return found;
}

/*
 * A store this large is reviewed in two halves at once, on two
 * processors: a child reads from the first line after the middle of the
 * file, the parent up to there.  Where the child starts is a guess, for
 * a quoted field may hold a line end; the parent, reading from the top,
 * takes the child's half only if a row starts just there.  The child's
 * lines, the goals it keeps for relevance and its index come back in
 * temporary files.
 */
#define HALVES_MIN	(4 * 1024 * 1024)

struct half {
	pid_t pid;		/* the child, or -1 */
	off_t from;		/* where its half starts */
	FILE *lines;		/* what it printed */
	FILE *kept;		/* its goals waiting for relevance */
	FILE *index;		/* its index (smart_save) */
	int taken;		/* the parent stopped where the child started */
	int found;		/* its lines say a criterion is not met */
};

/*
 * The rows of t from where it is: each goal indexed, and the open ones
 * judged on what they say as they are read; relevance as soon as the
 * goals it needs are read (the parent comes before its goals, and an
 * objective's first goal soon after it, in a store as the tools write
 * it), the rest on the replay.  With h, the first of two halves, stop at
 * the row where the second starts if half_take takes it.  1 if a
 * criterion is not met, 0, or -1 on an error.
 */
static int half_take(struct half *, struct smart *, off_t);

static int
review_rows(struct table *t, struct smart *s, struct spool *sp,
    struct half *h)
{
	struct record *r;
	int found = 0;

	while ((r = table_next(t)) != NULL) {
		if (h != NULL && h->pid != -1 &&
		    table_row_start(t) >= h->from &&
		    half_take(h, s, table_row_start(t)))
			return found;
		if (smart_add(s, t, r) == -1)
			return -1;
		if (strcmp(rec_field(t, r, GOALS_STATUS), "open") == 0)
			found |= spool_goal(sp, s, t, r);
		while (!marking && spool_print(sp, s, table_name(t), 0, &found))
			;
	}
	return table_error(t) ? -1 : found;
}

/*
 * The child: the second half, from h->from to the end.  What it printed,
 * the goals it keeps for relevance and its index go to h's files; it
 * exits 1 if a criterion is not met, else 0, and 2 on any error, which
 * it leaves to the parent to find and report.
 */
static void __attribute__((noreturn))
half_child(struct half *h)
{
	struct spool sp;
	struct smart *s;
	struct table *t;
	size_t n;
	int found;

	lines_to = h->lines;
	marking = 1;
	if ((s = smart_new()) == NULL ||
	    (t = table_open(&schema_goals)) == NULL ||
	    table_seek_row(t, h->from) == -1)
		_exit(2);
	spool_init(&sp);
	sp.spill = h->kept;
	if ((found = review_rows(t, s, &sp, NULL)) == -1)
		_exit(2);
	flush_lines();
	/* What is kept: what spilled is in h->kept already; then the rest. */
	n = sp.len - sp.off;
	if (fwrite(sp.buf + sp.off, 1, n, h->kept) != n ||
	    fflush(h->kept) == EOF || fflush(h->lines) == EOF ||
	    smart_save(s, h->index) == -1)
		_exit(2);
	_exit(found);
}

/* Two processors and a large file: a child takes the second half. */
static void
half_start(struct half *h, const struct table *t)
{
	memset(h, 0, sizeof(*h));
	h->pid = -1;
	if ((h->from = table_halfway(t)) < HALVES_MIN / 2 ||
	    sysconf(_SC_NPROCESSORS_ONLN) < 2)
		return;
	if ((h->lines = tmpfile()) == NULL || (h->kept = tmpfile()) == NULL ||
	    (h->index = tmpfile()) == NULL)
		err(EX_CANTCREAT, "temporary file");
	flush_lines();
	fflush(stdout);
	fflush(stderr);
	if ((h->pid = fork()) == 0)
		half_child(h);
}

/* Done with the child, and with its half unless it was taken. */
static void
half_end(struct half *h)
{
	if (h->pid != -1) {
		kill(h->pid, SIGTERM);
		waitpid(h->pid, NULL, 0);
		h->pid = -1;
	}
	if (h->taken)
		return;
	if (h->lines != NULL)
		fclose(h->lines);
	if (h->kept != NULL)
		fclose(h->kept);
	if (h->index != NULL)
		fclose(h->index);
	h->lines = h->kept = h->index = NULL;
}

/*
 * The parent came to the row that starts at byte at, the first at or
 * after h->from: 1 if it takes the child's half (a row starts where the
 * child started, the child read to the end, no id is in both halves),
 * its index joined to s.  Else 0: the parent reads on, and finds any
 * error of the second half itself, with its line.
 */
static int
half_take(struct half *h, struct smart *s, off_t at)
{
	int status;

	if (at != h->from) {
		half_end(h);
		return 0;
	}
	while (waitpid(h->pid, &status, 0) == -1)
		if (errno != EINTR)
			err(EX_OSERR, "waitpid");
	h->pid = -1;
	h->taken = WIFEXITED(status) && WEXITSTATUS(status) <= 1 &&
	    smart_join(s, h->index) == 0;
	h->found = h->taken && WEXITSTATUS(status) == 1;
	half_end(h);
	return h->taken;
}

/* After the first half's lines, the second's, each goal kept in its mark. */
static int
half_print(struct half *h, struct smart *s, const char *table)
{
	struct spool sp;
	char buf[65536], *p, *mark;
	ssize_t n;
	int fd = fileno(h->lines), found = h->found;

	flush_lines();
	if (fflush(stdout) == EOF || lseek(fd, 0, SEEK_SET) == -1)
		err(EX_IOERR, "stdout");
	spool_init(&sp);
	sp.f = h->kept;
	spool_rewind(&sp);
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		for (p = buf; p < buf + n; p = mark + 1) {
			if ((mark = memchr(p, '\0', buf + n - p)) == NULL) {
				fwrite(p, 1, buf + n - p, stdout);
				break;
			}
			fwrite(p, 1, mark - p, stdout);
			if (!spool_print(&sp, s, table, 1, &found))
				errx(EX_SOFTWARE, "temporary file: "
				    "short record");
			flush_lines();
		}
	if (n == -1)
		err(EX_IOERR, "temporary file");
	spool_free(&sp);
	fclose(h->lines);
	fclose(h->index);
	return found;
}

/*
 * Every open goal of the store, in its order, in one pass; a large store
 * in two halves at once (struct half).
 */
static int
from_store(struct smart *s)
{
	struct spool sp;
	struct table *t;
	struct half h;
	int found;

	spool_init(&sp);
	if ((t = table_open(&schema_goals)) == NULL)
		career_die();
	half_start(&h, t);
	if ((found = review_rows(t, s, &sp, &h)) == -1) {
		half_end(&h);
		career_die();
	}
	half_end(&h);
	found |= spool_replay(&sp, s, table_name(t));
	if (h.taken)
		found |= half_print(&h, s, table_name(t));
	table_close(t);
	return found;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct smart *s;
	int ch, found;

	while ((ch = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		default: career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;

	lines_to = stdout;
	if ((s = smart_new()) == NULL)
		career_die();
	if (argc == 1 && strcmp(argv[0], "-") == 0)
		found = from_stdin(s);
	else {
		/* For cron: a broken setup says so; all SMART is silent. */
		if (store_check() == -1)
			career_die();
		found = argc > 0 ? from_ids(s, argc, argv) : from_store(s);
	}
	flush_lines();
	free(out);
	smart_close(s);
	/* 1, like grep and diff: a criterion is not met. */
	career_exit(found ? 1 : 0);
}
