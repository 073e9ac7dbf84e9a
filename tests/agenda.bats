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

# agenda: the Markdown agenda for the next one-on-one, never the BATNA.

load helper
bats_require_minimum_version 1.5.0

ROOT="$BATS_TEST_DIRNAME/.."

# The bundled example store, in this test's own directory.
example() {
	cp -R "$ROOT/examples/career" "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	chmod 600 "$CAREER_DIR"/*.csv
}

# A file of the store, written as given (header included).
put() {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	cat >"$CAREER_DIR/$1"
	chmod 600 "$CAREER_DIR/$1"
}

# The lines of section $1 of the last output, without its heading.
section() {
	printf '%s\n' "$output" | awk -v h="## $1" '
	    $0 == h { on = 1; next }
	    /^## / { on = 0 }
	    on && NF'
}

@test "the example store: Dana's overdue follow-up, the agreed goal, the gaps" {
	example
	run agenda
	status_is 0
	[ "${lines[0]}" = "# One-on-one with Dana, 2026-11-23" ]
	[ "${lines[1]}" = "Since 2026-10-24, 30 days ago: no follow-up done with Dana yet." ]
	[ "$(section "Follow-ups due")" = "- 2026-11-20 (3 days overdue): Monthly check-in on the Q3 release plan (goal 2: Lead the Q3 release of the billing platform end to end)" ]
	section "Progress on agreed goals" | grep -q '^- \*\*Lead the Q3 release of the billing platform end to end\*\* (goal 2, due 2027-09-30): nothing measured yet; target 1 releases shipped on date\.$'
	section "Open gaps" | grep -q "^- \*\*Gap 1\*\*: I never thought you would be interested in managing (goal 1: .*Root cause: I have never heard your opinion\. Plan: Prepare for each meeting"
	[ "$(section "Wins since 2026-10-24")" = "$(printf '%s\n' \
	    "- 2026-11-10: Release readiness dashboard for the billing platform — late releases down from 4 to 1 a quarter (goal 2: Lead the Q3 release of the billing platform end to end)" \
	    "- 2026-11-20: Mentored Sam until he shipped the export feature alone — 1 of 2 juniors (goal 4: Mentor two junior developers until each ships a feature alone)")" ]
	output_has "## Asked of Dana"
}

@test "the BATNA never appears, and batna.csv is not even opened" {
	example
	run agenda
	status_is 0
	[[ "$output" != *"A written plan with dates"* ]]
	[[ "$output" != *"Move to the platform team"* ]]
	[[ "$output" != *"product companies that asked"* ]]
	# In place of batna.csv, a directory: any command that opens it fails.
	rm "$CAREER_DIR/batna.csv"
	mkdir "$CAREER_DIR/batna.csv"
	run batna-set -l
	[ "$status" -ne 0 ]
	run agenda -w Dana
	status_is 0
	output_has "Monthly check-in"
}

@test "a missing store, or missing files, is an empty agenda, every section there" {
	run agenda
	status_is 0
	[ "${lines[0]}" = "# One-on-one with my manager, 2026-11-23" ]
	output_has "No manager known: name one with -w"
	output_has "Nothing due in the next 7 days."
	output_has "No goal agreed yet"
	output_has "No win logged since 2026-10-24"
	output_has "No open gap."
	output_has "Nothing since 2026-10-24."
	[ ! -e "$CAREER_DIR" ]
}

@test "follow-ups due: overdue or within 7 days, with that person only, open only" {
	followup-add -q -w Dana -- -2d "late one"
	followup-add -q -w dana today "case does not matter"
	followup-add -q -w Dana +7d "in a week"
	followup-add -q -w Dana +8d "too far"
	followup-add -q -w Maria today "someone else"
	followup-add -q -w Dana +1d "done already"
	followup-done -q 6
	run agenda -w Dana
	status_is 0
	[ "$(section "Follow-ups due")" = "$(printf '%s\n' \
	    "- 2026-11-21 (2 days overdue): late one" \
	    "- 2026-11-23 (today): case does not matter" \
	    "- 2026-11-30 (in 7 days): in a week")" ]
}

