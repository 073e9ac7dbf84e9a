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

# goal-show: a goal seen whole, with everything the method keeps about it,
# from a store built with the real commands.

load helper

# Objective 1 with goal 2 and stretch goal 3 under it; goal 2 has feedback,
# an open gap (questions 1 and 2) and a closed one (question 3), ten
# meetings, progress, a win, an open and a done follow-up, a BATNA that was
# superseded and the current one.  Goal 4 has nothing.
store() {
	goal-add -q -k objective -d +5y "Become delivery director"
	goal-add -q -p 1 -m "releases shipped on date" -t 2 -d +9m \
	    "Lead the Q3 release"
	goal-set 2 stretch=4 agreed=2026-11-20
	goal-add -q -k stretch -p 1 -d 2027-12-31 "Mentor two juniors"
	goal-add -q "Learn Rust"
	feedback-log -q -g 2 -d -2d -r mentor Maria "Go for it; ask for March"
	feedback-log -q -g 3 -r friend Lee "Not about goal 2"
	gap-log -q -g 2 -s Maria -w "You are quiet" -w "No opinion heard" \
	    -a "Speak first in the weekly review" -c "Did I speak up?" \
	    -c "Was I on time?" "Not seen as a manager"
	gap-log -q -g 2 -c "Did I share notes?" "Notes are late"
	local i
	for i in 10 9 8 7 6; do meeting-check -q -d "-${i}d" -a nyy "M$i"; done
	for i in 5 4 3 2 1; do meeting-check -q -d "-${i}d" -a yny "M$i"; done
	gap-log -x 2
	goal-progress -q -d -10d 2 0 kickoff
	goal-progress -q 2 1 "first release"
	win-log -q -g 2 -m "3 days early" "Shipped the release on date"
	followup-add -q -g 2 -e 1m -w Dana +1w "Monthly check-in"
	followup-add -q -g 2 -w Dana -3d "Kickoff"
	followup-done -q 2
	batna-set -q -g 2 -w Dana -m "OLDMIN" -a "OLDALT"
	batna-set -q -g 2 -w Dana -d +5d -m "SECRETMIN" -a "SECRETALT" \
	    -b "SECRETBACKUP"
}

@test "goal-show shows the goal's fields, objective, progress and every section" {
	store
	run goal-show 2
	status_is 0
	[ "${lines[0]}" = "goal 2: Lead the Q3 release" ]
	output_has "  kind        goal"
	output_has "  status      open"
	output_has "  measure     releases shipped on date"
	output_has "  target      2"
	output_has "  stretch     4"
	output_has "  due         2027-08-23 (in 8 months)"
	output_has "  agreed      2026-11-20"
	output_has "  objective   1: Become delivery director (open)"
	output_has "  progress    1 on 2026-11-23: 50% of the target 2, 25% of the stretch 4"
	output_has "
Feedback
  2026-11-21  Maria (mentor): Go for it; ask for March
"
	output_has "
Gaps
  gap 1, open: Not seen as a manager
    source    Maria
    why 1     You are quiet
    why 2     No opinion heard
    action    Speak first in the weekly review
    question 1: Did I speak up? (10 meetings, 5 yes, a run of 5, trend up)
    question 2: Was I on time? (10 meetings, 5 yes, a run of 0, trend down)
  gap 2, closed 2026-11-23: Notes are late
    question 3: Did I share notes? (10 meetings, 10 yes, a run of 10, trend flat; retired)
"
	output_has "
Progress
  2026-11-13  0  kickoff
  2026-11-23  1  first release
"
	output_has "
Wins
  2026-11-23  Shipped the release on date (3 days early)
"
	output_has "
Follow-ups
  2026-11-30  open  with Dana, every 1m: Monthly check-in
  2026-11-20  done 2026-11-23  with Dana: Kickoff"
	case "$output" in *"Not about goal 2"* | *Sub-goals*) false ;; esac
}

@test "an objective shows its sub-goals; a goal with nothing says none" {
	store
	run goal-show 1
	status_is 0
	output_has "
Sub-goals
  2    goal     open     2027-08-23  Lead the Q3 release
  3    stretch  open     2027-12-31  Mentor two juniors
"
	case "$output" in *"  objective "*) false ;; esac
	run goal-show 4
	status_is 0
	output_has "  objective   none"
	output_has "  agreed      not yet"
	output_has "  progress    none yet"
	output_has "  BATNA       none"
	for s in Feedback Gaps Progress Wins Follow-ups; do
		output_has "
$s
  none"
	done
}

@test "the BATNA's content never shows without -b; with it, only the current one" {
	store
	for args in "2" "--csv 2" "--tsv 2" "--json 2" "--jsonl 2" "1 2 3 4"; do
		run goal-show $args
		status_is 0
		case "$output" in *SECRET* | *OLD* | *batna.csv*) echo "$args: $output"; false ;; esac
	done
	run goal-show 2
	output_has "  BATNA       prepared (goal-show --batna shows it)"
	run goal-show -b 2
	status_is 0
	output_has "
BATNA
  2 with Dana on 2026-11-28
    minimum      SECRETMIN
    alternative  SECRETALT
    backups      SECRETBACKUP"
	case "$output" in *OLD*) false ;; esac
	run goal-show --batna --jsonl 2
	output_has '{"goal":"2","section":"batna","file":"batna.csv","id":"2","field":"minimum","value":"SECRETMIN"}'
	case "$output" in *OLD*) false ;; esac
	# What batna-set -l shows of it, and no more.
	[ "$(goal-show -b --csv 2 | awk -F, '$2 == "batna" { print $6 }' | paste -sd,)" = \
	    "$(batna-set -l -g 2 --csv --no-header | cut -d, -f2-)" ]
}

