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

# resume-bullets: wins and goals done as verb-led bullets with numbers,
# strongest first.

load helper

ROOT="$BATS_TEST_DIRNAME/.."

@test "an empty store prints nothing" {
	run resume-bullets
	status_is 0
	[ -z "$output" ]
	[ ! -e "$CAREER_DIR" ] || [ -z "$(ls "$CAREER_DIR")" ]
}

@test "a win is kept verb-led, or given Delivered; its metric follows" {
	win-log -q Cut release time from 3 days to 4 hours.
	win-log -q -m "3 days to 4 hours" -d -1d "cut release time from 3 days to 4 hours"
	win-log -q -m "40% fewer" -d -2d Release checklist for every team
	win-log -q -m 12 -d -3d API docs for the billing service
	win-log -q -m "2 teams" -d -4d Re-architected the build
	win-log -q -m "from 9 to 2" -d -5d "Hundred customers onboarded"
	win-log -q -m 5 -d -6d "Q3 launch, on the day"
	run resume-bullets
	status_is 0
	[ "${lines[0]}" = "- Cut release time from 3 days to 4 hours" ]
	[ "${lines[1]}" = "- Cut release time from 3 days to 4 hours" ]
	[ "${lines[2]}" = "- Delivered release checklist for every team (40% fewer)" ]
	[ "${lines[3]}" = "- Delivered API docs for the billing service (12)" ]
	[ "${lines[4]}" = "- Re-architected the build (2 teams)" ]
	[ "${lines[5]}" = "- Delivered hundred customers onboarded (from 9 to 2)" ]
	[ "${lines[6]}" = "- Delivered Q3 launch, on the day (5)" ]
	[ "${#lines[@]}" -eq 7 ]
}

@test "a goal done is said with its latest value against its target" {
	goal-add -q -m "teams using it" -t 3 "Write the release checklist"
	goal-set 1 stretch=4
	goal-progress -q -d -1m 1 2
	goal-progress -q 1 4
	goal-add -q -m "reviews chaired" -t 24 "Chair the reviews"
	goal-set 2 stretch=30
	goal-progress -q 2 25
	goal-add -q -m "talks given" -t 2 "Give talks"
	goal-add -q "Speak up in 10 meetings"
	goal-add -q "Speak up more"
	goal-add -q -t "4 hours" -m "release time" "Cut release time"
	goal-progress -q 6 5
	goal-add -q "Still open"
	goal-progress -q 7 100
	for g in 1 2 3 4 5 6; do goal-done "$g"; done
	run resume-bullets
	status_is 0
	[ "${lines[0]}" = "- Achieved teams using it: 4 against a target of 3 and a stretch target of 4 (Write the release checklist)" ]
	[ "${lines[1]}" = "- Achieved reviews chaired: 25 against a target of 24 (Chair the reviews)" ]
	# No value: done means the target was met; ties go to the smaller id.
	[ "${lines[2]}" = "- Achieved talks given: the target of 2 (Give talks)" ]
	[ "${lines[3]}" = "- Achieved goal: Speak up in 10 meetings" ]
	[ "${lines[4]}" = "- Achieved release time: 5 against a target of 4 hours (Cut release time)" ]
	[ "${lines[5]}" = "- Achieved goal: Speak up more (needs a number)" ]
	[ "${#lines[@]}" -eq 6 ]
}

@test "strongest first: a number, then % of target, then the most recent" {
	goal-add -q -m "x" -t 10 "Short of target"
	goal-progress -q 1 8
	goal-add -q -m "y" -t 10 "Past target"
	goal-progress -q 2 15
	goal-done 1 2
	win-log -q -d 2026-01-01 Shipped 3 features in January
	win-log -q -d 2026-06-01 Shipped 4 features in June
	win-log -q -d 2026-12-01 Organised the offsite
	run resume-bullets
	[ "${lines[0]}" = "- Achieved y: 15 against a target of 10 (Past target)" ]
	[ "${lines[1]}" = "- Shipped 4 features in June" ]
	[ "${lines[2]}" = "- Shipped 3 features in January" ]
	[ "${lines[3]}" = "- Achieved x: 8 against a target of 10 (Short of target)" ]
	[ "${lines[4]}" = "- Organised the offsite (needs a number)" ]
}

