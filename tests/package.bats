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

# The Debian package, as a user gets it: build it (make deb), install it
# with apt-get, run a command, find its page and its bash completion where
# the package put them, purge it and find nothing of it left.  It installs
# into this machine, so it needs root and the Debian tools, and leaves a
# career package someone else installed alone.

load helper

# bats before 1.9 cannot skip from setup_file: it says why in $why, and
# every test skips with that.
eval "helper_$(declare -f setup)"
setup() {
	[ -z "${why-}" ] || skip "$why"
	helper_setup
}

root=$BATS_TEST_DIRNAME/..

setup_file() {
	case ${CAREER_BUILD-} in
	*asan*) { export why="sanitizer build: the package is built and tried once"; return 0; } ;;
	esac
	[ "$(id -u)" = 0 ] || { export why="not root: apt-get cannot install the package"; return 0; }
	command -v dpkg-buildpackage >/dev/null ||
	    { export why="no dpkg-buildpackage (make deps installs dpkg-dev)"; return 0; }
	command -v apt-get >/dev/null || { export why="no apt-get"; return 0; }
	[ -d "$root/.git" ] || { export why="not a git tree: make deb builds from make dist"; return 0; }
	! dpkg -s career >/dev/null 2>&1 ||
	    { export why="a career package is already installed here"; return 0; }
	# The package's own tests are the ones running now.
	DEB_BUILD_OPTIONS=nocheck make -s -C "$root" deb \
	    DEBDIR="$BATS_FILE_TMPDIR" >"$BATS_FILE_TMPDIR/make.log" 2>&1 ||
	    { cat "$BATS_FILE_TMPDIR/make.log" >&3; return 1; }
}

teardown_file() {
	if dpkg -s career >/dev/null 2>&1; then
		apt-get purge -y -q career >/dev/null 2>&1
	fi
	return 0
}

apt() {
	DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 \
	    -y -q "$@"
}

@test "apt-get installs the built package" {
	local deb
	deb=$(echo "$BATS_FILE_TMPDIR"/career_*_amd64.deb)
	[ -f "$deb" ]
	run apt install "$deb"
	status_is 0
	dpkg -s career | grep -q '^Status: install ok installed'
}

@test "the installed goal-add writes a goal" {
	run env PATH=/usr/bin:/bin /usr/bin/goal-add "Lead the Q3 release"
	status_is 0
	[ "$output" = 1 ]
	grep -q 'Lead the Q3 release' "$CAREER_DIR/goals.csv"
}

@test "man finds the installed pages in sections 1, 5 and 7" {
	command -v man >/dev/null || skip "no man (man-db)"
	run man -w goal-add
	status_is 0
	[ "$output" = /usr/share/man/man1/goal-add.1.gz ]
	[ "$(man -w 5 career)" = /usr/share/man/man5/career.5.gz ]
	[ "$(man -w 7 career)" = /usr/share/man/man7/career.7.gz ]
	zcat /usr/share/man/man1/goal-add.1.gz | grep -qx '\.Os career [0-9].*'
}

@test "the installed bash completion completes goal-list's options" {
	# As bash-completion's loader does: the file named by the command.
	run env PATH=/usr/bin:/bin bash -c '
		. /usr/share/bash-completion/completions/goal-list
		fn=$(complete -p goal-list) && fn=${fn#*-F } && fn=${fn%% *}
		COMP_WORDS=(goal-list --prog) COMP_CWORD=1
		COMP_LINE="goal-list --prog" COMP_POINT=16
		"$fn" goal-list --prog goal-list
		printf "%s\n" "${COMPREPLY[@]}"'
	status_is 0
	[ "$output" = --progress ]
	[ -f /usr/share/zsh/vendor-completions/_career ]
}

@test "apt-get purge leaves nothing of the package behind" {
	local deb f left=
	deb=$(echo "$BATS_FILE_TMPDIR"/career_*_amd64.deb)
	run apt purge career
	status_is 0
	! dpkg -s career >/dev/null 2>&1
	while read -r f; do
		f=/${f#./}
		[ -e "$f" ] || [ -L "$f" ] && left="$left $f"
	done < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$')
	[ -z "$left" ] || { echo "left behind:$left"; false; }
	[ ! -e /usr/share/doc/career ]
}
