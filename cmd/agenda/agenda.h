/*
 * agenda.h: agenda's own code.  The store is read once into a struct
 * agenda, the sections are printed from it, and only main() exits.
 */

#define DUE_DAYS	7	/* follow-ups due this soon are on the agenda */
#define SINCE_DAYS	30	/* the window when no meeting is known */

struct agenda {
	struct journey j;
	struct table *fb, *wins;	/* feedback.csv, wins.csv */
	struct record **fbrows, **winrows;	/* NULL-terminated */
	const char *who;		/* whom it is with; NULL: no manager known */
	int named;			/* who came from -w */
	int given;			/* since came from --since */
	long today, since;
	long last;			/* the last follow-up done with who, or -1 */
	char sincestr[11];		/* since as YYYY-MM-DD */
};

/*
 * Read the store for the next meeting with with (NULL: the manager, as
 * the store tells) about what happened since from (NULL: since the last
 * follow-up done with them).  0, or -1 with an error; agenda_close()
 * either way.  Never batna.csv.
 */
int agenda_open(struct agenda *, const char *with, const char *from);
void agenda_close(struct agenda *);
/* Are a and b the same person, case aside?  Never when either is NULL. */
int agenda_same(const char *a, const char *b);
/* The agenda, in Markdown, on stdout: 0, or -1 with an error. */
int agenda_write(const struct agenda *);
