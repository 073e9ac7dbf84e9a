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

# Listings in every format: the same records through CSV, TSV, JSON and
# JSON lines, read back by the tools that read them (python's csv and
# json, jq, awk); and a table that minds its terminal (TERM, its width).

load helper

# Titles that break a naive writer: commas, quotes, a tab, a newline, a
# backslash, a carriage return, CJK and an accent.
titles=('Lead, "the" Q3 release' $'tab\there\nnew line \\back\\' \
    '漢字 and é' $'cr\rhere')

store() {
	local t
	for t in "${titles[@]}"; do
		goal-add -q -- "$t"
	done
}

# python3 -c SCRIPT, the titles as its arguments.
py() {
	python3 -c "$1" "${titles[@]}"
}

# Each line of stdin is at most $1 display columns wide (East Asian wide
# and fullwidth characters take two, combining marks none).
at_most() {
	python3 -c '
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
               for c in s)
bad = [l for l in sys.stdin.read().split("\n") if width(l) > int(sys.argv[1])]
for l in bad:
    print("%d columns: %s" % (width(l), l))
sys.exit(1 if bad else 0)' "$1"
}

@test "--json is one array of objects keyed by the CSV header, every value a string" {
	store
	header=$(goal-list --csv | head -n 1)
	goal-list --json | HEADER=$header py '
import json, os, sys
d = json.load(sys.stdin)
header = os.environ["HEADER"].split(",")
assert isinstance(d, list) and len(d) == 4, d
for o in d:
    assert list(o) == header, (list(o), header)
    assert all(isinstance(v, str) for v in o.values()), o
assert [o["title"] for o in d] == sys.argv[1:], [o["title"] for o in d]
assert [o["id"] for o in d] == ["1", "2", "3", "4"]'
}

@test "--json reads back through jq, and an empty listing is []" {
	command -v jq >/dev/null || skip "jq is not installed"
	store
	run jq -r '.[] | select(.id == "3") | .title' < <(goal-list --json)
	status_is 0
	[ "$output" = "漢字 and é" ]
	run jq -r 'length' < <(goal-list --json)
	[ "$output" = 4 ]
	run jq -r '.[1].title' < <(goal-list --json)
	[ "$output" = "${titles[1]}" ]
	run goal-list --done --json
	status_is 0
	[ "$output" = "[]" ]
	jq -e 'length == 0' < <(goal-list --done --json)
}

@test "--json escapes control characters and makes a byte that is not UTF-8 U+FFFD" {
	goal-add -q "Lead the Q3 release"
	win-log -q -g 1 -m m-one $'bad \xff\xfe bytes \x01 bell\x07 del\x7f'
	win-log -l --json >"$BATS_TEST_TMPDIR/json"
	# Strict UTF-8, no raw control character, and the escapes as they are.
	python3 -c '
import json, sys
raw = open(sys.argv[1], "rb").read()
text = raw.decode("utf-8")
assert not any(ord(c) < 0x20 and c != "\n" for c in text), repr(text)
d = json.loads(text)
assert d[0]["what"] == "bad \ufffd\ufffd bytes \x01 bell\x07 del\x7f", repr(d[0]["what"])' \
	    "$BATS_TEST_TMPDIR/json"
	grep -qF '\u0001 bell\u0007' "$BATS_TEST_TMPDIR/json"
	if command -v jq >/dev/null; then
		jq -e '.[0].metric == "m-one"' "$BATS_TEST_TMPDIR/json"
	fi
}

@test "--jsonl: one object a line, the same as --json's" {
	store
	run goal-list --jsonl
	status_is 0
	[ "${#lines[@]}" -eq 4 ]
	goal-list --jsonl | py '
import json, sys
lines = sys.stdin.read().split("\n")
assert lines[-1] == "", lines
objs = [json.loads(l) for l in lines[:-1]]
assert [o["title"] for o in objs] == sys.argv[1:], objs'
	diff <(goal-list --jsonl | python3 -c 'import json, sys; print(json.dumps([json.loads(l) for l in sys.stdin]))') \
	    <(goal-list --json | python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin)))')
	run goal-list --done --jsonl
	status_is 0
	[ -z "$output" ]
}

