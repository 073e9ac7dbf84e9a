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
 * edit.c: edit one record in $VISUAL or $EDITOR as "field: value" lines.
 *
 * The store is not locked while the editor is open (that may take an
 * hour), so on save the file must be exactly as it was when the editor
 * started; if another command wrote it meanwhile, nothing is
 * overwritten and the edited text is kept in a file we name: the
 * lost-update problem users of other tools have reported.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "core.h"
#include "private.h"

/* Same file, same contents: inode, size and change time all agree. */
static int
same_file(const struct stat *a, const struct stat *b)
{
	return a->st_ino == b->st_ino && a->st_size == b->st_size &&
	    a->st_ctim.tv_sec == b->st_ctim.tv_sec &&
	    a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/* Values may span lines: the lines after the first start with a tab. */
static void
put_field(FILE *fp, const char *name, const char *v)
{
	fprintf(fp, "%s: ", name);
	for (; *v != '\0'; v++) {
		putc(*v, fp);
		if (*v == '\n')
			putc('\t', fp);
	}
	putc('\n', fp);
}

static int
run_editor(const char *path)
{
	const char *editor;
	char *cmd;
	pid_t pid;
	int status;

	if ((editor = getenv("VISUAL")) == NULL || *editor == '\0')
		if ((editor = getenv("EDITOR")) == NULL || *editor == '\0')
			editor = "vi";
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		/*
		 * As git runs it: the variable is shell text with the file as
		 * its argument, so EDITOR="emacs -nw" and EDITOR="sed -i
		 * 's/a/b/'" both work.
		 */
		if (asprintf(&cmd, "%s \"$@\"", editor) != -1)
			execl("/bin/sh", "sh", "-c", cmd, editor, path,
			    (char *)NULL);
		_exit(127);	/* what sh(1) says of a command it cannot run */
	}
	if (waitpid(pid, &status, 0) == -1)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/*
 * Read the edited text back into r: one value per "name: value" line,
 * continuation lines start with a tab, # starts a comment line.
 */
static int
parse(const char *path, struct table *t, struct record *r)
{
	char *line = NULL, *colon, *v;
	size_t cap = 0, len;
	int col = -1, lineno = 0;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		return career_fail(EX_NOINPUT, "%s: %s", path, strerror(errno));
	while (getline(&line, &cap, fp) != -1) {
		lineno++;
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;	/* blank lines inside values start with a tab */
		if (line[0] == '\t' && col != -1) {
			len = strlen(r->f[col]) + strlen(line) + 1;
			if ((v = malloc(len)) == NULL)
				goto nomem;
			snprintf(v, len, "%s\n%s", r->f[col], line + 1);
			r->f[col] = str_keep(v);
			continue;
		}
		if ((colon = strchr(line, ':')) == NULL) {
			fclose(fp);
			free(line);
			return career_fail(EX_DATAERR, "%s:%d: want field: value",
			    path, lineno);
		}
		*colon = '\0';
		if ((col = table_col(t, line)) == -1) {
			career_fail(EX_DATAERR, "%s:%d: %s: no such field", path,
			    lineno, line);
			fclose(fp);
			free(line);
			return -1;
		}
		v = colon + 1 + (colon[1] == ' ');
		if ((v = strdup(v)) == NULL)
			goto nomem;
		r->f[col] = str_keep(v);
	}
	/* Half the text read is not the text: apply none of it. */
	if (ferror(fp)) {
		career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
		fclose(fp);
		free(line);
		return -1;
	}
	fclose(fp);
	free(line);
	return 0;
nomem:
	fclose(fp);
	free(line);
	return career_fail(EX_OSERR, "%s: out of memory", path);
}

/* Where an edit of record id of s is written, and kept if it fails. */
static int
edit_path(char *buf, size_t size, const struct schema *s, long long id)
{
	char name[128];

	snprintf(name, sizeof(name), ".edit-%s-%lld.txt", s->file, id);
	return store_path(buf, size, name);
}

/* The record as "field: value" lines, in a new file at path. */
static int
write_text(const char *path, struct table *t, const struct schema *s,
    const struct record *r)
{
	FILE *fp;
	size_t i;
	int fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0600)) == -1 || (fp = fdopen(fd, "w")) == NULL) {
		if (errno == EEXIST)
			return career_fail(EX_TEMPFAIL, "%s %lld is being "
			    "edited, or an edit of it was not saved: %s",
			    s->noun, r->id, path);
		return career_fail(EX_CANTCREAT, "%s: %s", path,
		    strerror(errno));
	}
	fprintf(fp, "# %s, record %lld.  One field a line, \"name: value\";"
	    "\n# a value goes on over lines that start with a tab.\n"
	    "# Save and quit to apply; quit without saving to leave it.\n",
	    s->file, r->id);
	for (i = 0; i < r->nf; i++)
		put_field(fp, table_colname(t, i), r->f[i]);
	if (fclose(fp) == EOF) {
		unlink(path);
		return career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
	}
	return 0;
}

