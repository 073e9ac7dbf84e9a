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

# The method's own words: what users read (messages, pages, README,
# completions), and the code beside it, speak of the method and its steps
# (career(7)), never of where the method came from or of the tracker it
# was planned in.

load helper

root=$BATS_TEST_DIRNAME/..
words='seeds?|issue [0-9]+'

@test "no 'seed' or 'issue N' in cmd, lib, man, README or completions" {
	cd "$root"
	run grep -rniwE "$words" cmd lib man README completions
	[ "$status" -eq 1 ] || { echo "$output"; false; }
}

@test "no message compiled into a command says 'seed' or 'issue N'" {
	local bin n=0
	command -v objcopy >/dev/null && command -v strings >/dev/null ||
	    skip "no objcopy or strings"
	# Every binary beside the front door: the build's, or the installed.
	for bin in "$(dirname "$(command -v career)")"/*; do
		[ -x "$bin" ] || continue
		# The string literals: messages, never the debugging names.
		objcopy -O binary --only-section=.rodata "$bin" \
		    "$BATS_TEST_TMPDIR/rodata"
		[ -s "$BATS_TEST_TMPDIR/rodata" ]
		run bash -c 'strings "$1" | grep -iwE "$2"' _ \
		    "$BATS_TEST_TMPDIR/rodata" "$words"
		[ "$status" -eq 1 ] || { echo "${bin##*/} says: $output"; false; }
		n=$((n + 1))
	done
	[ "$n" -gt 20 ]
}

@test "feedback-log's warning about peers names the step of the method" {
	run feedback-log -r peer Bob "Why would you"
	status_is 0
	output_has "peer: peers may feel competitive; step 2 of the method, validate the plan, advises against sharing it with them (career(7))"
	[[ $output != *[Ss]eed* ]]
}