@test "--tsv: a header row, a line a record, fields split by tabs, escapes undone by awk" {
	store
	run goal-list --tsv
	status_is 0
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[0]}" = "$(goal-list --csv | head -n 1 | tr , '\t')" ]
	# Every line has the header's number of fields.
	[ "$(goal-list --tsv | awk -F'\t' '{ print NF }' | sort -u)" = \
	    "$(goal-list --tsv | head -n 1 | awk -F'\t' '{ print NF }')" ]
	# The title column, found by name and unescaped, is the title typed.
	goal-list --tsv | awk -F'\t' '
	    function unescape(s,	out, c) {
		out = ""
		while (s != "") {
			c = substr(s, 1, 1); s = substr(s, 2)
			if (c == "\\") {
				c = substr(s, 1, 1); s = substr(s, 2)
				c = c == "t" ? "\t" : c == "n" ? "\n" : c == "r" ? "\r" : c
			}
			out = out c
		}
		return out
	    }
	    NR == 1 { for (i = 1; i <= NF; i++) if ($i == "title") col = i; next }
	    { printf "%s\036", unescape($col) }' >"$BATS_TEST_TMPDIR/got"
	printf '%s\036' "${titles[@]}" >"$BATS_TEST_TMPDIR/want"
	cmp "$BATS_TEST_TMPDIR/want" "$BATS_TEST_TMPDIR/got"
	# Escaped, never quoted.
	output_has $'\ttab\\there\\nnew line \\\\back\\\\\t'
	output_has $'\tcr\\rhere\t'
	output_has $'\tLead, "the" Q3 release\t'
}

@test "CSV, TSV, JSON and JSON lines hold the same records" {
	store
	goal-list --csv >"$BATS_TEST_TMPDIR/csv"
	goal-list --tsv >"$BATS_TEST_TMPDIR/tsv"
	goal-list --json >"$BATS_TEST_TMPDIR/json"
	goal-list --jsonl >"$BATS_TEST_TMPDIR/jsonl"
	python3 -c '
import csv, json, sys
d = sys.argv[1]
def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\":
            i += 1
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(s[i], s[i]))
        else:
            out.append(s[i])
        i += 1
    return "".join(out)
rows = list(csv.reader(open(d + "/csv", newline="", encoding="utf-8")))
from_csv = [dict(zip(rows[0], r)) for r in rows[1:]]
lines = open(d + "/tsv", encoding="utf-8", newline="").read().split("\n")[:-1]
tsv = [[unescape(f) for f in l.split("\t")] for l in lines]
from_tsv = [dict(zip(tsv[0], r)) for r in tsv[1:]]
from_json = json.load(open(d + "/json", encoding="utf-8"))
from_jsonl = [json.loads(l) for l in open(d + "/jsonl", encoding="utf-8")]
assert len(from_csv) == 4, from_csv
assert from_csv == from_tsv, (from_csv, from_tsv)
assert from_csv == from_json, (from_csv, from_json)
assert from_csv == from_jsonl, (from_csv, from_jsonl)' "$BATS_TEST_TMPDIR"
}

@test "--no-header: CSV and TSV without their header row, read back by python's csv" {
	store
	run goal-list --csv --no-header
	status_is 0
	[[ ${lines[0]} == 1,goal,* ]]
	goal-list --no-header | py '
import csv, sys
rows = list(csv.reader(sys.stdin))
assert [r[0] for r in rows] == ["1", "2", "3", "4"], rows
assert [r[2] for r in rows] == sys.argv[1:], rows'
	run goal-list --tsv --no-header
	status_is 0
	[ "${#lines[@]}" -eq 4 ]
	[[ ${lines[0]} == $'1\tgoal\tLead, "the" Q3 release\t'* ]]
	run goal-list --table --no-header
	[[ ${lines[0]} == "1 "* ]]
	# JSON has no header to leave out: its keys stay.
	goal-list --json --no-header | python3 -c '
import json, sys
assert json.load(sys.stdin)[0]["id"] == "1"'
}

