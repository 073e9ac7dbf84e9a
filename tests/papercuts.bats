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

# Small things a person trips on, one test each: what a page shows works,
# $EDITOR as git runs it, input without a header, a spreadsheet's header,
# percentages, the words meeting-check ends with, career-ics's events.

load helper

@test "career-git passes git's own options through, as its page shows" {
	export HOME=$BATS_TEST_TMPDIR GIT_AUTHOR_NAME=Tester \
	    GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=Tester \
	    GIT_COMMITTER_EMAIL=t@example.org
	career-git init -q
	goal-add -q "Lead the Q3 release"
	run career-git --no-pager log --format='%h %ad %s' --date=short
	status_is 0
	output_has "goal-add: 1 \"Lead the Q3 release\""
	run career-git -c core.abbrev=12 --no-pager log -1 --format=%h
	status_is 0
	[ "${#output}" -eq 12 ]
	# Not out of the store, though.
	run career-git -C "$BATS_TEST_TMPDIR" status
	status_is 64
	output_has "git runs in the store"
	run career-git --git-dir=/tmp/x log
	status_is 64
	run career-git --no-such-option log
	status_is 64
	output_has "usage: career-git"
	run career-git --no-pager
	status_is 64
	output_has "usage: career-git"
	run career-git --help
	status_is 0
	output_has "usage: career-git [git-option ...] git-command"
}

@test "EDITOR is shell text with the file as its argument, as git runs it" {
	goal-add -q -m "releases shipped" -t 1 "Lead the Q3 release"
	EDITOR="sed -i 's/^target: 1\$/target: 2/'" run goal-edit 1
	status_is 0
	[ "$(goal-list --csv | tail -n 1 | cut -d, -f5)" = 2 ]
	# A path with a blank in it stays one argument; VISUAL comes first.
	mkdir "$BATS_TEST_TMPDIR/my tools"
	printf '#!/bin/sh\nsed -i "s/^target: .*/target: 3/" "$1"\n' \
	    >"$BATS_TEST_TMPDIR/my tools/ed"
	chmod +x "$BATS_TEST_TMPDIR/my tools/ed"
	VISUAL="'$BATS_TEST_TMPDIR/my tools/ed'" EDITOR=false run goal-edit 1
	status_is 0
	[ "$(goal-list --csv | tail -n 1 | cut -d, -f5)" = 3 ]
}

@test "smart-review - refuses input whose header names no title" {
	goal-add -q "Lead the Q3 release"
	goal-add -q "Chair the weekly review"
	run sh -c 'goal-list --ids | smart-review -'
	status_is 65
	output_has "smart-review: -:1: header has no title column"
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 1 ]
	run sh -c 'printf "id,due\n1,2027-01-01\n" | smart-review -'
	status_is 65
	output_has "-:1: header has no title column"
	# A header with the title, in any case, is judged.
	run sh -c 'printf "Title\nLead the Q3 release\n" | smart-review -q -'
	status_is 1
	output_has "-:2 Lead the Q3 release: measurable: no"
	# Nothing at all on stdin is nothing to judge.
	run smart-review - </dev/null
	status_is 0
	[ -z "$output" ]
}

@test "an import's header is matched without regard to case and blanks" {
	goal-add -q -k objective "Become delivery director"
	printf "Title, Due ,Parent\nLead the Q3 release,2027-06-30,1\n" \
	    >"$BATS_TEST_TMPDIR/in.csv"
	run goal-add - <"$BATS_TEST_TMPDIR/in.csv"
	status_is 0
	[ "$output" = 2 ]
	[ "$(goal-list --csv | tail -n 1 | cut -d, -f2,3,6,7)" = \
	    "goal,Lead the Q3 release,2027-06-30,1" ]
	# Two spellings of one column are one column named twice.
	printf 'title,TITLE\na,b\n' | { run goal-add -; status_is 65; \
	    output_has "duplicate column 'title'"; }
	# A column no file has is still refused, by its own name.
	printf 'Title,Colour\nA goal,red\n' | { run goal-add -; status_is 65; \
	    output_has "Colour: unknown field"; }
	# The store's own files stay exact: their header is the tools'.
	sed -i '1s/title/Title/' "$CAREER_DIR/goals.csv"
	run career-check
	[ "$status" -ne 0 ]
}

