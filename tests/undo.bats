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

# Every mistake taken back with the tools alone, on a store never
# prepared: each kind of record added with its own command, fixed with
# career-edit, removed with career-rm, and each step undone with
# career-undo, the files byte for byte as they were at each step;
# career-log saying what each write did.

load helper

# EDITOR as a script that runs $1 on the file.
editor() {
	printf '#!/bin/sh\n%s\n' "$1" >"$BATS_TEST_TMPDIR/editor"
	chmod +x "$BATS_TEST_TMPDIR/editor"
	export EDITOR="$BATS_TEST_TMPDIR/editor"
	unset VISUAL
}

# A record in every file of the store, so that each file exists.
fill() {
	person-add -q -r mentor Ann
	goal-add -q -k objective "Staff engineer"
	goal-add -q -p 1 -m releases -t 1 "Lead a release"
	feedback-log -q -g 2 -r mentor Ann "Sound plan"
	gap-log -q -g 2 -w "I stay quiet" -c "Did I speak up?" "Not visible"
	meeting-check -q -y 1 "1:1 with Ann"
	batna-set -q -g 2 -w Dana -m "a raise of 10%" -a "the offer from Acme"
	followup-add -q -g 2 -w Bob +1w "Ask about the release"
	goal-progress -q 2 1 "first"
	win-log -q -g 2 -m "3 teams" "Shipped"
}

sum() {
	cksum <"$CAREER_DIR/$1.csv"
}

# The output of the last run must not contain $1.
output_lacks() {
	case "$output" in
	*"$1"*) printf 'output has %s:\n%s\n' "$1" "$output" >&2; return 1 ;;
	esac
}

# walk FILE SED COMMAND...: COMMAND adds a record to FILE; career-edit
# fixes it with SED; career-rm removes it; then three career-undo take
# each step back, the store as it was before each.
walk() {
	local file=$1 expr=$2 s0 s1 s2 all0 id
	shift 2
	s0=$(sum "$file")
	all0=$(store_sum)
	"$@" >/dev/null
	s1=$(sum "$file")
	[ "$s1" != "$s0" ] || { echo "$file: $* added nothing"; return 1; }
	id=$(career-list "$file" --ids | sort -n | tail -n 1)
	editor "sed -i '$expr' \"\$1\""
	run career-edit "$file" "$id"
	status_is 0
	s2=$(sum "$file")
	[ "$s2" != "$s1" ] || { echo "$file: career-edit changed nothing"; return 1; }
	run career-rm "$file" "$id"
	status_is 0
	[ -z "$(career-list "$file" --ids | grep -x "$id")" ]
	run career-undo
	status_is 0
	output_has "undid career-rm"
	[ "$(sum "$file")" = "$s2" ] || { echo "$file: undo of career-rm"; return 1; }
	run career-undo
	status_is 0
	output_has "undid career-edit"
	[ "$(sum "$file")" = "$s1" ] || { echo "$file: undo of career-edit"; return 1; }
	run career-undo
	status_is 0
	[ "$(sum "$file")" = "$s0" ] || { echo "$file: undo of the add"; return 1; }
	[ "$(store_sum)" = "$all0" ] || { echo "$file: the store differs"; return 1; }
}

@test "career-undo, career-edit, career-rm: add, fix, remove and undo each, for every file (person-add too)" {
	fill
	walk goals 's/^target: .*/target: 2/' goal-add -t 1 "Another goal"
	walk feedback 's/^said: .*/said: Too vague/' \
	    feedback-log -r friend Bea "Aim higher"
	walk gaps 's/^action: .*/action: Speak first/' gap-log "No sponsor"
	walk checks 's/^question: .*/question: Did I ask?/' \
	    gap-log -C 1 "Did I share notes?"
	walk meetings 's/^answer: .*/answer: no/' meeting-check -y 1 "Team sync"
	walk batna 's/^minimum: .*/minimum: a raise of 15%/' \
	    batna-set -g 2 -w Dana -m "a raise of 12%" -a "the offer from Initech"
	walk followups 's/^note: .*/note: Bring the numbers/' \
	    followup-add -w Cy +2w "Lunch"
	walk progress 's/^value: .*/value: 4/' goal-progress 2 3 "second"
	walk wins 's/^metric: .*/metric: 5 teams/' win-log -m "2 weeks" "Migrated"
	walk people 's/^relation: .*/relation: mentor/' \
	    person-add -r peer -a Evie "Eve Stone"
}