@test "--since and -g choose the bullets" {
	goal-add -q -k objective "Objective"
	goal-add -q -p 1 -m a -t 1 "Under it"
	goal-add -q -m b -t 1 "Elsewhere"
	goal-done 2 3
	win-log -q -g 2 -d 2026-01-01 Won 1 early
	win-log -q -g 2 Won 2 late
	win-log -q -g 3 Won 3 elsewhere
	win-log -q Won 4 alone
	run resume-bullets -g 1
	[ "$output" = "$(printf '%s\n' "- Achieved a: the target of 1 (Under it)" "- Won 2 late" "- Won 1 early")" ]
	run resume-bullets -g 3 --since today
	[ "$output" = "$(printf '%s\n' "- Achieved b: the target of 1 (Elsewhere)" "- Won 3 elsewhere")" ]
	run resume-bullets --since 2026-06-01
	[ "${#lines[@]}" -eq 5 ]
	run resume-bullets --since tomorrow
	[ -z "$output" ]
}

@test "--markdown escapes markup; plain text keeps it" {
	win-log -q -m "*2x*" "Cut [build] time <by> half_way & more \\ \`now\`"
	win-log -q "#hashtag campaign"
	run resume-bullets --markdown
	status_is 0
	[ "${lines[0]}" = '- Cut \[build\] time \<by\> half\_way \& more \\ \`now\` (\*2x\*)' ]
	[ "${lines[1]}" = '- Delivered #hashtag campaign *(needs a number)*' ]
	run resume-bullets
	[ "${lines[0]}" = '- Cut [build] time <by> half_way & more \ `now` (*2x*)' ]
	[ "${lines[1]}" = '- Delivered #hashtag campaign (needs a number)' ]
}

@test "a newline in a win or a title stays on its line" {
	goal-add -q -t 2 "Two
lines"
	goal-done 1
	win-log -q "Shipped
3 things"
	run resume-bullets
	[ "${lines[0]}" = "- Achieved the target of 2 (Two lines)" ]
	[ "${lines[1]}" = "- Shipped 3 things" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "the example store gives verb-led bullets, each with a number but the last" {
	cp -R "$ROOT/examples/career" "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	run resume-bullets
	status_is 0
	[ "${#lines[@]}" -ge 3 ]
	for l in "${lines[@]:0:${#lines[@]}-1}"; do
		case $l in *[0-9]*) ;; *) echo "no number: $l"; false ;; esac
		case $l in *"needs a number"*) echo "noted: $l"; false ;; esac
	done
	output_has "- Achieved teams using it: 4 against a target of 3"
	case ${lines[${#lines[@]}-1]} in *"(needs a number)") ;; *) false ;; esac
}

@test "bad options, dates and goals are refused" {
	goal-add -q "Goal"
	run resume-bullets --since 2026-02-30
	status_is 65
	output_has "2026-02-30"
	run resume-bullets -g 9
	status_is 65
	output_has "resume-bullets: goal 9: no such goal"
	run resume-bullets -g x
	status_is 64
	for args in "extra" "--since" "-x" "--markdown now"; do
		run resume-bullets $args
		[ "$status" -eq 64 ] || { echo "$args: $status"; false; }
		case "$output" in *"usage: resume-bullets"*) ;; *) echo "$args: $output"; false ;; esac
	done
	run resume-bullets -h
	status_is 0
	output_has "usage: resume-bullets"
}

@test "a malformed goals.csv or progress.csv is named with its line" {
	goal-add -q -t 1 "Goal"
	goal-done 1
	goal-progress -q 1 1
	printf '2,1,"2026-11-23,1,,2026-11-23\n' >>"$CAREER_DIR/progress.csv"
	before=$(store_sum)
	run resume-bullets
	status_is 65
	output_has "progress.csv:3:"
	[ "$(store_sum)" = "$before" ]
}
