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

# meeting-check: step 4 of the method, the checklist answered after every
# meeting, and the report that says when a gap looks closed.

load helper

# Two gaps: gap 1 with questions 1 and 2, gap 2 with question 3.
questions() {
	gap-log -c "Did I speak up?" -c "Did I prepare?" Quiet in meetings >/dev/null
	gap-log -c "Was I on time?" Always late >/dev/null
}

@test "meeting-check -a writes one row per active question and prints the ids" {
	questions
	run meeting-check -a yNy Weekly sync
	status_is 0
	[ "$output" = "$(printf '1\n2\n3')" ]
	[ "$(cat "$CAREER_DIR/meetings.csv")" = 'id,date,meeting,check,answer
1,2026-11-23,Weekly sync,1,yes
2,2026-11-23,Weekly sync,2,no
3,2026-11-23,Weekly sync,3,yes' ]
}

@test "meeting-check -y and -n answer by id, -d dates the meeting, -q is quiet" {
	questions
	run meeting-check -q -d yesterday -n 3 -y 1 -y 2 Design review
	status_is 0
	[ -z "$output" ]
	[ "$(tail -n +2 "$CAREER_DIR/meetings.csv")" = '1,2026-11-22,Design review,1,yes
2,2026-11-22,Design review,2,yes
3,2026-11-22,Design review,3,no' ]
}

@test "retired questions are not asked" {
	questions
	gap-log -x 1
	run meeting-check -a n Standup
	status_is 0
	[ "$output" = 1 ]
	[ "$(tail -n 1 "$CAREER_DIR/meetings.csv")" = "1,2026-11-23,Standup,3,no" ]
}

@test "a missing answer is refused and nothing is written" {
	questions
	meeting-check -q -a yyy First
	before=$(store_sum)
	run meeting-check -y 1 -n 3 Second
	status_is 64
	output_has "question 2 (Did I prepare?): no answer"
	run meeting-check Second </dev/null
	status_is 64
	output_has "question 1 (Did I speak up?) and others: no answer"
	[ "$(store_sum)" = "$before" ]
}

@test "-a of the wrong length or with other letters is refused" {
	questions
	run meeting-check -a yy Sync
	status_is 64
	output_has "-a yy: 2 answers for 3 active questions"
	run meeting-check -a yyyy Sync
	status_is 64
	run meeting-check -a yxy Sync
	status_is 64
	output_has "'x' is not y or n"
	run meeting-check -a yyy -y 1 Sync
	status_is 64
	[ ! -e "$CAREER_DIR/meetings.csv" ]
}

@test "an unknown or retired question is refused and nothing is written" {
	questions
	gap-log -c "Extra?" Third >/dev/null
	gap-log -x 3
	meeting-check -q -a yyy First
	before=$(store_sum)
	run meeting-check -y 1 -y 2 -y 3 -y 9 Sync
	status_is 65
	output_has "question 9: no such question"
	run meeting-check -y 1 -y 2 -y 3 -n 4 Sync
	status_is 65
	output_has "question 4: retired"
	run meeting-check -y 1 -n 1 -y 2 -y 3 Sync
	status_is 64
	output_has "question 1: answered twice"
	run meeting-check -y one Sync
	status_is 64
	[ "$(store_sum)" = "$before" ]
}

@test "an impossible date is refused and nothing is written" {
	questions
	before=$(store_sum)
	run meeting-check -d 2026-02-30 -a yyy Sync
	status_is 65
	output_has "2026-02-30"
	run meeting-check -r --since 2026-13-01
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "no active question is an error that says how to add one" {
	run meeting-check -a y Sync
	status_is 66
	output_has "gap-log -c"
	gap-log -c "Q?" Gap >/dev/null
	gap-log -x 1
	run meeting-check -a y Sync
	status_is 66
	[ ! -e "$CAREER_DIR/meetings.csv" ]
}

@test "wrong invocations exit 64 with the usage" {
	for args in "" "-a yyy" "-r Sync" "-r -a y" "-r -q" "-r -y 1" "-r -d today" \
	    "--since today Sync" "--ids Sync" "--csv Sync"; do
		run meeting-check $args
		[ "$status" -eq 64 ] || { echo "$args: $status"; false; }
		case "$output" in *"usage: meeting-check"*) ;; *) echo "$args: $output"; false ;; esac
	done
	run meeting-check -a yyy ""
	status_is 64
}

@test "the report counts meetings, yes, the current run and the trend" {
	questions
	# Ten meetings, oldest first: question 1 five no then five yes,
	# question 2 nine yes then a no, question 3 five yes, four no, a yes.
	for i in 10 9 8 7 6; do meeting-check -q -d "-${i}d" -a nyy "M$i"; done
	for i in 5 4 3 2; do meeting-check -q -d "-${i}d" -a yyn "M$i"; done
	meeting-check -q -d -1d -a yny M1
	run meeting-check -r --csv
	status_is 0
	[ "${lines[0]}" = "id,gap,meetings,yes,run,trend,question" ]
	[ "${lines[1]}" = "1,1,10,5,5,up,Did I speak up?" ]
	[ "${lines[2]}" = "2,1,10,9,0,down,Did I prepare?" ]
	[ "${lines[3]}" = "3,2,10,6,1,down,Was I on time?" ]
	[ "${#lines[@]}" -eq 4 ]
	run meeting-check -r --ids
	[ "$output" = "$(printf '1\n2\n3')" ]
}

@test "--since counts only later meetings; five answers or fewer have no trend" {
	questions
	for i in 10 9 8 7 6 5 4 3 2 1; do meeting-check -q -d "-${i}d" -a yyy "M$i"; done
	run meeting-check -r --csv
	[ "${lines[1]}" = "1,1,10,10,10,flat,Did I speak up?" ]
	run meeting-check -r --since -3d --csv
	[ "${lines[1]}" = "1,1,3,3,3,,Did I speak up?" ]
}

@test "a meeting logged late takes its place by date" {
	questions
	meeting-check -q -d -1d -a yyy Recent
	meeting-check -q -d -9d -a nnn Old
	run meeting-check -r --csv
	[ "${lines[1]}" = "1,1,2,1,1,,Did I speak up?" ]
}

@test "the report says a gap looks closed after five yes meetings, and names gap-log -x" {
	questions
	for i in 6 5 4 3 2; do meeting-check -q -d "-${i}d" -a yyn "M$i"; done
	run meeting-check -r --table
	status_is 0
	[ "${lines[0]}" = "id  gap  meetings  yes  run  trend  question" ]
	[ "${lines[4]}" = "gap 1 looks closed: every question yes in each of the last five meetings; close it with gap-log -x 1" ]
	[ "${#lines[@]}" -eq 5 ]
	# With CSV the line goes to stderr, so stdout stays CSV.
	[ "$(meeting-check -r --csv 2>/dev/null | wc -l)" -eq 4 ]
	output=$(meeting-check -r --csv 2>&1 >/dev/null)
	output_has "close it with gap-log -x 1"
	# A no starts again: not yet after four more yes.
	run meeting-check -n 1 -y 2 -y 3 M1
	for i in 1 2 3 4; do meeting-check -q -a yyy "N$i"; done
	run meeting-check -r --table
	case "$output" in *"gap 1 looks"*) echo "$output"; false ;; esac
	meeting-check -q -a yyy N5
	run meeting-check -r --table
	output_has "gap 1 looks closed"
	output_has "gap 2 looks closed"
	gap-log -x 1
	run meeting-check -r --table
	[ "${lines[1]%% *}" = 3 ]
	case "$output" in *"gap 1 looks"*) echo "$output"; false ;; esac
}

