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

# Writes that fail part way: a file size limit (ulimit -f; the library
# ignores SIGXFSZ, so write(2) fails with EFBIG), a full filesystem (a
# tiny tmpfs) and a read-only store.  The old file stays byte for byte,
# no temporary file is left, and the exit is 74 (or 73) with a message
# that says why.  Mounting needs root: those tests skip without it.

# shellcheck disable=SC2030,SC2031  # bats runs each test in a subshell
load helper

corpus=$BATS_TEST_DIRNAME/corpus
mnt=
nobody_store=

teardown() {
	if [ -n "$mnt" ] && mountpoint -q "$mnt"; then
		umount "$mnt" || umount -l "$mnt"
	fi
	if [ -n "$nobody_store" ]; then
		rm -rf "$nobody_store"
	fi
}

# A store whose goals.csv has $1 goals (about 100 bytes each).
big_store() {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	python3 -c '
import sys
w = sys.stdout.write
w("id,kind,title,measure,target,due,parent,status,agreed,created,updated\n")
for i in range(1, int(sys.argv[1]) + 1):
    w("%d,goal,Goal %d: a title of an ordinary length,count,%d,2027-05-23,,open,,2026-11-23,2026-11-23\n" % (i, i, i))' \
	    "$1" >"$CAREER_DIR/goals.csv"
}

# The last command failed as a write must: exit 74 or 73, a message that
# names the file and says why ($1), the old file as it was ($2, a cksum)
# and no temporary file left.
failed_cleanly() {
	if [ "$status" -ne 74 ] && [ "$status" -ne 73 ]; then
		printf 'exit %s, want 74 or 73:\n%s\n' "$status" "$output" >&2
		return 1
	fi
	output_has "$1"
	output_has "$CAREER_DIR/"
	[ "$(cksum <"$CAREER_DIR/goals.csv")" = "$2" ] || { echo "goals.csv changed" >&2; return 1; }
	[ -z "$(find "$CAREER_DIR" -name '.goals.csv.??????')" ] || { echo "temporary file left" >&2; return 1; }
}

@test "ulimit -f: a rewrite of a big file fails with EFBIG, exit 74, the old file intact" {
	big_store 20000
	sum=$(cksum <"$CAREER_DIR/goals.csv")
	# 1000 KB: the file is about 2 MB, so the copy fails half way.
	run bash -c 'ulimit -f 1000 && exec goal-set 10 title=changed'
	failed_cleanly "File too large" "$sum"
	run bash -c 'ulimit -f 1000 && exec goal-done 10'
	failed_cleanly "File too large" "$sum"
	# With room again, the same write goes through.
	goal-set 10 title=changed
	run goal-list --csv
	output_has "10,goal,changed,"
}

@test "ulimit -f: an append that crosses the limit is cut back, exit 74" {
	big_store 20000
	# A rewrite first, so the header has every column and goal-add
	# appends rather than writing the file whole.
	goal-done 20000
	size=$(stat -c %s "$CAREER_DIR/goals.csv")
	sum=$(cksum <"$CAREER_DIR/goals.csv")
	python3 -c '
print("title")
for i in range(2000):
    print("Imported goal number %d with a title that takes some room" % i)' >"$BATS_TEST_TMPDIR/in.csv"
	# The limit falls inside the new rows: part of them fit, then EFBIG.
	limit=$((size / 1024 + 8))
	run bash -c "ulimit -f $limit && exec goal-add -q - <'$BATS_TEST_TMPDIR/in.csv'"
	failed_cleanly "File too large" "$sum"
	[ "$(stat -c %s "$CAREER_DIR/goals.csv")" -eq "$size" ]
	# A one-row append past the limit too.
	limit=$((size / 1024))
	run bash -c "ulimit -f $limit && exec goal-add one-more"
	failed_cleanly "File too large" "$sum"
	run goal-add one-more
	status_is 0
	[ "$output" = 20001 ]
}

@test "ulimit -f: the first write of a new store leaves no goals.csv behind" {
	mkdir -m 700 "$CAREER_DIR"
	run bash -c 'ulimit -f 0 && exec goal-add first'
	if [ "$status" -ne 74 ] && [ "$status" -ne 73 ]; then
		echo "exit $status: $output"
		false
	fi
	output_has "File too large"
	[ ! -e "$CAREER_DIR/goals.csv" ]
	[ -z "$(find "$CAREER_DIR" -name '.goals.csv.??????')" ]
}

