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

# Dates as people say them: weekdays, the ends of the week, month,
# quarter and year, and dates in the past typed without "--".

load helper

# The due date goal-add stores for the date typed.
due_of() {
	goal-add -q -d "$1" "Due $1"
	goal-list --csv | tail -n 1 | cut -d, -f6
}

@test "today is a Monday: weekdays are the next one, never today" {
	[ "$(due_of yesterday)" = 2026-11-22 ]
	[ "$(due_of monday)" = 2026-11-30 ]
	[ "$(due_of mon)" = 2026-11-30 ]
	[ "$(due_of tuesday)" = 2026-11-24 ]
	[ "$(due_of fri)" = 2026-11-27 ]
	[ "$(due_of Friday)" = 2026-11-27 ]
	[ "$(due_of sunday)" = 2026-11-29 ]
	[ "$(due_of sat)" = 2026-11-28 ]
}

@test "eow is this week's Sunday (today on a Sunday); eom, eoq, eoy" {
	[ "$(due_of eow)" = 2026-11-29 ]
	[ "$(due_of eom)" = 2026-11-30 ]
	[ "$(due_of eoq)" = 2026-12-31 ]
	[ "$(due_of eoy)" = 2026-12-31 ]
	CAREER_TODAY=2026-11-29
	[ "$(due_of eow)" = 2026-11-29 ]
	[ "$(due_of sunday)" = 2026-12-06 ]
	CAREER_TODAY=2028-02-03
	[ "$(due_of eom)" = 2028-02-29 ]
	[ "$(due_of eoq)" = 2028-03-31 ]
	CAREER_TODAY=2027-05-15
	[ "$(due_of eoq)" = 2027-06-30 ]
}

@test "a word that is not a date is still refused, and names the words" {
	run goal-add -d fridays "Too many"
	status_is 65
	output_has "eom"
	run goal-add -d fr "Too short"
	status_is 65
	[ ! -e "$CAREER_DIR/goals.csv" ]
}

@test "-2d and -1w as an option's value or an operand need no --" {
	goal-add -q "Speak up"
	person-add -q Ann
	person-add -q Bob
	run followup-add -w Ann -2d "what we said"
	status_is 0
	[ "$output" = 1 ]
	run followup-add -q -w Bob -1w
	status_is 0
	run followup-add -l --csv --all
	output_has "1,,Ann,2026-11-21"
	output_has "2,,Bob,2026-11-16"
	run goal-add -d -1w "In the past"
	status_is 0
	[ "$(goal-list --csv | tail -n 1 | cut -d, -f6)" = 2026-11-16 ]
}

@test "a negative number is an operand; options after it still count" {
	goal-add -q -m "bugs open" -t 0 "Fewer bugs"
	run goal-progress 1 -2
	status_is 0
	[ "$output" = 1 ]
	run goal-progress 1 -3.5 -q
	status_is 0
	[ -z "$output" ]
	run goal-progress 1 -d -1w -4 a note
	status_is 0
	run cat "$CAREER_DIR/progress.csv"
	output_has "1,1,2026-11-23,-2,"
	output_has "2,1,2026-11-23,-3.5,"
	output_has "3,1,2026-11-16,-4,a note"
	# Still an unknown option when it is one.
	run goal-progress 1 -z 4
	status_is 64
	# After --, every argument is an operand, as before.
	run goal-progress -q 1 -- -5 -q
	status_is 0
	[ -z "$output" ]
	tail -n 1 "$CAREER_DIR/progress.csv" | grep -q ',-5,-q,'
}