@test "a question added later needs its own five meetings before its gap looks closed" {
	questions
	for i in 1 2 3 4 5; do meeting-check -q -a yyy "M$i"; done
	gap-log -C 1 "Did I share notes?" >/dev/null
	meeting-check -q -a yyyy M6
	run meeting-check -r --table
	case "$output" in *"gap 1 looks"*) echo "$output"; false ;; esac
	output_has "gap 2 looks closed"
}

@test "on a terminal each question is asked, and a bad reply asks again" {
	command -v script >/dev/null || skip "script(1) is not installed"
	questions
	run script -qec "meeting-check Weekly sync" /dev/null < <(printf 'y\nmaybe\nN\nyes\n')
	status_is 0
	output_has "1. Did I speak up? [y/n]"
	output_has "3. Was I on time? [y/n]"
	[ "$(cut -d, -f5 "$CAREER_DIR/meetings.csv" | tr '\n' ' ')" = "answer yes no yes " ]
}

@test "on a terminal, the end of input before every answer writes nothing" {
	command -v script >/dev/null || skip "script(1) is not installed"
	questions
	run script -qec "meeting-check Weekly sync" /dev/null < <(printf 'y\n')
	status_is 64
	output_has "no answer"
	[ ! -e "$CAREER_DIR/meetings.csv" ]
}

