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

/* sync.h: career-git's own: sync through a remote, and the conflicts. */
#ifndef SYNC_H
#define SYNC_H

/*
 * git args... (NULL-terminated) in the store: its standard output into
 * *out (to free) when out is not NULL, else to our standard error; with
 * index, on that index file.  Git's exit status, or -1.
 */
int git(char **out, const char *index, ...) __attribute__((sentinel));
int gitv(char **out, const char *index, char *const args[]);
/* The length of what the last git() kept in *out. */
extern size_t git_outlen;
/* Register the merge driver in this clone (config, info/attributes). */
int sync_setup(void);
/* career-git sync [remote]: exits. */
void sync_main(int argc, char *argv[]) __attribute__((noreturn));
/* career-git conflicts [-r id ...]: exits. */
void conflicts_main(int argc, char *argv[]) __attribute__((noreturn));

#endif
