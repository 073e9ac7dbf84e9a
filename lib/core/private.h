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

/* private.h: internals shared between the files of the core, lib/core/. */
#ifndef CAREER_PRIVATE_H
#define CAREER_PRIVATE_H

/*
 * A programming error (a column asked of the wrong file): say so and
 * exit EX_SOFTWARE, so that the tests catch it, as assert(3) would.
 */
void career_bug(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

/* Memory: allocate, or exit EX_OSERR when there is none (emalloc.c). */
void *emalloc(size_t);
void *ecalloc(size_t, size_t);
void *ereallocarray(void *, size_t, size_t);
char *estrdup(const char *);

/*
 * Commit the files this command wrote, with a message that says what
 * changed; a failure only warns, the write stands.  career_exit() and
 * career_die() call it.
 */
void history_commit(void);

/* The names of s's columns as "id|kind|title|...", for messages. */
const char *schema_names(const struct schema *s);
/* What file t is. */
const struct schema *table_schema(const struct table *);
/*
 * Read rows with an id already seen instead of refusing them (by default
 * a duplicate id is a data error): for career-check, which names both.
 */
void table_allow_duplicates(struct table *);
/*
 * Point the column a person named (field=value, an import) at v; -1
 * with an error if the table has no such column.
 */
int rec_setn(const struct table *, struct record *, const char *name,
    const char *v);

/* The path of file in the store, into buf. */
int store_path(char *buf, size_t size, const char *file);
/* Write one record as a CSV row (fields in table order) to fp. */
int csv_put_row(FILE *fp, const char *const *f, size_t nf);

/* Remember that file changed, and why, for history_commit(). */
void history_note(const char *file, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * The start of every temporary file's name: a name no person would give
 * a file, so that clearing those a dead writer left removes nothing else.
 */
#define TMP_PREFIX ".career-tmp."


#include <sys/types.h>
#include <csv.h>
#include <limits.h>

/* An open file of the store: the reader's state, its columns, its ids. */
struct table {
	const struct schema *schema;
	char name[64];		/* for messages */
	char path[PATH_MAX];	/* empty when reading a stream */
	FILE *fp;
	int owned;		/* fclose fp in table_close */
	struct csv_parser p;
	char *line;
	size_t linecap;
	char *blk;		/* a file we opened: read in blocks */
	size_t blkcap, bpos, blen;	/* lines start at bpos, end at blen */
	off_t bbase, consumed;	/* where blk started, lines taken since */
	int beof;
	long lineno;		/* physical lines fed so far */
	long rowline;		/* where the row being parsed starts */
	long fieldline;		/* where the field being parsed starts */
	long doneline;		/* where the completed row started */
	off_t rowpos, donepos;	/* the same as file offsets, or -1 */
	int rowready, delivered, eof, err, endnl;
	int nul;		/* a line fed so far had a NUL byte */
	/* the row being assembled: field bytes, NUL-separated */
	char *buf;
	size_t len, cap, *off, nf, offcap;
	/* columns: the file's own, then schema columns it lacks */
	char **cols;
	size_t ncols, filecols;
	int map[64];		/* schema column -> table column */
	int idcol, hasheader;
	long long maxid;
	long long stamped;	/* the largest id ever given, from the stamp */
	off_t limit;		/* read no further: a torn append starts here */
	struct idbits ids;	/* the ids read, to refuse one given twice */
	int dupsok;		/* career-check reports duplicates itself */
	long rows;		/* data rows returned */
	struct record rec;
	struct table *next;	/* in the list of open tables */
	/* while a rewrite runs: where rows go, what they changed */
	FILE *out;
	off_t runfrom, runto;	/* rows still to copy as they were read */
	struct jbuf *jb;
};

/* Go back to the first data row, to read the file a second time. */
int table_reset(struct table *);
/* A failed write or create, as EX_IOERR (disk full, I/O) or EX_CANTCREAT. */
int io_fail(const char *path, const char *what);

/* The stamp (stamp.c) */

/* The stamped largest id (0 if none) into *maxid; 1 if it matches st. */
int stamp_read(const struct table *, const struct stat *st,
    long long *maxid);
/* Record maxid, and the append of len bytes at data about to start. */
void stamp_write(const struct table *, long long maxid, const char *data,
    off_t len);
/* Where a torn append starts in the file open on fd, or 0 if none. */
off_t torn_tail(const struct table *, int fd);
/* How many first bytes of an append the stamp and txn keep, to know it. */
#define HEAD 32
/* n bytes of buf as 2n hex digits and a NUL, into out. */
void hex_encode(char *out, const char *buf, size_t n);

/* The journal (journal.c): what this command changed, for career-undo */

/* The rows one rewrite changed, kept only if the rewrite succeeds. */
struct jbuf {
	FILE *fp;
	char *buf;
	size_t len;
	int cols;	/* the header went first */
};
int jbuf_open(struct jbuf *);
/* A record of t as it was ('o') or as it is now ('n'). */
void jbuf_row(struct jbuf *, const struct table *t, int kind,
    const char *const *f, size_t nf);
void jbuf_keep(struct jbuf *);	/* into this command's entry */
void jbuf_drop(struct jbuf *);
/* Records first to last appended to t; label names the first. */
void journal_added(const struct table *t, long long first, long long last,
    const char *label);
/* Append this command's entry to the journal, if it wrote anything. */
void journal_commit(void);
void journal_discard(void);	/* what this command changed is undone */
void history_discard(void);

/* Transactions (txn.c): a command's writes are all kept or none */

/* Before t's file changes (replace: by a rename over it; else by the
 * append of len bytes at data): how to put it back.  0, or -1 and the
 * file must not be touched. */
int txn_file(const struct table *t, int replace, const char *data,
    size_t len);
void txn_commit(void);	/* the command succeeded: keep every write */
void txn_abort(void);	/* put every file it wrote back as it was */
void txn_recover(void);	/* under the lock: undo a dead command's writes */
int txn_pending(void);	/* a command's writes are under way, or it died */
/* Before a read: a dead command's writes are put back, if the lock is free. */
void store_settle(void);

#endif