# A tiny tmpfs for the store, or skip where mounting is not allowed.
tiny_store() {
	mnt=$BATS_TEST_TMPDIR/mnt
	mkdir -p "$mnt"
	mount -t tmpfs -o "size=$1,mode=700" tmpfs "$mnt" 2>/dev/null ||
	    { mnt=; skip "cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)"; }
	CAREER_DIR=$mnt/store
	mkdir -m 700 "$CAREER_DIR"
}

@test "a full filesystem: appends and rewrites fail with ENOSPC, exit 74, nothing truncated" {
	local i sum title fails=0
	# 128k, of which a filler takes 80k: goals.csv fills the rest, and
	# once the filler goes there is room for a rewrite again.
	tiny_store 128k
	head -c 81920 /dev/zero >"$mnt/filler"
	title=$(printf 'A goal with a long title that fills the disk %.0s' $(seq 20))
	goal-add -q "$title 0"
	for ((i = 1; i <= 500; i++)); do
		sum=$(cksum <"$CAREER_DIR/goals.csv")
		run goal-add -q "$title $i"
		[ "$status" -eq 0 ] && continue
		failed_cleanly "No space left on device" "$sum"
		fails=$((fails + 1))
		break
	done
	[ "$fails" -eq 1 ] || { echo "the disk never filled"; false; }
	python3 "$corpus/csvcheck.py" "$CAREER_DIR/goals.csv"
	# A rewrite needs room for a whole copy: there is none.
	run goal-set 1 title=changed
	failed_cleanly "No space left on device" "$sum"
	run goal-done 1 2 3
	failed_cleanly "No space left on device" "$sum"
	run goal-list --ids
	status_is 0
	[ "${#lines[@]}" -eq "$i" ]
	# Room again: the same writes go through.
	rm "$mnt/filler"
	run goal-set 1 title=changed
	status_is 0
	run goal-add -q after
	status_is 0
	python3 "$corpus/csvcheck.py" "$CAREER_DIR/goals.csv"
	[ "$(goal-list --ids | wc -l)" -eq $((i + 1)) ]
}

@test "a read-only store: writers exit 73 or 74 and say so, readers still read" {
	local c sum
	goal-add -q -k objective "Objective"
	goal-add -q "Goal"
	sum=$(cksum <"$CAREER_DIR/goals.csv")
	mnt=$CAREER_DIR
	mount --bind "$CAREER_DIR" "$CAREER_DIR" 2>/dev/null &&
	    mount -o remount,bind,ro "$CAREER_DIR" 2>/dev/null ||
	    { teardown; mnt=; skip "cannot make a read-only bind mount here"; }
	for c in "goal-add x" "goal-set 2 title=y" "goal-done 2"; do
		# shellcheck disable=SC2086
		run timeout 20 $c
		failed_cleanly "Read-only file system" "$sum"
	done
	run goal-list --all --csv
	status_is 0
	output_has "2,goal,Goal,"
}

@test "a store its owner may not write to: writers exit 73 and say so" {
	local c sum
	command -v setpriv >/dev/null || skip "no setpriv(1)"
	id nobody >/dev/null 2>&1 || skip "no user nobody"
	# nobody owns the store but may not write to it.  It lives in /tmp,
	# since the test's own directory is closed to others.
	nobody_store=$(mktemp -d /tmp/career-nobody.XXXXXX)
	CAREER_DIR=$nobody_store/store
	goal-add -q "Goal"
	sum=$(cksum <"$CAREER_DIR/goals.csv")
	chmod 755 "$nobody_store"
	chown -R nobody "$CAREER_DIR"
	chmod 500 "$CAREER_DIR"
	chmod 400 "$CAREER_DIR/goals.csv"
	as_nobody() {
		setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
	}
	as_nobody true 2>/dev/null || skip "setpriv cannot become nobody here"
	as_nobody test -r "$CAREER_DIR/goals.csv" || skip "nobody cannot reach $CAREER_DIR"
	for c in "goal-add x" "goal-set 1 title=y" "goal-done 1"; do
		# shellcheck disable=SC2086
		run as_nobody timeout 20 $c
		if [ "$status" -ne 73 ] && [ "$status" -ne 74 ]; then
			echo "$c: exit $status: $output"
			false
		fi
		output_has "Permission denied"
		[ "$(cksum <"$CAREER_DIR/goals.csv")" = "$sum" ]
	done
	run as_nobody goal-list --csv
	status_is 0
}

@test "a listing to a full disk is an error, exit 74" {
	[ -w /dev/full ] || skip "no /dev/full"
	goal-add -q "Goal"
	run bash -c 'goal-list --csv >/dev/full'
	status_is 74
	output_has "stdout"
}