@test "career-rm refuses a record others point at; -r removes the chain, and career-undo puts it all back" {
	fill
	meeting-check -q -n 1 "Second 1:1"
	before=$(store_sum)
	run career-rm goals 2
	status_is 65
	output_has "goal 2:"
	output_has "-r removes it too"
	[ "$(store_sum)" = "$before" ]
	# An objective is pointed at by its sub-goals.
	run career-rm goals 1
	status_is 65
	output_has "goal 1: goal 2 points at it (its parent)"
	run career-rm -n -r goals 2
	status_is 0
	output_has "would remove goal 2"
	output_has "would remove gap 1"
	output_has "would remove question 1"
	output_has "would remove answer 1"
	output_has "would remove answer 2"
	output_has "would remove BATNA 1"
	[ "$(store_sum)" = "$before" ]
	run career-rm -r goals 1
	status_is 0
	[ -z "$output" ]
	[ -z "$(career-list goals --ids)" ]
	[ -z "$(career-list gaps --ids)" ]
	[ -z "$(career-list checks --ids)" ]
	[ -z "$(career-list meetings --ids)" ]
	[ -z "$(career-list wins --ids)" ]
	run career-log -n 1
	output_has "goal 1 removed: \"Staff engineer\""
	output_has "answer 2 removed"
	career-undo
	[ "$(store_sum)" = "$before" ]
}

@test "career-rm -v names each record removed; bad files, ids and usage" {
	fill
	run career-rm -v wins 1
	status_is 0
	[ "$output" = "removed win 1" ]
	before=$(store_sum)
	run career-rm wins 1
	status_is 65
	output_has "win 1: no such win"
	run career-rm wins 0x1
	status_is 64
	run career-rm nosuch 1
	status_is 64
	output_has "nosuch: not a file of the store"
	run career-rm wins
	status_is 64
	output_has "usage: career-rm"
	[ "$(store_sum)" = "$before" ]
}

@test "ids are never given again: after the undo of an add, after career-rm" {
	fill
	goal-add -q "Three"
	career-undo
	run goal-add "Four"
	[ "$output" = 4 ]
	career-rm goals 4
	run goal-add "Five"
	[ "$output" = 5 ]
	# Undo puts a removed record back under its own id.
	career-rm wins 1
	win-log -q -m 1 "Another"
	career-undo -n 2
	[ "$(career-list wins --ids)" = 1 ]
	run win-log -m 1 "Later"
	[ "$output" = 3 ]
}

@test "career-undo refuses a record changed by hand since, exit 65; -f undoes it anyway" {
	fill
	before=$(sum goals)
	goal-set 2 target=5
	sed -i 's/Lead a release/Lead two releases/' "$CAREER_DIR/goals.csv"
	edited=$(store_sum)
	run career-undo
	status_is 65
	output_has "goals.csv changed since goal-set wrote it; nothing undone"
	output_has "-f"
	[ "$(store_sum)" = "$edited" ]
	run career-undo -d
	status_is 0
	output_has "would undo goal-set"
	run career-undo -f
	status_is 0
	output_has "goal 2: target 1 → 5"
	[ "$(sum goals)" = "$before" ]
	# A record removed by hand since it was changed.
	goal-set 2 target=7
	sed -i '/^2,/d' "$CAREER_DIR/goals.csv"
	run career-undo
	status_is 65
	# One added by hand under the id of one removed.
	career-undo -f
	career-rm wins 1
	echo "1,,2026-11-23,By hand,,2026-11-23" >>"$CAREER_DIR/wins.csv"
	run career-undo
	status_is 65
	[ "$(career-list wins --ids)" = 1 ]
}

@test "career-undo -n 3 takes back three writes; -d changes nothing" {
	fill
	before=$(store_sum)
	goal-set 2 target=3
	win-log -q -m 2 "Two"
	feedback-log -q -r peer Cy "Hm"
	after=$(store_sum)
	run career-undo -d -n 3
	status_is 0
	[ "$(grep -c '^would undo' <<<"$output")" -eq 3 ]
	[ "$(store_sum)" = "$after" ]
	run career-undo -n 3
	status_is 0
	[ "$(grep -c '^undid' <<<"$output")" -eq 3 ]
	output_has "undid feedback-log"
	output_has "undid goal-set"
	[ "$(store_sum)" = "$before" ]
	run career-log -n 1
	output_has "career-undo: took back 3 writes"
}

