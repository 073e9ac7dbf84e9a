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

# followup-add: scheduling follow-ups, and -l listing them.

load helper
bats_require_minimum_version 1.5.0

goals() {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release"
}

@test "followup-add prints the new id and stores every field" {
	goals
	run --separate-stderr followup-add -g 2 -e 1m -w Maria 2026-11-30 progress on the Q3 release
	status_is 0
	[ "$output" = 1 ]
	[ "$stderr" = "followup-add: Maria: added as person 1 (person-list)" ]
	[ "$(head -1 "$CAREER_DIR/followups.csv")" = "id,goal,with,due,every,note,status,done,created,negotiation,anchor" ]
	[ "$(sed -n 2p "$CAREER_DIR/followups.csv")" = "1,2,Maria,2026-11-30,1m,progress on the Q3 release,open,,2026-11-23,," ]
	run followup-add -q -w "Sam, mentor" +2w
	status_is 0
	[ -z "$output" ]
	[ "$(sed -n 3p "$CAREER_DIR/followups.csv")" = '2,,"Sam, mentor",2026-12-07,,,open,,2026-11-23,,' ]
	run followup-add -q -N -w Maria +3w the lead role
	[ -z "$output" ]
	[ "$(sed -n 4p "$CAREER_DIR/followups.csv")" = '3,,Maria,2026-12-14,,the lead role,open,,2026-11-23,yes,' ]
}

@test "every cadence form is accepted" {
	for e in 10d 1w 2w 1m 6m 1y 999d; do
		run followup-add -w x -e "$e" today
		status_is 0
	done
	[ "$(followup-add -l --ids | wc -l)" -eq 7 ]
}

@test "a bad cadence is a usage error and nothing is written" {
	goals
	before=$(store_sum)
	for e in 0d 1000d 1 m 1q -1w +1m 1.5m ' 1m' 1mm 2W; do
		run followup-add -w x -e "$e" today
		status_is 64
		output_has "not a cadence"
	done
	[ "$(store_sum)" = "$before" ]
	[ ! -e "$CAREER_DIR/followups.csv" ]
}

@test "an impossible date, an unknown goal, a missing with: refused, nothing written" {
	goals
	before=$(store_sum)
	run followup-add -w x 2026-02-30
	status_is 65
	output_has "2026-02-30: not a date"
	run followup-add -g 9 -w x today
	status_is 65
	output_has "goal 9: no such goal"
	run followup-add -g two -w x today
	status_is 64
	output_has "two: not an id"
	run followup-add today
	status_is 64
	output_has "needs -w with"
	run followup-add -w "" today
	status_is 64
	run followup-add -w x
	status_is 64
	output_has "usage: followup-add"
	run followup-add -w x --ids today
	status_is 64
	[ "$(store_sum)" = "$before" ]
	[ ! -e "$CAREER_DIR/followups.csv" ]
}

@test "followup-add -l lists open follow-ups; --all, -g, --ids, --table" {
	goals
	followup-add -q -g 2 -e 1m -w Maria 2026-11-20 monthly
	followup-add -q -w Sam today
	followup-add -q -w Bob +1w
	followup-done 2
	run followup-add -l
	status_is 0
	[ "${lines[0]}" = "id,goal,with,due,every,note,status,done,created,negotiation,anchor" ]
	[ "${lines[1]}" = "1,2,Maria,2026-11-20,1m,monthly,open,,2026-11-23,," ]
	[ "${lines[2]}" = "3,,Bob,2026-11-30,,,open,,2026-11-23,," ]
	[ "${#lines[@]}" -eq 3 ]
	run followup-add -l --ids
	[ "$output" = "$(printf '1\n3')" ]
	run followup-add -l --all --ids
	[ "$output" = "$(printf '1\n2\n3')" ]
	run followup-add -l -g 2 --ids
	[ "$output" = 1 ]
	run followup-add -l --table
	[ "${lines[0]}" = "id  goal  with   due         every  status  note" ]
	run followup-add -l -N
	status_is 64
	run followup-add -l -w ""
	status_is 64
}

@test "an empty store lists nothing" {
	run followup-add -l --ids
	status_is 0
	[ -z "$output" ]
	[ ! -e "$CAREER_DIR" ]
}

@test "a malformed followups.csv is reported with file and line and not rewritten" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,goal,with,due,every,note,status,done,created\n1,,Sam,2026-11-30,,"oops,open,,\n' >"$CAREER_DIR/followups.csv"
	before=$(store_sum)
	run followup-add -w Bob today
	status_is 65
	output_has "followups.csv:2:"
	run followup-add -l
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "a goal id is stored as a plain number" {
	goals
	followup-add -q -g 02 -w x today
	grep -q '^1,2,x,' "$CAREER_DIR/followups.csv"
}
