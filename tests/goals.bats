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

# The goal commands together: the store, the build, goal-add, goal-list, goal-set, goal-done.

load helper

# Parse CSV on stdin with Python's csv module (RFC 4180) and print the
# title column of each row, NUL-terminated.
titles() {
	python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin, strict=True))
sys.stdout.write("".join(r["title"] + "\0" for r in rows))'
}

@test "a title with a comma, a quote and a newline survives goal-add and goal-list --csv" {
	title=$'Lead, the "Q3"\nrelease'
	goal-add "$title"
	run bash -c 'goal-list --csv | python3 -c "
import csv, sys
rows = list(csv.DictReader(sys.stdin, strict=True))
sys.stdout.write(rows[0][\"title\"])"'
	status_is 0
	[ "$output" = "$title" ]
}

@test "leading and trailing blanks survive" {
	goal-add "  indented title  "
	run bash -c 'goal-list --csv | python3 -c "
import csv, sys
print(repr(next(csv.DictReader(sys.stdin))[\"title\"]))"'
	[ "$output" = "'  indented title  '" ]
}

@test "a column added by hand survives goal-set and goal-done" {
	goal-add -k objective "Objective one"
	goal-add "Goal two"
	sed -i '1s/$/,mentor/; 2s/$/,Ann/; 3s/$/,"Bob, Jr."/' "$CAREER_DIR/goals.csv"
	goal-set 2 target=3 mentor=Carol
	goal-done 1
	run goal-list --all --csv
	status_is 0
	[ "$(head -1 "$CAREER_DIR/goals.csv")" = "id,kind,title,measure,target,due,parent,status,agreed,created,updated,stretch,mentor" ]
	output_has ",done,,2026-11-23,2026-11-23,,Ann"
	output_has "3,,,open,,2026-11-23,2026-11-23,,Carol"
}

@test "goal-set refuses an unknown field unless the file has the column" {
	goal-add "Goal one"
	run goal-set 1 colour=blue
	status_is 64
	output_has "colour: unknown field"
}

@test "a malformed goals.csv makes every command exit 65 with file and line, and is not rewritten" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,kind,title,measure,target,due,parent,status,agreed,created,updated\n1,goal,ok,,,,,open,,,\n2,goal,"broken,,,,,open,,,\n' >"$CAREER_DIR/goals.csv"
	before=$(cksum <"$CAREER_DIR/goals.csv")
	for cmd in "goal-add x" "goal-list" "goal-list --ids" "goal-set 1 title=y" "goal-done 1" "goal-done -x 1"; do
		run $cmd
		[ "$status" -eq 65 ] || { echo "$cmd: status $status"; false; }
		case "$output" in
		*"goals.csv:3: unterminated quoted field"*) ;;
		*) echo "$cmd: $output"; false ;;
		esac
		[ "$(cksum <"$CAREER_DIR/goals.csv")" = "$before" ]
	done
}

@test "under umask 022 the store is 0700 and its files 0600" {
	umask 022
	goal-add -k objective "Objective"
	goal-set 1 due=+1y
	[ "$(stat -c %a "$CAREER_DIR")" = 700 ]
	for f in "$CAREER_DIR"/*.csv "$CAREER_DIR/.lock"; do
		[ "$(stat -c %a "$f")" = 600 ]
	done
}

@test "an impossible date is refused, a leap day is accepted" {
	run goal-add -d 2026-02-30 x
	status_is 65
	run goal-add -d 2028-02-29 x
	status_is 0
	run goal-set 1 due=2027-02-29
	status_is 65
	[ "$(goal-list --csv | cut -d, -f6 | tail -1)" = 2028-02-29 ]
}

@test "50 goal-add processes at once leave 50 goals with 50 distinct ids" {
	for i in $(seq 50); do
		goal-add -q "goal $i" &
	done
	wait
	run goal-list --ids
	[ "$(echo "$output" | wc -l)" -eq 50 ]
	[ "$(echo "$output" | sort -u | wc -l)" -eq 50 ]
	[ "$(goal-list --csv | titles | tr '\0' '\n' | sort -u | wc -l)" -eq 50 ]
}

@test "an unknown id is an error and writes nothing" {
	goal-add "one"
	before=$(store_sum)
	run goal-set 7 title=x
	status_is 65
	output_has "no record with id 7"
	run goal-done 1 7
	status_is 65
	run goal-set abc title=x
	status_is 64
	[ "$(store_sum)" = "$before" ]
}

@test "goal-add -p needs an existing objective" {
	goal-add -k objective "COO in five years"
	goal-add -p 1 "Lead the Q3 release"
	run goal-add -p 2 "child of a goal"
	status_is 65
	output_has "not an objective"
	run goal-add -p 9 "child of nothing"
	status_is 65
	run goal-list --ids -p 1
	[ "$output" = 2 ]
}

@test "goal-add - imports CSV from stdin, all or nothing" {
	printf 'id,title,kind,due,measure\n,Read two books,goal,+3m,books\n,"Ship, then rest",stretch,,\n' | goal-add -
	run goal-list --csv
	output_has "1,goal,Read two books,books,,2027-02-23,,open"
	output_has '2,stretch,"Ship, then rest"'
	before=$(store_sum)
	# Bad data on stdin is a data error, named by line and field.
	run bash -c "printf 'title,kind\nfine,goal\nbad,nonsense\n' | goal-add -"
	status_is 65
	output_has "goal-add: -:3: kind: 'nonsense' is not one of objective|goal|stretch"
	run bash -c "printf 'title,due\nGood one here,2027-01-01\nBad due,2026-02-30\n' | goal-add -"
	status_is 65
	output_has "goal-add: -:3: due: 2026-02-30: not a date"
	run bash -c "printf 'title,due\nfine,\n   ,+1w\n' | goal-add -"
	status_is 65
	output_has "goal-add: -:3: title: cannot be empty"
	run bash -c "printf 'title,colour\nx,red\n' | goal-add -"
	status_is 65
	output_has "goal-add: -:2: colour: unknown field"
	run bash -c "printf 'title\n\"unterminated\n' | goal-add -"
	status_is 65
	output_has "-:2: unterminated quoted field"
	[ "$(store_sum)" = "$before" ]
}

@test "goal-list filters by status, kind, parent and due date" {
	goal-add -q -k objective -d +5y "Objective"
	goal-add -q -p 1 -d 2026-11-01 "Overdue goal"
	goal-add -q -k stretch -d 2027-06-01 "Stretch goal"
	goal-add -q "Done goal"
	goal-done 4
	[ "$(goal-list --ids | tr '\n' ' ')" = "1 2 3 " ]
	[ "$(goal-list --done --ids)" = 4 ]
	[ "$(goal-list --all --ids | wc -l)" -eq 4 ]
	[ "$(goal-list -k stretch --ids)" = 3 ]
	[ "$(goal-list --overdue --ids)" = 2 ]
	[ "$(goal-list --due-before 2027-07-01 --ids | tr '\n' ' ')" = "2 3 " ]
	run goal-list --due-before 2026-13-01
	status_is 65
	run goal-list -k bogus
	status_is 64
}

@test "goal-list prints a table when asked and CSV in a pipe" {
	goal-add -q -k objective "Objective"
	run goal-list --table
	[ "${lines[0]}" = "id  kind       status  due  parent  title" ]
	[ "$(goal-list | head -1)" = "id,kind,title,measure,target,due,parent,status,agreed,created,updated,stretch" ]
	[ "$(goal-list --open | cut -d, -f1,3 | tail -1)" = "1,Objective" ]
}

@test "usage errors exit 64, --help exits 0, --version works" {
	for cmd in goal-add goal-list goal-set goal-done; do
		run "$cmd" --bogus
		status_is 64
		output_has "usage: $cmd"
		run "$cmd" --help
		status_is 0
		output_has "usage: $cmd"
		run "$cmd" --version
		status_is 0
	done
	run goal-add
	status_is 64
	run goal-set 1
	status_is 64
}

@test "a store writable by others is refused" {
	goal-add -q x
	chmod 777 "$CAREER_DIR"
	run goal-add y
	status_is 77
	output_has "chmod 700"
}

@test "ids are never reused, even after the last row is deleted by hand" {
	goal-add -q one
	goal-add -q two
	goal-add -q three
	sed -i '$d' "$CAREER_DIR/goals.csv"
	run goal-add four
	[ "$output" = 4 ]
	goal-done 4
	sed -i '$d' "$CAREER_DIR/goals.csv"
	run goal-add five
	[ "$output" = 5 ]
}

@test "a hand edit after the last write is read whole before the next append" {
	goal-add -q one
	printf '2,goal,"broken,,,,,open,,,\n' >>"$CAREER_DIR/goals.csv"
	before=$(store_sum)
	run goal-add two
	status_is 65
	output_has "goals.csv:3: unterminated quoted field"
	[ "$(store_sum)" = "$before" ]
}

@test "colour only on a terminal, never with NO_COLOR" {
	command -v script >/dev/null || skip "script(1) is needed for a terminal"
	goal-add -q -d 2020-01-01 "Overdue goal"
	goal-add -q "Open goal"
	TERM=xterm run script -qec goal-list /dev/null
	output_has $'\033[31m1   goal'
	NO_COLOR=1 run script -qec goal-list /dev/null
	[[ "$output" != *$'\033'* ]]
	output_has "Overdue goal"
	run goal-list --table
	[[ "$output" != *$'\033'* ]]
}

@test "--safe neutralises formula cells in CSV; the store keeps them as typed" {
	goal-add -q -- '=HYPERLINK("http://evil.example")'
	goal-add -q -m -5 '@SUM(A1)'
	goal-add -q "+1 plain"
	run goal-list --safe
	output_has "1,goal,\"'=HYPERLINK(\"\"http://evil.example\"\")\""
	output_has "2,goal,'@SUM(A1),'-5,"
	output_has "3,goal,'+1 plain,"
	run goal-list
	output_has "2,goal,@SUM(A1),-5,"
	grep -q '^2,goal,@SUM(A1),-5,' "$CAREER_DIR/goals.csv"
	for cmd in "feedback-log -l" "gap-log -l" "gap-log -L" "meeting-check -r" "batna-set -l" "followup-add -l" "followup-due --csv"; do
		run $cmd --safe
		[ "$status" -eq 0 ] || [ "$status" -eq 66 ] || { echo "$cmd --safe: $status $output"; false; }
	done
}

@test "goal-set sets every id asked, in any order, each once" {
	for i in $(seq 1 40); do goal-add -q "Goal number $i of forty"; done
	goal-set 40 3 17 1 29 8 target=9
	run career-list --ids goals target:9
	[ "$(echo "$output" | sort -n | tr '\n' ' ')" = "1 3 8 17 29 40 " ]
	# An id asked twice is set once; one that is not there changes nothing.
	goal-set 5 12 5 target=2
	run career-list --ids goals target:2
	[ "$(echo "$output" | sort -n | tr '\n' ' ')" = "5 12 " ]
	before=$(cksum <"$CAREER_DIR/goals.csv")
	run goal-set 6 41 target=2
	[ "$status" -eq 65 ]
	[ "$(cksum <"$CAREER_DIR/goals.csv")" = "$before" ]
}
