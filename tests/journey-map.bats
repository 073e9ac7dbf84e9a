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

# journey-map: one self-contained SVG of the journey, well-formed whatever
# the store holds, that a browser draws; --text for a terminal.

load helper

ROOT="$BATS_TEST_DIRNAME/.."

# The bundled example store, in this test's own directory.
example() {
	cp -R "$ROOT/examples/career" "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	chmod 600 "$CAREER_DIR"/*.csv
}

# Parse the SVG $1 as XML and print every text it shows or names (the
# <text> and <title> elements), one a line: fails if it is not well-formed.
svg_texts() {
	python3 -c '
import sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])
root = doc.documentElement
assert root.tagName == "svg", root.tagName
assert root.getAttribute("xmlns") == "http://www.w3.org/2000/svg"
def text(n):
    return "".join(c.data if c.nodeType == c.TEXT_NODE else text(c)
                   for c in n.childNodes if c.nodeType in (c.TEXT_NODE, c.ELEMENT_NODE))
for tag in ("title", "text"):
    for e in doc.getElementsByTagName(tag):
        print(text(e))' "$1"
}

# Every title of goals.csv (read by a real CSV parser), one a line.
goal_titles() {
	python3 -c '
import csv, sys
for row in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")):
    print(" ".join(row["title"].split("\n")))' "$CAREER_DIR/goals.csv"
}

# Each goal title is shown whole somewhere in the SVG: as a <title> (when
# its text is cut) or as a text.
has_every_title() {
	local texts title fails=
	texts=$(svg_texts "$1") || return 1
	while IFS= read -r title; do
		grep -qxF -- "$title" <<<"$texts" || fails="$fails
$title"
	done < <(goal_titles)
	if [ -n "$fails" ]; then
		printf 'titles missing from %s:%s\n' "$1" "$fails" >&2
		return 1
	fi
}

@test "the example store: well-formed SVG, every goal's title, the sections" {
	example
	journey-map -o "$BATS_TEST_TMPDIR/map.svg"
	has_every_title "$BATS_TEST_TMPDIR/map.svg"
	run svg_texts "$BATS_TEST_TMPDIR/map.svg"
	status_is 0
	[ "${lines[0]}" = "My Career Journey" ]
	output_has "LONG-TERM OBJECTIVE 1"
	output_has "Goals on the way"
	output_has "stretch goal"
	output_has "Gap 1: I never thought you would be interested in managing"
	output_has "Did I speak up with a prepared opinion?"
	output_has "Follow-ups ahead"
	output_has "3 days overdue"
	output_has "Quarterly mentoring lunch"
	[ ! -e "$BATS_TEST_TMPDIR/map.svg.tmp" ]
}

@test "self-contained: no script, no link, nothing fetched" {
	example
	run journey-map
	status_is 0
	[[ "$output" != *"<script"* ]]
	[[ "$output" != *"href"* ]]
	[[ "$output" != *"<image"* ]]
	[[ "$output" != *"<foreignObject"* ]]
	[[ "$output" != *"url("* ]]
	[[ "$output" != *"@import"* ]]
	# The one URI is the SVG namespace, which names and fetches nothing.
	[ "$(grep -o 'http[s]*://[^"]*' <<<"$output" | sort -u)" = "http://www.w3.org/2000/svg" ]
}

@test "the BATNA is not in the picture, and batna.csv is not even opened" {
	example
	run journey-map
	status_is 0
	[[ "$output" != *"A written plan with dates"* ]]
	[[ "$output" != *"Move to the platform team"* ]]
	[[ "$output" != *"product companies that asked"* ]]
	run journey-map --text
	[[ "$output" != *"Move to the platform team"* ]]
	rm "$CAREER_DIR/batna.csv"
	mkdir "$CAREER_DIR/batna.csv"
	run journey-map --text
	status_is 0
	output_has "My Career Journey"
}

