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

# batna-set: the BATNA before a conversation, superseded when set again.

load helper
bats_require_minimum_version 1.5.0

goals() {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release"
}

@test "batna-set prints the new id and stores every field" {
	goals
	run --separate-stderr batna-set -g 2 -w Maria -d 2026-11-26 \
	    -m "a plan with dates" -a "the platform team" -b "talk to Sam" \
	    -b "look outside"
	status_is 0
	[ "$output" = 1 ]
	[ "$stderr" = "batna-set: Maria: added as person 1 (person-list)" ]
	[ "$(head -1 "$CAREER_DIR/batna.csv")" = "id,goal,with,date,minimum,alternative,backups,status,created" ]
	[ "$(sed -n 2p "$CAREER_DIR/batna.csv")" = "1,2,Maria,2026-11-26,a plan with dates,the platform team,talk to Sam | look outside,current,2026-11-23" ]
	run batna-set -q -w Bob -d +3d -m a -a b
	status_is 0
	[ -z "$output" ]
	grep -q '^2,,Bob,2026-11-26,a,b,,current,' "$CAREER_DIR/batna.csv"
}

@test "setting it again for the same goal supersedes the old one and keeps it" {
	goals
	batna-set -g 2 -m old -a first
	batna-set -w Bob -m other -a goal-less
	run batna-set -g 2 -m new -a second
	[ "$output" = 3 ]
	grep -q '^1,2,,,old,first,,superseded,' "$CAREER_DIR/batna.csv"
	grep -q '^2,,Bob,,other,goal-less,,current,' "$CAREER_DIR/batna.csv"
	grep -q '^3,2,,,new,second,,current,' "$CAREER_DIR/batna.csv"
	run batna-set -l --ids
	[ "$output" = "$(printf '2\n3')" ]
}

@test "without a goal, the same with (any case) is what is replaced" {
	goals
	batna-set -w Bob -m a -a b
	batna-set -g 2 -w Bob -m c -a d
	batna-set -w bob -m e -a f
	run batna-set -l --ids
	[ "$output" = "$(printf '2\n3')" ]
	grep -q '^1,,Bob,,a,b,,superseded,' "$CAREER_DIR/batna.csv"
}

@test "batna-set -l lists current ones as CSV, a table, or for one goal" {
	goals
	batna-set -g 2 -w Maria -m "keep, the plan" -a alt -b x -b y
	batna-set -w Bob -m m2 -a a2
	run batna-set -l
	status_is 0
	[ "${lines[0]}" = "id,goal,with,date,minimum,alternative,backups,status,created" ]
	[ "${lines[1]}" = '1,2,Maria,,"keep, the plan",alt,x | y,current,2026-11-23' ]
	[ "${#lines[@]}" -eq 3 ]
	run batna-set -l --table
	[ "${lines[0]}" = "id  goal  with   date  minimum         alternative  backups" ]
	output_has "keep, the plan"
	run batna-set -l -g 2 --csv
	[ "${#lines[@]}" -eq 2 ]
	output_has "Maria"
	run batna-set -l --ids -g 1
	status_is 0
	[ -z "$output" ]
}

@test "an empty store lists nothing and creates nothing" {
	run batna-set -l --ids
	status_is 0
	[ -z "$output" ]
	[ ! -e "$CAREER_DIR" ]
}

@test "an unknown goal is refused and nothing is written" {
	goals
	batna-set -g 2 -m a -a b
	before=$(store_sum)
	run batna-set -g 9 -m a -a b
	status_is 65
	output_has "goal 9: no such goal"
	[ "$(store_sum)" = "$before" ]
	run batna-set -g x -m a -a b
	status_is 64
	output_has "x: not an id"
	[ "$(store_sum)" = "$before" ]
}

@test "an impossible date is refused and nothing is written" {
	goals
	before=$(store_sum)
	run batna-set -d 2026-02-30 -m a -a b
	status_is 65
	output_has "2026-02-30: not a date"
	[ "$(store_sum)" = "$before" ]
	[ ! -e "$CAREER_DIR/batna.csv" ]
}

@test "a missing minimum or alternative, a '|' in a backup, stray words: usage errors" {
	goals
	before=$(store_sum)
	run batna-set -a b
	status_is 64
	output_has "needs both -m minimum and -a alternative"
	run batna-set -m a -a ""
	status_is 64
	run batna-set -m a -a b -b "x | y"
	status_is 64
	output_has "cannot hold '|'"
	run batna-set -m a -a b extra
	status_is 64
	output_has "usage: batna-set"
	run batna-set -l -m a
	status_is 64
	run batna-set --ids -m a -a b
	status_is 64
	run batna-set --bogus
	status_is 64
	[ "$(store_sum)" = "$before" ]
	[ ! -e "$CAREER_DIR/batna.csv" ]
}

@test "a malformed batna.csv is reported with file and line and not rewritten" {
	goals
	printf 'id,goal,with,date,minimum,alternative,backups,status,created\n1,,"Bob,,a,b,,current,\n' >"$CAREER_DIR/batna.csv"
	before=$(store_sum)
	run batna-set -w Bob -m a -a b
	status_is 65
	output_has "batna.csv:2:"
	run batna-set -l
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "goal-list does not print the BATNA (followup-due.bats checks followup-due)" {
	goals
	batna-set -g 2 -w Maria -m SECRETMIN -a SECRETALT -b SECRETBACKUP
	run goal-list --all
	status_is 0
	[[ "$output" != *SECRET* ]]
}

@test "-h prints the usage to stdout, --version the version" {
	run batna-set -h
	status_is 0
	output_has "usage: batna-set [-q]"
	run batna-set --version
	status_is 0
	output_has "batna-set (career)"
}

@test "a goal id is stored as a plain number and still supersedes" {
	goals
	batna-set -q -g 02 -m a -a b
	batna-set -q -g 2 -m c -a d
	grep -q '^1,2,,,a,b,,superseded,' "$CAREER_DIR/batna.csv"
	grep -q '^2,2,,,c,d,,current,' "$CAREER_DIR/batna.csv"
}
