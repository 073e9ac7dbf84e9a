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

# What cron runs speaks when the setup is broken: no store, a store that
# is not a directory or cannot be read is one line on stderr and exit 66
# (EX_NOINPUT), while a healthy store with nothing to say stays silent.

load helper

# $1 run with stdout and stderr apart: one line on stderr, none on stdout.
broken() {
	local err="$BATS_TEST_TMPDIR/err" rc=0

	"$@" >"$BATS_TEST_TMPDIR/out" 2>"$err" || rc=$?
	cat "$err" >&2
	[ "$rc" -eq 66 ]
	[ ! -s "$BATS_TEST_TMPDIR/out" ]
	[ "$(wc -l <"$err")" -eq 1 ]
	grep -q "^$1: $CAREER_DIR: " "$err"
}

@test "no store: followup-due and smart-review -q say so, exit 66" {
	broken followup-due
	grep -q "no store here (CAREER_DIR?)" "$BATS_TEST_TMPDIR/err"
	broken smart-review -q
	grep -q "no store here (CAREER_DIR?)" "$BATS_TEST_TMPDIR/err"
	broken smart-review
	[ ! -e "$CAREER_DIR" ]
}

@test "a store that is a file is no store either" {
	echo "not a directory" >"$CAREER_DIR"
	broken followup-due
	grep -q "not a directory" "$BATS_TEST_TMPDIR/err"
	broken smart-review -q
}

@test "a store that cannot be read: exit 66" {
	[ "$(id -u)" -ne 0 ] || skip "root reads every directory"
	mkdir -m 700 "$CAREER_DIR"
	chmod 000 "$CAREER_DIR"
	broken followup-due
	broken smart-review -q
	chmod 700 "$CAREER_DIR"
}

@test "a healthy store with nothing to say: silent, exit 0" {
	followup-add -q -w Sam +3d
	run followup-due
	status_is 0
	[ -z "$output" ]
	run smart-review -q
	status_is 0
	[ -z "$output" ]
}
