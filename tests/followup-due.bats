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

# followup-due: what is due, for a person or for cron, and missing BATNAs.

load helper

goals() {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release"
}

@test "nothing due: no output, exit 0, even with an empty store" {
	mkdir -m 700 "$CAREER_DIR"
	run followup-due
	status_is 0
	[ -z "$output" ]
	followup-add -q -w Sam +1d
	followup-add -q -w Bob +10d
	run followup-due
	status_is 0
	[ -z "$output" ]
}

@test "overdue and today's follow-ups, one line each, by due date" {
	followup-add -q -w Sam today
	followup-add -q -w Maria 2026-11-20 monthly check-in
	followup-add -q -w Bob +1d
	followup-add -q -w Ann -- -1d
	run followup-due
	status_is 0
	[ "${lines[0]}" = "2 2026-11-20 (3 days overdue) Maria: monthly check-in" ]
	[ "${lines[1]}" = "4 2026-11-22 (1 day overdue) Ann" ]
	[ "${lines[2]}" = "1 2026-11-23 (today) Sam" ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "--ahead N adds what falls due in the next N days" {
	followup-add -q -w Sam today
	followup-add -q -w Bob +1d
	followup-add -q -w Ann +5d
	followup-add -q -w Zed +6d
	run followup-due --ahead 5
	status_is 0
	[ "${lines[1]}" = "2 2026-11-24 (in 1 day) Bob" ]
	[ "${lines[2]}" = "3 2026-11-28 (in 5 days) Ann" ]
	[ "${#lines[@]}" -eq 3 ]
	run followup-due -a 5 --ids
	[ "$output" = "$(printf '1\n2\n3')" ]
}

@test "done follow-ups are not due" {
	followup-add -q -w Sam today
	followup-done 1
	run followup-due
	status_is 0
	[ -z "$output" ]
}

@test "--csv and --table print the due ones only, with a header" {
	goals
	followup-add -q -g 2 -w Sam today
	followup-add -q -w Bob +3d
	run followup-due --csv
	status_is 0
	[ "${lines[0]}" = "id,goal,with,due,every,note,status,done,created,negotiation,anchor" ]
	[ "${lines[1]}" = "1,2,Sam,2026-11-23,,,open,,2026-11-23,," ]
	[ "${#lines[@]}" -eq 2 ]
	run followup-due --table
	[ "${lines[0]}" = "id  goal  with  due         every  note" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "a negotiation within 7 days without a BATNA is named" {
	goals
	followup-add -q -N -g 2 -w Maria +3d tell Maria about the lead role
	run followup-due
	status_is 0
	[ "$output" = "no BATNA prepared for the negotiation with Maria on 2026-11-26 (batna-set -g 2 -w Maria -d 2026-11-26 -m MINIMUM -a ALTERNATIVE)" ]
	batna-set -q -g 2 -w Maria -m SECRETMIN -a SECRETALT -b SECRETBACKUP
	run followup-due --ahead 7
	status_is 0
	output_has "2026-11-26 (in 3 days) Maria: tell Maria"
	[[ "$output" != *"no BATNA"* ]]
	[[ "$output" != *SECRET* ]]
}

@test "the BATNA note: only a negotiation, only ahead within 7 days, a superseded one does not count" {
	goals
	# A follow-up about a goal that is no negotiation needs no BATNA.
	followup-add -q -g 2 -w Maria +3d a chat
	followup-add -q -w Bob +2d
	# Nor does a negotiation already past, or more than a week ahead.
	followup-add -q -N -g 2 -w Maria -- -2d the talk we had
	followup-add -q -N -g 2 -w "Maria O'Neil" +8d
	run followup-due
	[ "$output" = "3 2026-11-21 (2 days overdue) Maria: the talk we had" ]
	followup-add -q -N -g 2 -w "Maria O'Neil" +7d
	run followup-due
	[ "${lines[1]}" = "no BATNA prepared for the negotiation with Maria O'Neil on 2026-11-30 (batna-set -g 2 -w 'Maria O'\\''Neil' -d 2026-11-30 -m MINIMUM -a ALTERNATIVE)" ]
	[ "${#lines[@]}" -eq 2 ]
	run followup-due --ids
	[ "$output" = 3 ]
	# A current BATNA of another goal, or a goal-less one, does not count.
	batna-set -q -g 1 -m a -a b
	batna-set -q -w "Maria O'Neil" -m a -a b
	run followup-due
	output_has "no BATNA prepared"
	# Edited by hand to superseded: no longer current.
	batna-set -q -g 2 -m a -a b
	sed -i 's/^3,2,\(.*\),current,/3,2,\1,superseded,/' "$CAREER_DIR/batna.csv"
	run followup-due
	output_has "no BATNA prepared"
}

@test "a negotiation about no goal asks for a BATNA with its person" {
	person-add -q -r manager -a DK Dana Kim
	followup-add -q -N -w dk +2d promotion
	run followup-due
	[ "$output" = "no BATNA prepared for the negotiation with Dana Kim on 2026-11-25 (batna-set -w 'Dana Kim' -d 2026-11-25 -m MINIMUM -a ALTERNATIVE)" ]
	batna-set -q -w Bob -m a -a b
	run followup-due
	output_has "no BATNA prepared"
	batna-set -q -w Dana -m a -a b
	run followup-due
	[ -z "$output" ]
}

@test "a bad --ahead is a usage error" {
	for a in -1 x 3651 ""; do
		run followup-due --ahead "$a"
		status_is 64
	done
	output_has "want 0 to 3650"
	run followup-due extra
	status_is 64
	output_has "usage: followup-due"
}

@test "a malformed followups.csv or a bad due date: exit 65 with file and line" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,goal,with,due,every,note,status,done,created\n1,,Sam,2026-02-30,,,open,,\n' >"$CAREER_DIR/followups.csv"
	run followup-due
	status_is 65
	output_has "followups.csv:2: due '2026-02-30' is not a date"
	printf 'id,goal,with,due,every,note,status,done,created\n1,,Sam,"2026-11-23,,,open,,\n' >"$CAREER_DIR/followups.csv"
	run followup-due
	status_is 65
	output_has "followups.csv:2:"
}

@test "a malformed batna.csv is an error, not a silent 'no BATNA'" {
	goals
	followup-add -q -N -g 2 -w Maria +3d
	printf 'id,goal,with,date,minimum,alternative,backups,status,created\n1,2,"x\n' >"$CAREER_DIR/batna.csv"
	run followup-due
	status_is 65
	output_has "batna.csv:2:"
}

@test "a note or a name with a newline stays on its line" {
	goals
	followup-add -q -N -g 2 -w $'Maria\nO' today $'first\nsecond'
	run followup-due
	status_is 0
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[0]}" = "1 2026-11-23 (today) Maria O: first second" ]
	output_has "no BATNA prepared for the negotiation with Maria O on 2026-11-23"
}
