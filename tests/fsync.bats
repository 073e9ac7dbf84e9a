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

# Each writer makes the fsyncs its promise needs (career(5)), and not one
# more: an fsync costs more than starting the process, so one too many
# is a writer twice as slow.  Counted with strace -f, fsync and fdatasync
# alike; skipped where there is no strace or it cannot trace.
#
#   an append: 2, the stamp's note of the append under way (a torn tail
#     is never read), then the rows;
#   a rewrite, or a file's first write: 2, the temporary file, then the
#     directory that names it;
#   a command that writes more than one file: 3 more, its rollback
#     journal and the directory before the second file is touched, the
#     directory once the journal is removed (the commit);
#   a read, or a write refused before it starts: none.

load helper

APPEND=2
REWRITE=2
TOGETHER=3

setup() {
	CAREER_DIR="$BATS_TEST_TMPDIR/store"
	CAREER_TODAY=2026-11-23
	export CAREER_DIR CAREER_TODAY ASAN_OPTIONS=detect_leaks=0
	command -v strace >/dev/null || skip "no strace (make deps installs it)"
	strace -f -qq -o /dev/null true 2>/dev/null ||
	    skip "strace cannot trace here"
	goal-add -q -k objective "Lead the platform team"
	goal-add -q -p 1 "Run the Q4 release"
	goal-add -q -p 1 "Speak at the all-hands"
}

# syncs want command...: the command succeeds with exactly want fsync or
# fdatasync calls over all its processes.
syncs() {
	local want=$1 trace=$BATS_TEST_TMPDIR/trace n
	shift
	run strace -f -qq -e trace=fsync,fdatasync -o "$trace" "$@"
	status_is 0
	n=$(grep -c -E '(fsync|fdatasync)\(' "$trace" || :)
	if [ "$n" -ne "$want" ]; then
		printf '%s: %s fsyncs, its promise needs %s:\n' "$*" "$n" \
		    "$want" >&2
		cat "$trace" >&2
		return 1
	fi
}

@test "an append to a file: the stamp, then the rows" {
	syncs $APPEND goal-add -q "Mentor a new hire"
	feedback-log -q -r mentor Dana "Good plan"
	syncs $APPEND feedback-log -q -r mentor Dana "Good plan, again"
	win-log -q -g 2 -m "3 releases" "Shipped"
	syncs $APPEND win-log -q -g 2 -m "4 releases" "Shipped again"
	goal-progress -q 2 1
	syncs $APPEND goal-progress -q 2 2
	followup-add -q -g 2 -w manager +1w "Check in"
	syncs $APPEND followup-add -q -g 2 -w manager +2w "Check in again"
	gap-log -q -g 2 -w "I prepare late" -c "Did I prepare?" "Quiet"
	syncs $APPEND gap-log -q -g 2 -w "I speak last" "Late in meetings"
	syncs $APPEND gap-log -q -C 1 "Did I speak first?"
}

@test "a meeting's answers: one append, however many rows" {
	gap-log -q -g 2 -w late -c "Did I prepare?" -c "Did I speak?" "Quiet"
	meeting-check -q -a yn "Weekly sync"
	syncs $APPEND meeting-check -q -a ny "Weekly sync"
}

@test "a file's first write: the temporary file, then the directory" {
	syncs $REWRITE person-add -q -r mentor Dana
	syncs $APPEND person-add -q Erin
	syncs $REWRITE feedback-log -q -r mentor Dana "Good plan"
	syncs $REWRITE win-log -q -g 2 -m "3 releases" "Shipped"
	syncs $REWRITE goal-progress -q 2 1
	syncs $REWRITE followup-add -q -g 2 -w Dana +1w "Check in"
	syncs $REWRITE batna-set -q -g 1 -w Dana -d +1w -m "Lead role" \
	    -a "Apply to the platform team"
}

@test "a rewrite: the temporary file, then the directory" {
	syncs $REWRITE goal-set 2 target=5
	syncs $REWRITE goal-done 3
	followup-add -q -g 2 -w manager +1w "Check in"
	syncs $REWRITE followup-done -q 1
	batna-set -q -g 1 -w manager -d +1w -m "Lead role" -a "Apply"
	syncs $REWRITE batna-set -q -g 1 -w manager -d +2w -m "Lead role" \
	    -a "Apply to the platform team"
	syncs $REWRITE career-undo
}

@test "two files kept together: each its own, and the journal's three" {
	syncs $((2 * REWRITE + TOGETHER)) gap-log -q -g 2 -w late \
	    -c "Did I prepare?" "Quiet"
	syncs $((2 * APPEND + TOGETHER)) gap-log -q -g 2 -w late \
	    -c "Did I speak?" "Late"
	syncs $((2 * REWRITE + TOGETHER)) gap-log -x 1
	syncs $((2 * REWRITE + TOGETHER)) career-undo
	# Feedback from someone new: the person is kept too.
	feedback-log -q -r mentor Dana "Good plan"
	syncs $((2 * APPEND + TOGETHER)) feedback-log -q -r peer Erin "Fine"
}

@test "a read, or a refused write, makes no fsync" {
	syncs 0 goal-list
	syncs 0 career-check
	run strace -f -qq -e trace=fsync,fdatasync -o "$BATS_TEST_TMPDIR/trace" \
	    goal-set 99 target=5
	status_is 65
	run grep -c sync "$BATS_TEST_TMPDIR/trace"
	[ "$output" = 0 ]
}
