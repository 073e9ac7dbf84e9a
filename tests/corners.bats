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

# The corners: hand edits career(5) allows, the last day of the calendar,
# control characters on their way to a terminal, spreadsheets, and CSV
# as the other tools write it.

# shellcheck disable=SC2030,SC2031  # bats runs each test in a subshell
load helper

goals_header=id,kind,title,measure,target,due,parent,status,agreed,created,updated,stretch

# goals.csv as given (the header added), by hand.
goals() {
	mkdir -p -m 700 "$CAREER_DIR"
	(umask 077; { echo "$goals_header"; printf '%s\n' "$@"; } \
	    >"$CAREER_DIR/goals.csv")
}

# $output holds no byte of $1 (a printf(1) format: '\033').
output_lacks_byte() {
	local b
	b=$(printf "$1")
	case "$output" in
	*"$b"*) printf 'output holds the byte %s:\n%s\n' "$1" "$output" | cat -v >&2
		return 1 ;;
	esac
}

# Resume bullets: a win with nothing in what

@test "a win whose what was emptied by hand still makes a bullet" {
	win-log -q -m 3 "Shipped three releases"
	win-log -q Wrote the guide
	sed -i 's/,Wrote the guide,/,,/' "$CAREER_DIR/wins.csv"
	run resume-bullets
	status_is 0
	[ "${lines[0]}" = "- Shipped three releases (3)" ]
	[ "${lines[1]}" = "- Delivered (needs a number)" ]
	run resume-bullets --markdown
	status_is 0
	[ "${lines[1]}" = "- Delivered *(needs a number)*" ]
}

@test "a win whose what is only a full stop still makes a bullet" {
	win-log -q -m 5 x
	sed -i 's/,x,5,/,.,5,/' "$CAREER_DIR/wins.csv"
	run resume-bullets
	status_is 0
	[ "$output" = "- Delivered (5)" ]
}

# The end of the calendar

@test "a date past 9999-12-31 is refused, never wrapped to year 0" {
	export CAREER_TODAY=9999-12-31
	goal-add -q first
	before=$(store_sum)
	for d in tomorrow +1d +1w +1m +1y eow monday; do
		run goal-add -d "$d" late
		status_is 65
		output_has "$d: not a date: past 9999-12-31"
	done
	[ "$(store_sum)" = "$before" ]
	run goal-add -q -d today last
	status_is 0
	run goal-list --csv
	output_has "9999-12-31"
	[[ "$output" != *0000-* ]]
}

@test "a date before 0001-01-01 is refused" {
	export CAREER_TODAY=0001-01-01
	run goal-add -d yesterday early
	status_is 65
	output_has "yesterday: not a date: before 0001-01-01"
	run goal-add -d -1w early
	status_is 65
}

# goal-done: ids

@test "an id named twice is taken once" {
	goal-add -q one
	goal-add -q two
	run goal-done 1 1
	status_is 0
	run goal-done 2 1 2
	status_is 0
	run goal-list --all --csv
	[ "$(grep -c ',done,' <<<"$output")" -eq 2 ]
}

@test "a title of 150,000 words is joined in linear time" {
	local words
	words=$(yes w | head -n 150000 | tr '\n' ' ')
	# shellcheck disable=SC2086  # one argument a word
	run timeout 5 goal-add -q $words
	status_is 0
	run goal-list --ids
	[ "$output" = 1 ]
}

# --safe: what a spreadsheet would run

@test "--safe quotes fullwidth and small formula signs and a formula after blanks" {
	goals "1,goal,＝1+1,,,,,open,,2026-11-23,2026-11-23," \
	    "2,goal,＋2,,,,,open,,2026-11-23,2026-11-23," \
	    "3,goal,$(printf '"\n=1+1"'),,,,,open,,2026-11-23,2026-11-23," \
	    "4,goal, @SUM(A1),,,,,open,,2026-11-23,2026-11-23," \
	    "5,goal,﹦1+1,,,,,open,,2026-11-23,2026-11-23," \
	    "6,goal,plain,,,,,open,,2026-11-23,2026-11-23,"
	run goal-list --csv --safe
	status_is 0
	output_has "1,goal,'＝1+1,"
	output_has "2,goal,'＋2,"
	output_has "$(printf '3,goal,"\x27\n=1+1",')"
	output_has "4,goal,' @SUM(A1),"
	output_has "5,goal,'﹦1+1,"
	output_has "6,goal,plain,"
	run goal-list --tsv --safe
	output_has "'＝1+1"
	output_has "'\\n=1+1"
	run goal-list --csv
	output_has "1,goal,＝1+1,"
}

