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

# career next: the method's rules applied to the store, one next step at a
# time, each with the command that takes it.

load helper

# The first suggestion must be step $1, rule $2 (and about goal $3).
next_is() {
	local goal step rule
	run career next --json
	status_is 0
	goal=$(jq -r '.[0].goal' <<<"$output")
	step=$(jq -r '.[0].step' <<<"$output")
	rule=$(jq -r '.[0].rule' <<<"$output")
	if [ "$step" != "$1" ] || [ "$rule" != "$2" ] ||
	    { [ $# -gt 2 ] && [ "$goal" != "$3" ]; }; then
		printf 'next is goal %s step %s %s, want %s %s %s:\n%s\n' \
		    "$goal" "$step" "$rule" "$1" "$2" "${3-}" "$output" >&2
		return 1
	fi
}

# Take the first suggestion: run its command as printed, the words in
# capitals (TITLE, WHO...) filled in as the person would: take [WORD VALUE]...
take() {
	local cmd
	cmd=$(career next --json | jq -r '.[0].command')
	[ -n "$cmd" ]
	while [ $# -gt 0 ]; do
		cmd=${cmd//"$1"/$2}
		shift 2
	done
	echo "take: $cmd" >&2
	run eval "$cmd"
	status_is 0
}

# The plan is in order: nothing printed, in any form, and -q exits 0.
in_order() {
	run career next
	status_is 0
	[ -z "$output" ] || { echo "not in order: $output" >&2; return 1; }
	run career next -a --csv
	[ -z "$output" ]
	run career next -q
	status_is 0
	[ -z "$output" ]
	run career
	output_has "  next       nothing to do: the plan is in order"
}

# Something to do: -q prints nothing and exits 1.
to_do() {
	run career next -q
	status_is 1
	[ -z "$output" ]
}

@test "followed one step at a time, the suggestions take an empty store to a plan in order" {
	# Step 1: where to go, and a first goal toward it.
	next_is 1 no-objective ""
	to_do
	take TITLE "'COO in five years'"
	next_is 1 objective-no-goal 1
	take TITLE "'Lead the Q3 release of billing'"
	# Step 2: shown to someone trusted; the mentor names a weakness.
	next_is 2 not-shown 2
	take WHO Ana SAID "'Good plan, but you need to be seen leading'"
	# Step 3: the gap, asked why until the root cause shows.
	next_is 3 weakness-no-gap 2
	take WHY1 "'You do not come across as a manager'" \
	    WHY2 "'You are quiet in meetings'" \
	    WHY3 "'You never share an opinion'" \
	    QUESTION "'Did I speak up?'" STATEMENT "'Not seen as a leader'"
	# Step 4: the checklist answered after a meeting.
	next_is 4 unanswered 2
	take ANSWERS y MEETING "'Weekly planning'"
	# Step 5: measurable, then a meeting to agree it, and a BATNA first.
	next_is 5 not-smart 2
	take MEASURE "'releases shipped on date'" TARGET 1
	next_is 5 not-agreed 2
	take MANAGER Dana
	next_is 4 no-batna 2
	run career next
	output_has "no BATNA for the negotiation with Dana on 2026-11-30"
	take MINIMUM "'A written plan'" ALTERNATIVE "'The platform team'"
	next_is 5 not-smart 1
	take MEASURE "'role held'" TARGET 1
	# Nothing to do until the conversation.
	in_order

	# A week later the conversation is due: it happened, the plan agreed.
	export CAREER_TODAY=2026-12-01
	next_is 5 followup-overdue 2
	take
	# A meeting was held: the checklist is answered again.
	next_is 4 unanswered 2
	take ANSWERS y MEETING "'One-on-one with Dana'"
	next_is 5 not-agreed 2
	run career next
	output_has "goal-set 2 agreed=today"
	take
	# The conversation was with Dana: the one-on-ones are too.
	next_is 5 no-cadence 2
	run career next
	output_has "followup-add -g 2 -e 1m -w Dana +1m 'One-on-one on the plan'"
	take
	next_is 5 not-agreed 1
	take
	in_order

	# A month on: the one-on-one, the checklist, the progress.
	export CAREER_TODAY=2027-01-05
	next_is 5 followup-overdue 2
	take
	next_is 4 unanswered 2
	take ANSWERS y MEETING "'One-on-one with Dana'"
	next_is measure not-measured 2
	take VALUE 1
	in_order
	run goal-list --progress --csv
	output_has "100"
}

@test "on a terminal: three lines a suggestion, what fits the screen, -a for all" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -d +6m "Lead the Q3 release of billing"
	goal-add -q -d +6m "Run the weekly architecture review"
	goal-add -q "Mentor two junior developers"
	LINES=8 run script -qec "career next" /dev/null
	status_is 0
	output_has "step 1  goal 2: Lead the Q3 release of billing"
	output_has "        it leads to no objective: which one is it a step toward?"
	output_has "        \$ goal-set 2 parent=1"
	output_has "more (career next -a)"
	[ "${#lines[@]}" -le 8 ]
	# Lines that wrap take the rows they wrap to.
	COLUMNS=40 LINES=12 run script -qec "career next" /dev/null
	rows=0
	for l in "${lines[@]}"; do
		l=${l%$'\r'}
		rows=$((rows + (${#l} + 39) / 40))
	done
	[ "$rows" -le 12 ]
	[ "$rows" -ge 6 ]
	output_has "more (career next -a)"
	LINES=8 run script -qec "career next -a" /dev/null
	[ "${#lines[@]}" -gt 8 ]
	[[ "$output" != *"more (career next -a)"* ]]
	# In a pipe, CSV; --table is the list, whole.
	run career next --table
	[ "${#lines[@]}" -eq 12 ]
	run career next
	[ "${lines[0]}" = "goal,about,step,rule,priority,text,command" ]
}

@test "one step a goal, the most urgent first; -a every one; GOAL that goal only" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release of billing"
	goal-add -q -p 1 -d +1m "Run the weekly architecture review"
	run career next --csv --no-header
	[ "${#lines[@]}" -eq 3 ]
	# Goal 3 is due first.
	[[ "${lines[0]}" == 3,*,2,not-shown,4,* ]]
	[[ "${lines[1]}" == 2,*,2,not-shown,4,* ]]
	run career next -a --csv --no-header
	[ "${#lines[@]}" -gt 3 ]
	run career next -a --csv --no-header 2
	for l in "${lines[@]}"; do [[ "$l" == 2,* ]]; done
	[[ "${lines[0]}" == *not-shown* ]]
	run career next --ids
	[ "$output" = "$(printf '3\n2\n1')" ]
	run career next --json
	[ "$(jq -r '.[0].command' <<<"$output")" = "feedback-log -g 3 -r mentor WHO SAID" ]
	[ "$(jq -r '.[0].step' <<<"$output")" = 2 ]
}

@test "step 1: a goal without a date, a goal toward no objective" {
	goal-add -q -k objective "COO in five years"
	goal-add -q -d +6m "Lead the Q3 release of billing"
	run career next -a --csv --no-header
	output_has "1,COO in five years,1,no-due,3,no due date: by when?,goal-set 1 due=+5y"
	output_has ",1,no-parent,3,it leads to no objective: which one is it a step toward?,goal-set 2 parent=1"
}

@test "step 2: shown to the manager or to peers only is not validated" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release of billing"
	feedback-log -q -g 2 -r peer Jordan "Why would you want that?" 2>/dev/null
	next_is 2 peers-only 2
	feedback-log -q -g 2 -r manager Dana "Let us talk about it" 2>/dev/null
	next_is 2 manager-first 2
	# A colleague one trusts validates it, as feedback-log judges.
	feedback-log -q -g 2 -r colleague Priya "Sounds right" 2>/dev/null
	run career next -a --csv
	[[ "$output" != *manager-first* ]]
	[[ "$output" != *not-shown* ]]
	# The manager's name is now known: the meeting to agree is with Dana.
	output_has "followup-add -N -g 2 -w Dana +1w 'Agree the goal and the plan'"
	# Feedback on the whole plan shows every goal.
	goal-add -q -p 1 -d +6m "Run the weekly architecture review"
	run career next -a --csv 3
	output_has not-shown
	feedback-log -q -r mentor Ana "A good map of the next five years"
	run career next -a --csv 3
	[[ "$output" != *not-shown* ]]
}

@test "step 3: a weakness named without a gap, a gap with few whys or no checklist" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release of billing"
	feedback-log -q -g 2 -r mentor Ana "You would do well at it"
	run career next -a --csv
	[[ "$output" != *weakness-no-gap* ]]
	feedback-log -q -r friend Sam "I never thought you wanted to manage"
	run career next -a --csv --no-header
	output_has ',the plan,3,weakness-no-gap,5,"feedback 2 from Sam names a weakness: record the gap, asking why until the root cause shows",gap-log -s 2 -w WHY1 -w WHY2 -w WHY3 -c QUESTION STATEMENT'
	# A gap that names who said it records it.
	gap-log -q -g 2 -s Sam -w "You are quiet" "Not seen as a manager"
	run career next -a --csv --no-header
	[[ "$output" != *weakness-no-gap* ]]
	output_has "2,Lead the Q3 release of billing,3,few-whys,5,gap 1 has 1 why: ask why again until the root cause shows (3 or more),gap-edit 1"
	output_has "3,no-checklist,5,gap 1 has no checklist: what yes-or-no question after each meeting shows it closing?,gap-log -C 1 QUESTION"
	# Taken in the editor: three whys, and the rule is met.
	printf '#!/bin/sh\nsed -i "s/^why2:.*/why2: Never prepared/; s/^why3:.*/why3: No time/" "$1"\n' >"$BATS_TEST_TMPDIR/ed"
	chmod +x "$BATS_TEST_TMPDIR/ed"
	VISUAL=$BATS_TEST_TMPDIR/ed run gap-edit 1
	status_is 0
	run career next -a --csv
	[[ "$output" != *few-whys* ]]
}

@test "step 4: unanswered, trending down, a gap that looks closed" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release of billing"
	gap-log -q -g 2 -w a -w b -w c -c "Did I speak up?" "Quiet"
	run career next -a --csv
	output_has '"1 question of gap 1 not answered since the last meeting: answer all 1, y or n each",meeting-check -a ANSWERS MEETING'
	for d in 1 2 3 4 5; do meeting-check -q -d "2026-11-0$d" -a y Standup; done
	for d in 6 7 8 9; do meeting-check -q -d "2026-11-0$d" -a n Standup; done
	meeting-check -q -d 2026-11-20 -a n Standup
	run career next -a --csv
	output_has '"question 1 is trending down: revisit the plan that closes gap 1, or ask for feedback",gap-edit 1'
	[[ "$output" != *unanswered* ]]
	[[ "$output" != *looks-closed* ]]
	for d in 21 22 23; do meeting-check -q -d "2026-11-$d" -a y Standup; done
	run career next -a --csv
	[[ "$output" != *looks-closed* ]]
	meeting-check -q -d 2026-11-23 -a y Retro
	meeting-check -q -d 2026-11-23 -a y Review
	run career next -a --csv
	output_has "gap 1 looks closed: every question yes in each of the last five meetings,gap-log -x 1"
	# Two weeks without an answer is too long.
	CAREER_TODAY=2026-12-08 run career next -a --csv
	output_has unanswered
	gap-log -x 1
	run career next -a --csv
	[[ "$output" != *looks-closed* ]]
	[[ "$output" != *gap\ 1* ]]
	# The gaps of a goal done are out of the plan.
	gap-log -q -g 2 "Late to meetings"
	run career next -a --csv
	output_has "gap 2 has 0 whys"
	goal-done 2
	run career next -a --csv
	[[ "$output" != *"gap 2"* ]]
}

@test "step 4: the BATNA, missing or older than the goal, and never what it says" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release of billing"
	followup-add -q -N -g 2 -w Dana +20d "Share the plan"
	run career next -a --csv --no-header
	output_has "2,Lead the Q3 release of billing,4,no-batna,2,"
	CAREER_TODAY=2026-12-08 run career next -a --csv --no-header
	output_has "2,Lead the Q3 release of billing,4,no-batna,1,"
	output_has "batna-set -g 2 -w Dana -d 2026-12-13 -m MINIMUM -a ALTERNATIVE"
	batna-set -q -g 2 -w Dana -d 2026-12-13 -m "SECRET-MINIMUM-7" \
	    -a "SECRET-ALTERNATIVE-7" -b "SECRET-BACKUP-7"
	run career next -a --csv
	[[ "$output" != *batna* ]]
	# The goal changes after the BATNA was written: it is out of date.
	CAREER_TODAY=2026-11-25 goal-set 2 target=1
	CAREER_TODAY=2026-11-25 run career next -a --csv --no-header
	output_has "2,Lead the Q3 release of billing,4,batna-old,2,"
	# A follow-up not marked as the negotiation asks for no BATNA.
	followup-add -q -g 1 -e 1m -w Maria +3d "Mentoring lunch"
	followup-add -q -g 1 -w Maria +4d "Coffee"
	CAREER_TODAY=2026-11-25 run career next -a --csv
	[[ "$output" != *Maria* ]]
	# A negotiation about no goal: a BATNA with its person.
	followup-add -q -N -w Dana +5d "Pay review"
	run career next -a --csv --no-header
	output_has ",the plan,4,no-batna,1,no BATNA for the negotiation with Dana on 2026-11-28: decide the minimum you accept and your best alternative,batna-set -w Dana -d 2026-11-28 -m MINIMUM -a ALTERNATIVE"
	batna-set -q -w Dana -d 2026-11-28 -m "SECRET-MINIMUM-8" -a "SECRET-ALTERNATIVE-8"
	run career next -a --csv
	[[ "$output" != *"the plan,4,no-batna"* ]]
	# Whatever form, whatever goal, the BATNA's content never shows.
	for f in --csv --tsv --json --jsonl --table --ids ""; do
		for g in "" 1 2; do
			for d in 2026-11-23 2026-11-25 2026-12-20; do
				CAREER_TODAY=$d run career next -a $f $g
				[[ "$output" != *SECRET* ]]
			done
		done
	done
	LINES=50 run script -qec "career next -a" /dev/null
	[[ "$output" != *SECRET* ]]
}

@test "step 5: overdue follow-ups, overdue goals, agreed and followed up" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +1m -m "releases shipped" -t 2 "Lead the Q3 release of billing"
	goal-set 2 agreed=today
	followup-add -q -g 2 -w Dana -e 2w +1w "One-on-one"
	CAREER_TODAY=2026-12-02 run career next -a --csv --no-header
	output_has "2,Lead the Q3 release of billing,5,followup-overdue,1,follow-up 1 with Dana is 2 days overdue: done? record it (or move it: followup-edit 1),followup-done 1"
	CAREER_TODAY=2027-01-01 run career next -a --csv --no-header
	output_has 'goal-overdue,2,"past its due date: agree a new one with your manager, or drop it (goal-done -x 2)",goal-set 2 due=+3m'
	goal-progress -q 2 2
	CAREER_TODAY=2027-01-01 run career next -a --csv --no-header
	output_has 'goal-overdue,2,"its target is reached: mark it done, and start the conversation about the next step",goal-done 2'
	# Stretch goals are reported as stretches: not agreed is no failure.
	goal-add -q -k stretch -p 1 -d +1y -m juniors -t 2 "Mentor two junior developers"
	run career next -a --csv 3
	[[ "$output" != *not-agreed* ]]
}

@test "measuring: a goal done without a win, a win without a number" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Write the release checklist"
	goal-done 2
	run career next -a --csv --no-header
	output_has "2,Write the release checklist,measure,done-no-win,8,\"done, and no win recorded: what did it achieve, with its number, for the resume?\",win-log -g 2 -m METRIC WHAT"
	win-log -q -g 2 "Wrote the checklist"
	run career next -a --csv --no-header
	[[ "$output" != *done-no-win* ]]
	output_has "2,Write the release checklist,measure,win-no-number,8,"
	output_has "Add it to what or metric\",career-edit wins 1"
	# Taken in the editor, the win has its number.
	printf '#!/bin/sh\nsed -i "s/^metric:.*/metric: 3 teams/" "$1"\n' >"$BATS_TEST_TMPDIR/ed"
	chmod +x "$BATS_TEST_TMPDIR/ed"
	VISUAL=$BATS_TEST_TMPDIR/ed run career-edit wins 1
	status_is 0
	run career next -a --csv 2
	[[ "$output" != *win-no-number* ]]
	win-log -q -g 2 "Got the checklist adopted"
	run career next -a --csv 2
	[ "$(grep -c win-no-number <<<"$output")" -eq 1 ]
	output_has "career-edit wins 2"
}

