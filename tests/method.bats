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

# The whole method, end to end, in a fresh store and through pipes, as
# career(7) walks it.

load helper

@test "objective to follow-up: the five steps, a SMART review that fails then passes" {
	# 1. Define where to go.
	obj=$(goal-add -k objective -m "role held" -t 1 -d +5y "Become delivery director at a product company")
	g=$(goal-add -p "$obj" -d +9m "Lead the Q3 release end to end")
	s=$(goal-add -k stretch -p "$obj" -m "developers shipping alone" -t 2 -d +1y "Mentor two junior developers to ship alone")
	[ "$obj" = 1 ] && [ "$g" = 2 ] && [ "$s" = 3 ]

	# 2. Validate with people you trust; the manager first is warned about.
	run feedback-log -g "$g" -r manager Dana "Let us talk about it"
	status_is 0
	output_has "before your manager"
	fb=$(feedback-log -q -g "$g" -r mentor Maria "I want to support it" 2>/dev/null; feedback-log -l --ids | tail -1)

	# 3. The gap, with five whys and its questions.
	gap=$(gap-log -g "$g" -s "$fb" -w "You are quiet" -w "No opinion heard" \
	    -w "You do not prepare" -w "No time blocked" -w "Calendar is full" \
	    -a "Block an hour before each review" \
	    -c "Did I speak up?" -c "Was I on time?" "You do not come across as a manager")
	run gap-log -l --csv
	output_has "Calendar is full"

	# 4. Close the gap: meetings against the checklist, five yes in a row.
	for d in 2026-10-19 2026-10-26 2026-11-02 2026-11-09 2026-11-16; do
		meeting-check -q -d "$d" -a yy "Weekly review"
	done
	run meeting-check -r
	output_has "gap $gap looks closed"
	output_has "gap-log -x $gap"
	gap-log -x "$gap"
	run gap-log -l --ids
	[ -z "$output" ]

	# The BATNA, before the conversation; private everywhere else.
	batna-set -q -g "$g" -w Dana -d +5d -m "A plan with dates" -a "Move to the platform team"
	for cmd in "goal-list --all" "feedback-log -l" "gap-log -l --all" "followup-due" "career-ics"; do
		run $cmd
		[[ "$output" != *"platform team"* ]] || { echo "$cmd shows the BATNA"; false; }
	done

	# 5. SMART, through a pipe: fails, then passes after the fixes.
	run bash -c 'goal-list --open | smart-review -'
	status_is 1
	output_has "$g Lead the Q3 release end to end: measurable: no"
	goal-set "$g" measure="releases shipped on date" target=1 agreed=today
	goal-set "$obj" agreed=today
	run bash -c 'goal-list --open | smart-review -q -'
	status_is 0
	[ -z "$output" ]

	# Follow up on a cadence: due, done, and the next one scheduled.
	f=$(followup-add -g "$g" -e 1m -w Dana 2026-11-20 "Monthly check-in")
	run followup-due
	status_is 0
	output_has "Dana: Monthly check-in"
	next=$(followup-done "$f" "Agreed the plan")
	run followup-due
	[ -z "$output" ]
	run followup-add -l --csv
	output_has "$next,$g,Dana,2026-12-20,1m"

	# And the store the method made is consistent.
	run career-check
	status_is 0
	[ -z "$output" ]
}

@test "bad input is refused with a clear message and nothing written" {
	goal-add -q -k objective -d +5y "Objective with a due date"
	gap-log -q -c "Did I speak up?" "A gap to check"
	before=$(store_sum)
	run feedback-log -g 9 -r mentor Ann "x"
	status_is 65
	output_has "goal 9"
	run gap-log -w 1 -w 2 -w 3 -w 4 -w 5 -w 6 "six whys"
	status_is 64
	run meeting-check -q "A meeting with no answers"
	status_is 64
	run followup-add -w Dana 2026-02-30
	status_is 65
	run feedback-log -r rival Ann "x"
	status_is 64
	output_has "rival"
	run batna-set -g 1 -d 2026-13-01 -m x -a y
	status_is 65
	run followup-done 42
	status_is 65
	[ "$(store_sum)" = "$before" ]
}