@test "progress against target and stretch, from progress.csv" {
	goal-add -q -k objective -d +5y "COO in five years"
	goal-add -q -p 1 -m "reviews chaired" -t 24 -d +6m "Chair the reviews"
	goal-set 2 stretch=30
	goal-add -q -p 1 -k stretch -m talks -t 4 -d +1y "Give four talks"
	goal-add -q -p 1 -d -1m "Late one"
	cat >"$CAREER_DIR/progress.csv" <<-EOF
	id,goal,date,value,note,created
	1,2,2026-10-01,3,,2026-10-01
	2,2,2026-11-20,12,,2026-11-20
	3,3,2026-11-01,1,,2026-11-01
	EOF
	run journey-map --text
	status_is 0
	output_has "[ ]  2027-05-23  Chair the reviews"
	output_has "[#####.....]  50%  12 of 24 · stretch 30: 40%"
	output_has "[ ]* 2027-11-23  Give four talks"
	output_has "[##........]  25%  1 of 4"
	output_has "[!]  2026-10-23  Late one"
	output_has "Objective 1: COO in five years"
	output_has "3 goals toward it, 0 done"
	journey-map -o "$BATS_TEST_TMPDIR/map.svg"
	run svg_texts "$BATS_TEST_TMPDIR/map.svg"
	output_has "50%"
	output_has "12 of 24 · stretch 30: 40%"
	output_has "25%"
}

@test "--text: goals by due date, gaps with their checklist, follow-ups ahead" {
	example
	run journey-map --text
	status_is 0
	[ "${lines[0]}" = "My Career Journey, 2026-11-23" ]
	output_has "[x]  2026-10-31  Write the team's release checklist,…"
	output_has "[ ]  no date     Improve communication"
	output_has "Gap 2: Project managers hold others accountable"
	output_has "  root cause: You fixed Alex's queries yourself"
	output_has "Did I speak up with a prepared opinion? (closing)"
	output_has "2026-11-20  3 days overdue   Dana: Monthly check-in on the Q3 release plan"
	# Goals in due order, undated last.
	[ "$(printf '%s\n' "$output" | grep -oE '^\[.\].? (no date|[0-9-]{10})' |
	    awk '{ print $NF }' | tr '\n' ' ')" = "2026-10-31 2027-06-30 2027-09-30 2027-12-31 date " ]
	# No line ends in a blank.
	! printf '%s\n' "$output" | grep -q ' $'
}

@test "hostile text stays well-formed XML, the whole title in a <title>" {
	goal-add -q -d +1m "Tom & Jerry <script>alert('x')</script> \"quoted\" ]]>"
	goal-add -q -d +2m "$(printf 'two\nlines and a \001 control')"
	goal-add -q -d +3m "$(printf 'bad UTF-8 \xff\xfe here, and \xed\xa0\x80 a surrogate')"
	goal-add -q -d +4m "Ünïcödé 日本語のタイトル — ✓ $(printf 'x%.0s' $(seq 120))"
	gap-log -q -g 1 -w "<why>" "A & B"
	followup-add -q -w "<Dana & co>" +1d "\"notes\" & <more>"
	journey-map -o "$BATS_TEST_TMPDIR/map.svg"
	run svg_texts "$BATS_TEST_TMPDIR/map.svg"
	status_is 0
	output_has "Tom & Jerry <script>alert('x')</script> \"quoted\" ]]>"
	output_has "two lines and a   control"
	output_has "bad UTF-8 �� here, and ��� a surrogate"
	output_has "Ünïcödé 日本語のタイトル — ✓ xxxxxxxx"
	output_has "Gap 1: A & B"
	output_has "<Dana & co>"
	run grep -c '<script' "$BATS_TEST_TMPDIR/map.svg"
	[ "$output" = 0 ]
}