# RFC 4180: blanks are data

@test "blanks around an unquoted field are data" {
	goals "1,goal,  two blanks before and one after ,,,,,open,,2026-11-23,2026-11-23," \
	    "$(printf '2,goal,\ttabbed\t,,,,,open,,2026-11-23,2026-11-23,')"
	run goal-list --json
	status_is 0
	output_has '"title":"  two blanks before and one after "'
	output_has '"title":"\u0009tabbed\u0009"'
}

@test "a rewrite keeps blanks written unquoted as they were, byte for byte" {
	goals "1,goal, spaced ,,,,,open,,2026-11-23,2026-11-23," \
	    "2,goal,x,,,,,open,,2026-11-23,2026-11-23,"
	goal-set 2 measure=m
	[ "$(sed -n 2p "$CAREER_DIR/goals.csv")" = "1,goal, spaced ,,,,,open,,2026-11-23,2026-11-23," ]
}

@test "a rewrite copies the rows it leaves alone as they were, quotes and all" {
	goals '1,goal,"quoted, not needed",,,,,open,,2026-11-23,2026-11-23,' \
	    '2,goal,"x",,,,,open,,2026-11-23,2026-11-23,' \
	    '3,goal,"two' 'lines",,,,,open,,2026-11-23,2026-11-23,' \
	    '4,goal,"plain",,,,,open,,2026-11-23,2026-11-23,'
	goal-set 2 measure=m
	# Only row 2 is written anew, as the tools write a row.
	[ "$(sed -n 2p "$CAREER_DIR/goals.csv")" = '1,goal,"quoted, not needed",,,,,open,,2026-11-23,2026-11-23,' ]
	[ "$(sed -n 3p "$CAREER_DIR/goals.csv")" = '2,goal,x,m,,,,open,,2026-11-23,2026-11-23,' ]
	[ "$(sed -n 4,5p "$CAREER_DIR/goals.csv")" = "$(printf '%s\n%s' '3,goal,"two' 'lines",,,,,open,,2026-11-23,2026-11-23,')" ]
	[ "$(sed -n 6p "$CAREER_DIR/goals.csv")" = '4,goal,"plain",,,,,open,,2026-11-23,2026-11-23,' ]
	[ "$(wc -l <"$CAREER_DIR/goals.csv")" -eq 6 ]
	run career-check
	status_is 0
}

@test "a rewrite ends every row in LF and gives a file every column" {
	mkdir -p "$CAREER_DIR"
	printf 'id,kind,title,status,created,updated\r\n1,goal,crlf row,open,2026-11-23,2026-11-23\r\n\n2,goal,last,open,2026-11-23,2026-11-23' \
	    >"$CAREER_DIR/goals.csv"
	goal-set 2 measure=m
	run grep -c "$(printf '\r')" "$CAREER_DIR/goals.csv"
	[ "$output" = 0 ]
	[ "$(sed -n 1p "$CAREER_DIR/goals.csv")" = "id,kind,title,status,created,updated,measure,target,due,parent,agreed,stretch" ]
	[ "$(sed -n 2p "$CAREER_DIR/goals.csv")" = "1,goal,crlf row,open,2026-11-23,2026-11-23,,,,,," ]
	[ "$(sed -n 3p "$CAREER_DIR/goals.csv")" = "2,goal,last,open,2026-11-23,2026-11-23,m,,,,," ]
	[ "$(wc -l <"$CAREER_DIR/goals.csv")" -eq 3 ]
}

