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

# The binaries are hardened as a distribution builds them (the checks of
# checksec, by readelf): full RELRO (a read-only GOT after relocations,
# and every symbol bound at start), position independent, the stack
# protector in, and _FORTIFY_SOURCE's checked calls in place of the
# plain ones.

load helper

# bats before 1.9 cannot skip from setup_file: it says why in $why, and
# every test skips with that.
eval "helper_$(declare -f setup)"
setup() {
	[ -z "${why-}" ] || skip "$why"
	helper_setup
}
load commands

setup_file() {
	bin=$(dirname "$(command -v goal-add)")
	case $bin in
	*asan*) { export why="sanitizer build: built with its own flags"; return 0; } ;;
	esac
	case ${CFLAGS-unset} in
	unset|*stack-protector*) ;;
	*) { export why="CFLAGS given without the hardening flags"; return 0; } ;;
	esac
	command -v readelf >/dev/null || { export why="no readelf (binutils)"; return 0; }
}

# Every binary of cmd/, and which property each one lacks.
lacking() {
	local bin name f
	bin=$(dirname "$(command -v goal-add)")
	for name in $(commands); do
		f=$bin/$name
		readelf -lW "$f" | grep -q GNU_RELRO || echo "$name: no RELRO"
		readelf -dW "$f" | grep -q 'BIND_NOW\|FLAGS.*NOW' ||
		    echo "$name: not BIND_NOW"
		readelf -hW "$f" | grep -q 'Type: *DYN' &&
		    readelf -dW "$f" | grep -q 'FLAGS_1.*PIE' || echo "$name: not PIE"
		readelf --dyn-syms -W "$f" | grep -q ' __stack_chk_fail' ||
		    echo "$name: no stack protector"
		readelf --dyn-syms -W "$f" | grep -q ' __[a-z]*printf_chk' ||
		    echo "$name: not fortified"
	done
}

@test "every binary has full RELRO, is PIE, has the stack protector and is fortified" {
	run lacking
	status_is 0
	[ -z "$output" ] || { echo "$output"; false; }
}

@test "--version says the release of the file VERSION" {
	run goal-add --version
	status_is 0
	[ "$output" = "goal-add (career) $(cat "$BATS_TEST_DIRNAME/../VERSION")" ]
}