@test "a question not answered yet has no trend; one with few answers is new, with no mark" {
	gap-log -q -c "Did I speak up?" "Quiet in meetings"
	for d in 2026-11-02 2026-11-09 2026-11-16; do
		meeting-check -q -d "$d" -a y "Weekly"
	done
	gap-log -q -c "Did I prepare?" "Unprepared"
	journey-map -o "$BATS_TEST_TMPDIR/map.svg"
	run svg_texts "$BATS_TEST_TMPDIR/map.svg"
	status_is 0
	[ "$(grep -A1 -xF "3 of 3 yes · 3 in a row" <<<"$output" | tail -1)" = new ]
	[ "$(grep -A1 -xF "not answered yet" <<<"$output" | tail -1)" = "Gap 2: Unprepared" ] ||
	[ "$(grep -A1 -xF "not answered yet" <<<"$output" | tail -1)" = "Follow-ups ahead" ]
	[ "$(grep -c "·.*new\|new.*·" <<<"$output")" -eq 0 ]
	run journey-map --text
	output_has "  [##########] 100% new  Did I speak up?"
	output_has "  [..........]   0%      Did I prepare?"
}

@test "a long title is cut with an ellipsis, and shown whole on hover" {
	long="Lead the migration of every billing service to the new platform, with zero downtime and a rollback plan for each step"
	goal-add -q -d +6m "$long"
	journey-map -o "$BATS_TEST_TMPDIR/map.svg"
	run svg_texts "$BATS_TEST_TMPDIR/map.svg"
	status_is 0
	output_has "$long"
	printf '%s\n' "$output" | grep -q '^Lead the migration of every billing.*…$'
	has_every_title "$BATS_TEST_TMPDIR/map.svg"
}

@test "an empty or missing store is a picture that says what to add, and nothing is created" {
	run journey-map
	status_is 0
	output_has "My Career Journey"
	journey-map >"$BATS_TEST_TMPDIR/map.svg"
	run svg_texts "$BATS_TEST_TMPDIR/map.svg"
	status_is 0
	output_has "No long-term objective yet"
	output_has "No goal yet"
	output_has "No open gap."
	output_has "Nothing scheduled"
	run journey-map --text
	status_is 0
	output_has "No goal yet."
	[ ! -e "$CAREER_DIR" ]
}

@test "dates at the ends of the calendar: a timeline of millennia, labels that fit" {
	goal-add -q -d 9999-12-31 "Far"
	goal-add -q -d 0001-01-01 "Ancient"
	journey-map -o "$BATS_TEST_TMPDIR/map.svg"
	has_every_title "$BATS_TEST_TMPDIR/map.svg"
	ticks=$(grep -c 'class="tick"' "$BATS_TEST_TMPDIR/map.svg")
	[ "$ticks" -ge 2 ] && [ "$ticks" -le 5 ]
	run journey-map --text
	status_is 0
	output_has "[!]  0001-01-01  Ancient"
	output_has "[ ]  9999-12-31  Far"
	output_has "Nothing scheduled."
}

@test "-o replaces the file whole; an unwritable path fails and leaves nothing" {
	example
	echo old >"$BATS_TEST_TMPDIR/map.svg"
	journey-map -o "$BATS_TEST_TMPDIR/map.svg"
	head -c 5 "$BATS_TEST_TMPDIR/map.svg" | grep -q '<?xml'
	journey-map --text --output="$BATS_TEST_TMPDIR/map.txt"
	head -n 1 "$BATS_TEST_TMPDIR/map.txt" | grep -qx "My Career Journey, 2026-11-23"
	run journey-map -o "$BATS_TEST_TMPDIR/no/such/dir/map.svg"
	status_is 73
	output_has "journey-map: $BATS_TEST_TMPDIR/no/such/dir/map.svg.tmp: "
	[ ! -e "$BATS_TEST_TMPDIR/no" ]
	# A directory where the picture should go: the rename fails, and the
	# temporary file goes.
	mkdir "$BATS_TEST_TMPDIR/adir"
	run journey-map -o "$BATS_TEST_TMPDIR/adir"
	status_is 73
	[ ! -e "$BATS_TEST_TMPDIR/adir.tmp" ]
}

