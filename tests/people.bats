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

# People as records (person-add, person-list, people.csv): every person
# argument resolves by name, alias or unique prefix; writers add whom
# they do not know, readers warn; the method reads relations from here.

load helper
bats_require_minimum_version 1.5.0

people() {
	person-add -q -r manager -a DK "Dana Kim"
	person-add -q -r mentor -a Annie "Ann Lee"
	person-add -q -r peer "Bob Stone"
}

@test "person-add prints the id and writes every field; person-list lists them" {
	run person-add -r manager -a DK -a "the boss" -n "since March" Dana Kim
	status_is 0
	[ "$output" = 1 ]
	run person-add -q "Ann Lee"
	[ -z "$output" ]
	[ "$(cat "$CAREER_DIR/people.csv")" = 'id,name,aliases,relation,note,created,updated
1,Dana Kim,DK | the boss,manager,since March,2026-11-23,
2,Ann Lee,,,,2026-11-23,' ]
	run person-list
	[ "${lines[0]}" = "id,name,aliases,relation,note,created,updated" ]
	[ "${#lines[@]}" -eq 3 ]
	run person-list --table
	[ "${lines[0]}" = "id  name      relation  aliases        note" ]
	[ "${lines[1]}" = "1   Dana Kim  manager   DK | the boss  since March" ]
	run person-list --names
	[ "$output" = "$(printf 'Dana Kim\nAnn Lee')" ]
	run person-list --ids -r manager
	[ "$output" = 1 ]
	run person-list -r ""
	[ "${lines[1]}" = "2,Ann Lee,,,,2026-11-23," ]
	run person-list --json
	output_has '"name":"Dana Kim"'
}

@test "an empty store lists nobody and creates nothing" {
	run person-list
	status_is 0
	[ "$output" = "id,name,aliases,relation,note,created,updated" ]
	run person-list --ids
	[ -z "$output" ]
	run person-list --names
	[ -z "$output" ]
	[ ! -e "$CAREER_DIR/people.csv" ]
}

@test "person-add refuses a name or alias taken, and bad input; nothing written" {
	people
	before=$(store_sum)
	run person-add dana kim
	status_is 65
	output_has "dana kim: already person 1 (Dana Kim)"
	run person-add -a annie "Annie Hall"
	status_is 65
	output_has "annie: already person 2 (Ann Lee)"
	run person-add dk
	status_is 65
	run person-add -a "a|b" Zed
	status_is 64
	output_has "cannot hold '|'"
	run person-add -a Z -a z Zed
	status_is 64
	output_has "given twice"
	run person-add -r boss Zed
	status_is 64
	output_has "relation: 'boss' is not one of mentor|friend|family|sponsor|manager|peer|colleague|other"
	run person-add "  "
	status_is 64
	run person-add
	status_is 64
	output_has "usage: person-add"
	run person-list -r boss
	status_is 64
	run person-list --names --ids
	status_is 64
	[ "$(store_sum)" = "$before" ]
}

@test "a person argument resolves by exact name, alias or unique prefix, any case" {
	people
	followup-add -q -w "dana kim" +1d exact
	followup-add -q -w dk +2d alias
	followup-add -q -w Da +3d prefix
	followup-add -q -w "  annie " +4d alias with blanks
	batna-set -q -w bob -m a -a b
	run followup-add -l --csv
	[ "$(cut -d, -f3 <<<"$output" | tail -n +2 | paste -sd/)" = "Dana Kim/Dana Kim/Dana Kim/Ann Lee" ]
	[ "$(cut -d, -f3 "$CAREER_DIR/batna.csv" | tail -1)" = "Bob Stone" ]
	# Nobody was added.
	[ "$(person-list --ids | wc -l)" -eq 3 ]
	# An exact name wins over someone whose name it starts.
	person-add -q Dan
	followup-add -q -w dan +5d
	[ "$(tail -1 "$CAREER_DIR/followups.csv" | cut -d, -f3)" = Dan ]
}

@test "an ambiguous name is refused with the matches listed, exit 65, nothing written" {
	people
	person-add -q "Dana Lee"
	before=$(store_sum)
	for cmd in "followup-add -w Dana +1d" "batna-set -w Dana -m a -a b" \
	    "feedback-log -r friend Dana hi" "feedback-log Dana hi" "agenda -w Dana"; do
		run $cmd
		[ "$status" -eq 65 ] || { echo "$cmd: $status: $output"; false; }
		case $output in
		*"Dana: 2 people match: Dana Kim (person 1), Dana Lee (person 4)"*) ;;
		*) echo "$cmd: $output"; false ;;
		esac
	done
	[ "$(store_sum)" = "$before" ]
}

