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

# make install and make uninstall into a temporary DESTDIR.

load helper
load commands

root=$BATS_TEST_DIRNAME/..

install_tree() {
	make -s -C "$root" B="${CAREER_BUILD:-$root/build}" \
	    PREFIX=/usr DESTDIR="$BATS_TEST_TMPDIR/dest" "$@" >/dev/null
}

@test "make install puts every binary, page and completion in place; uninstall removes them" {
	install_tree install
	d=$BATS_TEST_TMPDIR/dest/usr
	for name in $(commands); do
		[ -x "$d/bin/$name" ] || { echo "no bin/$name"; false; }
		[ -f "$d/share/man/man1/$name.1" ] || { echo "no man1/$name.1"; false; }
		[ -f "$d/share/bash-completion/completions/$name" ] || { echo "no bash completion for $name"; false; }
	done
	[ -f "$d/share/man/man5/career.5" ]
	[ -f "$d/share/man/man7/career.7" ]
	[ -f "$d/share/zsh/site-functions/_career" ]
	# The installed binaries work from there.
	run "$d/bin/goal-add" "Installed"
	status_is 0
	install_tree uninstall
	run find "$BATS_TEST_TMPDIR/dest" -type f
	[ -z "$output" ] || { echo "left behind: $output"; false; }
}