@test "journey-map --text rounds a question's yes as goals' percentages are" {
	goal-add -q -m "reviews chaired" -t 12 -d +6m "Chair the reviews"
	goal-progress -q 1 11
	gap-log -q -g 1 -c "Did I speak up?" "I stay quiet in reviews"
	for i in 1 2 3 4 5 6 7 8 9 10 11; do
		meeting-check -q -a y "Review $i"
	done
	meeting-check -q -a n "Review 12"
	run journey-map --text
	status_is 0
	output_has "[#########.]  92%  11 of 12"
	# The question's line, 11 yes of 12 meetings, as the goal's.
	printf '%s\n' "$output" | grep -q '^  \[#########\.\]  92% .*Did I speak up?$'
	[[ "$output" != *"91%"* ]]
	# A half goes up: 1 of 8 is 13%, as a goal's 1 of 8 is.
	goal-add -q -m talks -t 8 "Give talks"
	goal-progress -q 2 1
	run journey-map --text
	output_has "13%  1 of 8"
}

@test "meeting-check on a terminal ends with what was recorded, not row ids" {
	command -v script >/dev/null || skip "script(1) is not installed"
	gap-log -q -c "Did I speak up?" -c "Did I share notes?" \
	    -c "Was I on time?" "I stay quiet in meetings"
	run script -qec "meeting-check Weekly sync" /dev/null \
	    < <(printf 'y\nn\nyes\n')
	status_is 0
	output_has "3 answers recorded for Weekly sync on 2026-11-23: 2 yes, 1 no"
	! printf '%s\n' "$output" | tr -d '\r' | grep -qx '[0-9]*'
	run script -qec "meeting-check -q Retro" /dev/null \
	    < <(printf 'y\ny\ny\n')
	status_is 0
	[[ "$output" != *recorded* ]]
	! printf '%s\n' "$output" | tr -d '\r' | grep -qx '[0-9]*'
	# A script that answers with -a still gets the new rows' ids.
	run meeting-check -a nyn Planning
	[ "$output" = "$(printf '7\n8\n9')" ]
	[ "$(wc -l <"$CAREER_DIR/meetings.csv")" -eq 10 ]
}

@test "career-ics: a follow-up and the conversation with that person that day are one event" {
	goal-add -q -d 2027-03-31 "Lead the Q3 release"
	followup-add -q -g 1 -w Dana 2026-11-27 "Bring the numbers"
	followup-add -q -w Sam 2026-11-27
	batna-set -q -g 1 -w " dana" -d 2026-11-27 -m "SECRET-MINIMUM" \
	    -a "SECRET-ALTERNATIVE"
	batna-set -q -w Sam -d 2026-11-28 -m "SECRET-2" -a "SECRET-3"
	run career-ics
	status_is 0
	[[ "$output" != *SECRET* ]]
	# Dana: one event, the follow-up's, that names the conversation.
	[ "$(printf '%s\n' "$output" | grep -c '^DTSTART;VALUE=DATE:20261127')" -eq 2 ]
	output_has "SUMMARY:Follow up with Dana: conversation about Lead the Q3 r"
	id=$(cat "$CAREER_DIR/.uuid")
	output_has "UID:followup-1-$id@career"
	[[ "$output" != *"conversation-1-"* ]]
	# Sam: the conversation is another day, so two events.
	output_has "SUMMARY:Follow up with Sam"
	output_has "UID:conversation-2-$id@career"
	output_has "SUMMARY:Conversation with Sam"
}
