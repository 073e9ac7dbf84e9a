/* private.h: internals shared between the files of the core, lib/core/. */
#ifndef CAREER_PRIVATE_H
#define CAREER_PRIVATE_H

/* The path of file in the store, into buf. */
int store_path(char *buf, size_t size, const char *file);
/* Write one record as a CSV row (fields in table order) to fp. */
int csv_put_row(FILE *fp, const char *const *f, size_t nf);

/* Remember that file changed, and why, for history_commit(). */
void history_note(const char *file, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));


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
	long lineno;		/* physical lines fed so far */
	long rowline;		/* where the row being parsed starts */
	long fieldline;		/* where the field being parsed starts */
	long doneline;		/* where the completed row started */
	int rowready, delivered, eof, err, endnl;
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
};

/* Go back to the first data row, to read the file a second time. */
int table_reset(struct table *);
/* A failed write or create, as EX_IOERR (disk full, I/O) or EX_CANTCREAT. */
int io_fail(const char *path, const char *what);

/* The stamp (stamp.c) */

/* The stamped largest id (0 if none) into *maxid; 1 if it matches st. */
int stamp_read(const struct table *, const struct stat *st,
    long long *maxid);
/* Record maxid, and the append of len bytes about to start (0: none). */
void stamp_write(const struct table *, long long maxid, off_t len);
/* Where a torn append starts in the file open on fd, or 0 if none. */
off_t torn_tail(const struct table *, int fd);

#endif
