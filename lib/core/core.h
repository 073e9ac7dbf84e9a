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
 * core.h: the record library every career command is built on, the
 * lower of its two tiers (method.h above it holds the method's rules).
 * It owns the store: where it is, its privacy, the writers' lock, CSV
 * read with libcsv (strict), atomic writes, ids, the schema's validator,
 * dates, text and output.
 *
 * Functions report failure by returning -1 (or NULL) after career_fail()
 * records a message and a <sysexits.h> code; only commands decide to
 * exit, through career_die().  The exceptions are visible: functions
 * declared noreturn exist to exit, and e-prefixed allocators exit
 * EX_OSERR when memory runs out (sbase's rule).  make lint holds lib/ to
 * this (tests/lint-exits).
 */
#ifndef CORE_H
#define CORE_H

#include <stddef.h>
#include <stdio.h>

#ifndef CAREER_VERSION	/* from the file VERSION, by the Makefile */
#define CAREER_VERSION "unknown"
#endif

/* Errors and exits */

/* Record an error: its exit code (EX_*) and a message.  Returns -1. */
int career_fail(int code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
const char *career_errmsg(void);	/* the last error's message */
int career_errcode(void);		/* and its exit code */
/* Put back what the command wrote, print the last error, exit with it. */
void career_die(void) __attribute__((noreturn));
/* Flush stdout (a failed write is EX_IOERR), keep the writes, exit. */
void career_exit(int status) __attribute__((noreturn));
void career_version(void) __attribute__((noreturn));
/*
 * The synopsis ('\n' between lines): -h to stdout with the options of
 * the page, exit 0; else to stderr, exit 64.  career_help also lists
 * the fields of s a person may set, with their kinds.
 */
struct schema;
void career_usage(const char *synopsis, int help) __attribute__((noreturn));
void career_help(const char *synopsis, int help, const struct schema *s)
    __attribute__((noreturn));
/* Each command's options as its page describes them (help.c, by make). */
struct career_help {
	const char *name, *text;
};
/* getopt's ch for an option no command handles itself: -h, --version, ?. */
void career_option(int ch, const char *synopsis) __attribute__((noreturn));
/*
 * Every command's getopt_long(3) (args.c): an argument that starts with
 * a dash and a digit (-2d, -1w, -3) is an operand, never an option, so a
 * date in the past or a negative number needs no "--".
 */
struct option;
int career_getopt_long(int, char *const [], const char *,
    const struct option *, int *);
#define getopt_long career_getopt_long

/* Values of long options every command shares; its own start at OPT_LOCAL. */
enum { OPT_VERSION = 256, OPT_CSV, OPT_TABLE, OPT_IDS, OPT_SAFE, OPT_TSV,
    OPT_JSON, OPT_JSONL, OPT_NO_HEADER, OPT_LOCAL };

/* The store */

/* $CAREER_DIR, else ~/.career (never NULL). */
const char *store_dir(void);
/*
 * The store is there to read: a directory that exists and can be read,
 * else -1 with EX_NOINPUT ("no store here"), so that what cron runs says
 * the setup is broken rather than that nothing is due.
 */
int store_check(void);
/*
 * Prepare to write: create the store 0700, refuse one others may write
 * to, take the writers' lock (at most $CAREER_LOCK_WAIT seconds, 10 by
 * default, then EX_TEMPFAIL).  Held until store_unlock() or exit.
 */
int store_lock(void);
void store_unlock(void);
/*
 * Check the whole store by the schema, as git fsck does; report() each
 * problem (line 0: not about a line).  The number found, or -1.
 */
long store_fsck(void (*report)(const char *file, long line, const char *msg));

/* History: a store that is a git work tree commits every write. */

int history_enabled(void);
/* git args... in the store, umask 077, its stdout to ours if out. */
int history_git(char *const args[], int out);
/* After git init: .gitignore and a first commit.  0 or -1. */
int history_init(void);

/*
 * The schema: what every column of every file may hold, declared once
 * (lib/method/files.c).  Code names a column by a constant that carries
 * its file (GOALS_TITLE is column 2 of goals.csv): a column asked of
 * the wrong file is a bug that exits EX_SOFTWARE, never "".
 */
enum col_kind { COL_ID, COL_TEXT, COL_PERSON, COL_DATE, COL_WORD, COL_REF,
    COL_NUMBER, COL_CADENCE };
extern const char *const col_kinds[];	/* their names, in that order */
enum {
	COL_REQUIRED = 1,	/* never empty, nor only blanks */
	COL_AUTO = 2,		/* set by the tools (created, updated) */
	COL_PRIVATE = 4,	/* shown only by the command that owns it */
};
struct schema;
struct table;
struct column {
	const char *name;
	int kind, flags;
	const char *const *words;	/* COL_WORD: the values */
	const struct schema *ref;	/* COL_REF: the file referred to, */
	int refcol;			/*   whose column refcol must */
	const char *refval;		/*   hold refval (NULL: any) */
};
struct schema {
	int id;				/* COL_FILE of its columns */
	const char *file;		/* "goals.csv" */
	const char *noun;		/* "goal 7: no such goal" */
	const struct column *cols;	/* the default header, in order */
	size_t ncols;
	int label;			/* the column that names a record */
};
#define COL_FILE(c)	((c) >> 8)
#define COL_INDEX(c)	((c) & 0xff)
#define COL_OF(file, i)	((file) << 8 | (i))	/* column i of that file */
/* The files of the store, NULL-terminated: the method declares them. */
extern const struct schema *const schemas[];
/* The column constant of s named name, or -1. */
int schema_col(const struct schema *s, const char *name);
const struct column *schema_column(int c);
/* The file called name ("goals.csv" or "goals"), or NULL. */
const struct schema *schema_file(const char *name);
/* A line a column: file, name, kind, flags, words or file referred to. */
int schema_print(FILE *fp, const struct schema *s);
/* The columns a person may set, a line each: name, kind, the words. */
void schema_help(FILE *fp, const struct schema *s);

/*
 * One row.  f[i] is the value of column i of its table (never NULL);
 * line is where it starts in its file.  A command changes a field by
 * pointing it at a string that lives until the row is written.
 */
struct record {
	long long id;
	long line;
	size_t nf;
	const char **f;
	/* private */
	char *buf;
	size_t bufcap, fcap;
	char idbuf[24];
};

/*
 * The one validator: the value to store for column c (a date typed as
 * +2w becomes YYYY-MM-DD; words, numbers, cadences and references are
 * checked; required text that is blank is refused), or NULL with an
 * error that starts with the column's name.
 */
const char *field_value(int c, const char *value);
/* A field a person names (field=value, $EDITOR): not an id or auto. */
const char *field_typed(const struct table *, const char *name,
    const char *value);
/* Column c of r set to value through field_value.  0 or -1. */
int rec_put(const struct table *, struct record *r, int c,
    const char *value);
/* Every required column of a new record holds something: 0 or -1. */
int rec_check(const struct table *, const struct record *r);
/* r filled from row in of src (an import): errors as "-:LINE: FIELD: ". */
int rec_import(const struct table *t, struct record *r,
    const struct table *src, const struct record *in);

/* Tables */

/* A file of the store (missing: empty), or a stream named in errors. */
struct table *table_open(const struct schema *);
struct table *table_fopen(FILE *, const char *name, const struct schema *);
/* The next row, or NULL at the end or on an error (table_error). */
struct record *table_next(struct table *);
int table_error(const struct table *);
/* Read to the end: the largest id, or -1. */
long long table_drain(struct table *);
/* Every remaining row (*rows, NULL-terminated): how many, or -1. */
long table_load(struct table *, struct record ***rows);
void table_free_rows(struct record **);
/* The row with this id, reading on from where t is. */
struct record *table_find(struct table *, long long id);
/*
 * For a file read in two parts at once: where the row table_next just
 * gave starts in the file (-1: not known), and, after the header, read
 * on from byte off, taken to start a row (0, or -1).
 */
off_t table_row_start(const struct table *);
int table_seek_row(struct table *, off_t off);
/* The start of the first line after the middle of t's file, or -1. */
off_t table_halfway(const struct table *);
/*
 * Ids a sync brought in: raise the largest id t's stamp says was ever
 * given to maxid, so that none is given twice; the next writer then reads
 * the file whole.  0, or -1.
 */
int stamp_raise(const struct table *, long long maxid);
/* The largest id the stamp of file in dir (another clone) says, or 0. */
long long stamp_given(const char *dir, const char *file);
void table_close(struct table *);
/* Columns: the file's, then the schema's it lacks.  -1: no such name. */
int table_col(const struct table *, const char *name);
size_t table_ncols(const struct table *);
const char *table_colname(const struct table *, size_t);
const char *table_name(const struct table *);	/* "goals.csv" or "-" */

/*
 * Writing, on a table freshly opened under store_lock(): the file is
 * read to the end first, so one that does not parse is left untouched,
 * and all is written or nothing.  Append gives each new row the next
 * unused id.  Rewrite replaces the file atomically, calling edit for
 * every row and once with NULL (-1: write nothing); _add appends new
 * rows in the same write.  Update sets names[i] to values[i] in the rows
 * with these ids, all of which must exist.
 */
int table_append(struct table *, struct record **, size_t n);
/* What edit returns to leave the record out of the rewritten file. */
#define REC_DROP 1
/* From edit: write r, id and all, before the record edit was given. */
int table_insert(struct table *, const struct record *r);
int table_rewrite(struct table *,
    int (*edit)(struct table *, struct record *, void *), void *arg);
int table_rewrite_add(struct table *,
    int (*edit)(struct table *, struct record *, void *), void *arg,
    struct record **, size_t n);
int table_update(struct table *, const long long *ids, size_t nids,
    const char *const *names, const char *const *values, size_t nvals);
int table_update_add(struct table *, const long long *ids, size_t nids,
    const char *const *names, const char *const *values, size_t nvals,
    struct record **, size_t n);

/* Records */

struct record *rec_new(const struct table *);	/* every field empty */
struct record *rec_dup(const struct record *);	/* outlives table_next */
/*
 * The fields of the row table_next just gave, as read (before any
 * rec_set), packed into mem of rec_packsize bytes (aligned for a
 * pointer): an array of a pointer a column, then the text they point
 * at.  Returns the array.  One copy, no allocation: for readers that
 * keep every row of a file (career-merge).
 */
size_t rec_packsize(const struct table *);
const char **rec_pack(const struct table *, void *mem);
void rec_free(struct record *);
/* Field i of the table's columns ("" out of range). */
const char *rec_get(const struct record *, int i);
/* Column constant c, which must be of t's file. */
const char *rec_field(const struct table *, const struct record *, int c);
void rec_set(const struct table *, struct record *, int c, const char *v);
/*
 * Edit record id in $VISUAL or $EDITOR as "field: value" lines, each
 * change checked by field_typed.  When the file changed meanwhile or the
 * text is wrong, nothing is written and the text is kept, to be taken up
 * again with EDIT_RESUME (or dropped with EDIT_DISCARD); a new edit is
 * refused while one is kept.
 */
enum { EDIT_NEW, EDIT_RESUME, EDIT_DISCARD };
int record_edit(const struct schema *, long long id, int how);
/* The whole of an editor command (goal-edit): options, id, edit, exit. */
void edit_main(int argc, char *argv[], const struct schema *,
    const char *synopsis) __attribute__((noreturn));

/* Ids */

/* An id typed by a user, or -1 with an EX_USAGE error. */
long long id_parse(const char *);
/*
 * An id of 1 to 18 digits, as nearly every id is, read without strtonum's
 * or strtoll's cost; 0 for anything else, for them to judge.
 */
long long id_digits(const char *);
/* id names a record of s ("goal 7: no such goal"): the id, or -1. */
long long ref_check(const struct schema *s, const char *what, const char *id);

/* Dates: days since 1970-01-01, proleptic Gregorian */

/*
 * YYYY-MM-DD, today, tomorrow, yesterday, a weekday (the next one, never
 * today), eow (Sunday), eom, eoq, eoy, +Nd, +Nw, +Nm, +Ny (and -N);
 * months clamp to a shorter month's end.  0, or -1 with EX_DATAERR.
 */
int date_parse(const char *, long *days);
/* Today: $CAREER_TODAY if set (tests, demos), else the local date. */
long date_today(void);
const char *date_today_str(void);
char *date_fmt(long days, char *buf);	/* YYYY-MM-DD; buf of 11 */
long date_add_months(long days, long n);	/* clamping the day */
int date_valid(const char *s);		/* a stored date?  "" is not */
/* N (1 to 999) then d, w, m or y, into *n and *unit unless NULL. */
int cadence_parse(const char *every, long *n, int *unit);
/* A day number's year, month (1-12) and day of the month (1-31). */
void date_split(long days, long *y, int *m, int *d);

/* Text */

/* Keep s (from malloc) until exit: fields point at it.  Returns s. */
char *str_keep(char *s);
char *str_join(int argc, char *const *argv);	/* with blanks, kept */
int str_blank(const char *s);			/* empty or only blanks */
int str_oneof(const char *s, const char *const *words);
const char *str_words(const char *const *words);	/* "a|b|c" */
/* -?D{1,15}(.D{1,6})? (12, -3, 2.5): 0, or -1 with no error. */
int number_parse(const char *s, double *v);
/* A copy (to free) on one line, as str_display() shows it. */
char *str_oneline(const char *s);
/* The bytes of the well-formed UTF-8 character at s, or 0. */
size_t str_utf8_len(const char *s);
/* Columns on a terminal: wide 2, combining 0, a stray byte 1. */
size_t str_width(const char *s);
/*
 * Text from the store as a terminal or a log may show it, so that no
 * byte of the data is read as a command (career(5), "Control
 * characters"): tab, newline and carriage return as a blank, the other
 * C0 controls and DEL in caret notation (ESC as ^[, DEL as ^?), C1
 * controls and bytes that are not UTF-8 as U+FFFD.  str_vis writes it
 * into buf of size bytes, cut between characters, and returns the
 * length it needs, as strlcpy(3) does; str_display returns a copy (to
 * free).
 */
size_t str_vis(char *buf, size_t size, const char *s);
char *str_display(const char *s);
/* The same in at most width columns, cut with U+2026. */
char *str_ellipsis(const char *s, size_t width);

/* Sets of ids: a bitmap for small ones, a sorted array and a tail. */

struct idset {
	long long *v;
	size_t n, cap, sorted;
};
struct idbits {
	unsigned char *bits;
	size_t bytes;
	struct idset big;
};
int idset_has(const struct idset *, long long);
int idset_add(struct idset *, long long);	/* 0, or -1 */
int idbits_has(const struct idbits *, long long);
int idbits_add(struct idbits *, long long);	/* 0, or -1 */
void idbits_free(struct idbits *);
/* 1 if a and b hold an id in common, else 0. */
int idbits_meet(const struct idbits *a, const struct idbits *b);
/* Add the ids of from to to: 0, or -1. */
int idbits_join(struct idbits *to, const struct idbits *from);
/* A set to a temporary file and back, within one program: 0, or -1. */
int idbits_write(const struct idbits *, FILE *);
int idbits_read(struct idbits *, FILE *);

#endif
