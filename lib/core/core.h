/*
 * core.h: the record library every career command is built on, the
 * lower of its two tiers (method.h is the upper: the method's rules).
 *
 * The store is a directory of CSV files, one per record type.  This
 * library owns everything about it: where it is, its permissions, the
 * lock that serialises writers, reading tables with libcsv (strict),
 * writing them back atomically, ids, dates and output formats.
 *
 * Functions report failure by returning -1 (or NULL) after recording a
 * message and a <sysexits.h> code; only commands decide to exit, usually
 * through career_die().  The exceptions say so where they are declared:
 * the e-prefixed allocators exit EX_OSERR when memory runs out, as
 * sbase's do, and the career_ functions declared noreturn (career_die,
 * career_bug, ...) exist to exit.  make lint refuses any other exit in
 * lib/ (tests/lint-exits).
 */
#ifndef CORE_H
#define CORE_H

#include <stddef.h>
#include <stdio.h>

#define CAREER_VERSION "0.1"

/* Errors */

/* Record an error: its exit code (EX_*) and a printf-style message. */
int career_fail(int code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The last recorded error's message and exit code. */
const char *career_errmsg(void);
int career_errcode(void);
/* Print the last error as "progname: message" and exit with its code. */
void career_die(void) __attribute__((noreturn));
/* Flush stdout and exit: a failed write to stdout is an error (EX_IOERR). */
void career_exit(int status) __attribute__((noreturn));
/*
 * A programming error (a column asked of the wrong file): say so and
 * exit EX_SOFTWARE, so that the tests catch it.
 */
void career_bug(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));
/* Print --version output and exit 0. */
void career_version(void) __attribute__((noreturn));
/*
 * Print the synopsis (lines separated by '\n', without "usage: ") and
 * exit: for -h to stdout with 0, for a wrong invocation to stderr with 64.
 */
void career_usage(const char *synopsis, int help) __attribute__((noreturn));

/* Values of long options every command shares; its own start at OPT_LOCAL. */
enum { OPT_VERSION = 256, OPT_CSV, OPT_TABLE, OPT_IDS, OPT_SAFE, OPT_LOCAL };

/* The store */

/* The store directory: $CAREER_DIR, else ~/.career (never NULL). */
const char *store_dir(void);
/*
 * Prepare the store for writing: create it 0700 if missing, refuse one
 * that others may write to, and take the writers' lock (waiting at most
 * $CAREER_LOCK_WAIT seconds, default 10, then EX_TEMPFAIL).  The lock is
 * held until store_unlock() or exit.
 */
int store_lock(void);
void store_unlock(void);

/*
 * Check the whole store, the way git fsck does: every file parses, ids
 * are unique, references resolve, dates are real, values are known, and
 * the permissions keep it private.  report is called for each problem
 * (line 0 when it is not about a line).  Returns the number of problems,
 * or -1 when the store cannot be read at all.
 */
long store_fsck(void (*report)(const char *file, long line, const char *msg));

/* History: with a git work tree as the store, every write is a commit. */

/* Is the store a git work tree? */
int history_enabled(void);
/*
 * Run git with args (NULL-terminated) inside the store, with umask 077;
 * its standard output goes to ours if out, else to stderr (so it never
 * mixes with the ids a command prints).  Returns git's exit status.
 */
int history_git(char *const args[], int out);
/*
 * After git init: write .gitignore (unless there is one) and commit the
 * files the store holds.  0, or -1 if git failed.
 */
int history_init(void);
/*
 * Commit the files this command wrote, with a message that says what
 * changed; a failure only warns, the write stands.  career_exit() and
 * career_die() call it, so a command that ends through them commits.
 */
void history_commit(void);

/* Tables */

/*
 * The schema: what every column of every file may hold, declared once
 * (lib/method/files.c).  Columns are named in code by constants that
 * carry their file (GOALS_TITLE is column 2 of goals.csv), so a column
 * asked of the wrong file is caught at once as a bug, never read as "".
 */