@test "a rewrite of a file with every column ends a last row without LF" {
	goals "1,goal,one,,,,,open,,2026-11-23,2026-11-23,"
	printf '2,goal,"no LF",,,,,open,,2026-11-23,2026-11-23,' >>"$CAREER_DIR/goals.csv"
	printf '\n\n3,goal,after a blank line,,,,,open,,2026-11-23,2026-11-23,\n' >>"$CAREER_DIR/goals.csv"
	goal-set 1 measure=m
	[ "$(sed -n 3p "$CAREER_DIR/goals.csv")" = '2,goal,"no LF",,,,,open,,2026-11-23,2026-11-23,' ]
	[ "$(sed -n 4p "$CAREER_DIR/goals.csv")" = '3,goal,after a blank line,,,,,open,,2026-11-23,2026-11-23,' ]
	[ "$(wc -l <"$CAREER_DIR/goals.csv")" -eq 4 ]
}

@test "a quote after blanks in an unquoted field is refused with its line" {
	goals "1,goal,x,,,,,open,,2026-11-23,2026-11-23," \
	    "2,goal, \"a\",,,,,open,,2026-11-23,2026-11-23,"
	before=$(store_sum)
	run goal-list --csv
	status_is 65
	output_has "goals.csv:3:"
	run goal-set 1 measure=m
	status_is 65
	output_has "goals.csv:3:"
	[ "$(store_sum)" = "$before" ]
}

@test "python's csv and the tools agree on every field, both ways" {
	goal-add -q " leading blank"
	goal-add -q "trailing blank "
	goal-add -q 'a "quoted" word, and a comma'
	goal-add -q "$(printf 'two\nlines')"
	goal-add -q "$(printf '\ttab')"
	# What the tools wrote, python writes again byte for byte.
	python3 - "$CAREER_DIR/goals.csv" <<-'EOF'
	import csv, io, sys
	data = open(sys.argv[1], newline='').read()
	rows = list(csv.reader(io.StringIO(data, newline='')))
	assert [r[2] for r in rows[1:]] == [" leading blank", "trailing blank ",
	    'a "quoted" word, and a comma', "two\nlines", "\ttab"], rows
	out = io.StringIO()
	csv.writer(out, lineterminator='\n').writerows(rows)
	assert out.getvalue() == data, (out.getvalue(), data)
	# What python writes, the tools keep byte for byte.
	rows[1][3] = "python's measure"
	with open(sys.argv[1], 'w', newline='') as f:
	    csv.writer(f, lineterminator='\n').writerows(rows)
	EOF
	cp "$CAREER_DIR/goals.csv" "$BATS_TEST_TMPDIR/python.csv"
	goal-set 5 measure=m
	python3 - "$CAREER_DIR/goals.csv" "$BATS_TEST_TMPDIR/python.csv" <<-'EOF'
	import csv, sys
	ours = list(csv.reader(open(sys.argv[1], newline='')))
	theirs = list(csv.reader(open(sys.argv[2], newline='')))
	assert ours[1][3] == "python's measure", ours
	theirs[5][3] = "m"
	assert ours == theirs, (ours, theirs)
	EOF
	# Only the row goal-set changed differs.
	diff <(sed '$d' "$CAREER_DIR/goals.csv") <(sed '$d' "$BATS_TEST_TMPDIR/python.csv")
}

@test "career(5)'s mlr example keeps a title's blanks" {
	command -v mlr >/dev/null || skip "mlr is not installed"
	goal-add -q "  indented title "
	mlr -I --csv put '$result = ""' "$CAREER_DIR/goals.csv"
	goal-set 1 result='shipped 3 releases on time'
	run goal-list --json
	output_has '"title":"  indented title "'
}

# Control characters on their way to a terminal

@test "career-check shows the controls of a bad value, never sends them" {
	goals "$(printf '1,goal,x,,,\033]2;owned\a,,open,,2026-11-23,2026-11-23,')"
	run career-check
	status_is 1
	output_lacks_byte '\033'
	output_lacks_byte '\a'
	output_has "'^[]2;owned^G' is not a date"
}