@test "--json parses with jq: a row a field, with the file and id of each record" {
	store
	run goal-show --json 2
	status_is 0
	jq -e . <<<"$output" >/dev/null
	[ "$(jq -r '.[] | select(.section == "gap" and .field == "statement") | .value' <<<"$output")" = \
	    "$(printf 'Not seen as a manager\nNotes are late')" ]
	[ "$(jq -r '.[] | select(.section == "question" and .field == "trend") | "\(.id) \(.value)"' <<<"$output")" = \
	    "$(printf '1 up\n2 down\n3 flat')" ]
	[ "$(jq -r '.[] | select(.section == "goal" and .field == "percent") | .value' <<<"$output")" = 50 ]
	[ "$(jq -r '[.[] | .section] | unique | join(" ")' <<<"$output")" = \
	    "feedback follow-up gap goal objective progress question win" ]
	[ "$(jq -r '[.[] | select(.section == "follow-up") | .id] | unique | join(" ")' <<<"$output")" = "1 2" ]
	run goal-show --jsonl 1 2
	while IFS= read -r line; do jq -e . <<<"$line" >/dev/null; done <<<"$output"
	[ "$(jq -rs '[.[] | .goal] | unique | join(" ")' <<<"$output")" = "1 2" ]
	[ "$(jq -rs '[.[] | select(.goal == "1" and .section == "sub-goal") | .id] | unique | join(" ")' <<<"$output")" = "2 3" ]
}

@test "--csv and --tsv: a header, then goal,section,file,id,field,value" {
	store
	run goal-show --csv 2
	status_is 0
	[ "${lines[0]}" = "goal,section,file,id,field,value" ]
	[ "${lines[1]}" = "2,goal,goals.csv,2,kind,goal" ]
	output_has "2,feedback,feedback.csv,1,said,Go for it; ask for March"
	output_has "2,question,checks.csv,3,status,retired"
	output_has "2,win,wins.csv,1,metric,3 days early"
	output_has "2,progress,progress.csv,2,value,1"
	run goal-show --csv --no-header 4
	[ "${lines[0]}" = "4,goal,goals.csv,4,kind,goal" ]
	run goal-show --tsv 2
	[ "${lines[0]}" = "$(printf 'goal\tsection\tfile\tid\tfield\tvalue')" ]
	[ "$(goal-show --csv 2 | python3 -c 'import csv,sys; print(len(list(csv.reader(sys.stdin))))')" = \
	    "$(goal-show --tsv 2 | wc -l)" ]
}

@test "a gap whose every question was yes in the last five meetings looks closed" {
	store
	for i in 1 2 3 4; do meeting-check -q -a yy "N$i"; done
	run goal-show 2
	case "$output" in *"looks closed"*) false ;; esac
	meeting-check -q -a yy N5
	run goal-show 2
	output_has "    looks closed: every question yes in each of the last five meetings; close it with gap-log -x 1"
	[ "$(grep -c "looks closed" <<<"$output")" -eq 1 ]
	run goal-show --csv 2
	output_has "2,question,checks.csv,2,run,5"
}

@test "several goals, one block each in the order given" {
	store
	run goal-show 4 2
	status_is 0
	[ "${lines[0]}" = "goal 4: Learn Rust" ]
	output_has "
Follow-ups
  none

goal 2: Lead the Q3 release"
}

@test "a filter shows every goal it matches, in file order" {
	store
	run goal-show kind:stretch or /Rust/
	status_is 0
	[ "$(grep '^goal ' <<<"$output")" = "$(printf 'goal 3: Mentor two juniors\ngoal 4: Learn Rust')" ]
	run goal-show --csv parent:1
	[ "$(tail -n +2 <<<"$output" | cut -d, -f1 | uniq | paste -sd' ')" = "2 3" ]
	run goal-show /nothing-like-it/
	status_is 0
	[ -z "$output" ]
	run goal-show 2 nope
	status_is 64
	output_has "goal-show: 2: want field:value"
}

@test "an unknown goal exits 65 after showing the others" {
	store
	run goal-show 99
	status_is 65
	[ "$output" = "goal-show: goal 99: no such goal" ]
	run goal-show 4 99
	status_is 65
	[ "${lines[0]}" = "goal 4: Learn Rust" ]
	output_has "goal-show: goal 99: no such goal"
	rm -rf "$CAREER_DIR"
	run goal-show 1
	status_is 65
	output_has "goal 1: no such goal"
}

@test "wrong invocations exit 64 with the usage" {
	store
	before=$(store_sum)
	for args in "" "-x 2" "--ids 2" "--table 2" "abc" "0" "-- -2"; do
		run goal-show $args
		[ "$status" -eq 64 ] || { echo "$args: $status $output"; false; }
	done
	run goal-show
	output_has "usage: goal-show"
	[ "$(store_sum)" = "$before" ]
}

@test "what a terminal would run is shown in caret notation; a broken file is named" {
	goal-add -q "$(printf 'Evil\033[2Jtitle')"
	run goal-show 1
	status_is 0
	[ "${lines[0]}" = "goal 1: Evil^[[2Jtitle" ]
	printf 'id,date,goal,person,relation,said\n9,2026-11-23,1,"Maria\n' \
	    >"$CAREER_DIR/feedback.csv"
	run goal-show 1
	status_is 65
	output_has "feedback.csv:2:"
}