@test "the example store: what the method says next" {
	cp -R "$BATS_TEST_DIRNAME/../examples/career" "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	chmod 600 "$CAREER_DIR"/*.csv
	next_is 5 followup-overdue 2
	run career next --csv --no-header
	output_has "1,Become software delivery director at a product company,4,looks-closed,6,"
	output_has "5,Improve communication,1,no-due,3,"
	# The mentoring lunch is no negotiation; goal 2 has its BATNA.
	run career next -a --csv
	[[ "$output" != *no-batna* ]]
	[[ "$output" != *batna-old* ]]
	[[ "$output" != *"platform team"* ]]
	[[ "$output" != *"written plan"* ]]
}

@test "usage, unknown goals and broken stores" {
	run career next 1 2
	status_is 64
	output_has "usage: career next"
	run career next -q --csv
	status_is 64
	run career next --bogus
	status_is 64
	run career next -h
	status_is 0
	output_has "usage: career"
	goal-add -q -k objective -d +5y "COO in five years"
	run career next 7
	status_is 65
	output_has "goal 7"
	run career next x
	status_is 64
	printf 'id,date,goal,person,relation,said\n1,"2026\n' >"$CAREER_DIR/feedback.csv"
	run career next
	status_is 65
	output_has "feedback.csv:2:"
	run career next -q
	status_is 65
}

