/* private.h: internals shared between the files of lib/. */
#ifndef CAREER_PRIVATE_H
#define CAREER_PRIVATE_H

/* The path of file in the store, into buf. */
int store_path(char *buf, size_t size, const char *file);
/* Write one record as a CSV row (fields in table order) to fp. */
int csv_put_row(FILE *fp, const char *const *f, size_t nf);

/* Remember that file changed, and why, for the commit made at exit. */
void history_note(const char *file, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
