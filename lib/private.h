/* private.h: internals shared between the files of lib/. */
#ifndef CAREER_PRIVATE_H
#define CAREER_PRIVATE_H

/* The path of file in the store, into buf. */
int store_path(char *buf, size_t size, const char *file);
/* Write one record as a CSV row (fields in table order) to fp. */
int csv_put_row(FILE *fp, const char *const *f, size_t nf);

#endif