@test "--safe marks formula cells in TSV too" {
	goal-add -q -- '=HYPERLINK("http://evil.example")'
	goal-add -q -m -5 '@SUM(A1)'
	run goal-list --tsv --safe
	status_is 0
	[[ ${lines[1]} == $'1\tgoal\t\'=HYPERLINK("http://evil.example")\t'* ]]
	[[ ${lines[2]} == $'2\tgoal\t\'@SUM(A1)\t\'-5\t'* ]]
	run goal-list --tsv
	[[ ${lines[1]} == $'1\tgoal\t=HYPERLINK'* ]]
}

@test "every listing takes --tsv, --json, --jsonl and --no-header" {
	goal-add -q -d 2027-01-01 'Lead, "the" Q3 release'
	feedback-log -q -g 1 -r mentor Ann $'said, "x"\tand y'
	win-log -q -g 1 -m '3 releases' 'Shipped 漢字'
	followup-add -q -g 1 -w 'my manager' today 'One-on-one, é'
	batna-set -q -g 1 -w 'my manager' -d 2026-12-01 -m 'a raise' -a 'the other offer'
	goal-progress -q 1 5 $'note\nhere'
	gap-log -q -g 1 -w why -c 'Did I speak up?' 'I stay quiet'
	meeting-check -q -a y 'Weekly sync'
	local c
	for c in "goal-list" "goal-list --progress" "feedback-log -l" \
	    "win-log -l" "followup-add -l" "batna-set -l" "goal-progress -l" \
	    "gap-log -l" "gap-log -L" "meeting-check -r" "followup-due" \
	    "meeting-check -r --all" "goal-show 1" "goal-show -b 1"; do
		# shellcheck disable=SC2086 # the command and its options
		$c --json 2>/dev/null >"$BATS_TEST_TMPDIR/json" ||
		    { echo "$c --json failed"; false; }
		# shellcheck disable=SC2086
		$c --jsonl 2>/dev/null >"$BATS_TEST_TMPDIR/jsonl" ||
		    { echo "$c --jsonl failed"; false; }
		# shellcheck disable=SC2086
		$c --csv 2>/dev/null >"$BATS_TEST_TMPDIR/csv"
		# shellcheck disable=SC2086
		$c --tsv 2>/dev/null >"$BATS_TEST_TMPDIR/tsv" ||
		    { echo "$c --tsv failed"; false; }
		# shellcheck disable=SC2086
		$c --tsv --no-header 2>/dev/null >"$BATS_TEST_TMPDIR/tsvnh" ||
		    { echo "$c --tsv --no-header failed"; false; }
		# shellcheck disable=SC2086
		$c --csv --no-header 2>/dev/null >"$BATS_TEST_TMPDIR/csvnh" ||
		    { echo "$c --csv --no-header failed"; false; }
		python3 -c '
import csv, json, sys
d, c = sys.argv[1], sys.argv[2]
j = json.load(open(d + "/json", encoding="utf-8"))
assert isinstance(j, list) and len(j) >= 1, (c, j)
assert all(isinstance(v, str) for o in j for v in o.values()), (c, j)
jl = [json.loads(l) for l in open(d + "/jsonl", encoding="utf-8")]
assert jl == j, (c, jl, j)
rows = list(csv.reader(open(d + "/csv", newline="", encoding="utf-8")))
assert [dict(zip(rows[0], r)) for r in rows[1:]] == j, (c, rows, j)
assert list(csv.reader(open(d + "/csvnh", newline="", encoding="utf-8"))) == rows[1:], c
tsv = open(d + "/tsv", encoding="utf-8", newline="").read().split("\n")
assert tsv[0].split("\t") == rows[0], (c, tsv[0])
assert len(tsv) == len(j) + 2 and tsv[-1] == "", (c, tsv)
assert open(d + "/tsvnh", encoding="utf-8").read().split("\n") == tsv[1:], c
' "$BATS_TEST_TMPDIR" "$c" || { echo "in $c"; false; }
	done
}

@test "no colour when TERM is dumb or unset; colour when it names a terminal" {
	command -v script >/dev/null || skip "script(1) is needed for a terminal"
	goal-add -q -d 2020-01-01 "Overdue goal"
	goal-add -q "Open goal"
	TERM=xterm run script -qec goal-list /dev/null
	output_has $'\033[31m1   goal'
	TERM=dumb run script -qec goal-list /dev/null
	status_is 0
	output_has "Overdue goal"
	[[ "$output" != *$'\033'* ]]
	run env -u TERM script -qec goal-list /dev/null
	output_has "Overdue goal"
	[[ "$output" != *$'\033'* ]]
	TERM='' run script -qec goal-list /dev/null
	output_has "Overdue goal"
	[[ "$output" != *$'\033'* ]]
}