enum col_kind {
	COL_ID,		/* the record's own id */
	COL_TEXT,	/* text, kept exactly as given */
	COL_PERSON,	/* a person's name */
	COL_DATE,	/* YYYY-MM-DD; typed also as today, +2w, ... */
	COL_WORD,	/* one of a list of words */
	COL_REF,	/* the id of a record of another file (or empty) */
	COL_NUMBER,	/* 12, -3, 2.5 (see number_parse) */
	COL_CADENCE,	/* 10d, 2w, 1m, 1y */
};
extern const char *const col_kinds[];	/* their names, in that order */
enum {
	COL_REQUIRED = 1,	/* never empty, nor only blanks */
	COL_AUTO = 2,		/* set by the tools (created, updated) */
	COL_PRIVATE = 4,	/* shown only by the command that owns it */
};
struct schema;
struct table;
struct record;
struct column {
	const char *name;
	int kind, flags;
	const char *const *words;	/* COL_WORD: the values */
	const struct schema *ref;	/* COL_REF: the file referred to */
	int refcol;			/* COL_REF: and that record's refcol */
	const char *refval;		/*   must hold refval (or 0: any) */
};
struct schema {
	int id;				/* its number: COL_FILE of its columns */
	const char *file;		/* "goals.csv" */
	const char *noun;		/* "goal": "goal 7: no such goal" */
	const struct column *cols;	/* the default header, in order */
	size_t ncols;
	int label;			/* the column that names a record */
};
#define COL_FILE(c)	((c) >> 8)
#define COL_INDEX(c)	((c) & 0xff)
/* The files of the store, NULL-terminated: the method declares them. */
extern const struct schema *const schemas[];
/* The column constant of s named name, or -1. */
int schema_col(const struct schema *s, const char *name);
/* The declaration of column constant c. */
const struct column *schema_column(int c);
/* The names of s's columns as "id|kind|title|...", for messages. */
const char *schema_names(const struct schema *s);
/*
 * Print s's columns for scripts (career fields, the completions), a line
 * each: file, column, kind, flags (required,auto,private or -), and the
 * words it takes or the file it refers to (goals.csv:kind=objective).
 */
int schema_print(FILE *fp, const struct schema *s);
/* The file of the store called name ("goals.csv" or "goals"), or NULL. */
const struct schema *schema_file(const char *name);

/*
 * The one validator.  The value to store for column c (dates typed as
 * "+2w" become YYYY-MM-DD; words, numbers, cadences and references to
 * other files are checked; required text that is blank is refused), or
 * NULL with an EX_USAGE (EX_DATAERR: no such record) error that starts
 * with the column's name.
 */
const char *field_value(int c, const char *value);
/*
 * The same for a field a person names (goal-set's field=value, a line
 * of $EDITOR text): a column added to the file by hand takes any value;
 * ids and columns set by the tools are refused.
 */
const char *field_typed(const struct table *, const char *name,
    const char *value);
/* Set column c of r to value, checked (and normalised) by field_value. */
int rec_put(const struct table *, struct record *r, int c,
    const char *value);
/* Every required column of a new record r holds something: 0 or -1. */
int rec_check(const struct table *, const struct record *r);
/*
 * Fill r, a new record of t, from the non-empty cells of in, a row read
 * from src (an import on stdin), each through the validator by its
 * column's name; then rec_check.  0, or -1 with an EX_DATAERR error
 * "-:LINE: FIELD: what is wrong".
 */
int rec_import(const struct table *t, struct record *r,
    const struct table *src, const struct record *in);

/*
 * One row.  f[i] is the value of column i of the table (never NULL),
 * line is where the row starts in its file, id its parsed id.
 * Commands change a field by pointing f[i] at a string of their own
 * that lives until the row is written.
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

struct table;

/* Open a file of the store for reading; a missing file is an empty table. */
struct table *table_open(const struct schema *);
/* Read a table from a stream (for example stdin, named "-" in errors). */
struct table *table_fopen(FILE *, const char *name, const struct schema *);
/* The next row, or NULL at the end or on error (see table_error). */
struct record *table_next(struct table *);
/*
 * Read rows with an id already seen instead of refusing them (by default
 * a duplicate id is a data error): for career-check, which names both.
 */
void table_allow_duplicates(struct table *);
/* Nonzero when reading stopped on an error. */
int table_error(const struct table *);
/* Read to the end; return the largest id seen or -1 on error. */
long long table_drain(struct table *);
/* Read every remaining row into memory (*rows, NULL-terminated). */
long table_load(struct table *, struct record ***rows);
/* Free what table_load gave. */
void table_free_rows(struct record **);
void table_close(struct table *);

/* Column index of name, or -1.  Columns: the file's, then missing defaults. */
int table_col(const struct table *, const char *name);
size_t table_ncols(const struct table *);
const char *table_colname(const struct table *, size_t);
/* What file t is. */
const struct schema *table_schema(const struct table *);
/* The file name used in messages ("goals.csv" or "-"). */
const char *table_name(const struct table *);

