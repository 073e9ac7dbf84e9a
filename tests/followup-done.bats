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

# followup-done: done, and a recurring follow-up comes back.

load helper

@test "a one-off follow-up is marked done, nothing printed" {
	followup-add -q -w Sam today talk
	run followup-done 1 went well
	status_is 0
	[ -z "$output" ]
	[ "$(sed -n 2p "$CAREER_DIR/followups.csv")" = "1,,Sam,2026-11-23,,talk; went well,done,2026-11-23,2026-11-23,," ]
	[ "$(wc -l <"$CAREER_DIR/followups.csv")" -eq 2 ]
}

@test "the note alone, or none" {
	followup-add -q -w Sam today
	followup-add -q -w Bob today plan
	followup-done 1 what came of it
	followup-done 2
	grep -q '^1,,Sam,2026-11-23,,what came of it,done,2026-11-23,' "$CAREER_DIR/followups.csv"
	grep -q '^2,,Bob,2026-11-23,,plan,done,2026-11-23,' "$CAREER_DIR/followups.csv"
}

@test "a recurring one schedules the next and prints its id" {
	goal-add -q -k objective "COO in five years"
	followup-add -q -g 1 -e 1m -w Maria 2026-11-30 monthly one-on-one
	run followup-done 1 agreed on dates
	status_is 0
	[ "$output" = 2 ]
	[ "$(sed -n 2p "$CAREER_DIR/followups.csv")" = "1,1,Maria,2026-11-30,1m,monthly one-on-one; agreed on dates,done,2026-11-23,2026-11-23,," ]
	[ "$(sed -n 3p "$CAREER_DIR/followups.csv")" = "2,1,Maria,2026-12-30,1m,monthly one-on-one,open,,2026-11-23,,2026-11-30" ]
	run followup-done -q 2
	status_is 0
	[ -z "$output" ]
	grep -q '^3,1,Maria,2027-01-30,1m,' "$CAREER_DIR/followups.csv"
}

@test "one far behind rolls forward past today, keeping its rhythm" {
	followup-add -q -e 2w -w Sam 2026-10-01
	followup-add -q -e 1m -w Ann 2026-08-31
	followup-add -q -e 10d -w Bob 2026-11-13
	followup-add -q -e 1y -w Zed 2024-02-29
	[ "$(followup-done 1)" = 5 ]
	[ "$(followup-done 2)" = 6 ]
	[ "$(followup-done 3)" = 7 ]
	[ "$(followup-done 4)" = 8 ]
	grep -q '^5,,Sam,2026-11-26,2w,' "$CAREER_DIR/followups.csv"
	grep -q '^6,,Ann,2026-11-30,1m,' "$CAREER_DIR/followups.csv"
	grep -q '^7,,Bob,2026-12-03,10d,' "$CAREER_DIR/followups.csv"
	grep -q '^8,,Zed,2027-02-28,1y,' "$CAREER_DIR/followups.csv"
	run followup-due
	[ -z "$output" ]
}

@test "the next one keeps the anchor: 31st, then the end of a short month, then the 31st" {
	followup-add -q -e 1m -w Ann 2027-01-31
	CAREER_TODAY=2027-01-31 followup-done -q 1
	[ "$(sed -n 3p "$CAREER_DIR/followups.csv")" = "2,,Ann,2027-02-28,1m,,open,,2027-01-31,,2027-01-31" ]
	CAREER_TODAY=2027-02-28 followup-done -q 2
	[ "$(sed -n 4p "$CAREER_DIR/followups.csv")" = "3,,Ann,2027-03-31,1m,,open,,2027-02-28,,2027-01-31" ]
	# Done late, and far behind: still the anchor's days.
	CAREER_TODAY=2027-06-05 followup-done -q 3
	grep -q '^4,,Ann,2027-06-30,1m,.*,2027-01-31$' "$CAREER_DIR/followups.csv"
	CAREER_TODAY=2028-02-01 followup-done -q 4
	grep -q '^5,,Ann,2028-02-29,1m,.*,2027-01-31$' "$CAREER_DIR/followups.csv"
}

