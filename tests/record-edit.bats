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

# gap-edit and followup-edit: the editing of goal-edit, for gaps and
# follow-ups, checked by the rules career-check applies.

load helper

editor() {
	printf '#!/bin/sh\n%s\n' "$1" >"$BATS_TEST_TMPDIR/editor"
	chmod +x "$BATS_TEST_TMPDIR/editor"
	export EDITOR="$BATS_TEST_TMPDIR/editor"
	unset VISUAL
}

fill() {
	goal-add -q -k objective -d +5y "Objective"
	gap-log -q -g 1 -w "You are quiet" -c "Did I speak up?" "Not heard in meetings"
	followup-add -q -g 1 -e 1m -w Dana 2026-12-01 "Monthly check-in"
}

@test "gap-edit changes a gap's plan and adds a why" {
	fill
	editor 'sed -i "s/^action: .*/action: Prepare an opinion for each review/; s/^why2: .*/why2: I do not prepare/" "$1"'
	run gap-edit 1
	status_is 0
	run gap-log -l --csv
	output_has "Prepare an opinion for each review"
	output_has ",I do not prepare,"
	run career-check
	status_is 0
}

@test "followup-edit moves a follow-up and changes its cadence" {
	fill
	editor 'sed -i "s/^due: .*/due: +2w/; s/^every: .*/every: 2w/" "$1"'
	run followup-edit 1
	status_is 0
	run followup-add -l --csv
	output_has "1,1,Dana,2026-12-07,2w,Monthly check-in,open"
}

@test "a value the rules refuse writes nothing and keeps the text" {
	fill
	before=$(store_sum)
	editor 'sed -i "s/^status: .*/status: finished/" "$1"'
	run gap-edit 1
	status_is 64
	output_has "status: 'finished' is not one of open|closed"
	output_has "your text is kept in"
	editor 'sed -i "s/^every: .*/every: 1x/" "$1"'
	run followup-edit 1
	status_is 64
	output_has "1x: not a cadence"
	# The text kept is taken up again, or dropped, never piled up.
	run followup-edit 1
	status_is 75
	output_has "--resume"
	editor 'sed -i "s/^goal: .*/goal: 9/" "$1"'
	run followup-edit --discard 1
	status_is 65
	output_has "goal 9: no such goal"
	editor 'sed -i "s/^due: .*/due: 2026-02-30/" "$1"'
	run followup-edit --discard 1
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "a change made while the editor was open is not overwritten" {
	fill
	editor 'sed -i "s/^note: .*/note: mine/" "$1"; followup-done 1 >/dev/null'
	run followup-edit 1
	status_is 75
	output_has "changed while you were editing"
	run followup-edit 99
	status_is 65
	run gap-edit x
	status_is 64
}
