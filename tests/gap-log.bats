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

# gap-log: step 3 of the method, a gap and its whys, and the checklist of
# step 4 that closes it.

load helper

@test "gap-log writes the gap with its whys and its questions" {
	goal-add -k objective -d +5y "COO in 5 years"
	feedback-log -r friend Sam "never thought so"
	run gap-log -g 1 -s 1 -w "Not a manager" -w "Quiet in meetings" \
	    -a "Speak up" -c "Did I speak up?" -c "Did I prepare?" \
	    Never thought you would manage
	status_is 0
	[ "$output" = 1 ]
	[ "$(cat "$CAREER_DIR/gaps.csv")" = 'id,goal,statement,source,why1,why2,why3,why4,why5,action,status,created,closed
1,1,Never thought you would manage,1,Not a manager,Quiet in meetings,,,,Speak up,open,2026-11-23,' ]
	[ "$(cat "$CAREER_DIR/checks.csv")" = 'id,gap,question,status,created
1,1,Did I speak up?,active,2026-11-23
2,1,Did I prepare?,active,2026-11-23' ]
	run gap-log -q -s "Pat, a peer" Always late
	status_is 0
	[ -z "$output" ]
	run gap-log -l --ids
	[ "$output" = "$(printf '1\n2')" ]
}

@test "five whys are taken, the fifth is the root cause" {
	run gap-log -w 1 -w 2 -w 3 -w 4 -w "the root" -c "Q?" Statement
	status_is 0
	run gap-log -l --csv
	[ "${lines[0]}" = "id,goal,statement,source,why1,why2,why3,why4,why5,action,status,created,closed,root,questions,flag" ]
	[ "${lines[1]}" = "1,,Statement,,1,2,3,4,the root,,open,2026-11-23,,the root,1," ]
}

@test "a sixth why is refused and nothing is written" {
	gap-log -w one First gap >/dev/null
	before=$(store_sum)
	run gap-log -w 1 -w 2 -w 3 -w 4 -w 5 -w 6 -c "Q?" Too deep
	status_is 64
	output_has "a sixth why"
	[ "$(store_sum)" = "$before" ]
	[ ! -e "$CAREER_DIR/checks.csv" ]
}

@test "gap-log -l flags an open gap with no action and no question" {
	gap-log -a "Take notes" With action
	gap-log -c "On time?" With question
	gap-log Nothing planned
	run gap-log -l --table
	status_is 0
	[ "${lines[0]}" = "id  goal  questions  flag     statement        root  action" ]
	row=$(printf '%-2s  %-4s  %-9s  %-7s  %s' 1 "" 0 "" "With action")
	case "${lines[1]}" in "$row"*) ;; *) echo "${lines[1]}"; false ;; esac
	row=$(printf '%-2s  %-4s  %-9s  %-7s  %s' 3 "" 0 "no plan" "Nothing planned")
	case "${lines[3]}" in "$row"*) ;; *) echo "${lines[3]}"; false ;; esac
	run gap-log -l --csv
	[ "${lines[1]##*,}" = "" ]
	[ "${lines[2]%,*}" = "2,,With question,,,,,,,,open,2026-11-23,,,1" ]
	[ "${lines[3]##*,}" = "no plan" ]
}

@test "gap-log -C adds a question to an open gap and prints its id" {
	gap-log -c "Q1?" Gap one
	run gap-log -C 1 Did I share the notes?
	status_is 0
	[ "$output" = 2 ]
	run gap-log -L --csv
	[ "$output" = "$(printf 'id,gap,question\n1,1,Q1?\n2,1,Did I share the notes?')" ]
	run gap-log -q -C 1 "Q3?"
	[ -z "$output" ]
	run gap-log -L --ids
	[ "$output" = "$(printf '1\n2\n3')" ]
}

@test "gap-log -x closes a gap and retires its questions, and only its" {
	gap-log -c "A?" -c "B?" Gap one
	gap-log -c "C?" Gap two
	run gap-log -x 1
	status_is 0
	[ -z "$output" ]
	[ "$(sed -n 2p "$CAREER_DIR/gaps.csv")" = "1,,Gap one,,,,,,,,closed,2026-11-23,2026-11-23" ]
	[ "$(cut -d, -f4 "$CAREER_DIR/checks.csv" | tr '\n' ' ')" = "status retired retired active " ]
	run gap-log -l --ids
	[ "$output" = 2 ]
	run gap-log -l --all --ids
	[ "$output" = "$(printf '1\n2')" ]
	run gap-log -L --ids
	[ "$output" = 3 ]
	# A closed gap is not flagged, though it has no active question.
	run gap-log -l --all --csv
	[ "${lines[1]##*,}" = "" ]
}

@test "an unknown or closed gap is refused and nothing is written" {
	gap-log -c "A?" Gap one
	gap-log Gap two
	gap-log -x 2
	before=$(store_sum)
	run gap-log -C 9 "Q?"
	status_is 65
	output_has "gap 9: no such gap"
	run gap-log -x 9
	status_is 65
	output_has "gap 9: no such gap"
	run gap-log -C 2 "Q?"
	status_is 65
	output_has "gap 2: already closed (2026-11-23)"
	run gap-log -x 2
	status_is 65
	run gap-log -x zero
	status_is 64
	[ "$(store_sum)" = "$before" ]
}

@test "an unknown goal or feedback id is refused and nothing is written" {
	goal-add "Goal one"
	gap-log Gap one
	before=$(store_sum)
	run gap-log -g 5 -c "Q?" Gap two
	status_is 65
	output_has "goal 5: no such goal"
	run gap-log -s 3 -c "Q?" Gap two
	status_is 65
	output_has "feedback 3: no such feedback"
	[ "$(store_sum)" = "$before" ]
}

@test "empty text and wrong invocations are refused" {
	for args in "" "-w" "-l x" "-L x" "-x 1 y" "-C 1" "-l -x 1" \
	    "-l -w why" "--ids Gap" "--all -L" "-q -l" "-C 1 -c Q Gap" "--csv Gap"; do
		run gap-log $args
		[ "$status" -eq 64 ] || { echo "$args: $status"; false; }
		case "$output" in *"usage: gap-log"*) ;; *) echo "$args: $output"; false ;; esac
	done
	run gap-log ""
	status_is 64
	run gap-log -w "" Gap
	status_is 64
	run gap-log -c "" Gap
	status_is 64
	[ ! -e "$CAREER_DIR/gaps.csv" ]
}

@test "a malformed checks.csv stops a gap with questions before it is written" {
	gap-log -c "A?" Gap one
	printf '2,1,"broken,active,2026-11-23\n' >>"$CAREER_DIR/checks.csv"
	before=$(store_sum)
	run gap-log -c "B?" Gap two
	status_is 65
	output_has "checks.csv:3:"
	run gap-log -x 1
	status_is 65
	run gap-log -l
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "listings of an empty store are empty" {
	run gap-log -l --ids
	status_is 0
	[ -z "$output" ]
	run gap-log -L --csv
	[ "$output" = "id,gap,question" ]
}
