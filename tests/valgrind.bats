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

# Every command runs clean under valgrind: no invalid access, no
# uninitialised value, nothing definitely lost.  (The sanitizer build
# cannot run under valgrind, so this runs on the normal build only.)

load helper
load commands

vg() {
	valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
	    --error-exitcode=99 "$@"
}

@test "every command runs clean under valgrind" {
	case ${CAREER_BUILD:-} in
	*asan*) skip "sanitizer build: valgrind cannot run it" ;;
	esac
	command -v valgrind >/dev/null || skip "valgrind is not installed"
	export GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@x GIT_COMMITTER_NAME=T GIT_COMMITTER_EMAIL=t@x
	printf '#!/bin/sh\nsed -i "s/^target:.*/target: 3/" "$1"\n' >"$BATS_TEST_TMPDIR/ed"
	chmod +x "$BATS_TEST_TMPDIR/ed"
	export EDITOR="$BATS_TEST_TMPDIR/ed"
	runs=(
		"goal-add -k objective -m role -t 1 -d +5y Objective"
		"goal-add -p 1 -d +6m Lead the Q3 release"
		"goal-list --all"
		"goal-list --table"
		"goal-set 2 measure=releases target=1"
		"goal-set parent:1 -- agreed=today"
		"career-list -s -due goals status:open /a/ or not kind:goal"
		"goal-edit 2"
		"feedback-log -g 2 -r mentor Ann Go for it"
		"feedback-log -l"
		"gap-log -g 2 -w quiet -c Did_I_speak_up? Not heard"
		"gap-log -C 1 Was_I_on_time?"
		"gap-log -l"
		"gap-edit 1"
		"meeting-check -a yy Weekly"
		"meeting-check -r"
		"batna-set -g 2 -w Dana -d +3d -m plan -a move"
		"batna-set -l"
		"smart-review 1 2"
		"followup-add -g 2 -e 1m -w Dana today Check-in"
		"followup-edit 1"
		"followup-due"
		"followup-done 1 done"
		"goal-progress 2 0.5 halfway"
		"goal-progress -l"
		"goal-list --progress"
		"win-log -g 2 -m 3 Cut release time from 3 days to 4 hours"
		"win-log -l"
		"resume-bullets"
		"resume-bullets --markdown"
		"agenda"
		"agenda -w Dana --since -1m"
		"journey-map"
		"journey-map --text"
		"career"
		"career goal-list --ids"
		"career next"
		"career next -a --json"
		"career next --table 2"
		"career-ics"
		"career-check"
		"goal-show 1 2 9"
		"goal-show -b --json 2"
		"person-add -r mentor -a Ann Ann Lee"
		"person-list"
		"person-list --json"
		"gap-log -x 1"
		"meeting-check -r --all"
		"goal-done 2"
		"career-edit wins 1"
		"career-rm -v wins 1"
		"career-rm -n -r goals 1"
		"career-log -n 3"
		"career-undo -d -n 2"
		"career-git init -q"
		"career-merge -s $CAREER_DIR $CAREER_DIR $CAREER_DIR $BATS_TEST_TMPDIR"
		"career-git conflicts"
		"career-git sync -q $BATS_TEST_TMPDIR/none.git"
		"goal-add Committed"
		"career-undo"
		"goal-set 9 title=x"
	)
	fails=
	for r in "${runs[@]}"; do
		# shellcheck disable=SC2086 # words split on purpose
		rc=0
		vg $r >/dev/null 2>"$BATS_TEST_TMPDIR/vg.err" </dev/null || rc=$?
		if [ "$rc" -eq 99 ] || grep -q '^==[0-9]*==' "$BATS_TEST_TMPDIR/vg.err"; then
			fails="$fails
$r: $(cat "$BATS_TEST_TMPDIR/vg.err")"
		fi
	done
	# Every command of cmd/ ran at least once.
	for name in $(commands); do
		printf '%s\n' "${runs[@]}" | grep -qE "^$name( |\$)" ||
		    fails="$fails
$name: not run under valgrind"
	done
	[ -z "$fails" ] || { echo "$fails"; false; }
	echo "# ${#runs[@]} runs under valgrind, all clean" >&3
}

# smart-review - judges stdin while a child process reads the store: both
# run clean, and a goal whose relevance waits for the store is judged
# without reading what is not yet set.
@test "smart-review - and the child that reads the store run clean under valgrind" {
	case ${CAREER_BUILD:-} in
	*asan*) skip "sanitizer build: valgrind cannot run it" ;;
	esac
	command -v valgrind >/dev/null || skip "valgrind is not installed"
	goal-add -q -k objective -m role -t 1 -d +5y "COO in five years"
	goal-add -q -p 1 -d +6m "Lead the Q3 release"
	goal-list --open >"$BATS_TEST_TMPDIR/in.csv"
	run vg smart-review - <"$BATS_TEST_TMPDIR/in.csv"
	status_is 1
	[[ "$output" != *"=="* ]]
	output_has "2 Lead the Q3 release: relevant: yes"
}
