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

# Git history, sync and undo: career-git, career-undo, and the commit
# every write makes when the store is a git work tree.

load helper

setup() {
	CAREER_DIR="$BATS_TEST_TMPDIR/store"
	CAREER_TODAY=2026-11-23
	HOME=$BATS_TEST_TMPDIR
	GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=t@example.org
	GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=t@example.org
	export CAREER_DIR CAREER_TODAY HOME GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL \
	    GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL
	export ASAN_OPTIONS=detect_leaks=0
}

subjects() {
	git -C "$CAREER_DIR" log --format=%s
}

@test "without git, career-undo still undoes, from the store's journal" {
	goal-add -q "A goal"
	[ ! -e "$CAREER_DIR/.git" ]
	run career-undo
	status_is 0
	output_has "undid goal-add"
	[ ! -e "$CAREER_DIR/.git" ]
	[ "$(goal-list --csv --all | wc -l)" -eq 1 ]
}

@test "career-git init commits what the store holds; every write then commits its files" {
	goal-add -q -k objective "Objective"
	run career-git init -q
	status_is 0
	[ "$(subjects)" = "career-git: the store as it was" ]
	run goal-add -p 1 "Lead the Q3 release"
	status_is 0
	[ "$output" = 2 ]	# git's chatter never reaches stdout
	goal-set 2 due=2027-03-01
	goal-done 2
	[ "$(subjects | head -3)" = "$(printf '%s\n' 'goal-done: 2 status=done' 'goal-set: 2 due=2027-03-01' 'goal-add: 2 "Lead the Q3 release"')" ]
	[ "$(git -C "$CAREER_DIR" show --format= --name-only HEAD)" = goals.csv ]
	[ -z "$(git -C "$CAREER_DIR" status --porcelain)" ]
	[ "$(stat -c %a "$CAREER_DIR/goals.csv")" = 600 ]
}

@test "a failed write makes no commit" {
	career-git init -q
	goal-add -q "A goal"
	n=$(subjects | wc -l)
	run goal-set 9 title=x
	status_is 65
	[ "$(subjects | wc -l)" -eq "$n" ]
}

@test "career-undo reverts the last write, then the one before" {
	career-git init -q
	goal-add -q "A goal"
	goal-set 1 title="Renamed goal"
	goal-done 1
	run career-undo
	status_is 0
	output_has "undid goal-done"
	output_has "goal 1: status open → done"
	[ "$(goal-list --csv | cut -d, -f3,8 | tail -1)" = "Renamed goal,open" ]
	[ "$(subjects | head -1)" = "career-undo: goals.csv rewritten" ]
	run career-undo
	status_is 0
	output_has "goal-set"
	[ "$(goal-list --csv | cut -d, -f3 | tail -1)" = "A goal" ]
	run career-undo -d
	output_has "would undo"
	output_has "goal-add"
	[ "$(stat -c %a "$CAREER_DIR/goals.csv")" = 600 ]
	# A new id after undo never reuses one given before.
	career-undo
	run goal-add "Another"
	[ "$output" = 2 ]
}

@test "career-git push syncs the store to a bare remote" {
	git init -q --bare "$BATS_TEST_TMPDIR/remote.git"
	career-git init -q
	goal-add -q "Synced goal"
	career-git remote add origin "$BATS_TEST_TMPDIR/remote.git"
	run career-git push -q origin HEAD:refs/heads/main
	status_is 0
	git clone -q -b main "$BATS_TEST_TMPDIR/remote.git" "$BATS_TEST_TMPDIR/clone"
	grep -q "Synced goal" "$BATS_TEST_TMPDIR/clone/goals.csv"
	[ ! -e "$BATS_TEST_TMPDIR/clone/.lock" ]
	run career-git log --oneline
	output_has "goal-add: 1"
}

@test "career-undo skips the user's own commits; init twice keeps one .gitignore" {
	career-git init -q
	goal-add -q "A goal"
	echo "notes" >"$CAREER_DIR/notes.txt"
	career-git add notes.txt
	career-git commit -q -m "fix: typo in my notes"
	run career-undo -d
	output_has "goal 1 added"
	run career-git init -q
	status_is 0
	[ "$(grep -c '^.lock$' "$CAREER_DIR/.gitignore")" -eq 1 ]
	run career-git --no-pager log
	status_is 0
	output_has "fix: typo in my notes"
	run career-git -C /tmp log
	status_is 64
	run career-git
	status_is 64
	output_has "usage: career-git"
}

@test "career-git passes every argument to git, however many" {
	career-git init -q
	# shellcheck disable=SC2046 # forty words on purpose
	run career-git rev-parse --sq-quote $(seq 40)
	status_is 0
	output_has "'39' '40'"
}

@test "a BATNA's words never reach a commit message, only its type and id" {
	career-git init -q
	goal-add -q "Lead the Q3 release"
	batna-set -q -g 1 -w Dana -m "Stay at 95k minimum" -a "Offer from Acme"
	batna-set -q -g 1 -w Dana -m "Ninety-eight thousand" -a "Offer from Globex"
	run git -C "$CAREER_DIR" log --format=%B
	status_is 0
	output_has "batna.csv rewritten; BATNA 2"
	for secret in 95k Acme Ninety Globex; do
		case $output in
		*"$secret"*) echo "commit message names $secret: $output"; false ;;
		esac
	done
}