/*
 * Append rows, giving each the next unused id (r->id, and its id field).
 * The table must be freshly opened under store_lock(); it is read to the
 * end first, so a file that does not parse is left untouched.  All the
 * rows are written or none.
 */
int table_append(struct table *, struct record **, size_t n);
/*
 * Rewrite the file atomically.  edit is called for every row (it may
 * change fields) and once more with NULL at the end; if it returns -1,
 * nothing is written.  The table must be freshly opened under store_lock().
 */
int table_rewrite(struct table *,
    int (*edit)(struct table *, struct record *, void *), void *arg);
/* The same, adding rows at the end with new ids, in the one atomic write. */
int table_rewrite_add(struct table *,
    int (*edit)(struct table *, struct record *, void *), void *arg,
    struct record **, size_t n);

/*
 * Set fields names[i] to values[i] in the rows with these ids, in one
 * atomic rewrite; if any id is missing nothing is written.
 */
int table_update(struct table *, const long long *ids, size_t nids,
    const char *const *names, const char *const *values, size_t nvals);
/* The same, adding rows at the end with new ids, in the one atomic write. */
int table_update_add(struct table *, const long long *ids, size_t nids,
    const char *const *names, const char *const *values, size_t nvals,
    struct record **, size_t n);

/* A new row for t with every field empty. */
struct record *rec_new(const struct table *);
/* A copy of r that outlives the next table_next(). */
struct record *rec_dup(const struct record *);
void rec_free(struct record *);
/* Field value by column index (-1 or out of range gives ""). */
const char *rec_get(const struct record *, int col);
/* The value of column constant c (of t's file: else a bug, see career_bug). */
const char *rec_field(const struct table *, const struct record *, int c);
/* Point column c of r at v, which must live until r is written. */
void rec_set(const struct table *, struct record *, int c, const char *v);
/*
 * Point the column a person named (field=value, an import) at v; -1
 * with an error if the table has no such column.
 */
int rec_setn(const struct table *, struct record *, const char *name,
    const char *v);

/* Find the row with this id (reads from the current position). */
struct record *table_find(struct table *, long long id);

/*
 * Edit the record with this id in $VISUAL or $EDITOR as "field: value"
 * lines, each changed field checked by field_typed.  If the file changed
 * while the editor was open, or the text does not validate, nothing is
 * written and the error names the file that keeps the text.  An editor
 * that fails or saves nothing changes nothing.
 */
int record_edit(const struct schema *, long long id);

/* Ids */

/* Parse a record id typed by a user; -1 and an EX_USAGE error if bad. */
long long id_parse(const char *);
/*
 * Check that id names a record of the store file s (what names it in
 * messages: "goal 7: no such goal").  Returns the id, or -1 with an error.
 */
long long ref_check(const struct schema *s, const char *what, const char *id);

/* Dates: days since 1970-01-01, always in the proleptic Gregorian calendar. */

/*
 * Parse YYYY-MM-DD, today, tomorrow, yesterday, +Nd, +Nw, +Nm, +Ny (and -N..).
 * Months and years clamp to the end of a shorter month (01-31 +1m is
 * 02-28).  Returns 0, or -1 with an EX_DATAERR error for a bad date.
 */
int date_parse(const char *, long *days);
/* Today: $CAREER_TODAY if set (for tests and demos), else the local date. */
long date_today(void);
/* Format days as YYYY-MM-DD into buf (at least 11 bytes); returns buf. */
char *date_fmt(long days, char *buf);
/* Add n months (clamping the day) or n days. */
long date_add_months(long days, long n);
/* Today as a static YYYY-MM-DD string. */
const char *date_today_str(void);
/* Is s a valid stored date (YYYY-MM-DD)?  Empty is not. */
int date_valid(const char *s);
/*
 * A cadence: N (1 to 999) then d, w, m or y (10d, 2w, 1m, 1y), into *n
 * and *unit when not NULL.  0, or -1 with an EX_USAGE error.
 */
int cadence_parse(const char *every, long *n, int *unit);

/* Output: CSV with a header row for pipes, an aligned table for people */

enum { OUT_AUTO, OUT_CSV, OUT_TABLE };
struct out;
/* Start output of ncols columns with these names; mode OUT_AUTO asks isatty. */
struct out *out_open(int mode, size_t ncols, const char *const *names);
/* One row of ncols values. */
void out_row(struct out *, const char *const *vals);
/*
 * Colour the next table row: OUT_ALERT (red: overdue), OUT_DIM (done),
 * OUT_BOLD.  Only on a terminal, and never when NO_COLOR is set.
 */
