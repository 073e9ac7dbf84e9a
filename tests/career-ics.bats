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

# career-ics: an iCalendar feed, read back with a real parser
# (Debian's python3-icalendar).

load helper

# The events of the feed on stdin: UID, start, summary, RRULE, one a line.
events() {
	/usr/bin/python3 -c '
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
assert cal["VERSION"] == "2.0" and "PRODID" in cal
for e in cal.walk("VEVENT"):
    assert "DTSTAMP" in e
    r = e.get("RRULE")
    print(e["UID"], e["DTSTART"].dt, str(e["SUMMARY"]),
          r.to_ical().decode() if r else "-", sep="|")'
}

fill() {
	goal-add -q -k objective -d 2031-06-30 "Delivery director"
	goal-add -q -p 1 -d 2027-03-31 "Lead the Q3 release, on time; with notes"
	goal-add -q -d 2027-01-15 "Done already"
	goal-done 3
	followup-add -q -g 2 -e 1m -w Dana 2026-12-01 "Monthly check-in"
	followup-add -q -e 2w -w "Sam, mentor" 2026-11-30
	followup-add -q -w once 2026-11-25
	batna-set -q -g 2 -w Dana -d 2026-11-27 -m "SECRET-MINIMUM" \
	    -a "SECRET-ALTERNATIVE" -b "SECRET-BACKUP"
}

@test "career-ics writes goals, follow-ups with RRULEs and conversation dates" {
	command -v /usr/bin/python3 >/dev/null && /usr/bin/python3 -c 'import icalendar' ||
	    skip "python3-icalendar is not installed (make deps installs it)"
	fill
	career-ics >"$BATS_TEST_TMPDIR/feed.ics"
	run events <"$BATS_TEST_TMPDIR/feed.ics"
	status_is 0
	output_has "goal-1@career|2031-06-30|Objective due: Delivery director|-"
	output_has "goal-2@career|2027-03-31|Goal due: Lead the Q3 release, on time; with notes|-"
	output_has "followup-1@career|2026-12-01|Follow up with Dana|FREQ=MONTHLY;INTERVAL=1"
	output_has "followup-2@career|2026-11-30|Follow up with Sam, mentor|FREQ=WEEKLY;INTERVAL=2"
	output_has "followup-3@career|2026-11-25|Follow up with once|-"
	output_has "conversation-1@career|2026-11-27|Conversation with Dana: Lead the Q3 release"
	[[ "$output" != *"Done already"* ]]
}

@test "the BATNA itself never appears in the feed" {
	fill
	run career-ics
	status_is 0
	[[ "$output" != *SECRET* ]]
}

@test "lines end in CRLF and fold before 75 octets" {
	goal-add -q -d +1m "$(printf 'x%.0s' $(seq 200))"
	career-ics >"$BATS_TEST_TMPDIR/feed.ics"
	[ "$(grep -c $'\r$' "$BATS_TEST_TMPDIR/feed.ics")" -eq "$(wc -l <"$BATS_TEST_TMPDIR/feed.ics")" ]
	[ "$(awk '{ if (length($0) > 76) n++ } END { print n + 0 }' "$BATS_TEST_TMPDIR/feed.ics")" -eq 0 ]
	grep -q '^ x' "$BATS_TEST_TMPDIR/feed.ics"
}

@test "career-ics -o replaces the file whole" {
	goal-add -q -d +1m "A goal"
	followup-add -q -e 1w -w Dana +1w "Weekly"
	run career-ics -o "$BATS_TEST_TMPDIR/out.ics"
	status_is 0
	[ -z "$output" ]
	grep -q "SUMMARY:Goal due: A goal" "$BATS_TEST_TMPDIR/out.ics"
	grep -q "RRULE:FREQ=WEEKLY;INTERVAL=1" "$BATS_TEST_TMPDIR/out.ics"
	[ ! -e "$BATS_TEST_TMPDIR/out.ics.tmp" ]
	run career-ics -o /nonexistent/dir/x.ics
	status_is 73
}

@test "an empty store gives an empty calendar" {
	run career-ics
	status_is 0
	[ "${lines[0]}" = $'BEGIN:VCALENDAR\r' ]
	[ "${lines[-1]}" = $'END:VCALENDAR\r' ]
}