int
record_edit(const struct schema *s, long long id, int how)
{
	char path[PATH_MAX], keep[PATH_MAX], *name;
	const char **names = NULL, **values = NULL;
	struct stat before, after, tb, ta;
	struct record *orig, *r;
	struct table *t;
	size_t i, n = 0;
	int rv = -1, kept;

	if ((t = table_open(s)) == NULL)
		return -1;
	if (store_path(path, sizeof(path), s->file) == -1 ||
	    stat(path, &before) == -1 || (r = table_find(t, id)) == NULL) {
		if (!table_error(t) && career_errcode() != EX_DATAERR)
			career_fail(EX_DATAERR, "%s: no record with id %lld",
			    s->file, id);
		table_close(t);
		return -1;
	}
	if ((orig = rec_dup(r)) == NULL || (r = rec_dup(r)) == NULL ||
	    edit_path(path, sizeof(path), s, id) == -1)
		return -1;
	kept = access(path, F_OK) == 0;
	if (how == EDIT_RESUME && !kept) {
		rv = career_fail(EX_DATAERR, "%s %lld: no unsaved edit to "
		    "take up", s->noun, id);
		goto done;
	}
	if (how == EDIT_DISCARD && kept)
		unlink(path);
	if (how != EDIT_RESUME && kept && how != EDIT_DISCARD) {
		rv = career_fail(EX_TEMPFAIL, "an edit of %s %lld was not "
		    "saved; it is kept in %s: take it up with --resume, or "
		    "drop it with --discard", s->noun, id, path);
		goto done;
	}
	if (how != EDIT_RESUME && write_text(path, t, s, r) == -1)
		goto done;
	if (stat(path, &tb) == -1) {
		career_fail(EX_IOERR, "%s: %s", path, strerror(errno));
		goto done;
	}
	if (run_editor(path) != 0) {
		if (how != EDIT_RESUME)
			unlink(path);
		career_fail(EX_SOFTWARE, "the editor failed: nothing changed");
		goto done;
	}
	/* A resumed text holds changes even if saved as it was. */
	if (how != EDIT_RESUME && (stat(path, &ta) == -1 ||
	    (ta.st_mtim.tv_sec == tb.st_mtim.tv_sec &&
	    ta.st_mtim.tv_nsec == tb.st_mtim.tv_nsec &&
	    ta.st_size == tb.st_size))) {
		unlink(path);
		fprintf(stderr, "%s: no changes\n", getprogname());
		rv = 0;
		goto done;
	}
	if (parse(path, t, r) == -1)
		goto kept;
	if ((names = calloc(r->nf + 1, sizeof(char *))) == NULL ||
	    (values = calloc(r->nf + 1, sizeof(char *))) == NULL) {
		career_fail(EX_OSERR, "out of memory");
		goto kept;
	}
	for (i = 0; i < r->nf; i++) {
		if (strcmp(r->f[i], orig->f[i]) == 0)
			continue;
		/* Outlives t: the update opens the table afresh. */
		if ((name = strdup(table_colname(t, i))) == NULL) {
			career_fail(EX_OSERR, "out of memory");
			goto kept;
		}
		names[n] = str_keep(name);
		if ((values[n] = field_typed(t, names[n], r->f[i])) == NULL)
			goto kept;
		n++;
	}
	if (n > 0 && table_col(t, "updated") != -1) {
		names[n] = "updated";
		values[n++] = date_today_str();
	}
	table_close(t);
	t = NULL;
	if (store_lock() == -1)
		goto kept;
	if (store_path(keep, sizeof(keep), s->file) == -1 ||
	    stat(keep, &after) == -1 || !same_file(&before, &after)) {
		career_fail(EX_TEMPFAIL, "%s changed while you were editing; "
		    "nothing was overwritten", s->file);
		goto kept;
	}
	if (n > 0 && ((t = table_open(s)) == NULL ||
	    table_update(t, &id, 1, names, values, n) == -1))
		goto kept;
	unlink(path);
	rv = 0;
	goto done;
kept:
	/* Never lose what was typed: say where it is and how to go on. */
	snprintf(keep, sizeof(keep), "%s", career_errmsg());
	career_fail(career_errcode(), "%s; your text is kept in %s: take it "
	    "up again with --resume", keep, path);
done:
	table_close(t);
	rec_free(orig);
	rec_free(r);
	free(names);
	free(values);
	return rv;
}

void
edit_main(int argc, char *argv[], const struct schema *s,
    const char *synopsis)
{
	static const struct option longopts[] = {
		{ "resume", no_argument, NULL, 'r' },
		{ "discard", no_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	long long id;
	int ch, how = EDIT_NEW;

	while ((ch = getopt_long(argc, argv, "rdh", longopts, NULL)) != -1)
		switch (ch) {
		case 'r': how = EDIT_RESUME; break;
		case 'd': how = EDIT_DISCARD; break;
		/* --help lists the fields, with their kinds. */
		case 'h': career_help(synopsis, 1, s);
		default: career_option(ch, synopsis);
		}
	argc -= optind;
	argv += optind;
	if (argc != 1)
		career_usage(synopsis, 0);
	if ((id = id_parse(argv[0])) == -1 || record_edit(s, id, how) == -1)
		career_die();
	career_exit(0);
}
