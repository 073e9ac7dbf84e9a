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

# feedback-log: step 2 of the method, validating the plan with people.

load helper
bats_require_minimum_version 1.5.0

@test "feedback-log prints the new id and writes every field" {
	goal-add -k objective -d +5y "COO in 5 years"
	run --separate-stderr feedback-log -r mentor Ann "Go for it," but speak up
	status_is 0
	[ "$output" = 1 ]
	[ "$stderr" = "feedback-log: Ann: added as person 1, mentor (person-list)" ]
	run feedback-log -q -d yesterday -g 1 -r friend Sam Never thought so
	status_is 0
	[ -z "$output" ]
	[ "$(cat "$CAREER_DIR/feedback.csv")" = 'id,date,goal,person,relation,said,created
1,2026-11-23,,Ann,mentor,"Go for it, but speak up",2026-11-23
2,2026-11-22,1,Sam,friend,Never thought so,2026-11-23' ]
}

@test "feedback-log -l lists, filters by goal, and prints ids" {
	goal-add "Goal one"
	goal-add "Goal two"
	feedback-log -r mentor Ann whole plan
	feedback-log -g 1 -r friend Sam on one
	feedback-log -g 2 -r family Mum on two
	run feedback-log -l --ids
	[ "$output" = "$(printf '1\n2\n3')" ]
	run feedback-log -l -g 2 --ids
	[ "$output" = 3 ]
	run feedback-log -l -g 1 --csv
	[ "${lines[0]}" = "id,date,goal,person,relation,said,created" ]
	[ "${lines[1]}" = "2,2026-11-23,1,Sam,friend,on one,2026-11-23" ]
	[ "${#lines[@]}" -eq 2 ]
	run feedback-log -l --table
	[ "${lines[0]}" = "id  date        goal  person  relation  said" ]
}

@test "a missing feedback.csv is an empty list" {
	run feedback-log -l --ids
	status_is 0
	[ -z "$output" ]
}

@test "sharing with a peer warns but writes" {
	run feedback-log -r peer Bob Why would you
	status_is 0
	output_has "peers may feel competitive"
	[ "$(feedback-log -l --ids)" = 1 ]
}

@test "the manager first warns; after a trusted person it does not" {
	goal-add "Goal one"
	goal-add "Goal two"
	run feedback-log -r manager Boss Not yet
	status_is 0
	output_has "share with people you trust before your manager"
	[ "$(feedback-log -l --ids | tail -1)" = 1 ]
	# A peer does not count as validation.
	feedback-log -r peer Bob meh 2>/dev/null
	run feedback-log -r manager Boss Still not
	output_has "before your manager"
	# Feedback on goal 1 validates goal 1, not goal 2.
	feedback-log -g 1 -r mentor Ann Good
	run feedback-log -g 1 -r manager Boss OK
	status_is 0
	[ "$output" = 5 ]
	run feedback-log -g 2 -r manager Boss Hmm
	output_has "no one you trust has given feedback on goal 2 yet"
	# Feedback on the whole plan validates every goal.
	feedback-log -r family Mum Proud of you
	run feedback-log -g 2 -r manager Boss Fine
	[ "$output" = 8 ]
}

@test "feedback dated after the manager's does not count as before it" {
	feedback-log -d +1d -r mentor Ann Later
	run feedback-log -d today -r manager Boss Now
	output_has "before your manager"
	run feedback-log -d +2d -r manager Boss After
	[ "$output" = 3 ]
}

@test "an unknown relation is refused and nothing is written" {
	feedback-log -r mentor Ann ok
	before=$(store_sum)
	run feedback-log -r boss Ann hmm
	status_is 64
	output_has "relation: 'boss' is not one of mentor|friend|family|sponsor|manager|peer|colleague|other"
	[ "$(store_sum)" = "$before" ]
}

@test "an unknown goal is refused and nothing is written" {
	goal-add "Goal one"
	feedback-log -r mentor Ann ok
	before=$(store_sum)
	run feedback-log -g 7 -r mentor Ann hmm
	status_is 65
	output_has "goal 7: no such goal"
	run feedback-log -g x -r mentor Ann hmm
	status_is 64
	run feedback-log -l -g 7
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "an impossible date is refused and nothing is written" {
	feedback-log -r mentor Ann ok
	before=$(store_sum)
	run feedback-log -d 2026-02-30 -r mentor Ann hmm
	status_is 65
	output_has "2026-02-30"
	run feedback-log -d soon -r mentor Ann hmm
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "wrong invocations exit 64 with the usage" {
	for args in "Ann" "-r mentor Ann" "-r mentor" "-l Ann" "-l -r mentor" \
	    "--ids -r mentor Ann ok" "-x"; do
		run feedback-log $args
		[ "$status" -eq 64 ] || { echo "$args: $status"; false; }
		case "$output" in *"usage: feedback-log"*) ;; *) echo "$args: $output"; false ;; esac
	done
	run feedback-log -r mentor "" said
	status_is 64
	run feedback-log -r mentor Ann ""
	status_is 64
	[ ! -e "$CAREER_DIR/feedback.csv" ]
	run feedback-log -h
	status_is 0
	output_has "usage: feedback-log"
}

@test "a malformed feedback.csv is named with its line and left alone" {
	feedback-log -r mentor Ann ok
	printf '2,2026-11-23,,"Bob,peer,x,2026-11-23\n' >>"$CAREER_DIR/feedback.csv"
	before=$(store_sum)
	run feedback-log -r friend Sam hi
	status_is 65
	output_has "feedback.csv:3:"
	run feedback-log -r manager Boss hi
	status_is 65
	run feedback-log -l
	status_is 65
	[ "$(store_sum)" = "$before" ]
}
