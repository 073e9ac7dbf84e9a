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

# manpages: every command has a page, every page lints clean, and every
# page names every option its command accepts, as its usage does.
# Each test checks all the commands and lists every one that fails.

load helper
load commands

ROOT="$BATS_TEST_DIRNAME/.."

# The short option letters of command $1, one a line, from the optstring
# given to getopt_long (or getopt).
short_options() {
	command_source "$1" | tr '\n' ' ' |
	    grep -oE 'getopt(_long)?\([^"]*"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/' |
	    tr -d ':+-' | fold -w1
}

# The long option names in the getopt_long table of command $1.
long_options() {
	command_source "$1" |
	    grep -oE '\{ *"[A-Za-z0-9][A-Za-z0-9-]*", *[a-z_]+_argument' |
	    sed 's/^{ *"\([^"]*\)".*/\1/'
}

# Option tokens (-x, --name) in text on stdin, one a line, sorted.
option_tokens() {
	grep -oE '(^|[][ |])--?[A-Za-z0-9][A-Za-z0-9-]*' |
	    sed 's/^[][ |]//' | sort -u
}

# The SYNOPSIS of a page as mandoc renders it, on long lines.
synopsis() {
	mandoc -Tascii -O width=1000 "$1" | sed 's/.\x08//g' |
	    sed -n '/^SYNOPSIS/,/^[A-Z]/p' | sed '1d;$d'
}

# Report the failures collected in $fails, if any.
no_failures() {
	if [ -n "$fails" ]; then
		printf '%s\n' "$fails" >&2
		return 1
	fi
}

@test "every command has a page in man/, and career(5) and career(7) exist" {
	fails=
	for c in $(commands); do
		[ -f "$ROOT/man/$c.1" ] || fails="$fails
$c: no man/$c.1"
	done
	for p in career.5 career.7; do
		[ -f "$ROOT/man/$p" ] || fails="$fails
no man/$p"
	done
	no_failures
}

@test "mandoc -Tlint -Wwarning prints nothing for any page" {
	run mandoc -Tlint -Wwarning "$ROOT"/man/*.[157]
	if [ -n "$output" ]; then
		printf '%s\n' "$output" >&2
		return 1
	fi
}

@test "every short and long option of a command is in its page" {
	fails=
	for c in $(commands); do
		page="$ROOT/man/$c.1"
		if [ ! -f "$page" ]; then
			fails="$fails
$c: no man/$c.1"
			continue
		fi
		for o in $(short_options "$c"); do
			grep -qE "Fl $o([^A-Za-z0-9]|\$)" "$page" ||
			    fails="$fails
$c: -$o is not in $c.1 (want Fl $o)"
		done
		for o in $(long_options "$c"); do
			grep -qE 'Fl (\\)?-'"$o"'([^A-Za-z0-9-]|$)' "$page" ||
			    fails="$fails
$c: --$o is not in $c.1 (want Fl \\-$o)"
		done
	done
	no_failures
}

@test "--help prints the usage, with the options of the page's SYNOPSIS" {
	fails=
	for c in $(commands); do
		page="$ROOT/man/$c.1"
		if ! help=$("$c" --help); then
			fails="$fails
$c: --help failed"
			continue
		fi
		case ${help%%$'\n'*} in
		"usage: $c "*) ;;
		*) fails="$fails
$c: --help starts '${help%%$'\n'*}', want 'usage: $c ...'" ;;
		esac
		if [ ! -f "$page" ]; then
			fails="$fails
$c: no man/$c.1"
			continue
		fi
		want=$(synopsis "$page" | option_tokens)
		# The usage lines: the options listed after them are the page's.
		got=$(printf '%s\n' "${help%%$'\n\n'*}" | option_tokens)
		[ "$want" = "$got" ] || fails="$fails
$c: options in --help: ${got//$'\n'/ }; in the SYNOPSIS of $c.1: ${want//$'\n'/ }"
	done
	no_failures
}

@test "a wrong invocation prints the same usage to stderr and exits 64" {
	fails=
	for c in $(commands); do
		first=$("$c" --help | head -n 1)
		run "$c" --no-such-option
		if [ "$status" -ne 64 ]; then
			fails="$fails
$c --no-such-option: exit $status, want 64"
		fi
		case $output in
		*"$first"*) ;;
		*) fails="$fails
$c --no-such-option: no '$first' in: $output" ;;
		esac
	done
	no_failures
}

@test "career(7) names every command" {
	fails=
	for c in $(commands); do
		grep -q "^\.Xr $c 1" "$ROOT/man/career.7" || fails="$fails
$c: not in career.7 (want .Xr $c 1)"
	done
	no_failures
}

# The literal blocks of a subsection of a page, as text: \e is a
# backslash, \& nothing.
literal_blocks() {
	awk -v ss="$2" '
	    $0 == ".Ss " ss { in_ss = 1; next }
	    in_ss && /^\.S[hs] / { exit }
	    in_ss && /^\.Bd -literal/ { lit = 1; next }
	    in_ss && /^\.Ed/ { lit = 0; next }
	    lit' "$1" | sed 's/\\e/\\/g; s/\\&//g'
}

# Replay a transcript: run each "$ command" (with its continuation lines)
# and print it followed by what it printed, as a terminal would show it.
replay() {
	local line cmd= more=
	while IFS= read -r line; do
		if [ -n "$more" ]; then
			cmd=$cmd$'\n'$line
		else
			case $line in
			'$ '*) cmd=${line#\$ } ;;
			*) continue ;;	# an output line of the transcript
			esac
		fi
		printf '%s\n' "$line"
		case $line in
		*\\) more=1; continue ;;
		esac
		more=
		eval "$cmd" 2>&1 </dev/null
	done
}

@test "the worked session of career(7) runs as shown" {
	unset CAREER_DIR CAREER_TODAY
	export TMPDIR="$BATS_TEST_TMPDIR"
	want=$(literal_blocks "$ROOT/man/career.7" "A worked session")
	[ -n "$want" ]
	got=$(printf '%s\n' "$want" | replay)
	if [ "$got" != "$want" ]; then
		diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") >&2
		return 1
	fi
}