@test "a due date moved by hand off the anchor's dates starts a new series" {
	followup-add -q -e 1m -w Ann 2027-01-31
	CAREER_TODAY=2027-01-31 followup-done -q 1
	sed -i '3s/2027-02-28/2027-02-15/' "$CAREER_DIR/followups.csv"
	CAREER_TODAY=2027-02-15 followup-done -q 2
	grep -q '^3,,Ann,2027-03-15,1m,.*,2027-02-15$' "$CAREER_DIR/followups.csv"
	# Moved onto another of its dates, it keeps the anchor.
	sed -i '4s/2027-03-15/2027-04-15/' "$CAREER_DIR/followups.csv"
	CAREER_TODAY=2027-04-15 followup-done -q 3
	grep -q '^4,,Ann,2027-05-15,1m,.*,2027-02-15$' "$CAREER_DIR/followups.csv"
	# An anchor that is not a date, or after the due date, is not one.
	sed -i '5s/,2027-02-15$/,someday/' "$CAREER_DIR/followups.csv"
	CAREER_TODAY=2027-05-15 followup-done -q 4
	grep -q '^5,,Ann,2027-06-15,1m,.*,2027-05-15$' "$CAREER_DIR/followups.csv"
	sed -i '6s/,2027-05-15$/,2027-06-30/' "$CAREER_DIR/followups.csv"
	CAREER_TODAY=2027-06-15 followup-done -q 5
	grep -q '^6,,Ann,2027-07-15,1m,.*,2027-06-15$' "$CAREER_DIR/followups.csv"
}

@test "a recurring one due today comes back one cadence later" {
	followup-add -q -e 1w -w Sam today
	followup-done 1
	grep -q '^2,,Sam,2026-11-30,1w,' "$CAREER_DIR/followups.csv"
}

@test "columns added by hand are kept, and copied to the next one" {
	followup-add -q -e 1w -w Sam today
	sed -i '1s/$/,place/; 2s/$/,cafe/' "$CAREER_DIR/followups.csv"
	followup-done 1
	[ "$(sed -n 3p "$CAREER_DIR/followups.csv")" = "2,,Sam,2026-11-30,1w,,open,,2026-11-23,,2026-11-23,cafe" ]
}

@test "an unknown id, a done one, a bad id: refused, nothing written" {
	followup-add -q -e 1w -w Sam today
	followup-done 1
	before=$(store_sum)
	run followup-done 9
	status_is 65
	output_has "follow-up 9: no such follow-up"
	run followup-done 1
	status_is 65
	output_has "follow-up 1: already done"
	run followup-done x
	status_is 64
	output_has "x: not an id"
	run followup-done
	status_is 64
	output_has "usage: followup-done"
	[ "$(store_sum)" = "$before" ]
}

@test "a bad cadence or due date in the file: exit 65 with file and line, nothing written" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,goal,with,due,every,note,status,done,created\n1,,Sam,2026-11-23,1q,,open,,\n2,,Bob,2026-13-01,1w,,open,,\n3,,Ann,9999-12-20,1m,,open,,\n' >"$CAREER_DIR/followups.csv"
	before=$(store_sum)
	run followup-done 1
	status_is 65
	output_has "followups.csv:2: 1q: not a cadence"
	run followup-done 2
	status_is 65
	output_has "followups.csv:3: due '2026-13-01' is not a date"
	run followup-done 3
	status_is 65
	output_has "followups.csv:4:"
	output_has "9999"
	[ "$(store_sum)" = "$before" ]
}

@test "a malformed followups.csv is not rewritten" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,goal,with,due,every,note,status,done,created\n1,,Sam,2026-11-23,,,open,,\n2,,"Bob\n' >"$CAREER_DIR/followups.csv"
	before=$(store_sum)
	run followup-done 1
	status_is 65
	output_has "followups.csv:3:"
	[ "$(store_sum)" = "$before" ]
}
