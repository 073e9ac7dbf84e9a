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

# The events of the feed on stdin: UID, start, summary, RRULE, one a line,
# with the store's identity in UIDs as ID.  The feed must be UTF-8.
events() {
	/usr/bin/python3 -c '
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read().decode())
assert cal["VERSION"] == "2.0" and "PRODID" in cal
for e in cal.walk("VEVENT"):
    assert "DTSTAMP" in e
    r = e.get("RRULE")
    print(e["UID"].replace(sys.argv[1], "ID"), e["DTSTART"].dt,
          str(e["SUMMARY"]), r.to_ical().decode() if r else "-", sep="|")' \
	    "$(cat "$CAREER_DIR/.uuid" 2>/dev/null)"
}

has_icalendar() {
	command -v /usr/bin/python3 >/dev/null && /usr/bin/python3 -c 'import icalendar' ||
	    skip "python3-icalendar is not installed (make deps installs it)"
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
	has_icalendar
	fill
	career-ics >"$BATS_TEST_TMPDIR/feed.ics"
	run events <"$BATS_TEST_TMPDIR/feed.ics"
	status_is 0
	output_has "goal-1-ID@career|2031-06-30|Objective due: Delivery director|-"
	output_has "goal-2-ID@career|2027-03-31|Goal due: Lead the Q3 release, on time; with notes|-"
	output_has "followup-1-ID@career|2026-12-01|Follow up with Dana|FREQ=MONTHLY;INTERVAL=1"
	output_has "followup-2-ID@career|2026-11-30|Follow up with Sam, mentor|FREQ=WEEKLY;INTERVAL=2"
	output_has "followup-3-ID@career|2026-11-25|Follow up with once|-"
	output_has "conversation-1-ID@career|2026-11-27|Conversation with Dana: Lead the Q3 release"
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

@test "UIDs carry the store's identity, made once and kept in the store" {
	fill
	run career-ics
	status_is 0
	id=$(cat "$CAREER_DIR/.uuid")
	[[ "$id" =~ ^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$ ]]
	[ "$(stat -c %a "$CAREER_DIR/.uuid")" = 600 ]
	output_has $'UID:goal-1-'"$id"$'@career\r'
	output_has $'UID:conversation-1-'"$id"$'@career\r'
	[ "$(career-ics)" = "$output" ]
	# Another store, the same records: other UIDs.
	CAREER_DIR=$BATS_TEST_TMPDIR/other fill
	other=$(CAREER_DIR=$BATS_TEST_TMPDIR/other career-ics | grep '^UID:goal-1-')
	[ -n "$other" ]
	[[ "$output" != *"$other"* ]]
	# Nothing else in the store is touched, and career-check is content.
	run career-check
	status_is 0
	[ -z "$(find "$CAREER_DIR" -name '.uuid.*')" ]
}

@test "runs at once agree on one identity" {
	goal-add -q -d +1m "A goal"
	for i in 1 2 3 4 5 6; do
		career-ics >"$BATS_TEST_TMPDIR/feed.$i" &
	done
	wait
	[ "$(cat "$BATS_TEST_TMPDIR"/feed.* | grep '^UID:' | sort -u | wc -l)" -eq 1 ]
	grep -q "^UID:goal-1-$(cat "$CAREER_DIR/.uuid")@career" "$BATS_TEST_TMPDIR/feed.1"
	[ -z "$(find "$CAREER_DIR" -name '.uuid.*')" ]
}

@test "a damaged identity is an error naming the file; no store, no identity" {
	run career-ics
	status_is 0
	[ ! -e "$CAREER_DIR" ]
	goal-add -q -d +1m "A goal"
	printf 'not an identity\n' >"$CAREER_DIR/.uuid"
	run career-ics -o "$BATS_TEST_TMPDIR/out.ics"
	status_is 65
	output_has "store/.uuid: not a store identity"
	[ ! -e "$BATS_TEST_TMPDIR/out.ics" ]
	rm "$CAREER_DIR/.uuid"
	[ "$(id -u)" -ne 0 ] || skip "root writes in a read-only directory"
	chmod 500 "$CAREER_DIR"
	run career-ics
	chmod 700 "$CAREER_DIR"
	status_is 73
	output_has "store/.uuid"
}

@test "only valid UTF-8 and no control characters reach the feed" {
	has_icalendar
	goal-add -q -d 2027-01-15 "$(printf 'bad \xff\xfe byte, \xc3 cut, DEL\x7f, BEL\a, ESC\033]2;owned\a, C1 \xc2\x9b and \xc2\x90, tab\there')"
	followup-add -q -w "$(printf 'Sam\x01\x1f')" -e 1w 2027-01-15 "$(printf 'note \xed\xa0\x80 surrogate, \xc0\xaf overlong')"
	career-ics >"$BATS_TEST_TMPDIR/feed.ics"
	run /usr/bin/python3 -c '
import sys, unicodedata, icalendar
raw = open(sys.argv[1], "rb").read().decode("utf-8")   # strict
for ch in raw.replace("\r\n", ""):
    assert unicodedata.category(ch) != "Cc", repr(ch)
cal = icalendar.Calendar.from_ical(raw)
for e in cal.walk("VEVENT"):
    print(str(e["SUMMARY"]))
    print(str(e.get("DESCRIPTION", "")))' "$BATS_TEST_TMPDIR/feed.ics"
	status_is 0
	output_has "Goal due: bad �� byte, � cut, DEL, BEL, ESC]2;owned, C1  and , tab here"
	output_has "Follow up with Sam"
	output_has "note ��� surrogate, �� overlong"
}

@test "long lines fold at 75 octets, never inside a character or an escape" {
	has_icalendar
	for c in é 語 😀 ';' 'a,'; do
		title=$(printf "$c%.0s" $(seq 150))
		goal-add -q -d +1m "x$title"
		goal-add -q -d +1m "xy$title"
		goal-add -q -d +1m "xyz$title"
	done
	career-ics >"$BATS_TEST_TMPDIR/feed.ics"
	run /usr/bin/python3 -c '
import sys, icalendar
raw = open(sys.argv[1], "rb").read()
n = 0
for line in raw.split(b"\r\n"):
    assert len(line) <= 75, (len(line), line)
    line.decode("utf-8")    # each physical line whole characters
    assert (len(line) - len(line.rstrip(b"\\"))) % 2 == 0, line  # no escape cut
    n += line.startswith(b" ")
assert b"\r\n" not in raw.replace(b"\r\n", b"") and b"\n" not in raw.replace(b"\r\n", b"")
cal = icalendar.Calendar.from_ical(raw.decode())
for e in cal.walk("VEVENT"):
    print(str(e["SUMMARY"]))
print("folded", n)' "$BATS_TEST_TMPDIR/feed.ics"
	status_is 0
	for c in é 語 😀 ';' 'a,'; do
		for p in x xy xyz; do
			output_has "Goal due: $p$(printf "$c%.0s" $(seq 150))"
		done
	done
	[[ "$output" == *"folded "[1-9]* ]]
}

@test "a title on several lines: a one-line summary, the whole title in the description" {
	has_icalendar
	goal-add -q -d 2027-01-15 -m "releases on time" "$(printf 'Lead the release\n\nwith notes\r\nfor all')"
	followup-add -q -w "$(printf 'Dana\nand Sam')" 2027-01-20 "$(printf 'line one\nline two')"
	career-ics >"$BATS_TEST_TMPDIR/feed.ics"
	run /usr/bin/python3 -c '
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read().decode())
for e in cal.walk("VEVENT"):
    print(repr(str(e["SUMMARY"])), repr(str(e.get("DESCRIPTION", ""))))' "$BATS_TEST_TMPDIR/feed.ics"
	status_is 0
	output_has "'Goal due: Lead the release with notes for all' 'Goal due: Lead the release\\n\\nwith notes\\nfor all\\nreleases on time'"
	output_has "'Follow up with Dana and Sam' 'Follow up with Dana\\nand Sam\\nline one\\nline two'"
	[ "$(grep -c '^SUMMARY:' "$BATS_TEST_TMPDIR/feed.ics")" -eq 2 ]
}