@test "COLUMNS=50: every table line fits in 50 columns, the title cut with …" {
	goal-add -q -d 2027-01-01 "Lead the Q3 release of the billing platform with the payments team"
	goal-add -q -d 2027-02-01 "漢字のタイトルはとても長いのでテーブルの幅を超えてしまいます"
	goal-add -q "Short"
	COLUMNS=50 run goal-list --table
	status_is 0
	printf '%s\n' "$output" | at_most 50
	output_has "Lead the Q3"
	output_has "…"
	output_has "漢字"
	output_has "Short"
	[[ "$output" != *"payments team"* ]]
	# The columns before the title are whole.
	output_has "1   goal  open    2027-01-01"
	# Without COLUMNS nor a terminal, nothing is cut.
	run goal-list --table
	output_has "with the payments team"
	# A table of another command fits too.
	win-log -q -g 1 -m "a metric that is very long indeed, longer than most" \
	    "Shipped the billing platform to every customer on time and on budget"
	COLUMNS=50 run win-log -l --table
	status_is 0
	printf '%s\n' "$output" | at_most 50
	output_has "…"
}

@test "a table is cut to the terminal's own width, never below ten columns a text" {
	command -v script >/dev/null || skip "script(1) is needed for a terminal"
	goal-add -q -d 2027-01-01 "Lead the Q3 release of the billing platform with the payments team"
	run env -u COLUMNS script -qec "stty cols 60 rows 24; goal-list" /dev/null
	status_is 0
	printf '%s\n' "$output" | tr -d '\r' | at_most 60
	output_has "Lead the Q3"
	output_has "…"
	# Too narrow for the title: it keeps ten columns, the ellipsis in them.
	COLUMNS=20 run goal-list --table
	output_has "2027-01-01          Lead the…"
	[[ "$output" != *"Lead the Q"* ]]
}

@test "COLUMNS never cuts CSV, TSV or JSON" {
	t="Lead the Q3 release of the billing platform with the payments team"
	goal-add -q "$t"
	for f in --csv --tsv --json --jsonl; do
		COLUMNS=20 run goal-list "$f"
		status_is 0
		output_has "$t"
	done
}

@test "every byte from 1 to 255 in a field: --json is valid UTF-8 JSON, TSV gives the bytes back" {
	goal-add -q "Lead the Q3 release"
	v=$(python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(1, 256)))')
	win-log -q -g 1 -m m-one "$v"
	win-log -l --json >"$BATS_TEST_TMPDIR/json"
	win-log -l --jsonl >"$BATS_TEST_TMPDIR/jsonl"
	win-log -l --tsv >"$BATS_TEST_TMPDIR/tsv"
	python3 -c '
import json, sys
d = sys.argv[1]
want = "".join(map(chr, range(1, 128))) + "\ufffd" * 128
j = json.loads(open(d + "/json", "rb").read().decode("utf-8"))
assert j[0]["what"] == want, ascii(j[0]["what"])
jl = json.loads(open(d + "/jsonl", "rb").read().decode("utf-8"))
assert jl == j[0], ascii(jl)
raw = open(d + "/tsv", "rb").read()
assert raw.endswith(b"\n") and raw.count(b"\n") == 2, raw
header, row = raw[:-1].split(b"\n")
cols = header.split(b"\t")
fields = row.split(b"\t")
assert len(fields) == len(cols), (cols, fields)
def unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        if s[i:i + 1] == b"\\":
            i += 1
            out += {b"t": b"\t", b"n": b"\n", b"r": b"\r"}.get(s[i:i + 1], s[i:i + 1])
        else:
            out += s[i:i + 1]
        i += 1
    return bytes(out)
assert unescape(fields[cols.index(b"what")]) == bytes(range(1, 256))' \
	    "$BATS_TEST_TMPDIR"
}