@test "the manager: from feedback with relation manager, else the follow-up of an agreed goal" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release"
	followup-add -q -w Maria +3d "mentoring"
	followup-add -q -g 2 -w Dana +5d "the release"
	run agenda
	output_has "# One-on-one with my manager"
	goal-set 2 agreed=today
	run agenda
	output_has "# One-on-one with Dana, 2026-11-23"
	feedback-log -q -d -1w -r manager Lee "Good plan"
	feedback-log -q -d -2w -r manager Kim "Older"
	run agenda
	output_has "# One-on-one with Lee, 2026-11-23"
	[ "$(section "Asked of Lee")" = "$(printf '%s\n' \
	    "- 2026-11-09, Kim said: Older" \
	    "- 2026-11-16, Lee said: Good plan")" ]
	run agenda -w Dana
	output_has "# One-on-one with Dana"
	[ "$(section "Asked of Dana")" = "Nothing since 2026-10-24." ]
}

@test "since: --since, else the last follow-up done with them, else 30 days ago" {
	followup-add -q -w Dana -- -10d "first"
	followup-add -q -w Dana -- -3d "second"
	followup-add -q -w Maria -- -1d "not Dana"
	CAREER_TODAY=2026-11-13 followup-done -q 1 "agreed on A"
	CAREER_TODAY=2026-11-20 followup-done -q 2 "asked for B; she will check"
	followup-done -q 3
	run agenda -w Dana
	status_is 0
	[ "${lines[1]}" = "Since the last follow-up done with Dana, on 2026-11-20." ]
	[ "$(section "Asked of Dana")" = "- 2026-11-20, follow-up 2: second; asked for B; she will check" ]
	run agenda -w Dana --since 2026-11-01
	[ "${lines[1]}" = "Since 2026-11-01." ]
	[ "$(section "Asked of Dana")" = "$(printf '%s\n' \
	    "- 2026-11-13, follow-up 1: first; agreed on A" \
	    "- 2026-11-20, follow-up 2: second; asked for B; she will check")" ]
	run agenda -w Dana --since -1w
	[ "${lines[1]}" = "Since 2026-11-16." ]
	run --separate-stderr agenda -w Sam
	[ "${lines[1]}" = "Since 2026-10-24, 30 days ago: no follow-up done with Sam yet." ]
	[ "$stderr" = "agenda: Sam: nobody by that name in people.csv or the records (person-list; person-add adds them)" ]
}

@test "progress: latest value against target and stretch, compared with before since" {
	goal-add -q -m "reviews chaired" -t 24 -d +6m "Chair the reviews"
	goal-set 1 agreed=-2m stretch=30
	goal-add -q -d +6m "Not agreed, not listed"
	goal-add -q -m "talks" -t 2 -d +3m "Give talks"
	goal-set 3 agreed=-1m
	goal-add -q -t 5 -d +1m "Agreed, done before since"
	goal-set 4 agreed=-3m
	CAREER_TODAY=2026-10-01 goal-done 4
	goal-add -q -t 1 -d +1m "Agreed, done since"
	goal-set 5 agreed=-3m
	goal-done 5
	put progress.csv <<-EOF
	id,goal,date,value,note,created
	1,1,2026-10-10,3,,2026-10-10
	2,1,2026-10-20,5,,2026-10-20
	3,1,2026-11-20,12,,2026-11-20
	4,1,2026-11-02,9,,2026-11-02
	5,3,2026-10-01,1,,2026-10-01
	6,2,2026-11-20,99,,2026-11-20
	EOF
	run agenda -w Dana --since 2026-11-01
	status_is 0
	[ "$(section "Progress on agreed goals")" = "$(printf '%s\n' \
	    "- done: **Agreed, done since** (goal 5, due 2026-12-23): nothing measured yet; target 1." \
	    "- **Give talks** (goal 3, due 2027-02-23): 1 of 2 talks (50%), on 2026-10-01; nothing measured since." \
	    "- **Chair the reviews** (goal 1, due 2027-05-23): 12 of 24 reviews chaired (50%), stretch 30 (40%), on 2026-11-20; up from 5 on 2026-10-20.")" ]
	run agenda -w Dana --since 2026-10-01
	section "Progress on agreed goals" | grep -qx -- "- \*\*Chair the reviews\*\* (goal 1, due 2027-05-23): 12 of 24 reviews chaired (50%), stretch 30 (40%), on 2026-11-20; nothing measured before 2026-10-01."
}

