/* career-git: run git inside the store, under the writers' lock. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "career.h"

static const char synopsis[] = "career-git git-command [argument ...]";

/* After "init", commit what the store already holds, as pass(1) does. */
static int
first_commit(void)
{
	char *add[] = { "add", "--", ".gitignore", NULL };
	char *addcsv[] = { "add", "--ignore-errors", "--", "*.csv", NULL };
	char *commit[] = { "commit", "-q", "--allow-empty", "-m",
	    "career-git: the store as it was", NULL };
	FILE *fp;

	if ((fp = fopen(".gitignore", "a")) == NULL)
		return -1;
	fputs(".lock\n.*.stamp\n.*.csv.*\n", fp);
	if (fclose(fp) == EOF)
		return -1;
	if (history_git(add, 0) != 0)
		return -1;
	history_git(addcsv, 0);	/* an empty store has no *.csv yet */
	return history_git(commit, 0);
}

int
main(int argc, char *argv[])
{
	int rv;

	/* Everything after the command name belongs to git. */
	if (argc > 1 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0))
		career_usage(synopsis, 1);
	if (argc > 1 && strcmp(argv[1], "--version") == 0)
		career_version();
	if (argc < 2)
		career_usage(synopsis, 0);
	if (store_lock() == -1)
		career_die();
	if ((rv = history_git(argv + 1, 1)) == -1)
		errx(EX_UNAVAILABLE, "cannot run git");
	if (rv == 0 && strcmp(argv[1], "init") == 0) {
		if (chdir(store_dir()) == -1 || first_commit() != 0)
			errx(EX_SOFTWARE, "git init worked, but the first "
			    "commit did not");
	}
	career_exit(rv == 127 ? EX_UNAVAILABLE : rv);
}
