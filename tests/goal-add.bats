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

# goal-add: adding objectives and goals to goals.csv.

load helper

@test "goal-add prints the new id and ids count up" {
	run goal-add -k objective -d +5y "COO in 5 years"
	status_is 0
	[ "$output" = 1 ]
	run goal-add -p 1 "Lead the Q3 release"
	[ "$output" = 2 ]
	run goal-add -q "Quiet one"
	status_is 0
	[ -z "$output" ]
	[ "$(goal-list --ids)" = "$(printf '1\n2\n3')" ]
}

@test "goal-add refuses an impossible date and takes a leap day" {
	run goal-add -d 2026-02-30 x
	status_is 65
	output_has "2026-02-30"
	[ ! -e "$CAREER_DIR/goals.csv" ]
	run goal-add -d 2028-02-29 x
	status_is 0
	run goal-list --csv
	output_has ",2028-02-29,"
}