@test "wins since the last meeting, by date, a win without a number says so" {
	goal-add -q -d +6m "Lead the Q3 release"
	put wins.csv <<-EOF
	id,goal,date,what,metric,created
	1,1,2026-11-10,Cut release time,from 3 days to 4 hours,2026-11-10
	2,,2026-09-01,Too old,5,2026-09-01
	3,,2026-11-02,Ran the retro,,2026-11-02
	4,9,2026-10-24,On the first day,1 day,2026-10-24
	EOF
	run agenda -w Dana
	status_is 0
	[ "$(section "Wins since 2026-10-24")" = "$(printf '%s\n' \
	    "- 2026-10-24: On the first day — 1 day" \
	    "- 2026-11-02: Ran the retro — no number yet" \
	    "- 2026-11-10: Cut release time — from 3 days to 4 hours (goal 1: Lead the Q3 release)")" ]
}

@test "open gaps: root cause, plan and the checklist's answers since" {
	goal-add -q -d +6m "Lead the Q3 release"
	gap-log -q -g 1 -s Ana -w "Quiet in meetings" -w "Never prepared" \
	    -a "Prepare" -c "Did I speak up?" "You do not come across as a manager"
	gap-log -q -w "Late" "Closed one"
	gap-log -x 2
	meeting-check -q -d 2026-10-01 -a n "Old"
	meeting-check -q -d 2026-11-10 -a y "Recent"
	meeting-check -q -d 2026-11-17 -a n "Recent"
	run agenda -w Dana
	status_is 0
	[ "$(section "Open gaps")" = "- **Gap 1**: You do not come across as a manager (goal 1: Lead the Q3 release). Root cause: Never prepared. Plan: Prepare. Checklist since 2026-10-24: 1 of 2 answers yes." ]
	run agenda -w Dana --since 2026-11-20
	section "Open gaps" | grep -q "Checklist: no answers since 2026-11-20\.$"
}

@test "text from the store stays on one line, Markdown escaped" {
	goal-add -q -d +6m "$(printf 'Ship *v2* [fast]\n# now')"
	goal-set 1 agreed=today
	run agenda -w Dana
	status_is 0
	output_has '- **Ship \*v2\* \[fast\] \# now** (goal 1'
}

