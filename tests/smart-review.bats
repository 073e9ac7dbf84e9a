#!/usr/bin/env bats
# Copyright (c) 2026 The career authors
#
# Permission to use, copy, modify, and distribute this software for any
# purpose with or without fee is hereby granted, provided that the above
# copyright notice and this permission notice appear in all copies.
#
# THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
# WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
# MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
# ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
# WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
# ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
# OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.

# smart-review: the SMART criteria, from the store or from stdin.

load helper

ROOT="$BATS_TEST_DIRNAME/.."

# An objective and a goal under it that meets every criterion.
smart() {
	goal-add -q -k objective -m "title" -t COO -d +5y "COO in five years"
	goal-add -q -p 1 -m "releases led" -t 1 -d +6m "Lead the Q3 release"
	goal-set 1 agreed=2026-11-01
	goal-set 2 agreed=2026-11-01
}

@test "a SMART goal: five yes lines, exit 0; -q prints nothing" {
	smart
	run smart-review 2
	status_is 0
	[ "$output" = "2 Lead the Q3 release: specific: yes
2 Lead the Q3 release: measurable: yes
2 Lead the Q3 release: achievable: yes
2 Lead the Q3 release: relevant: yes
2 Lead the Q3 release: time-bound: yes" ]
	run smart-review -q
	status_is 0
	[ -z "$output" ]
	run smart-review
	status_is 0
	[ "${#lines[@]}" -eq 10 ]
}

@test "an empty store: nothing to judge, exit 0" {
	mkdir -m 700 "$CAREER_DIR"
	run smart-review
	status_is 0
	[ -z "$output" ]
	[ -z "$(ls -A "$CAREER_DIR")" ]
}

@test "measurable needs a measure and a target" {
	smart
	goal-set 2 target=
	run smart-review -q 2
	status_is 1
	[ "$output" = "2 Lead the Q3 release: measurable: no: no target" ]
	goal-set 2 measure= target=1
	run smart-review -q 2
	[ "$output" = "2 Lead the Q3 release: measurable: no: no measure" ]
	goal-set 2 target=
	run smart-review -q 2
	[ "$output" = "2 Lead the Q3 release: measurable: no: no measure, no target" ]
}

@test "time-bound: no due date, and overdue only while open" {
	smart
	goal-set 2 due=
	run smart-review -q 2
	status_is 1
	[ "$output" = "2 Lead the Q3 release: time-bound: no: no due date" ]
	goal-set 2 due=2026-11-22
	run smart-review -q 2
	[ "$output" = "2 Lead the Q3 release: time-bound: no: overdue (due 2026-11-22)" ]
	goal-set 2 due=today
	run smart-review -q 2
	status_is 0
	goal-set 2 due=2026-01-01
	goal-done 2
	run smart-review -q 2
	status_is 0
	[ -z "$output" ]
}

@test "achievable: agreed, or a stretch, which is not a failure" {
	smart
	goal-set 2 agreed=
	run smart-review -q 2
	status_is 1
	[ "$output" = "2 Lead the Q3 release: achievable: no: not agreed with the manager (goal-set 2 agreed=DATE)" ]
	goal-set 2 kind=stretch
	run smart-review 2
	status_is 0
	output_has "2 Lead the Q3 release: achievable: stretch: a stretch goal, not agreed yet"
	run smart-review -q 2
	status_is 0
	[ -z "$output" ]
}

@test "relevant: a parent objective; an objective needs a due date and a goal" {
	smart
	goal-add -q -m m -t t -d +1m "Share notes after every meeting"
	goal-set 3 agreed=today
	run smart-review -q 3
	status_is 1
	[ "$output" = "3 Share notes after every meeting: relevant: no: no parent objective" ]
	goal-add -q -k objective -m m -t t -d +1y "Head of delivery in two years"
	goal-set 4 agreed=today
	run smart-review -q 4
	[ "$output" = "4 Head of delivery in two years: relevant: no: no goal under it" ]
	goal-set 3 parent=4
	run smart-review -q 3 4
	status_is 0
	goal-set 4 due=
	run smart-review -q 4
	output_has "4 Head of delivery in two years: relevant: no: an objective needs a due date"
	goal-set 3 parent=
	run smart-review -q 4
	output_has "relevant: no: an objective needs a due date and a goal under it"
	# A dropped goal does not count, and a dropped parent does not lead anywhere.
	goal-set 3 parent=1
	goal-done -x 2
	goal-done -x 3
	run smart-review -q 1
	[ "$output" = "1 COO in five years: relevant: no: no goal under it" ]
	goal-done -x 1
	run smart-review -q 2
	[ "$output" = "2 Lead the Q3 release: relevant: no: parent 1 is dropped" ]
}

@test "specific: three words, not only vague ones" {
	smart
	goal-set 2 "title=Improve my skills"
	run smart-review -q 2
	status_is 1
	[ "$output" = "2 Improve my skills: specific: no: title only has vague words" ]
	goal-set 2 "title=Get BETTER, at things!"
	run smart-review -q 2
	[ "$output" = "2 Get BETTER, at things!: specific: no: title only has vague words" ]
	goal-set 2 "title=Lead releases"
	run smart-review -q 2
	[ "$output" = "2 Lead releases: specific: no: title too short (2 words, want 3 or more)" ]
	goal-set 2 "title=Lead - releases"
	run smart-review -q 2
	output_has "title too short (2 words"
	goal-set 2 "title=Become a better leader"
	run smart-review -q 2
	status_is 0
}

@test "every vague word of the man page is vague, and the page lists them all" {
	page=$(sed -n '/^The vague words are:$/,/ work\.$/p' "$ROOT/man/smart-review.1" |
	    sed '1d' | tr -d ',.' | tr ' ' '\n' | sed '/^$/d' | sort)
	code=$(sed -n '/^const char \*const smart_vague/,/NULL };/p' "$ROOT/lib/method/smart.c" |
	    grep -oE '"[a-z]+"' | tr -d '"' | sort)
	[ -n "$page" ]
	[ "$page" = "$code" ]
	goal-add -q -k objective -d +1y "The objective here"
	for w in $page; do
		goal-add -q -p 1 "$w $w $w"
	done
	run smart-review
	status_is 1
	[ "$(printf '%s\n' "$output" | grep -c ': specific: no: title only has vague words')" -eq "$(printf '%s\n' "$page" | wc -l)" ]
}

@test "goal-list --open | smart-review - judges the input, parents in the store" {
	smart
	goal-add -q -p 1 -d +1m "Present the roadmap"
	run bash -c 'goal-list --open | smart-review -'
	status_is 1
	[ "${#lines[@]}" -eq 15 ]
	output_has "3 Present the roadmap: measurable: no: no measure, no target"
	run bash -c 'goal-list --open | smart-review -q -'
	[ "$output" = "3 Present the roadmap: measurable: no: no measure, no target
3 Present the roadmap: achievable: no: not agreed with the manager (goal-set 3 agreed=DATE)" ]
	# Only the stretch goals: none, nothing to say.
	run bash -c 'goal-list -k stretch | smart-review -'
	status_is 0
	[ -z "$output" ]
}

@test "stdin: children and parents found in the input too, input rows stand in for the store's" {
	goal-add -q -k objective -m m -t t -d +1y "COO in five years"
	goal-set 1 agreed=today
	run smart-review -q 1
	[ "$output" = "1 COO in five years: relevant: no: no goal under it" ]
	run smart-review -q - <<'EOF2'
id,kind,title,measure,target,due,parent,status,agreed
1,objective,COO in five years,m,t,2031-01-01,,open,2026-11-01
7,objective,Head of delivery soon,m,t,2027-01-01,,open,2026-11-01
8,goal,Run the delivery review,m,t,2027-01-01,7,open,2026-11-01
9,goal,Lead the Q3 release,m,t,2027-01-01,1,open,2026-11-01
EOF2
	status_is 0
	[ -z "$output" ]
	# Input that drops the store's only child leaves the objective alone.
	goal-add -q -p 1 -m m -t t -d +1m "Lead the Q3 release"
	run smart-review -q - <<'EOF2'
id,kind,title,measure,target,due,parent,status,agreed
2,goal,Lead the Q3 release,m,t,2027-01-01,1,dropped,2026-11-01
1,objective,COO in five years,m,t,2031-01-01,,open,2026-11-01
EOF2
	status_is 1
	output_has "1 COO in five years: relevant: no: no goal under it"
}

# The store is read beside stdin, and an input row stands in for the
# store's goal of its id whatever order the two are read in: what the
# store's version says of parents and children is taken back.
@test "stdin stands in for the store's goal: a new parent, a revived objective, a kind changed" {
	goal-add -q -k objective -m m -t t -d +5y "COO in five years"
	goal-add -q -p 1 -m m -t t -d +6m "Lead the Q3 release"
	goal-add -q -k objective -m m -t t -d +5y "Head of delivery soon"
	goal-add -q -k objective -m m -t t -d +5y "Principal engineer track"
	goal-done -x 3
	for i in 1 2 3 4; do goal-set "$i" agreed=2026-11-01; done
	run smart-review -q 1 2 4
	status_is 1
	[ "$output" = "4 Principal engineer track: relevant: no: no goal under it" ]
	# The store's only child of 1 moves to 4 on stdin: 1 has none left.
	run smart-review -q - <<'EOF2'
id,kind,title,measure,target,due,parent,status,agreed
1,objective,COO in five years,m,t,2031-01-01,,open,2026-11-01
2,goal,Lead the Q3 release,m,t,2027-01-01,4,open,2026-11-01
4,objective,Principal engineer track,m,t,2031-01-01,,open,2026-11-01
EOF2
	status_is 1
	[ "$output" = "1 COO in five years: relevant: no: no goal under it" ]
	# 3 is dropped in the store and open on stdin: a parent again.
	run smart-review -q - <<'EOF2'
id,kind,title,measure,target,due,parent,status,agreed
5,goal,Run the delivery review,m,t,2027-01-01,3,open,2026-11-01
3,objective,Head of delivery soon,m,t,2031-01-01,,open,2026-11-01
EOF2
	status_is 0
	[ -z "$output" ]
	# 4 is an objective in the store and a goal on stdin: no parent.
	run smart-review -q - <<'EOF2'
id,kind,title,measure,target,due,parent,status,agreed
6,goal,Run the delivery review,m,t,2027-01-01,4,open,2026-11-01
4,goal,Principal engineer track,m,t,2027-01-01,1,open,2026-11-01
EOF2
	status_is 1
	[ "$output" = "6 Run the delivery review: relevant: no: parent 4 is not an objective" ]
}

@test "stdin: a store that does not parse is exit 65 with its line, after stdin, nothing judged" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,kind,title\n1,goal,Lead the Q3 release\n2,goal,"broken\n' \
	    >"$CAREER_DIR/goals.csv"
	run smart-review - <<'EOF2'
id,title
7,Lead the Q4 release
EOF2
	status_is 65
	[ "$output" = "smart-review: goals.csv:3: unterminated quoted field" ]
	# Bad input is told first: the store is not needed then.
	run smart-review - <<'EOF2'
id,title
x,bad id
EOF2
	status_is 65
	[ "$output" = "smart-review: -:2: bad id 'x': invalid" ]
}

@test "stdin without an id column names rows by line; missing columns are empty" {
	run smart-review - <<'EOF2'
title,kind
Improve,
EOF2
	status_is 1
	[ "${lines[0]}" = "-:2 Improve: specific: no: title too short (1 word, want 3 or more)" ]
	output_has "-:2 Improve: time-bound: no: no due date"
}

@test "bad CSV on stdin: exit 65 with -:line, nothing judged" {
	run smart-review - <<'EOF2'
id,title
1,fine title here
2,"broken
EOF2
	status_is 65
	output_has "-:3:"
	[[ "$output" != *"fine title"* ]]
	run smart-review - <<'EOF2'
id,title
x,bad id
EOF2
	status_is 65
	output_has "-:2: bad id"
}

@test "an unknown id is exit 65 and nothing is judged; a bad id is 64" {
	smart
	before=$(store_sum)
	run smart-review 2 9
	status_is 65
	[ "$output" = "smart-review: goal 9: no such goal" ]
	run smart-review 2 x
	status_is 64
	output_has "x: not an id"
	run smart-review - 2
	status_is 64
	run smart-review --bogus
	status_is 64
	output_has "usage: smart-review"
	[ "$(store_sum)" = "$before" ]
}

@test "a malformed goals.csv: exit 65 with file and line" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,kind,title\n1,goal,"broken\n' >"$CAREER_DIR/goals.csv"
	run smart-review
	status_is 65
	output_has "goals.csv:2:"
	run smart-review - </dev/null
	status_is 65
}

