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