@test "-o on what is not a regular file writes to it, and never replaces it" {
	[ -c /dev/full ] || skip "no /dev/full"
	run journey-map -o /dev/full
	status_is 74
	output_has "journey-map: /dev/full: "
	[ -c /dev/full ]
	[ ! -e /dev/full.tmp ]
	run journey-map --text -o /dev/stdout
	status_is 0
	output_has "My Career Journey"
	# A symbolic link is written through, not replaced.
	: >"$BATS_TEST_TMPDIR/real.svg"
	ln -s real.svg "$BATS_TEST_TMPDIR/link.svg"
	journey-map -o "$BATS_TEST_TMPDIR/link.svg"
	[ -L "$BATS_TEST_TMPDIR/link.svg" ]
	head -c 5 "$BATS_TEST_TMPDIR/real.svg" | grep -q '<?xml'
}

@test "a wrong invocation exits 64; a file that does not parse exits 65" {
	run journey-map extra
	status_is 64
	output_has "usage: journey-map [-o file] [--text]"
	run journey-map -o
	status_is 64
	run journey-map --no-such
	status_is 64
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,goal,date,value,note,created\n1,1,"2026-11-01,5,,\n' >"$CAREER_DIR/progress.csv"
	run journey-map
	status_is 65
	output_has "progress.csv:2:"
}

@test "output errors are errors" {
	[ -w /dev/full ] || skip "no /dev/full"
	run sh -c 'journey-map >/dev/full'
	status_is 74
}

# Decode a PNG (8-bit RGB or RGBA, as Chromium writes them) with zlib
# alone, and print its width, height, number of distinct colours and the
# colour of the pixel at 10,10.
png_stats() {
	python3 - "$1" <<-'EOF'
	import struct, sys, zlib
	data = open(sys.argv[1], "rb").read()
	assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
	pos, idat = 8, b""
	while pos < len(data):
	    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
	    body = data[pos + 8:pos + 8 + n]
	    if kind == b"IHDR":
	        w, h, depth, ctype, _, _, lace = struct.unpack(">IIBBBBB", body)
	    elif kind == b"IDAT":
	        idat += body
	    pos += 12 + n
	assert depth == 8 and ctype in (2, 6) and lace == 0, (depth, ctype, lace)
	bpp = 3 if ctype == 2 else 4
	raw, stride = zlib.decompress(idat), w * bpp
	prev, rows = bytearray(stride), []
	for y in range(h):
	    f = raw[y * (stride + 1)]
	    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
	    for i in range(stride) if f else ():
	        a = line[i - bpp] if i >= bpp else 0
	        b = prev[i]
	        c = prev[i - bpp] if i >= bpp else 0
	        if f == 1:
	            p = a
	        elif f == 2:
	            p = b
	        elif f == 3:
	            p = (a + b) >> 1
	        else:
	            q = a + b - c
	            pa, pb, pc = abs(q - a), abs(q - b), abs(q - c)
	            p = a if pa <= pb and pa <= pc else b if pb <= pc else c
	        line[i] = (line[i] + p) & 255
	    rows.append(bytes(line))
	    prev = line
	colours = {r[i:i + 3] for r in rows for i in range(0, stride, bpp)}
	print(w, h, len(colours), rows[10][10 * bpp:10 * bpp + 3].hex())
	EOF
}

shot() {
	chromium --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$(mktemp -d "$BATS_TEST_TMPDIR/chromium.XXXXXX")" \
	    --screenshot="$2" --window-size=1200,900 "file://$1" >/dev/null 2>&1
}