# Records that mean something to CommonMark, GFM or pandoc: every ASCII
# punctuation character, entities, strikethrough, math, emphasis, code,
# links, HTML, block starts, table pipes, trailing blanks, a backslash at
# the end, line breaks, autolinks, emoji names, pandoc attributes.
hostile() {
	cat <<-'EOF'
	!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
	&copy; &amp; &#35; &#x41; &nbsp;x &
	~~struck~~ ~sub~ ^sup^ $x$ $$y$$ \(m\) \[n\]
	*em* **strong** _em_ __strong__ `code` ``c`` a*b*c ***x***
	[link](http://x) ![img](y) <http://z> <b>bold</b> <!-- c --> [ref][1] <a@b.c>
	# heading
	> quote
	- item
	1. item
	+ plus
	a | b | c
	|---|---|
	trailing blanks  
	back\
	www.example.com foo@bar.com https://x.y/a_b_ :smile: :+1: 3:30
	{#id .class} @cite [@cite] ^[note] [span]{.x}
	3 < 4 > 2 && x; a\*b\\ \` \
	===
	---
	***
	 leading blank
	Dana ##
	EOF
}

# Log each argument in every file agenda reads, with $who: as a goal
# (its title and measure), a win and its number, feedback, a follow-up
# and a gap (its statement, why and plan).
log_everywhere() {
	local s n=0
	for s in "$@"; do
		n=$((n + 1))
		goal-add -q -d +6m -m "$s" -t 5 -- "$s"
		goal-set "$n" agreed=today >/dev/null
		win-log -q -g "$n" -m "$s" -- "$s" 2>/dev/null
		feedback-log -q -r manager -- "$who" "$s" 2>/dev/null
		followup-add -q -g "$n" -w "$who" -- today "$s"
		gap-log -q -g "$n" -w "$s" -a "$s" -- "$s"
	done
	printf '%s\0' "$@" "$who" >"$BATS_TEST_TMPDIR/records"
}

# agenda's Markdown, rendered by cmark (and cmark-gfm and pandoc, each of
# its Markdowns, when installed), shows the records as written.
shown_as_written() {
	cd "$BATS_TEST_TMPDIR"
	agenda >agenda.md
	[ "$(grep -c '^- ' agenda.md)" -eq $(($1 * 5)) ]
	cmark agenda.md >cmark.html
	run "$ROOT/tests/mdvisible" agenda.md cmark.html records
	status_is 0
	if command -v cmark-gfm >/dev/null; then
		cmark-gfm -e table -e strikethrough -e autolink -e tagfilter \
		    agenda.md >gfm.html
		run "$ROOT/tests/mdvisible" agenda.md gfm.html records
		status_is 0
	fi
	command -v pandoc >/dev/null || return 0
	for f in commonmark gfm commonmark_x markdown; do
		pandoc -f "$f" -t html agenda.md >"$f.html"
		run "$ROOT/tests/mdvisible" agenda.md "$f.html" records
		status_is 0
	done
}

@test "text from the store shows as written in CommonMark, GFM and pandoc" {
	command -v cmark >/dev/null || skip "cmark is not installed"
	who='Dana *the* <boss> & co #'
	mapfile -t h < <(hostile)
	h+=("$(printf 'line\nbreak\tand\033]2;title\007 controls')")
	log_everywhere "${h[@]}"
	shown_as_written "${#h[@]}"
}

@test "random runs of ASCII punctuation show as written too (a fixed seed)" {
	command -v cmark >/dev/null || skip "cmark is not installed"
	who=Dana
	mapfile -t h < <(python3 -c '
import random, string
r = random.Random(14)
al = list(string.punctuation) + list("ab1 ") * 3 + \
    ["www.", "http://", "&copy;", ":smile:", "--", "...", "  "]
for i in range(25):
    print("".join(r.choice(al) for _ in range(r.randint(1, 40))).strip() or "x")')
	log_everywhere "${h[@]}"
	shown_as_written "${#h[@]}"
}

@test "bytes that are not UTF-8 show as U+FFFD, C1 controls as blanks" {
	goal-add -q -d +6m "$(printf 'bad \377 byte, \302\233[31m C1')"
	goal-set 1 agreed=today
	run agenda -w Dana
	status_is 0
	output_has "$(printf '**bad \357\277\275 byte,  \\[31m C1**')"
}

@test "a bad --since date, a bad option, an empty -w: nothing on stdout, non-zero exit" {
	run agenda --since 2026-02-30
	status_is 65
	output_has "agenda: "
	[[ "$output" != *"# One-on-one"* ]]
	run agenda --since someday
	status_is 65
	run agenda -w ""
	status_is 64
	run agenda extra
	status_is 64
	output_has "usage: agenda [-w with] [--since date]"
	run agenda -x
	status_is 64
}

@test "a file that does not parse: file and line, exit 65" {
	put wins.csv <<-EOF
	id,goal,date,what,metric,created
	1,,2026-11-10,"unterminated,,2026-11-10
	EOF
	run agenda
	status_is 65
	output_has "wins.csv:2:"
}

@test "output errors are errors" {
	[ -w /dev/full ] || skip "no /dev/full"
	run sh -c 'agenda >/dev/full'
	status_is 74
}