@test "a goal due on the calendar's last day has no DTEND past it" {
	has_icalendar
	goal-add -q -d 9999-12-31 "The very end"
	goal-add -q -d 9999-12-30 "The day before"
	followup-add -q -e 1y -w Sam 9999-12-31
	career-ics >"$BATS_TEST_TMPDIR/feed.ics"
	! grep -q '0000' "$BATS_TEST_TMPDIR/feed.ics"
	grep -q '^DTEND;VALUE=DATE:99991231' "$BATS_TEST_TMPDIR/feed.ics"
	run events <"$BATS_TEST_TMPDIR/feed.ics"
	status_is 0
	output_has "goal-1-ID@career|9999-12-31|Goal due: The very end|-"
	output_has "goal-2-ID@career|9999-12-30|Goal due: The day before|-"
	output_has "followup-1-ID@career|9999-12-31|Follow up with Sam|FREQ=YEARLY;INTERVAL=1"
}

@test "the identity stays out of the history: commits and undo go on" {
	command -v git >/dev/null || skip "git is not installed"
	export HOME=$BATS_TEST_TMPDIR GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@x \
	    GIT_COMMITTER_NAME=T GIT_COMMITTER_EMAIL=t@x
	goal-add -q -d +1m "A goal"
	career-ics >/dev/null
	career-git init -q
	career-ics >/dev/null
	goal-add -q -d +2m "Another"
	run career-undo
	status_is 0
	run career-check
	status_is 0
	! git -C "$CAREER_DIR" ls-files | grep -q uuid
	[ "$(career-ics | grep -c '^UID:goal-1-')" -eq 1 ]
}

@test "calcurse imports every event: none skipped for a title on several lines" {
	command -v calcurse >/dev/null || skip "calcurse is not installed"
	goal-add -q -d 2027-01-15 "$(printf 'Lead the release\nwith notes, \xff and all')"
	followup-add -q -w "$(printf 'Dana\r\nand Sam')" -e 1m 2027-01-31
	career-ics >"$BATS_TEST_TMPDIR/feed.ics"
	mkdir "$BATS_TEST_TMPDIR/calcurse"
	run calcurse -D "$BATS_TEST_TMPDIR/calcurse" -i "$BATS_TEST_TMPDIR/feed.ics"
	output_has "2 events"
	output_has " 0 skipped"
	run calcurse -D "$BATS_TEST_TMPDIR/calcurse" -Q --from 01/01/2027 --to 02/28/2027
	output_has "Goal due: Lead the release with notes, � and all"
	output_has "Follow up with Dana and Sam"
	[ "$(printf '%s\n' "$output" | grep -c 'Follow up with')" -eq 2 ]
}