enum { OUT_PLAIN, OUT_ALERT, OUT_DIM, OUT_BOLD };
void out_mark(struct out *, int mark);
/* Print what is buffered, free, and report an output error as -1. */
int out_close(struct out *);
/*
 * --safe: in CSV, a cell a spreadsheet would run as a formula (leading =,
 * +, -, @, tab or CR) gets a leading ' (OWASP's advice on CSV injection).
 */
extern int out_safe;
/* Will mode (OUT_AUTO, OUT_CSV, OUT_TABLE) print a table? */
int out_is_table(int mode);
/*
 * Print the columns of t named in brief (NULL-terminated) for a table,
 * or every column for CSV; rows through out_record().
 */
struct out *out_open_table(int mode, const struct table *t,
    const char *const *brief);
void out_record(struct out *, const struct record *);
/*
 * The listing of a record command (feedback-log -l, win-log -l, ...): the
 * rows of file s whose goal column is goal (0: any) and, unless status is
 * NULL, whose status column is status; with ids one id a line, else as
 * out_open_table() prints them.  0, or -1 with an error.
 */
int out_list(const struct schema *s, int mode, int ids,
    const char *const *brief, long long goal, const char *status);

/*
 * -o FILE for reports: a regular file (or a new one) is written as
 * FILE.tmp, its name in tmp ("" otherwise), and renamed over FILE on
 * close, so it is never half written; anything else (a device, a pipe,
 * /dev/stdout) is written through.  0 with *fp open, or -1 with an error.
 */
int out_file_open(const char *file, FILE **fp, char *tmp, size_t size)
    __attribute__((warn_unused_result));
/*
 * Flush, sync and close fp, then rename tmp over file.  0, or -1 with an
 * error, tmp removed and file as it was.
 */
int out_file_close(FILE *fp, const char *file, const char *tmp)
    __attribute__((warn_unused_result));

/* Memory: allocate, or exit EX_OSERR when there is none (emalloc.c). */

void *emalloc(size_t);
void *ecalloc(size_t, size_t);
void *ereallocarray(void *, size_t, size_t);
char *estrdup(const char *);

/* Strings */

/*
 * Keep s (from malloc) until exit, when it is freed: for strings a
 * command points fields at and never gives back.  Returns s.
 */
char *str_keep(char *s);
/* Join argv with single spaces into a new string, kept until exit. */
char *str_join(int argc, char *const *argv);
/* Is s empty or only blanks? */
int str_blank(const char *s);
/*
 * Parse a number: an optional minus sign, 1 to 15 digits, then
 * optionally a point and 1 to 6 digits (12, -3, 2.5).  0 or -1, with
 * no error recorded.
 */
int number_parse(const char *s, double *v);
/* Is s one of the NULL-terminated words? */
int str_oneof(const char *s, const char *const *words);
/* Same words, as "a|b|c", for messages (static buffer). */
const char *str_words(const char *const *words);

/* Text on a terminal (utf8.c): the same widths whatever the locale. */

/*
 * The bytes (1 to 4) of the well-formed UTF-8 character s starts with,
 * or 0 when it starts none (overlong, surrogate, stray byte).
 */
size_t str_utf8_len(const char *s);
/*
 * Terminal columns s takes: 2 for East Asian wide and fullwidth
 * characters, 0 for controls and combining marks, 1 for each byte that
 * is not UTF-8 (shown as U+FFFD), else 1.
 */
size_t str_width(const char *s);
/*
 * A copy of s (to free) fit to show on one line: controls as spaces,
 * each byte that is not UTF-8 as U+FFFD.  NULL if out of memory.
 */
char *str_display(const char *s);
/*
 * The same in at most width columns: when longer, cut between
 * characters and ended with U+2026.
 */
char *str_ellipsis(const char *s, size_t width);

/* Sets of ids */

/* A set of ids: a sorted part and a short unsorted tail. */
struct idset {
	long long *v;
	size_t n, cap, sorted;
};
/* A set of ids: a bitmap for the small ones, an idset for the rest. */
struct idbits {
	unsigned char *bits;
	size_t bytes;
	struct idset big;
};
/* Is id in the set?  Add it (0, or -1 with an error). */
int idset_has(const struct idset *, long long);
int idset_add(struct idset *, long long);
int idbits_has(const struct idbits *, long long);
int idbits_add(struct idbits *, long long);
void idbits_free(struct idbits *);

#endif
