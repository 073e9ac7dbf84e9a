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

# A command's writes, over every file it touches, are kept together or
# not at all: with a system call made to fail (tests/fault/fault.c, an
# LD_PRELOAD shim) or the command killed at each of its system calls in
# turn, the store is afterwards the one before the command or the one
# after it.  Also: ids are never given twice after a kill, a row added by
# hand after a failed append is read and kept, and only the tools'
# temporary files are cleared.

# shellcheck disable=SC2030,SC2031  # bats runs each test in a subshell
load helper

setup_file() {
	cc -shared -fPIC -O -o "$BATS_FILE_TMPDIR/fault.so" \
	    "$BATS_TEST_DIRNAME/fault/fault.c" -ldl
}

# Run a command with the fault $1 (CALL:NAME:N:WHAT).
faulty() {
	local f=$1
	shift
	# The shim is not built with the sanitizer: let it load first.
	FAULT=$f LD_PRELOAD="$BATS_FILE_TMPDIR/fault.so" \
	    ASAN_OPTIONS=detect_leaks=0:verify_asan_link_order=0 "$@"
}

# The store as a person sees it: every file, through the tools.
view() {
	local f
	for f in goals feedback gaps checks meetings followups people; do
		career-list "$f"
	done
}

fill() {
	goal-add -q -k objective "Be a staff engineer"
	goal-add -q -p 1 "Lead the Q3 release"
	gap-log -q -g 2 "No design reviews led" -w "no time" \
	    -c "Did I lead a review?" -c "Did I write it up?"
	meeting-check -q -y 1 -n 2 "1:1"
}

@test "a second file that cannot be written leaves the first as it was" {
	fill
	before=$(store_sum)
	run faulty write:checks.csv:1:ENOSPC gap-log -g 2 "Another gap" -c "A question?"
	status_is 74
	output_has "checks.csv"
	[ "$(store_sum)" = "$before" ]
	[ ! -e "$CAREER_DIR/.career-txn" ]
	# The retry makes one gap, not two.
	gap-log -q -g 2 "Another gap" -c "A question?"
	[ "$(career-list gaps --csv --no-header | wc -l)" -eq 2 ]
}

@test "closing a gap whose rename fails leaves its questions active" {
	fill
	before=$(store_sum)
	run faulty rename:gaps.csv:1:EIO gap-log -x 1
	status_is 74
	[ "$(store_sum)" = "$before" ]
	run career-list checks status:retired
	[ "$(career-list checks status:active --csv --no-header | wc -l)" -eq 2 ]
}

# Kill $@ at its 1st, 2nd, ... system call that touches the store until
# it runs to the end; after each kill the store, as the tools read it, is
# the one before or the one after, and career-check finds it sound.
kill_everywhere() {
	local n=1 before after seen
	before=$(view)
	cp -a "$CAREER_DIR" "$BATS_TEST_TMPDIR/clean"
	"$@" >/dev/null
	after=$(view)
	[ "$before" != "$after" ]
	while :; do
		rm -rf "$CAREER_DIR"
		cp -a "$BATS_TEST_TMPDIR/clean" "$CAREER_DIR"
		run faulty "any::$n:kill" "$@"
		[ "$status" -eq 137 ] || break
		seen=$(view)
		if [ "$seen" != "$before" ] && [ "$seen" != "$after" ]; then
			printf 'killed at call %d: the store is neither:\n%s\n' "$n" "$seen" >&2
			return 1
		fi
		run career-check
		status_is 0
		[ ! -e "$CAREER_DIR/.career-txn" ]
		n=$((n + 1))
	done
	status_is 0
	[ "$(view)" = "$after" ]
	echo "# $* killed at each of $((n - 1)) calls" >&3
	[ "$n" -gt 3 ]
}

@test "killed at any system call, gap-log leaves no gap without its questions" {
	fill
	kill_everywhere gap-log -g 2 "Another gap" -c "Q1?" -c "Q2?"
}

@test "killed at any system call, closing a gap retires its questions or nothing" {
	fill
	kill_everywhere gap-log -x 1
}

@test "killed at any system call, career-rm -r removes the whole chain or nothing" {
	fill
	kill_everywhere career-rm -r goals 1
}

@test "killed at any system call, career-undo takes back all of a write or nothing" {
	fill
	career-rm -r goals 2
	kill_everywhere career-undo
}

@test "killed at any system call, feedback from someone new leaves both the person and the feedback, or neither" {
	fill
	kill_everywhere feedback-log -q -g 2 -r mentor "Ann Lee" "Lead more reviews"
}

@test "an id is never given twice, whenever the writer is killed" {
	goal-add -q "One"
	goal-add -q "Two"
	# Goal 2 deleted by hand: only the stamp remembers it was given.
	sed -i '$d' "$CAREER_DIR/goals.csv"
	n=1
	while :; do
		run faulty "any::$n:kill" goal-add "Three"
		[ "$status" -eq 137 ] || break
		n=$((n + 1))
	done
	status_is 0
	[ "$output" -ge 3 ]
	run goal-add "Four"
	[ "$output" -gt 3 ]
}

@test "a row added by hand after a failed append is read, checked and kept" {
	goal-add -q "One"
	run faulty write:goals.csv:1:ENOSPC goal-add "Two"
	status_is 74
	echo '9,goal,added by hand,,,,,open,,2026-11-23,2026-11-23,' >>"$CAREER_DIR/goals.csv"
	run goal-list --csv --no-header
	output_has "added by hand"
	run career-check
	status_is 0
	goal-add -q "Three"
	run goal-list --csv --no-header
	output_has "added by hand"
	output_has "Three"
}

@test "a row added by hand after a writer was killed before its append is kept" {
	goal-add -q "One"
	run faulty write:goals.csv:1:kill goal-add "Two"
	[ "$status" -eq 137 ]
	echo '9,goal,added by hand,,,,,open,,2026-11-23,2026-11-23,' >>"$CAREER_DIR/goals.csv"
	run goal-list --csv --no-header
	output_has "added by hand"
	goal-add -q "Three"
	run goal-list --csv --no-header
	output_has "added by hand"
	# A title lengthened in place, as some editors save, is read too.
	sed -i 's/added by hand/added by hand then made longer/' "$CAREER_DIR/goals.csv"
	run goal-list --csv --no-header
	status_is 0
	output_has "then made longer"
}

@test "only the tools' own temporary files are cleared" {
	goal-add -q "One"
	echo keep >"$CAREER_DIR/.my-old.csv.2025Q4"
	echo stale >"$CAREER_DIR/.career-tmp.goals.csv.AbC123"
	goal-add -q "Two"
	[ -e "$CAREER_DIR/.my-old.csv.2025Q4" ]
	[ ! -e "$CAREER_DIR/.career-tmp.goals.csv.AbC123" ]
}

@test "a directory that cannot be synced after a rename is an error, and nothing changes" {
	goal-add -q "One"
	before=$(store_sum)
	run faulty fsync:store:1:EIO goal-set 1 target=2
	status_is 74
	output_has "sync"
	[ "$(store_sum)" = "$before" ]
}
