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

# smart-review of a large store: read in two halves at once, by two
# processes, and printed as one pass would print it.  The review of the
# same goals on stdin, which reads them in one pass, is the reference.

load helper

ROOT="$BATS_TEST_DIRNAME/.."

# A store of 60,000 goals in short fields: about 5 MB, past the size
# from which the store is read in two halves.
big() {
	sh "$ROOT/bench/gen" -s "$CAREER_DIR" 60000
}

# The review of the store is the review of its open goals on stdin, in
# lines and in exit status; also with -q.
same_as_stdin() {
	local q
	for q in "" -q; do
		set +e
		smart-review $q >"$BATS_TEST_TMPDIR/store.out"
		a=$?
		goal-list --open --csv | smart-review $q - \
		    >"$BATS_TEST_TMPDIR/stdin.out"
		b=$?
		set -e
		[ "$a" = "$b" ] || { echo "exit $a, on stdin $b"; return 1; }
		cmp "$BATS_TEST_TMPDIR/store.out" "$BATS_TEST_TMPDIR/stdin.out"
	done
}

# The bytes each process of smart-review -q read from goals.csv, one
# number a line.
reads() {
	command -v strace >/dev/null || skip "no strace (make deps installs it)"
	strace -f -qq -o /dev/null true 2>/dev/null ||
	    skip "strace cannot trace here"
	rm -f "$BATS_TEST_TMPDIR"/trace.*
	strace -ff -qq -e trace=openat,read -o "$BATS_TEST_TMPDIR/trace" \
	    smart-review -q >/dev/null || :
	for f in "$BATS_TEST_TMPDIR"/trace.*; do
		awk '/^openat\(.*\/goals\.csv"/ { fd = $NF }
		    /^read\(/ { split($1, a, /[(,]/)
			if (fd != "" && a[2] == fd) n += $NF }
		    END { if (fd != "") print n + 0 }' "$f"
	done
}

# Append CSV rows (one argument each) to the store's goals.
add_rows() {
	printf '%s\n' "$@" >>"$CAREER_DIR/goals.csv"
}

# Put a row after line n of goals.csv.
insert_row() {
	cp "$CAREER_DIR/goals.csv" "$BATS_TEST_TMPDIR/g"
	{
		head -n "$1" "$BATS_TEST_TMPDIR/g"
		printf '%s\n' "$2"
		tail -n +"$(($1 + 1))" "$BATS_TEST_TMPDIR/g"
	} >"$CAREER_DIR/goals.csv"
}

@test "a large store is read in two halves, each by its own process, and reviewed as in one pass" {
	[ "$(getconf _NPROCESSORS_ONLN)" -ge 2 ] || skip "one processor"
	big
	size=$(wc -c <"$CAREER_DIR/goals.csv")
	run reads
	[ "${#lines[@]}" -eq 2 ] || { echo "$output"; false; }
	[ "${lines[0]}" -lt "$size" ] && [ "${lines[1]}" -lt "$size" ] ||
	    { echo "$size: $output"; false; }
	same_as_stdin
}

@test "relevance looks across the halves, both ways" {
	big
	# An objective at the top whose only goal is at the end; a goal at
	# the top under an objective at the end; an objective at the end
	# with no goal, and one whose goal is at the top.
	insert_row 1 '70001,objective,Staff engineer in four years,,,2030-01-01,,open,,2026-01-01,2026-01-01,'
	insert_row 2 '70004,goal,Write the design review of search,docs,1,2027-01-01,70003,open,2026-11-01,2026-01-01,2026-01-01,'
	add_rows '70002,goal,Lead the migration of the billing service,services,1,2027-01-01,70001,open,2026-11-01,2026-01-01,2026-01-01,' \
	    '70003,objective,Principal engineer in six years,,,2032-01-01,,open,,2026-01-01,2026-01-01,' \
	    '70005,objective,Director of engineering in ten years,,,2036-01-01,,open,,2026-01-01,2026-01-01,'
	run smart-review
	status_is 1
	output_has "70001 Staff engineer in four years: relevant: yes"
	output_has "70004 Write the design review of search: relevant: yes"
	output_has "70002 Lead the migration of the billing service: relevant: yes"
	output_has "70003 Principal engineer in six years: relevant: yes"
	output_has "70005 Director of engineering in ten years: relevant: no: no goal under it"
	same_as_stdin
}

@test "a quoted line end across the middle: one process reads the whole store" {
	big
	size=$(wc -c <"$CAREER_DIR/goals.csv")
	mid=$(($(wc -l <"$CAREER_DIR/goals.csv") / 2))
	# A title of 100,000 lines holds the middle of the file, whatever
	# the bytes around it: a line there does not start a row.
	insert_row "$mid" "70001,goal,\"Lead the Q3 release$(printf '\nline%.0s' $(seq 100000))\",,,,1,open,,2026-01-01,2026-01-01,"
	size=$(wc -c <"$CAREER_DIR/goals.csv")
	run reads
	[ "$(sort -n <<<"$output" | tail -n 1)" -ge "$size" ] ||
	    { echo "$size: $output"; false; }
	same_as_stdin
}

@test "an id in both halves is reported with its line, as in one pass" {
	big
	add_rows '5,goal,Lead the Q3 release again,,,,1,open,,2026-01-01,2026-01-01,'
	n=$(wc -l <"$CAREER_DIR/goals.csv")
	run smart-review -q
	status_is 65
	output_has "goals.csv:$n: duplicate id 5"
}

@test "a malformed row in the second half is reported with its line" {
	big
	at=$(($(wc -l <"$CAREER_DIR/goals.csv") * 3 / 4))
	insert_row "$at" '70001,goal,"Lead "the" release",,,,1,open,,2026-01-01,2026-01-01,'
	run smart-review -q
	status_is 65
	output_has "goals.csv:$((at + 1)): malformed quoted field"
}
