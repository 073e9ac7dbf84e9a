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

# career, the front door: the steps, the commands, the state of the store.

load helper

@test "career alone shows the steps, every command, and says how to start" {
	run career
	status_is 0
	output_has "1. Define where to go"
	output_has "5. Share, agree, follow up"
	output_has "empty: start with goal-add"
	output_has "   Keep the store"
	# Every command of the toolkit is on the screen, under its step.
	screen=$output
	run career commands
	[ -n "$output" ]
	for name in $output; do
		[[ "$screen" == *" $name"* ]] || { echo "$name not shown"; false; }
	done
	[[ "$screen" == *"  1. Define where to go            goal-add goal-list"* ]]
	[[ "$screen" == *"  2. Validate the plan             feedback-log person-add person-list"$'\n'* ]]
}

@test "career shows the state of a real store, and never the BATNA" {
	cp -R "$BATS_TEST_DIRNAME/../examples/career" "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	chmod 600 "$CAREER_DIR"/*.csv
	run career
	status_is 0
	output_has "goals      5 open (0 overdue, 1 objective), 1 done"
	output_has "SMART      3 of 5 open goals miss a criterion (smart-review -q)"
	output_has "gaps       2 open"
	output_has "meetings   last checked 2026-11-09 (Weekly architecture review)"
	output_has "follow-up  next 2026-11-20 with Dana (overdue: followup-due)"
	[[ "$output" != *"platform team"* ]]
	[[ "$output" != *"written plan"* ]]
}

@test "career CMD runs the command; anything else is refused" {
	run career goal-add -q "Through the front door"
	status_is 0
	run career goal-list --ids
	[ "$output" = 1 ]
	run career rm -rf /
	status_is 64
	output_has "rm: not a career command (career commands lists them)"
	run career --bogus
	status_is 64
	run career --help
	status_is 0
	output_has "usage: career"
}

@test "a broken store is reported with file and line" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,title\n1,"open\n' >"$CAREER_DIR/goals.csv"
	run career
	status_is 65
	output_has "goals.csv:2: unterminated quoted field"
}

@test "bash completes the command names, then as the command would" {
	run bash -c 'source "$1"; COMP_WORDS=(career goal-l); COMP_CWORD=1
	    COMP_LINE="career goal-l"; COMP_POINT=${#COMP_LINE}
	    _career_front career; echo "${COMPREPLY[*]}"
	    COMP_WORDS=(career goal-add -k ""); COMP_CWORD=3
	    COMP_LINE="career goal-add -k "; COMP_POINT=${#COMP_LINE}
	    _career_front career; echo "${COMPREPLY[*]}"' _ "$BATS_TEST_DIRNAME/../completions/career.bash"
	[ "${lines[0]}" = goal-list ]
	[ "${lines[1]}" = "objective goal stretch" ]
}

@test "bash completes career commands and its option" {
	run bash -c 'source "$1"; COMP_WORDS=(career comm); COMP_CWORD=1
	    COMP_LINE="career comm"; COMP_POINT=${#COMP_LINE}
	    _career_front career; echo "${COMPREPLY[*]}"
	    COMP_WORDS=(career commands -); COMP_CWORD=2
	    COMP_LINE="career commands -"; COMP_POINT=${#COMP_LINE}
	    _career_front career; echo "${COMPREPLY[*]}"' _ "$BATS_TEST_DIRNAME/../completions/career.bash"
	[ "${lines[0]}" = commands ]
	[ "${lines[1]}" = "-l --long" ]
}

@test "career fields: every column of the store, by the one schema" {
	run career fields goals
	status_is 0
	[ "$(printf '%s\n' "$output" | head -1)" = "$(printf 'goals.csv\tid\tid\trequired\t')" ]
	output_has "$(printf 'goals.csv\tkind\tword\trequired\tobjective goal stretch')"
	output_has "$(printf 'goals.csv\tparent\tref\t-\tgoals.csv:kind=objective')"
	output_has "$(printf 'goals.csv\tupdated\tdate\tauto\t')"
	run career fields batna.csv followups
	output_has "$(printf 'batna.csv\tminimum\ttext\trequired,private\t')"
	output_has "$(printf 'followups.csv\tevery\tcadence\t-\t')"
	# Every file, five fields on every line, the header columns in order.
	run career fields
	[ "$(printf '%s\n' "$output" | cut -f1 | sort -u | wc -l)" -eq 10 ]
	[ "$(printf '%s\n' "$output" | awk -F '\t' 'NF != 5' | wc -l)" -eq 0 ]
	goal-add -q "One"
	[ "$(head -1 "$CAREER_DIR/goals.csv")" = "$(career fields goals | cut -f2 | paste -sd,)" ]
	run career fields nothing
	status_is 64
	output_has "nothing: not a file of the store"
}
