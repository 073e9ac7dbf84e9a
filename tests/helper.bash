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

# helper.bash: loaded by every command test.  Each test gets a store of
# its own in a temporary directory, and a fixed "today".
# shellcheck shell=bash disable=SC2154 # bats run sets status and output

setup() {
	CAREER_DIR="$BATS_TEST_TMPDIR/store"
	CAREER_TODAY=2026-11-23
	export CAREER_DIR CAREER_TODAY
	unset NO_COLOR
	# Commands exit through err(3) still holding their tables; leaks are
	# checked in the unit tests, where the library frees what it takes.
	export ASAN_OPTIONS=detect_leaks=0
}

# The exit status of the last run must be $1.
status_is() {
	if [ "$status" -ne "$1" ]; then
		printf 'exit status %s, want %s; output:\n%s\n' "$status" "$1" "$output" >&2
		return 1
	fi
}

# The output of the last run must contain $1.
output_has() {
	case "$output" in
	*"$1"*) ;;
	*) printf 'output lacks %s:\n%s\n' "$1" "$output" >&2; return 1 ;;
	esac
}

# A checksum of every file in the store, to prove nothing was written.
store_sum() {
	(cd "$CAREER_DIR" && cat -- *.csv 2>/dev/null | cksum)
}