@test "a writer adds someone new, says so on stderr unless -q" {
	run --separate-stderr followup-add -w "  Carol Diaz " +1d
	status_is 0
	[ "$output" = 1 ]
	[ "$stderr" = "followup-add: Carol Diaz: added as person 1 (person-list)" ]
	run --separate-stderr feedback-log -r sponsor Eve "Go"
	[ "$stderr" = "feedback-log: Eve: added as person 2, sponsor (person-list)" ]
	run --separate-stderr batna-set -q -w Fay -m a -a b
	[ -z "$output" ]
	[ -z "$stderr" ]
	[ "$(person-list --names)" = "$(printf 'Carol Diaz\nEve\nFay')" ]
	[ "$(person-list -r sponsor --names)" = Eve ]
	# Stored under the name as added, without the blanks.
	[ "$(cut -d, -f3 "$CAREER_DIR/followups.csv" | tail -1)" = "Carol Diaz" ]
}

@test "a file that does not parse stops both writes" {
	followup-add -q -w Sam +1d
	printf '2,,"Bob,x\n' >>"$CAREER_DIR/followups.csv"
	before=$(store_sum)
	run followup-add -w Newcomer +2d
	status_is 65
	[ "$(store_sum)" = "$before" ]
	[ "$(person-list --names)" = Sam ]
	mkdir -p "$BATS_TEST_TMPDIR/other"
	CAREER_DIR=$BATS_TEST_TMPDIR/other
	person-add -q Ann
	printf '2,"Bob,x\n' >>"$CAREER_DIR/people.csv"
	before=$(store_sum)
	run feedback-log -r mentor Ann hi
	status_is 65
	output_has "people.csv:3:"
	run agenda -w Ann
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "a reader warns about nobody by that name, in people.csv or the records" {
	people
	followup-add -q -w "Old Friend" +1d
	run --separate-stderr agenda -w Nobody
	status_is 0
	[ "$stderr" = "agenda: Nobody: nobody by that name in people.csv or the records (person-list; person-add adds them)" ]
	[ "${lines[0]}" = "# One-on-one with Nobody, 2026-11-23" ]
	run --separate-stderr agenda -w "old friend"
	[ -z "$stderr" ]
	run --separate-stderr agenda -w dk
	[ -z "$stderr" ]
	[ "${lines[0]}" = "# One-on-one with Dana Kim, 2026-11-23" ]
}

@test "names stored before the person was added are theirs once added" {
	# A store from before people.csv: free-text names.
	followup-add -q -w Dana -- -3d first talk
	followup-add -q -w "the boss" +2d budget
	CAREER_TODAY=2026-11-22 followup-done -q 1 "agreed on A"
	rm "$CAREER_DIR/people.csv"
	person-add -q -r manager -a "the boss" "Dana Kim"
	run agenda -w "Dana Kim"
	[ "${lines[1]}" = "Since the last follow-up done with Dana Kim, on 2026-11-22." ]
	output_has "- 2026-11-25 (in 2 days): budget"
	output_has "follow-up 1: first talk; agreed on A"
	# Without -w, the manager of people.csv.
	run agenda
	[ "${lines[0]}" = "# One-on-one with Dana Kim, 2026-11-23" ]
}

@test "feedback takes the relation from the person; a new one updates them" {
	people
	run --separate-stderr feedback-log Ann "Sound plan"
	status_is 0
	[ "$(tail -1 "$CAREER_DIR/feedback.csv")" = "1,2026-11-23,,Ann Lee,mentor,Sound plan,2026-11-23" ]
	[ -z "$stderr" ]
	run feedback-log Zed hi
	status_is 64
	output_has "Zed: relation not known: give -r mentor|friend|family|sponsor|manager|peer|colleague|other"
	run --separate-stderr feedback-log -r manager bob "I report to Bob now"
	status_is 0
	[ "$stderr" = "feedback-log: Bob Stone: now manager, was peer (person 3)" ]
	[ "$(person-list -r manager --names)" = "$(printf 'Dana Kim\nBob Stone')" ]
	grep -q '^3,Bob Stone,,manager,,2026-11-23,2026-11-23$' "$CAREER_DIR/people.csv"
	# The feedback of its day keeps its relation.
	[ "$(cut -d, -f5 "$CAREER_DIR/feedback.csv" | tail -n +2 | paste -sd/)" = "mentor/manager" ]
}

@test "step 2's check reads the relation from people.csv, else the feedback's own" {
	feedback-log -q -r friend Sam "Nice"
	run feedback-log -r manager Boss "OK"
	[[ "$output" != *"share with people you trust"* ]]
	# Sam turns out to be a peer: no one trusted has seen the plan.
	sed -i 's/^1,Sam,,friend,/1,Sam,,peer,/' "$CAREER_DIR/people.csv"
	run feedback-log -r manager Boss "Still OK"
	output_has "share with people you trust before your manager"
	# A row whose person is not in people.csv keeps its own relation.
	printf '9,2026-11-20,,Mum,family,Proud,2026-11-20\n' >>"$CAREER_DIR/feedback.csv"
	run feedback-log -r manager Boss "Fine"
	[[ "$output" != *"share with people you trust"* ]]
}

@test "the BATNA reminder: only for a negotiation, only when ahead" {
	people
	goal-add -q "Lead the Q3 release"
	followup-add -q -g 1 -w Dana +2d a chat about the goal
	followup-add -q -N -g 1 -w Dana -- -1d the talk already had
	run followup-due
	[[ "$output" != *BATNA* ]]
	followup-add -q -N -g 1 -w Dana +3d the lead role
	run followup-due
	output_has "no BATNA prepared for the negotiation with Dana Kim on 2026-11-26 (batna-set -g 1 -w 'Dana Kim' -d 2026-11-26 -m MINIMUM -a ALTERNATIVE)"
	[ "$(grep -c BATNA <<<"$output")" -eq 1 ]
	batna-set -q -g 1 -w dk -m a -a b
	run followup-due
	[[ "$output" != *BATNA* ]]
}

@test "a follow-up is marked as the negotiation later with followup-edit" {
	goal-add -q "Lead the Q3 release"
	followup-add -q -g 1 -w Dana +3d the lead role
	run followup-due
	[ -z "$output" ]
	printf '#!/bin/sh\nsed -i "s/^negotiation:.*/negotiation: yes/" "$1"\n' >"$BATS_TEST_TMPDIR/ed"
	chmod +x "$BATS_TEST_TMPDIR/ed"
	EDITOR=$BATS_TEST_TMPDIR/ed followup-edit 1
	run followup-due
	output_has "no BATNA prepared for the negotiation with Dana on 2026-11-26"
	printf '#!/bin/sh\nsed -i "s/^negotiation:.*/negotiation: maybe/" "$1"\n' >"$BATS_TEST_TMPDIR/ed"
	before=$(store_sum)
	EDITOR=$BATS_TEST_TMPDIR/ed run followup-edit 1
	[ "$status" -ne 0 ]
	output_has "negotiation: 'maybe' is not one of yes|no"
	[ "$(store_sum)" = "$before" ]
	rm -f "$CAREER_DIR"/.edit-*
}

@test "followup-add -l -w: the follow-ups with one person, under any of their names" {
	followup-add -q -w Dana +1d stored before people.csv
	followup-add -q -w Bob +2d
	rm "$CAREER_DIR/people.csv"
	person-add -q -r manager -a "the boss" "Dana Kim"
	followup-add -q -w "the boss" +3d
	followup-done 1
	run followup-add -l -w "dana kim" --ids
	status_is 0
	[ "$output" = 3 ]
	run followup-add -l --all -w Dana --ids
	[ "$output" = "$(printf '1\n3')" ]
	run --separate-stderr followup-add -l -w Nobody --ids
	status_is 0
	[ -z "$output" ]
	[[ "$stderr" == *"Nobody: nobody by that name"* ]]
	run followup-add -l -w ""
	status_is 64
}

@test "a person whom records name is removed only with them (-r), and comes back with career-undo" {
	goal-add -q "Lead design reviews"
	person-add -q -r mentor "Dana Kim"
	person-add -q -r peer "Bo"
	feedback-log -q -g 1 Dana "Lead more reviews"
	run career-rm people 1
	status_is 65
	output_has "feedback 1 names it"
	run career-rm people 2
	status_is 0
	before=$(store_sum)
	career-rm -r people 1
	[ "$(career-list feedback --csv --no-header | wc -l)" -eq 0 ]
	career-undo >/dev/null
	[ "$(store_sum)" = "$before" ]
}
