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
 * list.h: the listings, above the records of core.h: the one filter
 * language and the output formats every listing prints.
 */
#ifndef LIST_H
#define LIST_H

#include "core.h"

/*
 * The listings' filter (filter.c, career-list(1)): words field:value,
 * field<value (<=, >, >=, !=), /regex/, "or" between alternatives and
 * "not" before a word; fields compare by their kind.  Parse, add sort
 * keys ("due,-id"), bind to an open table, then match its rows.
 */
struct filter;
struct filter *filter_parse(const struct schema *, int argc,
    char *const argv[]);
int filter_sort(struct filter *, const char *keys);
int filter_bind(struct filter *, const struct table *);
int filter_match(const struct filter *, const struct table *,
    const struct record *);
int filter_sorts(const struct filter *);	/* any sort keys? */
int filter_cmp(const struct filter *, const struct record *,
    const struct record *);			/* by the keys, then line */
void filter_free(struct filter *);
/*
 * The records of s that words name: ids when every word is one (an id
 * named twice is there once), else
 * the matches of the filter they make, into *ids (to free).  How many,
 * or -1 with an error.  Read under store_lock() to write them next.
 */
long filter_ids(const struct schema *s, int argc, char *const argv[],
    long long **ids);

/*
 * Output: CSV with a header row in a pipe, an aligned table for people
 * (cut to the terminal's width), TSV, JSON or JSON lines on request.
 */

enum { OUT_AUTO, OUT_CSV, OUT_TABLE, OUT_TSV, OUT_JSON, OUT_JSONL };
enum { OUT_PLAIN, OUT_ALERT, OUT_DIM, OUT_BOLD };	/* a row's colour */
struct out;
/* ncols columns with these names; OUT_AUTO asks isatty. */
struct out *out_open(int mode, size_t ncols, const char *const *names);
void out_row(struct out *, const char *const *vals);
/* Colour the next row: a terminal only, never NO_COLOR or TERM=dumb. */
void out_mark(struct out *, int mark);
/* Print what is held back, free; -1 on an output error. */
int out_close(struct out *);
int out_is_table(int mode);
/*
 * --ids, --csv, --table, --tsv, --json, --jsonl, --safe, --no-header
 * into *mode, *ids, out_safe and out_no_header: 0, or -1 if not one.
 */
int out_option(int ch, int *mode, int *ids);
/* The long options out_option takes, but --ids, for a getopt_long table. */
#define OUT_LONGOPTS \
	{ "csv", no_argument, NULL, OPT_CSV }, \
	{ "safe", no_argument, NULL, OPT_SAFE }, \
	{ "table", no_argument, NULL, OPT_TABLE }, \
	{ "tsv", no_argument, NULL, OPT_TSV }, \
	{ "json", no_argument, NULL, OPT_JSON }, \
	{ "jsonl", no_argument, NULL, OPT_JSONL }, \
	{ "no-header", no_argument, NULL, OPT_NO_HEADER }
/* --safe: a CSV or TSV cell a spreadsheet would run as a formula gets a '. */
extern int out_safe;
/* --no-header: CSV, TSV and tables without their header row. */
extern int out_no_header;
/* t's brief columns for a table, every column for CSV: out_record. */
struct out *out_open_table(int mode, const struct table *t,
    const char *const *brief);
void out_record(struct out *, const struct record *);
/* A record command's listing: file s, by goal (0: any) and status. */
int out_list(const struct schema *s, int mode, int ids,
    const char *const *brief, long long goal, const char *status);
/*
 * -o FILE: a regular file is written as FILE.tmp (its name in tmp) and
 * renamed over FILE on close, never half written; anything else is
 * written through.  Both return 0, or -1 with nothing left behind.
 */
int out_file_open(const char *file, FILE **fp, char *tmp, size_t size)
    __attribute__((warn_unused_result));
int out_file_close(FILE *fp, const char *file, const char *tmp)
    __attribute__((warn_unused_result));

#endif