@test "the front door shows the last meeting's controls as text" {
	goal-add -q x
	gap-log -q -c "Did I speak up?" "quiet"
	meeting-check -q -a y "$(printf 'sync\033]2;owned\a\xc2\x9b31m')"
	run career
	status_is 0
	output_lacks_byte '\033'
	output_lacks_byte '\a'
	output_lacks_byte '\xc2\x9b'
	output_has 'sync^[]2;owned^G'
}

@test "meeting-check's prompt and errors show controls as text" {
	goal-add -q x
	gap-log -q -c "$(printf 'Did I\033[2J speak up?')" "quiet"
	run meeting-check -a "$(printf '\033')" sync
	status_is 64
	output_lacks_byte '\033'
	output_has "'^[' is not y or n"
	# The questions are asked on a terminal.
	run python3 -c '
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execvp("meeting-check", ["meeting-check", "sync"])
os.write(fd, b"y\n")
out = b""
while True:
    try:
        b = os.read(fd, 4096)
    except OSError:
        break
    if not b:
        break
    out += b
os.waitpid(pid, 0)
sys.stdout.write(out.decode("utf-8", "replace"))
'
	output_has "Did I^[[2J speak up? [y/n]"
	output_lacks_byte '\033'
}

@test "a table shows C1 controls and stray bytes as U+FFFD, and C0 in caret notation" {
	goals "$(printf '1,goal,a\x9bb\xc2\x9bc\033d\x7fe,,,,,open,,2026-11-23,2026-11-23,')"
	run goal-list --table
	status_is 0
	output_lacks_byte '\x9b'
	output_lacks_byte '\033'
	output_lacks_byte '\x7f'
	output_has "a�b�c^[d^?e"
}

@test "CSV, TSV and JSON keep the store's bytes" {
	goals "$(printf '1,goal,a\x9bb\xc2\x9bc\033d,,,,,open,,2026-11-23,2026-11-23,')"
	run goal-list --csv
	output_has "$(printf 'a\x9bb\xc2\x9bc\033d')"
	run goal-list --tsv
	output_has "$(printf 'a\x9bb\xc2\x9bc\033d')"
	run goal-list --json
	output_has 'a�b\u009bc\u001bd'
}

@test "an error message shows the controls of the value it quotes" {
	goals "$(printf '1\033[31m,goal,x,,,,,open,,2026-11-23,2026-11-23,')"
	run goal-list --csv
	status_is 65
	output_lacks_byte '\033'
	output_has "bad id '1^[[31m'"
}

@test "smart-review's reasons and resume bullets show a value's controls" {
	goals "$(printf '1,goal,Lead the Q3 release,releases,2,soon\033[2J,,open,,2026-11-23,2026-11-23,')"
	run smart-review
	output_lacks_byte '\033'
	output_has "due 'soon^[[2J' is not a date"
	win-log -q -m 3 "$(printf 'Shipped\033]2;x\a two \xc2\x9b releases')"
	run resume-bullets
	status_is 0
	output_lacks_byte '\033'
	output_lacks_byte '\xc2\x9b'
	[ "$output" = "- Shipped^[]2;x^G two � releases (3)" ]
}

@test "followup-due and followup-done show a hand-edited value's controls" {
	mkdir -p -m 700 "$CAREER_DIR"
	(umask 077; printf '%s\n' id,goal,with,due,every,note,status,done,created \
	    "$(printf '1,,Dana,soon\033[2J,1w,Check in,open,,2026-11-23')" \
	    "$(printf '2,,Sam,2026-11-30,,Check in,done\033[2J,,2026-11-23')" \
	    >"$CAREER_DIR/followups.csv")
	run followup-due
	status_is 65
	output_lacks_byte '\033'
	output_has "due 'soon^[[2J' is not a date"
	run followup-done 1
	status_is 65
	output_lacks_byte '\033'
	output_has "due 'soon^[[2J' is not a date"
	run followup-done 2
	status_is 65
	output_lacks_byte '\033'
	output_has "already done^[[2J"
}
