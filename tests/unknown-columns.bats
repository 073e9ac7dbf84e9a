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

# Columns a person adds to a file (at its start, in its middle, at its
# end) are theirs: every writer, on every file it writes, keeps their
# values in every row, appended rows get them empty, and career-undo
# brings them back with the rest.

load helper

# A store with a record in every file.
fill() {
	goal-add -q -k objective "Be a staff engineer"
	goal-add -q -p 1 -m "reviews led" -t 4 "Lead design reviews"
	feedback-log -q -g 2 -r mentor Ann "Lead more reviews"
	gap-log -q -g 2 "No design reviews led" -c "Did I lead a review?"
	meeting-check -q -y 1 "1:1"
	batna-set -q -g 2 -w Dana -m "A plan" -a "Another team"
	followup-add -q -g 2 -w Dana -e 2w +1w "Review the plan"
	goal-progress -q 2 1
	win-log -q -g 2 -m "1 review" "Led the first review"
}

# Put columns mine_a (first), mine_b (middle), mine_c (last) into FILE,
# each row holding "a<id>", "b<id>", "c<id>".
add_columns() {
	python3 - "$CAREER_DIR/$1" <<'EOF'
import csv, sys
p = sys.argv[1]
rows = list(csv.reader(open(p, newline="")))
h = rows[0]
if "mine_a" in h:
    sys.exit(0)
mid = len(h) // 2
out = [["mine_a"] + h[:mid] + ["mine_b"] + h[mid:] + ["mine_c"]]
for r in rows[1:]:
    out.append(["a" + r[0]] + r[:mid] + ["b" + r[0]] + r[mid:] + ["c" + r[0]])
w = csv.writer(open(p, "w", newline=""), lineterminator="\n")
w.writerows(out)
EOF
}

# The ids of FILE's records.
ids() {
	tail -n +2 "$CAREER_DIR/$1" | cut -d, -f2 | tr '\n' ' '
}

# Every record of FILE whose id is in $2 still holds its own values;
# the others (new ones) hold none, or those of the record they repeat
# (followup-done's next occurrence).
kept() {
	python3 - "$CAREER_DIR/$1" "$2" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
old = set(int(i) for i in sys.argv[2].split())
for r in rows:
    i = int(r["id"])
    want = ("a%d" % i, "b%d" % i, "c%d" % i) if i in old else ("", "", "")
    got = (r["mine_a"], r["mine_b"], r["mine_c"])
    if i not in old and got[0][1:] in [str(k) for k in old] and \
            got == ("a" + got[0][1:], "b" + got[0][1:], "c" + got[0][1:]):
        continue
    if got != want:
        sys.exit("%s id %d: %r, want %r" % (sys.argv[1], i, got, want))
EOF
}

# Run a writer on FILE: its own columns, before and after, are kept.
writes() {
	local file=$1 old
	shift
	add_columns "$file"
	old=$(ids "$file")
	"$@" >/dev/null
	kept "$file" "$old"
	# And the undo of that write keeps them too.
	career-undo >/dev/null
	kept "$file" "$old"
}

@test "goal writers keep the columns a person added" {
	fill
	writes goals.csv goal-add -q "Another goal"
	writes goals.csv goal-set 2 target=5
	writes goals.csv goal-done 2
	EDITOR='sed -i "s/^target: .*/target: 6/"' writes goals.csv goal-edit 2
	EDITOR='sed -i "s/^title: .*/title: Be a principal/"' \
	    writes goals.csv career-edit goals 1
}

@test "feedback, gap, question and meeting writers keep them" {
	fill
	writes feedback.csv feedback-log -q -g 2 -r friend Bo "Good"
	writes gaps.csv gap-log -q -g 2 "Another gap"
	writes gaps.csv gap-log -x 1
	writes checks.csv gap-log -C 1 "Did I write it up?"
	writes checks.csv gap-log -x 1
	writes meetings.csv meeting-check -q -n 1 "Weekly"
	EDITOR='sed -i "s/^action: .*/action: Block time/"' writes gaps.csv gap-edit 1
}

@test "BATNA, follow-up, progress and win writers keep them" {
	fill
	writes batna.csv batna-set -q -g 2 -w Dana -m "A better plan" -a "Another team"
	writes followups.csv followup-add -q -w Eve +2w "Coffee"
	writes followups.csv followup-done 1
	EDITOR='sed -i "s/^note: .*/note: Plan/"' writes followups.csv followup-edit 1
	writes progress.csv goal-progress -q 2 2
	writes wins.csv win-log -q -g 2 "Led the second review"
}

@test "career-rm keeps them in the rows it leaves" {
	fill
	goal-add -q "Another goal"
	add_columns goals.csv
	career-rm goals 3
	kept goals.csv "1 2"
}