@test "a title with a newline stays on one line" {
	smart
	goal-set 2 "title=Lead the
Q3 release"
	run smart-review 2
	status_is 0
	[ "${lines[0]}" = "2 Lead the Q3 release: specific: yes" ]
}

@test "the store's goals come out in its order, whichever goal their relevance waits for" {
	mkdir -p -m 700 "$CAREER_DIR"
	cat >"$CAREER_DIR/goals.csv" <<-'EOF2'
	id,kind,title,measure,target,due,parent,status,agreed,created,updated,stretch
	1,goal,Ship the payments API,releases,2,2027-06-01,3,open,2026-01-01,2026-01-01,2026-01-01,
	2,objective,Staff engineer in two years,,,2028-01-01,,open,,2026-01-01,2026-01-01,
	3,objective,Tech lead of the platform team,,,2028-01-01,,open,,2026-01-01,2026-01-01,
	4,goal,Write the design review guide,docs,1,2027-01-01,9,open,2026-01-01,2026-01-01,2026-01-01,
	5,goal,Mentor two new engineers,people,2,2027-01-01,2,dropped,2026-01-01,2026-01-01,2026-01-01,
	6,goal,Run the incident review,reviews,4,2027-01-01,3,open,2026-01-01,2026-01-01,2026-01-01,
	EOF2
	run smart-review
	status_is 1
	[ "$(echo "$output" | grep relevant)" = "1 Ship the payments API: relevant: yes
2 Staff engineer in two years: relevant: no: no goal under it
3 Tech lead of the platform team: relevant: yes
4 Write the design review guide: relevant: no: parent 9: no such goal
6 Run the incident review: relevant: yes" ]
	[ "$(echo "$output" | cut -d' ' -f1 | uniq | tr '\n' ' ')" = "1 2 3 4 6 " ]
	run smart-review -q
	[ "$(echo "$output" | cut -d' ' -f1 | uniq | tr '\n' ' ')" = "2 3 4 " ]
}
