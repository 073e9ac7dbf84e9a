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
 * smart: the SMART review of any goals.  The input is the rows of a
 * goals.csv after its header (a stream, as smart-review - reads one);
 * every goal goes into the index, then each is judged, in one step
 * (smart_judge) and in two (smart_judge_self, then smart_relevant).
 *
 * Properties: each verdict is met, not met or stretch; a verdict met
 * gives no reason and another gives one, of visible text on one line;
 * the count returned is the verdicts not met; both ways agree.
 */
#include "fuzz.h"

static const char header[] = "id,kind,title,measure,target,due,parent,"
    "status,agreed,created,updated,stretch\n";

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setenv("CAREER_TODAY", "2026-11-23", 1);
	return 0;
}

static int
judged(const struct smart_verdict *v)
{
	int i, notmet = 0;

	for (i = 0; i < SMART_N; i++) {
		FUZZ_ASSERT(v[i].result == SMART_MET ||
		    v[i].result == SMART_NOT_MET ||
		    v[i].result == SMART_STRETCH);
		FUZZ_ASSERT(memchr(v[i].why, '\0', sizeof(v[i].why)) != NULL);
		FUZZ_ASSERT((v[i].result == SMART_MET) == (v[i].why[0] == '\0'));
		FUZZ_ASSERT(fuzz_visible(v[i].why));
		notmet += v[i].result == SMART_NOT_MET;
	}
	return notmet;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct smart_verdict v[SMART_N], w[SMART_N];
	struct smart_rel rel;
	struct record **rows;
	struct smart *sm;
	struct table *t;
	char *buf;
	FILE *fp;
	long n, i;
	int a, b, k;

	if ((buf = malloc(sizeof(header) + size)) == NULL)
		abort();
	memcpy(buf, header, sizeof(header) - 1);
	memcpy(buf + sizeof(header) - 1, data, size);
	if ((fp = fmemopen(buf, sizeof(header) - 1 + size, "r")) == NULL)
		abort();
	FUZZ_ASSERT((sm = smart_new()) != NULL);
	if ((t = table_fopen(fp, "-", &schema_goals)) != NULL &&
	    (n = table_load(t, &rows)) != -1) {
		for (i = 0; i < n; i++)
			FUZZ_ASSERT(smart_add(sm, t, rows[i]) == 0);
		for (i = 0; i < n; i++) {
			a = smart_judge(sm, t, rows[i], v);
			FUZZ_ASSERT(a == judged(v));
			b = smart_judge_self(t, rows[i], w, &rel);
			if (rel.pending)
				b += smart_relevant(sm, &rel, w);
			FUZZ_ASSERT(b == judged(w));
			FUZZ_ASSERT(a == b);
			for (k = 0; k < SMART_N; k++)
				FUZZ_ASSERT(v[k].result == w[k].result &&
				    strcmp(v[k].why, w[k].why) == 0);
		}
		table_free_rows(rows);
	}
	table_close(t);
	smart_close(sm);
	fclose(fp);
	free(buf);
	return 0;
}
