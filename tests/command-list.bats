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

# The list of commands.  career commands prints it, as make wrote it from
# cmd/, cmd/career.steps and the .Nd line of each page; everything else
# that must name every command is checked against it here: cmd/ itself,
# the binaries, the pages, the tests, README, career(7), the completions.

load helper

root=$BATS_TEST_DIRNAME/..
build=${CAREER_BUILD:-$root/build}

# The commands in cmd/, found afresh, for career commands to be checked
# against: cmd/NAME.c, or cmd/NAME/ with code in it; not the front door.
cmd_dir() {
	local f
	for f in "$root"/cmd/*.c "$root"/cmd/*/*.c; do
		[ -e "$f" ] || continue
		case ${f#"$root"/cmd/} in
		*/*) f=${f%/*} ;;
		*) f=${f%.c} ;;
		esac
		[ "${f##*/}" = career ] || echo "${f##*/}"
	done | sort -u
}

# The names in README's list of commands, one a line.
readme_commands() {
	awk '/^The commands$/ { on = 1; getline; next }
	    on && /^$/ { exit }
	    on { sub(/^[0-9]*\.? +/, ""); print $1 }' "$root/README"
}

# Collect a failure; no_failures reports them all at the end.
fail() {
	fails="$fails
$*"
}

no_failures() {
	if [ -n "$fails" ]; then
		printf '%s\n' "$fails" >&2
		return 1
	fi
}

@test "career commands lists each command of cmd/ once, and nothing else" {
	run career commands
	status_is 0
	[ -n "$output" ]
	[ "$(sort <<<"$output")" = "$(sort -u <<<"$output")" ] ||
	    { echo "listed twice: $(sort <<<"$output" | uniq -d)"; false; }
	diff <(cmd_dir) <(sort <<<"$output") ||
	    { echo "cmd/ (<) and career commands (>) disagree"; false; }
}

@test "every command listed has a binary, a page, a test, and a line in README and career(7)" {
	local c t readme
	fails=
	readme=$(readme_commands)
	[ -n "$readme" ]
	for c in $(career commands); do
		command -v "$c" >/dev/null || fail "$c: no binary in PATH"
		[ -f "$root/man/$c.1" ] || fail "$c: no man/$c.1"
		grep -q "^\.Xr $c 1" "$root/man/career.7" ||
		    fail "$c: not in career.7 (want .Xr $c 1)"
		grep -qx -- "$c" <<<"$readme" ||
		    fail "$c: not in README's list of commands"
		# A test file of its own, or a test elsewhere that names it.
		[ -f "$root/tests/$c.bats" ] && continue
		for t in "$root"/tests/*.bats; do
			case ${t##*/} in
			command-list.bats | completion-*.bats) continue ;;
			esac
			grep '^@test ' "$t" | grep -qw -- "$c" && continue 2
		done
		fail "$c: no tests/$c.bats, and no test names it"
	done
	no_failures
}

@test "README's list of commands names only commands" {
	local c all
	fails=
	all=$(career commands)
	for c in $(readme_commands); do
		[ "$c" = career ] && continue
		grep -qx -- "$c" <<<"$all" || fail "README lists $c, not a command"
	done
	no_failures
}

@test "career commands -l: each name, a tab, and the .Nd line of its page" {
	local name descr
	run career commands -l
	status_is 0
	[ "$(cut -f1 <<<"$output")" = "$(career commands)" ]
	while IFS=$'\t' read -r name descr; do
		[ "$descr" = "$(sed -n 's/^\.Nd //p' "$root/man/$name.1")" ] ||
		    { echo "$name: '$descr' is not its .Nd line"; false; }
	done <<<"$output"
	run career commands --long
	[ "$(cut -f1 <<<"$output")" = "$(career commands)" ]
}

@test "career commands takes no operand and no other option" {
	run career commands goal-add
	status_is 64
	output_has "usage: career"
	run career commands -x
	status_is 64
	output_has "usage: career"
}

@test "the build stops on a command with no step, or a step with no command" {
	local b=$BATS_TEST_TMPDIR/b cmds
	cmds="career $(career commands | tr '\n' ' ')"
	run make -s -C "$root" B="$b" CMDS="$cmds new-tool" "$b/commands.h"
	[ "$status" -ne 0 ]
	output_has "new-tool has no step: add it to cmd/career.steps"
	[ ! -e "$b/commands.h" ]
	run make -s -C "$root" B="$b" CMDS="${cmds/ goal-add / }" "$b/commands.h"
	[ "$status" -ne 0 ]
	output_has "goal-add is not a command"
	[ ! -e "$b/commands.h" ]
	run make -s -C "$root" B="$b" CMDS="$cmds" "$b/commands.h"
	status_is 0
	grep -q '{ "goal-add", 0, "add an objective' "$b/commands.h"
}

@test "bash completion takes its commands from career commands" {
	mkdir "$BATS_TEST_TMPDIR/bin"
	printf '#!/bin/sh\nprintf "goal-add\\nnew-tool\\n"\n' \
	    >"$BATS_TEST_TMPDIR/bin/career"
	chmod +x "$BATS_TEST_TMPDIR/bin/career"
	PATH=$BATS_TEST_TMPDIR/bin:$PATH run bash -c '. "$1"
	    complete -p new-tool
	    COMP_WORDS=(career new-); COMP_CWORD=1
	    COMP_LINE="career new-"; COMP_POINT=${#COMP_LINE}
	    _career_front career; echo "${COMPREPLY[*]}"' _ \
	    "$root/completions/career.bash"
	status_is 0
	[ "${lines[0]}" = "complete -F _career new-tool" ]
	[ "${lines[1]}" = new-tool ]
}

@test "the zsh completion make writes names career and every command on its #compdef line" {
	local f=$build/completions/_career
	[ -f "$f" ]
	[ "$(head -n 1 "$f" | tr ' ' '\n' | sed 1d | sort)" = \
	    "$(printf 'career\n%s\n' "$(career commands)" | sort)" ]
	# The rest is completions/_career as it is.
	diff <(sed 1d "$f") <(sed 1d "$root/completions/_career")
}
