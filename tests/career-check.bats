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

# career-check: the whole store checked, every problem with file:line.

load helper

fill() {
	goal-add -q -k objective -d +5y "Objective"
	goal-add -q -p 1 -m talks -t 2 -d +6m "Give two talks at all-hands"
	feedback-log -q -g 2 -r mentor Ann "Go for it"
	gap-log -q -g 2 -w "I am quiet" -c "Did I speak up?" "Never heard your opinion"
	meeting-check -q -a y "Weekly sync"
	batna-set -q -g 2 -w Dana -d +5d -m "A plan" -a "Move teams"
	followup-add -q -g 2 -e 1m -w Dana +1w "Monthly check-in"
}

@test "a store the commands made is clean: silent, exit 0" {
	fill
	run career-check
	status_is 0
	[ -z "$output" ]
}

@test "every problem is reported with file and line, exit 1" {
	fill
	cat >>"$CAREER_DIR/goals.csv" <<-'CSV'
	2,goal,duplicate,,,2026-02-30,9,open,,2026-11-23,2026-11-23,
	4,sideways,x,,,,2,finished,,,,
	CSV
	printf '9,99,Orphan question,active,2026-11-23\n' >>"$CAREER_DIR/checks.csv"
	printf '9,2026-11-23,Sync,42,maybe\n' >>"$CAREER_DIR/meetings.csv"
	printf '9,77,Sam,2026-12-01,1x,note,open,,2026-11-23,,\n' >>"$CAREER_DIR/followups.csv"
	before=$(store_sum)
	run career-check
	status_is 1
	output_has "goals.csv:4: id 2 is also on line 3"
	output_has "goals.csv:4: due: '2026-02-30' is not a date"
	output_has "goals.csv:4: parent 9: no such record in goals.csv"
	output_has "goals.csv:5: kind: 'sideways' is not one of objective|goal|stretch"
	output_has "goals.csv:5: status: 'finished'"
	output_has "goals.csv:5: parent 2: not an objective"
	output_has "checks.csv:3: gap 99: no such record in gaps.csv"
	output_has "meetings.csv:3: check 42: no such record in checks.csv"
	output_has "meetings.csv:3: answer: 'maybe'"
	output_has "followups.csv:3: goal 77: no such record in goals.csv"
	output_has "followups.csv:3: every: '1x' is not a cadence"
	[ "$(store_sum)" = "$before" ]
	run career-check -q
	status_is 1
	[ -z "$output" ]
}

@test "the report comes in one order: each file's duplicate ids, then each file's fields, row by row" {
	fill
	cat >>"$CAREER_DIR/goals.csv" <<-'CSV'
	2,goal,again,,,2026-02-30,9,open,,2026-11-23,2026-11-23,
	5,goal,x,,,,abc,finished,,,,
	CSV
	printf '9,99,Orphan question,active,2026-11-23\n1,1,Again,active,x\n' \
	    >>"$CAREER_DIR/checks.csv"
	cat >"$BATS_TEST_TMPDIR/want" <<-'EOF'
	goals.csv:4: id 2 is also on line 3
	checks.csv:4: id 1 is also on line 2
	goals.csv:4: due: '2026-02-30' is not a date (YYYY-MM-DD)
	goals.csv:4: parent 9: no such record in goals.csv
	goals.csv:5: parent: 'abc' is not an id
	goals.csv:5: status: 'finished' is not one of open|done|dropped
	checks.csv:3: gap 99: no such record in gaps.csv
	checks.csv:4: created: 'x' is not a date (YYYY-MM-DD)
	EOF
	run career-check
	status_is 1
	diff -u "$BATS_TEST_TMPDIR/want" - <<<"$output"
}

@test "a file that does not parse is named with its line; the others are still checked" {
	fill
	printf '3,goal,"unterminated,,,,,open,,,,\n' >>"$CAREER_DIR/goals.csv"
	printf '9,99,Orphan,active,2026-11-23\n' >>"$CAREER_DIR/checks.csv"
	run career-check
	status_is 1
	output_has "goals.csv:4: unterminated quoted field"
	output_has "checks.csv:3: gap 99"
}

@test "permissions that let others in are reported with the fix" {
	goal-add -q "A goal"
	chmod 644 "$CAREER_DIR/goals.csv"
	chmod 755 "$CAREER_DIR"
	run career-check
	status_is 1
	output_has "goals.csv: mode 0644; want 0600: chmod 600"
	output_has "mode 0755; want 0700 and yours: chmod 700"
}

@test "no store is an error" {
	run career-check
	status_is 66
	output_has "no store"
}

@test "a name or an alias that names two people is reported" {
	person-add -q -r manager "Dana Smith"
	person-add -q -r peer -a Dan "Daniel Roe"
	run career-check
	status_is 0
	printf '%s\n' '3,dana smith ,,friend,,2026-11-23,2026-11-23' \
	    '4,Sam Lee,Danny | daniel roe,peer,,2026-11-23,2026-11-23' \
	    >>"$CAREER_DIR/people.csv"
	run career-check
	status_is 1
	output_has "people.csv:4: name 'dana smith' of person 3 also names person 1 'Dana Smith' (line 2)"
	output_has "people.csv:5: alias 'daniel roe' of person 4 also names person 2 'Daniel Roe' (line 3)"
	[ "${#lines[@]}" -eq 2 ]
}
