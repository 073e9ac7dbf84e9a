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

# commands.bash: the commands of cmd/ and their code, for the tests that
# go through every command (pages, completion, install).  A command is
# cmd/NAME.c, or cmd/NAME/ holding its own files, as the Makefile builds.
# shellcheck shell=bash

# The name of every command, one a line, sorted.
commands() {
	local f
	{
		for f in "$BATS_TEST_DIRNAME"/../cmd/*.c; do
			[ -e "$f" ] && basename "$f" .c
		done
		for f in "$BATS_TEST_DIRNAME"/../cmd/*/*.c; do
			[ -e "$f" ] && basename "${f%/*}"
		done
	} | sort -u
}

# The code of command $1 on stdout: cmd/$1.c, or every file of cmd/$1/;
# for an editor command, the options it takes from edit_main too, and for
# a lister, the output options of OUT_LONGOPTS (list.h).
command_source() {
	local d=$BATS_TEST_DIRNAME/../cmd src
	if [ -f "$d/$1.c" ]; then
		src=$(cat "$d/$1.c")
	else
		src=$(cat "$d/$1"/*.c)
	fi
	printf '%s\n' "$src"
	case $src in
	*"edit_main("*) cat "$d/../lib/core/edit.c" ;;
	esac
	case $src in
	*"OUT_LONGOPTS,"*) sed -n '/^#define OUT_LONGOPTS/,/^[^\t#]/p' \
	    "$d/../lib/core/list.h" ;;
	esac
}