@test "headless Chromium draws the example store's map: not blank" {
	command -v chromium >/dev/null || skip "chromium is not installed"
	example
	journey-map -o "$BATS_TEST_TMPDIR/map.svg"
	printf '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"/>\n' \
	    >"$BATS_TEST_TMPDIR/blank.svg"
	shot "$BATS_TEST_TMPDIR/map.svg" "$BATS_TEST_TMPDIR/map.png"
	shot "$BATS_TEST_TMPDIR/blank.svg" "$BATS_TEST_TMPDIR/blank.png"
	read -r w h blank _ < <(png_stats "$BATS_TEST_TMPDIR/blank.png")
	read -r w h colours corner < <(png_stats "$BATS_TEST_TMPDIR/map.png")
	[ "$w" -eq 1200 ] && [ "$h" -eq 900 ]
	# A blank page is one colour; the map has text, marks and bars.
	[ "$blank" -le 2 ]
	[ "$colours" -gt 500 ]
	# The title band is drawn: its navy, #0f172a, at the top left.
	[ "$corner" = 0f172a ]
	[ "$(wc -c <"$BATS_TEST_TMPDIR/map.png")" -gt $((20 * $(wc -c <"$BATS_TEST_TMPDIR/blank.png"))) ]
}

@test "the advance widths are DejaVu Sans's, as mkadvance reads them from the font" {
	[ -r /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] ||
	    skip "DejaVu Sans is not installed (fonts-dejavu-core)"
	run python3 "$ROOT/cmd/journey-map/mkadvance"
	status_is 0
	[ "$output" = "$(cat "$ROOT/cmd/journey-map/advance.h")" ]
	# W, i and the ellipsis, regular and bold, in 2048ths of an em.
	grep -q '^	{ 0x0020, 0x024F, 0 },$' <<<"$output"
	python3 - "$ROOT/cmd/journey-map/advance.h" <<-'EOF'
	import re, sys
	rows = re.findall(r"\{([^{}]*)\}", open(sys.argv[1]).read().split("adv_width[2]")[1])
	reg, bold = ([int(v) for v in r.split(",") if v.strip()] for r in rows)
	assert (reg[ord("W") - 0x20], bold[ord("W") - 0x20]) == (2025, 2259)
	assert (reg[ord("i") - 0x20], bold[ord("i") - 0x20]) == (569, 702)
	EOF
}

# Lay the SVG $1 out in headless Chromium, inline in a page that runs
# tests/svglayout.js, and print what it found: one line a text out of
# place, then "checked N texts".
layout() {
	local page="$BATS_TEST_TMPDIR/layout.html"
	{
		printf '<!DOCTYPE html>\n<html><body style="margin:0">\n'
		sed 1d "$1"
		printf '<pre id="layout">no result</pre>\n<script>\n'
		cat "$ROOT/tests/svglayout.js"
		printf '</script></body></html>\n'
	} >"$page"
	chromium --headless --no-sandbox --disable-gpu --disable-quic \
	    --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync \
	    --user-data-dir="$(mktemp -d "$BATS_TEST_TMPDIR/chromium.XXXXXX")" \
	    --dump-dom "file://$page" 2>/dev/null | python3 -c '
import html, re, sys
m = re.search(r"<pre id=\"layout\">(.*?)</pre>", sys.stdin.read(), re.S)
print(html.unescape(m.group(1)) if m else "no page")'
}

# The SVG $1 laid out with every text in its place.
laid_out() {
	run layout "$1"
	if [ "${#lines[@]}" -ne 1 ] || [[ "${lines[0]}" != "checked "* ]]; then
		printf '%s\n' "$output" >&2
		return 1
	fi
}

