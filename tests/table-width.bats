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

# The table every listing prints on a terminal lines up by display
# columns: a CJK character takes two, a combining mark none, whatever
# LANG says.  Widths here come from Python's own Unicode data.

load helper

# For each line of stdin, the display column at which it first holds the
# word given for that line (in order); East Asian wide and fullwidth
# characters take two columns, combining marks none.
columns() {
	python3 -c '
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
               for c in s)
lines = sys.stdin.read().split("\n")
for line, word in zip(lines, sys.argv[1:]):
    print(width(line[:line.index(word)]) if word in line else "missing")' "$@"
}

# The output of the last run holds each word on its line, all starting
# at one display column.
aligned() {
	local cols
	cols=$(printf '%s\n' "$output" | columns "$@")
	if [ "$(printf '%s\n' "$cols" | sort -u | wc -l)" -ne 1 ]; then
		printf 'columns %s in:\n%s\n' "$(echo $cols)" "$output" >&2
		return 1
	fi
}

@test "goal-list --table lines up a CJK title with ASCII ones" {
	goal-add -d 2027-03-01 "Lead the Q3 release" >/dev/null
	goal-add -d 2027-02-01 "漢字のタイトル" >/dev/null
	goal-add -d 2027-01-15 "Ａｃｔ as tech lead 😀" >/dev/null
	run goal-list --table
	status_is 0
	aligned title "Lead the" "漢字" "Ａｃｔ"
	aligned due 2027-03 2027-02 2027-01
	output_has "漢字のタイトル"
	! grep -q ' $' <<<"$output"		# no trailing blanks
}

@test "win-log -l --table: the column after a CJK text starts where the others' does" {
	goal-add "Lead the Q3 release" >/dev/null
	win-log -q -g 1 -m m-one "日本語チームを率いた"
	win-log -q -g 1 -m m-two "Led the team"
	win-log -q -g 1 -m m-three $'Ａｂｃ e\xcc\x81te\xcc\x81 😀'
	run win-log -l --table
	status_is 0
	aligned metric m-one m-two m-three
	output_has "日本語チームを率いた"
}

@test "feedback-log -l --table: a Japanese name keeps the next columns in line" {
	feedback-log -q -r mentor "山田太郎" "Show the plan to the team"
	feedback-log -q -r friend "Ann" "Ask for the role"
	run feedback-log -l --table
	status_is 0
	aligned relation mentor friend
	aligned said Show Ask
}

@test "a byte that is not UTF-8 shows as U+FFFD, one column, and the table stays in line" {
	goal-add "Lead the Q3 release" >/dev/null
	win-log -q -g 1 -m m-one $'bad \xff\xfe bytes'
	win-log -q -g 1 -m m-two "good bytes"
	run win-log -l --table
	status_is 0
	output_has $'bad \xef\xbf\xbd\xef\xbf\xbd bytes'
	aligned metric m-one m-two
	# The store keeps the bytes as they were typed.
	grep -q $'bad \xff\xfe bytes' "$CAREER_DIR/wins.csv"
}

@test "the table is the same whatever LANG says" {
	goal-add "漢字のタイトル" >/dev/null
	win-log -q -g 1 -m m-one "日本語 e"$'\xcc\x81'
	a=$(LC_ALL=C LANG=C win-log -l --table)
	b=$(LC_ALL=C.UTF-8 LANG=C.UTF-8 win-log -l --table)
	c=$(LC_ALL=ja_JP.UTF-8 LANG=ja_JP.UTF-8 win-log -l --table 2>/dev/null)
	[ "$a" = "$b" ]
	[ "$a" = "$c" ]
}

@test "lib/core/utf8.c's width tables are what tests/mkwidth prints" {
	want=$(sed -n 's|^/\* From Unicode \([0-9.]*\), by tests/mkwidth\. \*/$|\1|p' "$BATS_TEST_DIRNAME/../lib/core/utf8.c")
	have=$(python3 -c 'import unicodedata; print(unicodedata.unidata_version)')
	[ -n "$want" ]
	[ "$have" = "$want" ] || skip "python3 has Unicode $have, the tables $want"
	diff <(python3 "$BATS_TEST_DIRNAME/mkwidth") \
	    <(awk '/^\/\* From Unicode/ { on = 1 } on { print } on && /^};/ && ++n == 2 { exit }' \
	    "$BATS_TEST_DIRNAME/../lib/core/utf8.c")
}