@test "a malformed meetings.csv is named with its line and left alone" {
	questions
	meeting-check -q -a yyy First
	printf '4,2026-11-23,Second,1,maybe\n' >>"$CAREER_DIR/meetings.csv"
	run meeting-check -r
	status_is 65
	output_has "meetings.csv:5:"
	printf '5,2026-11-23,"Third,1,yes\n' >>"$CAREER_DIR/meetings.csv"
	before=$(store_sum)
	run meeting-check -a yyy Fourth
	status_is 65
	output_has "meetings.csv:6:"
	[ "$(store_sum)" = "$before" ]
}

@test "-r --all keeps a closed gap's history, its questions marked retired" {
	questions
	for i in 3 2 1; do meeting-check -q -d "-${i}d" -a yny "M$i"; done
	gap-log -x 1
	meeting-check -q -a n After
	run meeting-check -r --csv
	status_is 0
	[ "$output" = "$(printf '%s\n' 'id,gap,meetings,yes,run,trend,question' \
	    '3,2,4,3,0,,Was I on time?')" ]
	run meeting-check -r --all --csv
	status_is 0
	[ "$output" = "$(printf '%s\n' 'id,gap,status,meetings,yes,run,trend,question' \
	    '1,1,retired,3,3,3,,Did I speak up?' \
	    '2,1,retired,3,0,0,,Did I prepare?' \
	    '3,2,active,4,3,0,,Was I on time?')" ]
	run meeting-check -r --all --ids
	[ "$output" = "$(printf '1\n2\n3')" ]
	run meeting-check -r --all --since -1d --csv
	[ "${lines[1]}" = "1,1,retired,1,1,1,,Did I speak up?" ]
	run meeting-check -r --all --jsonl
	[ "${lines[0]}" = '{"id":"1","gap":"1","status":"retired","meetings":"3","yes":"3","run":"3","trend":"","question":"Did I speak up?"}' ]
}

@test "-r --all never says a closed gap looks closed" {
	questions
	for i in 1 2 3 4 5; do meeting-check -q -a yyy "M$i"; done
	gap-log -x 1
	run meeting-check -r --all --table
	status_is 0
	[ "${lines[0]}" = "id  gap  status   meetings  yes  run  trend  question" ]
	[ "${lines[1]}" = "1   1    retired  5         5    5           Did I speak up?" ]
	case "$output" in *"gap 1 looks"*) echo "$output"; false ;; esac
	output_has "gap 2 looks closed"
}

@test "--all needs -r" {
	questions
	run meeting-check --all -a yyy Sync
	status_is 64
	output_has "usage: meeting-check"
	[ ! -e "$CAREER_DIR/meetings.csv" ]
}