@test "bash completes career next: its options, then a goal" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release of billing"
	run bash -c 'source "$1"; COMP_WORDS=(career ne); COMP_CWORD=1
	    COMP_LINE="career ne"; COMP_POINT=${#COMP_LINE}
	    _career_front career; echo "${COMPREPLY[*]}"
	    COMP_WORDS=(career next --j); COMP_CWORD=2
	    COMP_LINE="career next --j"; COMP_POINT=${#COMP_LINE}
	    _career_front career; echo "${COMPREPLY[*]}"
	    COMP_WORDS=(career next -a ""); COMP_CWORD=3
	    COMP_LINE="career next -a "; COMP_POINT=${#COMP_LINE}
	    _career_front career; echo "${COMPREPLY[*]}"' _ "$BATS_TEST_DIRNAME/../completions/career.bash"
	[ "${lines[0]}" = next ]
	[ "${lines[1]}" = "--json --jsonl" ]
	[ "${lines[2]}" = "1 2" ]
}

@test "make demo ends with career next" {
	TMPDIR=$BATS_TEST_TMPDIR run sh "$BATS_TEST_DIRNAME/../examples/demo"
	status_is 0
	output_has '$ career next --table'
	output_has "step 4  goal 1: Become software delivery director at a product company"
	output_has "        \$ gap-log -x 1"
	# The last section, and the BATNA is not in it.
	last=${output##*$'\n## '}
	[[ "$last" == "What comes next"* ]]
	[[ "$last" != *"platform team as its delivery lead"* ]]
}

@test "people: relations, the manager and who to ask come from people.csv" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release of billing"
	# Nobody known yet: the placeholders.
	run career next -a --csv 2
	output_has "feedback-log -g 2 -r mentor WHO SAID"
	output_has "followup-add -N -g 2 -w MANAGER +1w"
	person-add -q -r mentor -a Ana "Ana Ruiz"
	person-add -q -r manager "Dana Kim"
	run career next -a --csv 2
	output_has "feedback-log -g 2 'Ana Ruiz' SAID"
	output_has "followup-add -N -g 2 -w 'Dana Kim' +1w"
	# A peer who became a mentor: the relation is the person's now.
	feedback-log -q -g 2 -r peer Jordan "Why would you want that?" 2>/dev/null
	next_is 2 peers-only 2
	printf '#!/bin/sh\nsed -i "s/^relation:.*/relation: mentor/" "$1"\n' >"$BATS_TEST_TMPDIR/ed"
	chmod +x "$BATS_TEST_TMPDIR/ed"
	VISUAL=$BATS_TEST_TMPDIR/ed run career-edit people 3
	status_is 0
	run person-list --csv
	output_has "3,Jordan,,mentor,"
	run career next -a --csv 2
	[[ "$output" != *peers-only* ]]
	[[ "$output" != *not-shown* ]]
}

@test "a command with a name that needs quoting runs as printed" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release of billing"
	followup-add -q -N -g 2 -w "Ann O'Neil \$HOME" +3d 'Share the plan'
	next_is 4 no-batna 2
	run career next
	output_has "batna-set -g 2 -w 'Ann O'\\''Neil \$HOME' -d 2026-11-26 -m MINIMUM -a ALTERNATIVE"
	take MINIMUM x ALTERNATIVE y
	run batna-set -l --csv
	output_has "Ann O'Neil \$HOME"
	run career next -a --csv
	[[ "$output" != *no-batna* ]]
}

@test "the front door says how many steps there are to take" {
	goal-add -q -k objective -d +5y "COO in five years"
	run career
	status_is 0
	output_has "  next       1 step to take (career next)"
	goal-add -q -p 1 -d +6m "Lead the Q3 release of billing"
	run career
	output_has "  next       2 steps to take (career next)"
	goal-done -x 1 2
	run career
	output_has "  next       1 step to take (career next)"
}

@test "career(7) documents every rule of career next, and no other" {
	src=$BATS_TEST_DIRNAME/../lib/method/next.c
	page=$BATS_TEST_DIRNAME/../man/career.7
	code=$(sed -n 's/^	{ "\([a-z-]*\)", NEXT_[A-Z0-9]*, [0-9] },.*/\1/p' "$src" | sort)
	[ "$(wc -l <<<"$code")" -eq 23 ]
	doc=$(sed -n '/^\.Ss The next step/,/^\.S[sh] /s/^\.It Cm \([a-z-]*\) Pq .*/\1/p' "$page" | sort)
	[ "$code" = "$doc" ]
}