@test "career-undo with nothing to undo, or everything undone, exits 65; undo entries are not undone" {
	run career-undo
	status_is 65
	output_has "nothing to undo"
	goal-add -q "Only"
	run career-undo
	status_is 0
	before=$(store_sum)
	run career-undo
	status_is 65
	output_has "every write in the journal is undone"
	[ "$(store_sum)" = "$before" ]
	run career-undo -n 0
	status_is 64
	run career-undo x
	status_is 64
	output_has "usage: career-undo"
}

@test "career-log: adds, changes, removals and undos in words, newest first" {
	fill
	goal-set 2 target=2
	career-rm feedback 1
	career-undo
	run career-log
	status_is 0
	[[ ${lines[0]} == *"  career-undo: took back 1 write" ]]
	[ "${lines[1]}" = $'\tfeedback 1 put back: Ann' ]
	[[ ${lines[2]} == *"  career-rm (undone)" ]]
	[ "${lines[3]}" = $'\tfeedback 1 removed: Ann' ]
	[[ ${lines[4]} == *"  goal-set" ]]
	[ "${lines[5]}" = $'\tgoal 2: target 1 → 2' ]
	output_has $'\tgoal 2 added: "Lead a release"'
	output_has $'\tquestion 1 added: "Did I speak up?"'
	output_has $'  goal-add\n\tgoal 1 added: "Staff engineer"'
	[[ ${lines[-2]} == *"  person-add" ]]
	[ "${lines[-1]}" = $'\tperson 1 added: Ann' ]
	run career-log -n 2
	[ "${#lines[@]}" -eq 4 ]
	run career-log -n 0
	status_is 64
	run career-log x
	status_is 64
	output_has "usage: career-log"
}

@test "career-log: no journal yet prints nothing; no store is an error" {
	run career-log
	status_is 66
	output_has "no store"
	mkdir -m 700 "$CAREER_DIR"
	run career-log
	status_is 0
	[ -z "$output" ]
}

@test "career-log never shows a BATNA's private fields, only that they changed" {
	fill
	batna-set -q -g 2 -w Dana -m "a raise of 20%" -a "the offer from Initech"
	editor 'sed -i "s/^minimum: .*/minimum: a raise of 30%/; s/^alternative: .*/alternative: stay/" "$1"'
	career-edit batna 2
	career-rm batna 1
	run career-log
	status_is 0
	output_has "BATNA 2: minimum changed, alternative changed"
	output_has "BATNA 1: status current → superseded"
	output_has "BATNA 1 removed"
	[ -z "$(grep "raise\|offer\|Acme\|Initech\|stay" <<<"$output")" ]
	run career-undo -n 3
	status_is 0
	[ -z "$(grep "raise\|offer\|Acme\|Initech\|stay" <<<"$output")" ]
	# The journal holds them, as privately as batna.csv.
	[ "$(stat -c %a "$CAREER_DIR/.journal")" = 600 ]
}

@test "a journal past 4 MiB drops its oldest entries and stays readable" {
	fill
	awk 'BEGIN { for (i = 0; i < 70000; i++)
	    printf "write,1795000000,win-log\nadd,wins.csv,%d,%d,%s\n", \
	    100 + i, 100 + i, "a win of no consequence" }' >>"$CAREER_DIR/.journal"
	[ "$(stat -c %s "$CAREER_DIR/.journal")" -gt 4194304 ]
	win-log -q -m 1 "The newest"
	size=$(stat -c %s "$CAREER_DIR/.journal")
	[ "$size" -le 2097152 ]
	[ "$size" -gt 1000000 ]
	[ "$(stat -c %a "$CAREER_DIR/.journal")" = 600 ]
	run career-log -n 1
	status_is 0
	output_has "win 2 added: \"The newest\""
	run career-log
	status_is 0
	output_lacks "Staff engineer"
	[ -z "$(find "$CAREER_DIR" -name '.career-tmp.*')" ]
	before=$(sum wins)
	win-log -q -m 1 "One more"
	career-undo
	[ "$(sum wins)" = "$before" ]
}

