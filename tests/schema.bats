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

# The schema: one declaration of every column, and every rule derived
# from it, whichever command writes, imports, edits or checks.

load helper

@test "required text that is only blanks is refused by every writer, and nothing is written" {
	goal-add -q -k objective "Lead delivery"
	goal-add -q -p 1 "Ship the release"
	before=$(store_sum)
	run goal-add "   "
	status_is 64
	output_has "goal-add: title: cannot be empty"
	run gap-log -g 2 "   "
	status_is 64
	output_has "gap-log: statement: cannot be empty"
	run win-log " "
	status_is 64
	output_has "win-log: what: cannot be empty"
	run followup-add -w " " +1w "Check in"
	status_is 64
	output_has "followup-add: with: cannot be empty"
	run feedback-log -r mentor "	" "Go for it"
	status_is 64
	output_has "feedback-log: person: cannot be empty"
	run goal-set 2 title=" "
	status_is 64
	output_has "goal-set: title: cannot be empty"
	[ "$(store_sum)" = "$before" ]
	# Text with something in it is kept exactly as typed.
	run goal-add -q "  Lead the Q3 release  "
	status_is 0
	grep -q '^3,goal,  Lead the Q3 release  ,' "$CAREER_DIR/goals.csv"
	run goal-list --json
	output_has '"title":"  Lead the Q3 release  "'
}

@test "an import names the line and the field of a bad cell" {
	run bash -c "printf 'title,due\nGood one here,2027-01-01\nBad due,2026-02-30\n' | goal-add -"
	status_is 65
	output_has "goal-add: -:3: due: 2026-02-30: not a date"
	run bash -c "printf 'title,kind\nGood one,goal\n  ,goal\n' | goal-add -"
	status_is 65
	output_has "goal-add: -:3: title: cannot be empty"
	[ ! -e "$CAREER_DIR/goals.csv" ] || [ "$(wc -l < "$CAREER_DIR/goals.csv")" -le 1 ]
}

@test "smart-review reads a draft's dates as the writers do" {
	goal-add -q -k objective -d +5y "Become delivery director"
	run bash -c "printf 'title,kind,measure,target,due,parent\nGrow as a leader,goal,,,+6m,1\n' | smart-review -"
	status_is 1
	[[ "$output" != *"is not a date"* ]]
	output_has "-:2 Grow as a leader: time-bound: yes"
	run bash -c "printf 'title,kind,measure,target,due,parent\nGrow as a leader,goal,,,2026-02-30,1\n' | smart-review -"
	output_has "time-bound: no: due '2026-02-30' is not a date"
}

@test "career-check and the writers apply the same rules" {
	goal-add -q -k objective "Lead delivery"
	printf '2,goal,  ,,,,1,open,,2026-11-01,2026-11-01,\n' >> "$CAREER_DIR/goals.csv"
	printf 'id,goal,date,value,note,created\n1,1,2026-11-02,lots,,2026-11-02\n' > "$CAREER_DIR/progress.csv"
	chmod 600 "$CAREER_DIR/progress.csv"
	run career-check
	status_is 1
	output_has "goals.csv:3: title: empty; it needs a value"
	output_has "progress.csv:2: value: 'lots' is not a number"
	run goal-progress 1 lots
	status_is 65
	output_has "lots: not a number"
}

@test "a field set by the tools is not typed, in goal-set or in the editor" {
	goal-add -q "Ship the release"
	run goal-set 1 created=2020-01-01
	status_is 64
	output_has "created: set by the tools"
	run goal-set 1 id=7
	status_is 64
	output_has "id: ids cannot be changed"
	before=$(store_sum)
	printf '#!/bin/sh\nsed -i "s/^created: .*/created: 2020-01-01/" "$1"\n' >"$BATS_TEST_TMPDIR/ed"
	chmod +x "$BATS_TEST_TMPDIR/ed"
	EDITOR=$BATS_TEST_TMPDIR/ed run goal-edit 1
	status_is 64
	output_has "created: set by the tools"
	output_has "your text is kept in"
	[ "$(store_sum)" = "$before" ]
}
