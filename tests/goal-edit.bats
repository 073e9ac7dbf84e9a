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

# goal-edit: a goal in $EDITOR, validated, never overwriting a newer file.

load helper

# An "editor" that runs a sed script on the file it is given.
editor() {
	printf '#!/bin/sh\n%s\n' "$1" >"$BATS_TEST_TMPDIR/editor"
	chmod +x "$BATS_TEST_TMPDIR/editor"
	export EDITOR="$BATS_TEST_TMPDIR/editor"
	unset VISUAL
}

@test "goal-edit applies the changed fields and updates 'updated'" {
	CAREER_TODAY=2026-11-01 goal-add -q -m "talks" "Original title"
	editor 'sed -i "s/^title: .*/title: Edited, \"quoted\"/; s/^target: .*/target: 7/" "$1"'
	run goal-edit 1
	status_is 0
	run goal-list --csv
	output_has '1,goal,"Edited, ""quoted""",talks,7,,,open,,2026-11-01,2026-11-23'
}

@test "a value over several lines survives the edit" {
	goal-add -q "$(printf 'line one\nline two')"
	editor 'sed -i "s/^measure: .*/measure: m/" "$1"'
	goal-edit 1
	[ "$(goal-list --csv | python3 -c 'import csv,sys; print(repr(next(csv.DictReader(sys.stdin))["title"]))')" = "'line one\\nline two'" ]
}

@test "blank lines in the edited text are ignored" {
	goal-add -q "Original"
	editor 'sed -i "s/^title: .*/\ntitle: Spaced out\n/" "$1"'
	run goal-edit 1
	status_is 0
	[ "$(goal-list --csv | cut -d, -f3 | tail -1)" = "Spaced out" ]
}

@test "an editor that fails or saves nothing changes nothing" {
	goal-add -q "Original"
	before=$(cksum <"$CAREER_DIR/goals.csv")
	EDITOR=false run goal-edit 1
	[ "$status" -ne 0 ]
	EDITOR=true run goal-edit 1
	status_is 0
	output_has "no changes"
	[ "$(cksum <"$CAREER_DIR/goals.csv")" = "$before" ]
}

@test "a bad value is refused and the text is kept in a named file" {
	goal-add -q "Original"
	before=$(cksum <"$CAREER_DIR/goals.csv")
	editor 'sed -i "s/^due: .*/due: 2026-02-30/" "$1"'
	run goal-edit 1
	status_is 65
	output_has "2026-02-30"
	kept=${output##*kept in }
	kept=${kept%%: *}
	grep -q "^due: 2026-02-30" "$kept"
	[ "$(cksum <"$CAREER_DIR/goals.csv")" = "$before" ]
	editor 'sed -i "s/^bogus: .*//; \$a bogus: 1" "$1"'
	run goal-edit --discard 1
	status_is 65
	output_has "bogus: no such field"
}

@test "a file changed while the editor was open is not overwritten" {
	goal-add -q "Original"
	editor 'sed -i "s/^title: .*/title: Mine/" "$1"; goal-set 1 target=9'
	run goal-edit 1
	status_is 75
	output_has "changed while you were editing"
	kept=${output##*kept in }
	kept=${kept%%: *}
	grep -q "^title: Mine" "$kept"
	[ "$(goal-list --csv | cut -d, -f3,5 | tail -1)" = "Original,9" ]
}

@test "goal-edit of an unknown id fails before any editor runs" {
	goal-add -q "Original"
	editor 'touch "$1.ran"'
	run goal-edit 5
	status_is 65
	output_has "no record with id 5"
	run goal-edit x
	status_is 64
}