@test "a journal entry cut short by a full disk is taken out, and the next one reads whole" {
	fill
	# Pad the journal to 8 bytes under the limit: the next entry is cut.
	limit=$((2048 * 1024))
	size=$(stat -c %s "$CAREER_DIR/.journal")
	{ printf 'write,1795000000,win-log\nadd,wins.csv,1,1,'
	  head -c $((limit - 8 - size - 43)) /dev/zero | tr '\0' x
	  printf '\n'; } >>"$CAREER_DIR/.journal"
	[ "$(stat -c %s "$CAREER_DIR/.journal")" -eq $((limit - 8)) ]
	run bash -c 'ulimit -f 2048 && exec goal-set 2 target=4'
	status_is 0
	output_has "cannot be undone"
	[ "$(stat -c %s "$CAREER_DIR/.journal")" -eq $((limit - 8)) ]
	goal-set 2 target=9
	run career-log -n 2
	status_is 0
	[[ ${lines[0]} == *"  goal-set" ]]
	[ "${lines[1]}" = $'\tgoal 2: target 4 → 9' ]
	[ "${#lines[@]}" -eq 4 ]
	career-undo
	[ "$(career-list goals id:2 --csv --no-header | cut -d, -f5)" = 4 ]
}

@test "career-undo in a git store undoes from the journal and commits the undo" {
	command -v git >/dev/null || skip "no git"
	export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com
	export GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
	fill
	career-git init -q
	before=$(store_sum)
	goal-set 2 target=8
	run career-undo
	status_is 0
	[ "$(store_sum)" = "$before" ]
	[ "$(git -C "$CAREER_DIR" log -1 --format=%s)" = \
	    "career-undo: goals.csv rewritten" ]
	[ -z "$(git -C "$CAREER_DIR" status --porcelain)" ]
}

@test "career-edit: any record of any file, checked by the schema" {
	fill
	editor 'sed -i "s/^relation: .*/relation: manager/" "$1"'
	run career-edit feedback 1
	status_is 0
	[ "$(career-list feedback --csv --no-header | cut -d, -f5)" = manager ]
	run career-edit feedback.csv 1
	status_is 0
	editor 'sed -i "s/^relation: .*/relation: boss/" "$1"'
	before=$(store_sum)
	run career-edit feedback 1
	status_is 64
	output_has "boss"
	[ "$(store_sum)" = "$before" ]
	run career-edit --discard feedback 1
	status_is 64
	run career-edit feedback 9
	status_is 65
	output_has "no record with id 9"
	run career-edit nosuch 1
	status_is 64
	output_has "nosuch: not a file of the store"
	run career-edit feedback
	status_is 64
	output_has "usage: career-edit"
	[ "$(store_sum)" = "$before" ]
}

@test "career-edit --resume takes up a refused edit, --discard starts afresh, and none piles up" {
	fill
	editor 'sed -i "s/^date: .*/date: 2026-02-30/; s/^what: .*/what: Shipped it/" "$1"'
	before=$(store_sum)
	run career-edit wins 1
	status_is 65
	output_has "2026-02-30"
	output_has "--resume"
	kept="$CAREER_DIR/.edit-wins.csv-1.txt"
	[ -f "$kept" ]
	[ "$(stat -c %a "$kept")" = 600 ]
	# A second edit would lose the first: refused, naming the way on.
	editor 'sed -i "s/^metric: .*/metric: 9 teams/" "$1"'
	run career-edit wins 1
	status_is 75
	output_has "--resume"
	output_has "--discard"
	grep -q "^what: Shipped it" "$kept"
	[ "$(store_sum)" = "$before" ]
	# --resume opens the kept text: its changes and the fix go in.
	editor 'sed -i "s/^date: .*/date: 2026-11-20/" "$1"'
	run career-edit --resume wins 1
	status_is 0
	[ ! -e "$kept" ]
	[ "$(career-list wins --csv --no-header | cut -d, -f3,4)" = \
	    "2026-11-20,Shipped it" ]
	run career-edit --resume wins 1
	status_is 65
	output_has "no unsaved edit"
	# --discard drops the kept text and edits the record afresh.
	editor 'sed -i "s/^date: .*/date: nonsense/; s/^what: .*/what: Lost/" "$1"'
	run career-edit wins 1
	status_is 65
	[ -f "$kept" ]
	editor 'sed -i "s/^metric: .*/metric: 4 teams/" "$1"'
	run career-edit --discard wins 1
	status_is 0
	[ ! -e "$kept" ]
	[ "$(career-list wins --csv --no-header | cut -d, -f3-5)" = \
	    "2026-11-20,Shipped it,4 teams" ]
	[ -z "$(find "$CAREER_DIR" -name '.edit-*')" ]
}