# A store that strains the layout: titles of capitals and of W's, a long
# objective, a gap statement of 118 characters, long names, East Asian
# titles, many follow-ups on one day and on the days around it.
stress() {
	local w50 i
	w50=$(printf 'W%.0s' $(seq 50))
	goal-add -q -k objective -d +5y "BECOME THE WORLDWIDE VP OF ENGINEERING AT A WELL-KNOWN PRODUCT COMPANY WITH OWNERSHIP OF THE WHOLE PLATFORM"
	goal-add -q -k objective -d +4y "日本のプロダクト企業でソフトウェア開発のディレクターになり、チーム全体の成長を導く"
	goal-add -q -p 1 -m "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM" -t 24 -d +6m "LEAD THE Q3 RELEASE OF THE BILLING PLATFORM END TO END, WITH ZERO DOWNTIME"
	goal-set 3 stretch=30 agreed=today >/dev/null
	goal-add -q -p 1 -k stretch -m "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW" -t 4 -d +1y "$w50"
	goal-add -q -p 2 -d +3m "四半期ごとのリリース計画をチームと合意し、遅延を半分に減らす取り組みを主導する"
	goal-add -q -p 1 -d -1m "$w50$w50"
	goal-add -q -p 1 -d +5m "🚀 Ship it 🎉 $(printf '✅🔥%.0s' $(seq 30))"
	goal-add -q -p 1 -d +2m "Dropped: $w50"
	goal-set 8 status=dropped >/dev/null
	goal-add -q -p 1 -d -2m "Done already, with a long and winding title that goes on and on and on and on"
	goal-done 9 >/dev/null
	cat >"$CAREER_DIR/progress.csv" <<-EOF
	id,goal,date,value,note,created
	1,3,2026-11-20,123456789012345,,2026-11-20
	2,4,2026-11-01,1,,2026-11-01
	EOF
	gap-log -q -g 3 -s "Wolfgang Amadeus Wawrzyniak-Wittgenstein" \
	    -w "WHY DID IT HAPPEN THAT THE TEAM NEVER HEARD ABOUT THE PLAN BEFORE THE RELEASE WAS ALREADY LATE AND OVER BUDGET" \
	    -a "WRITE WEEKLY WRAP-UPS WITH WHAT WAS WON, WHAT WENT WRONG AND WHO WILL WORK ON WHAT NEXT, FOR EVERY WORKSTREAM" \
	    -c "$w50 $w50" -c "Did I speak up with a prepared opinion?" \
	    "WE WERE WORRIED: WHEN WILL WORK WRAP UP? WHO WILL WRITE THE WEEKLY WRAP-UP? WHY WAS THE WORKFLOW NEVER WRITTEN DOWN?!?"
	gap-log -q -g 5 "管理職として見られていない。会議で意見を準備して発言することがほとんどない。"
	for i in $(seq 1 12); do
		meeting-check -q -d "2026-10-$((10 + i))" -a yy "Weekly"
	done
	for i in $(seq 1 30); do
		followup-add -q -g 3 -w "Wolfgang Amadeus Wawrzyniak-Wittgenstein" +3d "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW $i"
	done
	for i in 1 2 4 5 6 7 8 9 10 14; do
		followup-add -q -e 1w -w "山田太郎さんとチームのみなさん" "+${i}d" "週次の振り返り"
	done
	followup-add -q -w Dana -- -2d "late"
	followup-add -q -w Dana today "today"
}

@test "headless Chromium: no text leaves its box or the canvas, or overlaps another" {
	command -v chromium >/dev/null || skip "chromium is not installed"
	journey-map -o "$BATS_TEST_TMPDIR/empty.svg"
	laid_out "$BATS_TEST_TMPDIR/empty.svg"
	example
	journey-map -o "$BATS_TEST_TMPDIR/example.svg"
	laid_out "$BATS_TEST_TMPDIR/example.svg"
	rm -rf "$CAREER_DIR"
	stress
	journey-map -o "$BATS_TEST_TMPDIR/stress.svg"
	laid_out "$BATS_TEST_TMPDIR/stress.svg"
	has_every_title "$BATS_TEST_TMPDIR/stress.svg"
	# The ends of the calendar: a timeline of millennia.
	goal-add -q -d 9999-12-31 "Far"
	goal-add -q -d 0001-01-01 "Ancient"
	followup-add -q -w Dana 9999-12-30 "last"
	journey-map -o "$BATS_TEST_TMPDIR/ends.svg"
	laid_out "$BATS_TEST_TMPDIR/ends.svg"
}
