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

# win-log: accomplishments with their numbers, for the resume.

load helper

@test "win-log prints the new id and writes every field" {
	goal-add -q "Ship the release"
	run win-log Cut release time from 3 days to 4 hours
	status_is 0
	[ "$output" = 1 ]
	run win-log -q -g 1 -d yesterday -m "40%, then 50%" Fewer late releases
	status_is 0
	[ -z "$output" ]
	[ "$(cat "$CAREER_DIR/wins.csv")" = 'id,goal,date,what,metric,created
1,,2026-11-23,Cut release time from 3 days to 4 hours,,2026-11-23
2,1,2026-11-22,Fewer late releases,"40%, then 50%",2026-11-23' ]
	[ "$(stat -c %a "$CAREER_DIR/wins.csv")" = 600 ]
}

@test "a win without a number warns, and is written" {
	run win-log Ran the incident review
	status_is 0
	output_has "win-log: win 1 has no number; a resume bullet needs one"
	[ "$(win-log -l --ids)" = 1 ]
	# A digit in the metric is enough; -q does not hide the warning.
	run win-log -m "2 teams" Shared the checklist
	[ "$output" = 2 ]
	run win-log -q Another one
	output_has "win 3 has no number"
}

@test "win-log -l lists, filters by goal, and prints ids" {
	goal-add -q "Goal one"
	goal-add -q "Goal two"
	win-log -q -m 1 Alone
	win-log -q -g 1 -m 2 On one
	win-log -q -g 2 -m 3 On two
	run win-log -l --ids
	[ "$output" = "$(printf '1\n2\n3')" ]
	run win-log -l -g 2 --ids
	[ "$output" = 3 ]
	run win-log -l -g 1 --csv
	[ "${lines[0]}" = "id,goal,date,what,metric,created" ]
	[ "${lines[1]}" = "2,1,2026-11-23,On one,2,2026-11-23" ]
	[ "${#lines[@]}" -eq 2 ]
	run win-log -l --table
	[ "${lines[0]}" = "id  date        goal  what    metric" ]
	[ "${lines[1]}" = "1   2026-11-23        Alone   1" ]
	run win-log -l -g 7
	status_is 65
	output_has "goal 7: no such goal"
}

@test "a missing wins.csv is an empty list" {
	run win-log -l --ids
	status_is 0
	[ -z "$output" ]
	[ ! -e "$CAREER_DIR/wins.csv" ]
}

@test "win-log -l --safe neutralises formulas in CSV" {
	win-log -q -m "=1+2" "@SUM(A1) 3"
	[ "$(win-log -l --safe | tail -1)" = "1,,2026-11-23,'@SUM(A1) 3,'=1+2,2026-11-23" ]
	[ "$(win-log -l | tail -1)" = "1,,2026-11-23,@SUM(A1) 3,=1+2,2026-11-23" ]
}

@test "an unknown goal is refused and nothing is written" {
	goal-add -q "Goal one"
	win-log -q -m 1 ok
	before=$(store_sum)
	run win-log -g 7 -m 1 hmm
	status_is 65
	output_has "win-log: goal 7: no such goal"
	run win-log -g x -m 1 hmm
	status_is 64
	output_has "x: not an id"
	[ "$(store_sum)" = "$before" ]
}

@test "an impossible date is refused and nothing is written" {
	win-log -q -m 1 ok
	before=$(store_sum)
	run win-log -d 2026-02-30 -m 1 hmm
	status_is 65
	output_has "2026-02-30"
	run win-log -d soon -m 1 hmm
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "wrong invocations exit 64 with the usage" {
	for args in "" "-m 3" "-g 1" "-l what" "-l -q" "-l -d today" "-l -m 1" \
	    "--ids what" "--csv what" "--safe what" "-x"; do
		run win-log $args
		[ "$status" -eq 64 ] || { echo "$args: $status"; false; }
		case "$output" in *"usage: win-log"*) ;; *) echo "$args: $output"; false ;; esac
	done
	run win-log ""
	status_is 64
	output_has "cannot be empty"
	[ ! -e "$CAREER_DIR/wins.csv" ]
	run win-log -h
	status_is 0
	output_has "usage: win-log"
}

@test "a malformed wins.csv is named with its line and left alone" {
	win-log -q -m 1 ok
	printf '2,,2026-11-23,"broken,,2026-11-23\n' >>"$CAREER_DIR/wins.csv"
	before=$(store_sum)
	run win-log -m 2 more
	status_is 65
	output_has "wins.csv:3:"
	run win-log -l
	status_is 65
	run resume-bullets
	status_is 65
	output_has "wins.csv:3:"
	[ "$(store_sum)" = "$before" ]
}
