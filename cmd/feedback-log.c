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

/* feedback-log: note who saw the career plan and what they said. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "core.h"
#include "list.h"
#include "method.h"

static const char synopsis[] =
    "feedback-log [-q] [-d date] [-g goal] [-r relation] person said ...\n"
    "feedback-log -l [-g goal] [--ids] [--safe] [--no-header]\n"
    "             [--csv | --tsv | --json | --jsonl | --table]";

static const char *const brief[] = { "id", "date", "goal", "person",
    "relation", "said", NULL };

/* Is r about goal (0: any)?  With plan, feedback on the whole plan is. */
static int
about(const struct table *t, const struct record *r, long long goal,
    int plan)
{
	const char *g = rec_field(t, r, FEEDBACK_GOAL);

	return goal == 0 || (plan && *g == '\0') ||
	    strtoll(g, NULL, 10) == goal;
}

/*
 * Has anyone trusted seen the plan by date?  Step 2 of the method:
 * validate it with people you trust before the manager hears it.  Who
 * someone is comes from people.csv, else from what the row says.
 */
static int
validated(long long goal, const char *date)
{
	struct record *r;
	struct table *t;
	const char *rel;
	int found = 0;

	if ((t = table_open(&schema_feedback)) == NULL)
		career_die();
	while (!found && (r = table_next(t)) != NULL) {
		rel = person_relation(rec_field(t, r, FEEDBACK_PERSON),
		    rec_field(t, r, FEEDBACK_RELATION));
		found = about(t, r, goal, 1) &&
		    strcmp(rec_field(t, r, FEEDBACK_DATE), date) <= 0 &&
		    relation_trusted(rel);
	}
	if (table_error(t))
		career_die();
	table_close(t);
	return found;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "date", required_argument, NULL, 'd' },
		{ "goal", required_argument, NULL, 'g' },
		{ "relation", required_argument, NULL, 'r' },
		{ "list", no_argument, NULL, 'l' },
		{ "ids", no_argument, NULL, OPT_IDS },
		OUT_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *date = NULL, *goalarg = NULL, *rel = NULL, *said, *person;
	const struct person *p;
	struct record *r;
	struct table *t;
	long long goal = 0;
	int ch, qflag = 0, lflag = 0, ids = 0, mode = OUT_AUTO, early;

	while ((ch = getopt_long(argc, argv, "qd:g:r:lh", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'q': qflag = 1; break;
		case 'd': date = optarg; break;
		case 'g': goalarg = optarg; break;
		case 'r': rel = optarg; break;
		case 'l': lflag = 1; break;
		default:
			if (out_option(ch, &mode, &ids) == -1)
				career_option(ch, synopsis);
		}
	}
	argc -= optind;
	argv += optind;
	if (lflag ? argc != 0 || qflag || date != NULL || rel != NULL :
	    argc < 2 || ids || mode != OUT_AUTO)
		career_usage(synopsis, 0);
	if (lflag) {
		if (goalarg != NULL &&
		    (goal = ref_check(&schema_goals, "goal", goalarg)) == -1)
			career_die();
		if (out_list(&schema_feedback, mode, ids, brief, goal, NULL) == -1)
			career_die();
		career_exit(0);
	}

	/* Check what was typed before taking the lock. */
	if ((rel != NULL && (rel = field_value(FEEDBACK_RELATION, rel)) ==
	    NULL) || (person = field_value(FEEDBACK_PERSON, argv[0])) == NULL ||
	    (said = field_value(FEEDBACK_SAID,
	    str_join(argc - 1, argv + 1))) == NULL ||
	    (date = field_value(FEEDBACK_DATE,
	    date != NULL ? date : "today")) == NULL ||
	    (goalarg != NULL && id_parse(goalarg) == -1) ||
	    store_lock() == -1 || (goalarg != NULL &&
	    (goalarg = field_value(FEEDBACK_GOAL, goalarg)) == NULL))
		career_die();
	goal = goalarg != NULL ? id_parse(goalarg) : 0;
	/* Without -r, who they are is what people.csv says. */
	if (rel == NULL) {
		if (person_find(person, &p) == -1)
			career_die();
		if (p == NULL || *p->relation == '\0')
			errx(EX_USAGE, "%s: relation not known: give -r %s",
			    p ? p->name : person, str_words(feedback_relations));
		rel = p->relation;
	}
	if ((person = person_name(person)) == NULL)
		career_die();
	early = strcmp(rel, "manager") == 0 && !validated(goal, date);

	if ((t = table_open(&schema_feedback)) == NULL ||
	    (r = rec_new(t)) == NULL)
		career_die();
	rec_set(t, r, FEEDBACK_DATE, date);
	rec_set(t, r, FEEDBACK_GOAL, goalarg != NULL ? goalarg : "");
	rec_set(t, r, FEEDBACK_PERSON, person);
	rec_set(t, r, FEEDBACK_RELATION, rel);
	rec_set(t, r, FEEDBACK_SAID, said);
	rec_set(t, r, FEEDBACK_CREATED, date_today_str());
	if (table_append(t, &r, 1) == -1 ||
	    person_write(person, rel, qflag) == -1)
		career_die();
	/* Advice, not refusal: the conversation has happened. */
	if (early)
		warnx("manager: share with people you trust before your "
		    "manager; no one you trust has given feedback%s%s yet",
		    goal ? " on goal " : "", goal ? goalarg : "");
	if (strcmp(rel, "peer") == 0)
		warnx("peer: peers may feel competitive; step 2 of the "
		    "method, validate the plan, advises against sharing it "
		    "with them (career(7))");
	if (!qflag)
		printf("%lld\n", r->id);
	career_exit(0);
}