@test "goal-edit, gap-edit and followup-edit take --resume and --discard too" {
	fill
	for c in goal-edit:2:due gap-edit:1:closed followup-edit:1:due; do
		cmd=${c%%:*} id=${c#*:} id=${id%%:*} field=${c##*:}
		editor "sed -i 's/^$field: .*/$field: 2026-02-30/' \"\$1\""
		run "$cmd" "$id"
		status_is 65
		run "$cmd" "$id"
		status_is 75
		output_has "--resume"
		editor "sed -i 's/^$field: .*/$field: 2027-01-15/' \"\$1\""
		run "$cmd" --resume "$id"
		status_is 0
		[ -z "$(find "$CAREER_DIR" -name '.edit-*')" ]
	done
	[ "$(career-list goals id:2 --csv --no-header | cut -d, -f6)" = 2027-01-15 ]
	[ "$(career-list followups --csv --no-header | cut -d, -f4)" = 2027-01-15 ]
}

@test "career-log and career-undo say when the journal is damaged, and use what reads" {
	fill
	goal-set 2 target=3
	printf 'nonsense,row\n' >>"$CAREER_DIR/.journal"
	run career-log -n 1
	status_is 0
	output_has ".journal: damaged"
	output_has "goal 2: target 1 → 3"
	run career-undo
	status_is 0
	output_has ".journal: damaged"
	output_has "undid goal-set"
}

@test "career-log: a line a change, whatever the value holds, cut to 40 columns, never inside a character" {
	goal-add -q $'Two\nlines \e[31mred'
	goal-add -q "$(printf 'x%.0s' {1..39})é and more"
	goal-add -q "Short"
	goal-set 3 title=Shorter
	run career-log
	status_is 0
	[ "${#lines[@]}" -eq 8 ]
	[ "${lines[1]}" = $'\tgoal 3: title Short → Shorter' ]
	[ "${lines[5]}" = $'\tgoal 2 added: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u2026"' ]
	# Controls as cat -v shows them: no escape reaches the terminal.
	[ "${lines[7]}" = $'\tgoal 1 added: "Two lines ^[[31mred"' ]
	iconv -f UTF-8 -t UTF-8 <<<"$output" >/dev/null
}

@test "career-undo refuses to remove an added record renamed by hand since; -f removes it" {
	fill
	before=$(store_sum)
	win-log -q -m 2 "Cut the build"
	sed -i 's/Cut the build/Cut the build to 4 minutes/' "$CAREER_DIR/wins.csv"
	edited=$(store_sum)
	run career-undo
	status_is 65
	output_has "wins.csv changed since win-log wrote it"
	[ "$(store_sum)" = "$edited" ]
	run career-undo -f
	status_is 0
	[ "$(store_sum)" = "$before" ]
}

@test "career-rm -v says removed only once the file is written" {
	fill
	python3 -c '
import sys
for i in range(3, 3003):
    sys.stdout.write("%d,goal,Goal %d: a title of an ordinary length,count,1,2027-05-23,1,open,,2026-11-23,2026-11-23,\n" % (i, i))' \
	    >>"$CAREER_DIR/goals.csv"
	before=$(store_sum)
	run bash -c 'ulimit -f 100 && exec career-rm -v goals 3000'
	status_is 74
	output_lacks "removed"
	[ "$(store_sum)" = "$before" ]
	run career-rm -v goals 3000 3001
	status_is 0
	[ "$output" = "removed goal 3000
removed goal 3001" ]
}

@test "career-log and career-undo: an import is one write, its records a range" {
	goal-add -q "First"
	before=$(store_sum)
	printf 'kind,title\ngoal,A\ngoal,B\n' | goal-add -q -
	run career-log -n 1
	[ "${lines[1]}" = $'\tgoal 2 to 3 added (2 records)' ]
	career-undo
	[ "$(store_sum)" = "$before" ]
	# Fewer writes than asked: those there are.
	run career-undo -n 5
	status_is 0
	[ "$(grep -c '^undid' <<<"$output")" -eq 1 ]
	run goal-add "Next"
	[ "$output" = 4 ]
}

@test "career-undo -n: one refused, none is undone" {
	fill
	win-log -q -m 1 "Cut the build"
	sed -i 's/Cut the build/Cut the build by half/' "$CAREER_DIR/wins.csv"
	goal-set 2 target=3
	before=$(store_sum)
	run career-undo -n 2
	status_is 65
	output_has "wins.csv changed since win-log wrote it"
	[ "$(store_sum)" = "$before" ]
	run career-log -n 1
	output_has "goal-set"
	output_lacks "(undone)"
	run career-undo
	status_is 0
	output_has "undid goal-set"
}

@test "career-rm -r: its files change together; a failed one leaves all as they were" {
	fill
	python3 -c '
import sys
for i in range(2, 3002):
    sys.stdout.write("%d,1,2026-11-23,A win of an ordinary length and some more words,1,2026-11-23\n" % i)' \
	    >>"$CAREER_DIR/wins.csv"
	before=$(store_sum)
	run bash -c 'ulimit -f 100 && exec career-rm -r goals 2'
	status_is 74
	output_has "wins.csv"
	[ "$(store_sum)" = "$before" ]
	run career-log -n 1
	output_lacks "career-rm"
}

@test "a damaged journal past 4 MiB is trimmed all the same, and reads whole after" {
	fill
	printf 'nonsense,row\n' >>"$CAREER_DIR/.journal"
	awk 'BEGIN { for (i = 0; i < 70000; i++)
	    printf "write,1795000000,win-log\nadd,wins.csv,%d,%d,%s\n", \
	    100 + i, 100 + i, "a win of no consequence" }' >>"$CAREER_DIR/.journal"
	win-log -q -m 1 "The newest"
	[ "$(stat -c %s "$CAREER_DIR/.journal")" -le 2097152 ]
	run career-log -n 1
	status_is 0
	output_lacks "damaged"
	output_has "The newest"
}

@test "career-edit --resume applies what was typed, not the old values of fields changed since" {
	fill
	editor 'sed -i "s/^date: .*/date: 2026-02-30/; s/^what: .*/what: Shipped it/" "$1"'
	run career-edit wins 1
	status_is 65
	# Meanwhile the win's metric changes.
	sed -i 's/,3 teams,/,4 teams,/' "$CAREER_DIR/wins.csv"
	editor 'sed -i "s/^date: .*/date: 2026-11-20/" "$1"'
	run career-edit --resume wins 1
	status_is 0
	[ "$(career-list wins --csv --no-header | cut -d, -f3-5)" = \
	    "2026-11-20,Shipped it,4 teams" ]
	run career-log -n 1
	output_lacks "metric"
}

@test "career-log --csv, --json: a row a change, for scripts, private fields kept out" {
	fill
	goal-set 2 target=2
	career-rm feedback 1
	career-undo
	editor 'sed -i "s/^minimum: .*/minimum: a raise of 30%/" "$1"'
	career-edit batna 1
	run career-log --csv -n 4
	status_is 0
	[ "${lines[0]}" = "write,date,command,undone,file,id,change" ]
	[[ ${lines[1]} == 1,*,career-edit,,batna.csv,1,"minimum changed" ]]
	[[ ${lines[2]} == 2,*,career-undo,,feedback.csv,1,"put back: Ann" ]]
	[[ ${lines[3]} == 3,*,career-rm,yes,feedback.csv,1,"removed: Ann" ]]
	[[ ${lines[4]} == "4,"*",goal-set,,goals.csv,2,target 1 → 2" ]]
	[ "${#lines[@]}" -eq 5 ]
	run career-log --json
	status_is 0
	[ "$(jq -r '.[0].change' <<<"$output")" = "minimum changed" ]
	[ "$(jq length <<<"$output")" = "$(career-log | grep -c $'^\t')" ]
	[ -z "$(grep "raise\|Acme" <<<"$output")" ]
	run career-log --no-header --tsv -n 1
	[ "$(cut -f3,5- <<<"$output")" = "$(printf 'career-edit\tbatna.csv\t1\tminimum changed')" ]
	run career-log --ids
	status_is 64
}

@test "career-edit FILE --help lists the fields of that file, with their kinds" {
	run career-edit wins --help
	status_is 0
	output_has "usage: career-edit"
	output_has "fields of wins.csv:"
	output_has "metric"
	run career-edit --help
	status_is 0
	output_lacks "fields of wins.csv"
	output_lacks "metric"
}
