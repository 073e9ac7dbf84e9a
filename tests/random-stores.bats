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

# Random stores through every command: stores a hand edit could leave
# (empty required fields, dangling references, bad dates and words,
# control characters, bytes that are not UTF-8, quotes, commas and line
# breaks in fields), made from a fixed seed, each read by every command
# that reads and then written by the writers.  No command may crash,
# trip the sanitizers (make check runs this on the ASan build too) or
# call its own state a bug (exit 70).  CAREER_STORES sets how many
# (default 12; make fuzz runs 200), CAREER_SEED the seed.

load helper

# Write store number $1 into $CAREER_DIR.
random_store() {
	mkdir -p -m 700 "$CAREER_DIR"
	python3 - "$CAREER_DIR" "$1" <<'EOF'
import csv, os, random, sys
d, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(int(os.environ.get("CAREER_SEED", "1")) * 100003 + n)
bits = ["", " ", "a", "Lead the Q3 release", "x,y", 'say "hi"', "line\nbreak",
        "\t", "\x1b]2;t\x07", "\x9b", "\u009b", "\xff\xfe".encode("latin-1").decode("utf-8", "surrogateescape"),
        "é", "日本語のタイトル", "W" * 80, "=1+1", "＝1+1", "&copy; *x* _y_ [z](u)", "#", "-",
        "2026-11-23", "2026-02-30", "9999-12-31", "0001-01-01", "today", "+3d",
        "1", "0", "-1", "99999999999999999999", "2.5", "open", "done", "yes", "no",
        "mentor", "manager", "peer", "1m", "2w", "1y", "x" * 300]
def text():
    return "".join(rnd.choice(bits) for _ in range(rnd.randint(0, 3)))
def pick(good):
    return rnd.choice(good) if rnd.random() < 0.8 else text()
def date():
    return pick(["2026-%02d-%02d" % (rnd.randint(1, 12), rnd.randint(1, 28)), "", "2027-01-31", "2028-02-29"])
def ref(k):
    return pick([str(rnd.randint(1, k)), ""])
files = {
 "goals.csv": ["id","kind","title","measure","target","due","parent","status","agreed","created","updated","stretch"],
 "feedback.csv": ["id","date","goal","person","relation","said","created"],
 "gaps.csv": ["id","goal","statement","source","why1","why2","why3","why4","why5","action","status","created","closed"],
 "checks.csv": ["id","gap","question","status","created"],
 "meetings.csv": ["id","date","meeting","check","answer"],
 "batna.csv": ["id","goal","with","date","minimum","alternative","backups","status","created"],
 "followups.csv": ["id","goal","with","due","every","note","status","done","created","negotiation","anchor"],
 "progress.csv": ["id","goal","date","value","note","created"],
 "wins.csv": ["id","goal","date","what","metric","created"],
 "people.csv": ["id","name","aliases","relation","note","created","updated"],
}
k = rnd.randint(1, 12)
def value(f, c):
    if c == "kind": return pick(["objective", "goal", "stretch"])
    if c == "status":
        return pick({"goals.csv": ["open","done","dropped"], "gaps.csv": ["open","closed"],
                     "checks.csv": ["active","retired"], "batna.csv": ["current","superseded"],
                     "followups.csv": ["open","done"]}.get(f, ["open"]))
    if c in ("due","date","agreed","created","updated","closed","done","anchor"): return date()
    if c in ("goal","parent","gap","check"): return ref(k)
    if c in ("person","with","name"): return pick(["Dana Kim", "Dana", "Bo", "Ann Lee"])
    if c == "relation": return pick(["mentor","manager","peer","friend","family","colleague"])
    if c == "answer": return pick(["yes","no"])
    if c == "every": return pick(["", "1m", "2w", "1y", "3d"])
    if c in ("value","target","stretch"): return pick([str(rnd.randint(0, 10)), "", "2.5"])
    if c == "negotiation": return pick(["", "yes", "no"])
    return text()
for f, cols in files.items():
    if rnd.random() < 0.1:
        continue
    rows = []
    for i in range(1, rnd.randint(0, k) + 1):
        rows.append([str(i)] + [value(f, c) for c in cols[1:]])
    with open(os.path.join(d, f), "w", newline="", encoding="utf-8", errors="surrogateescape") as fp:
        csv.writer(fp, lineterminator="\n").writerows([cols] + rows)
    os.chmod(os.path.join(d, f), 0o600)
EOF
}

# Run a command; fail on a crash, a sanitizer's report or exit 70.
survives() {
	run timeout 60 "$@"
	case $output in
	*Sanitizer* | *"runtime error"*)
		printf 'store %s: %s: sanitizer report:\n%s\n' "$n" "$*" "$output" >&2
		return 1 ;;
	esac
	if [ "$status" -ge 124 ] || [ "$status" -eq 70 ]; then
		printf 'store %s: %s: exit %s:\n%s\n' "$n" "$*" "$status" "$output" >&2
		return 1
	fi
}

@test "random stores through every command: no crash, no sanitizer report, no bug" {
	local stores=${CAREER_STORES:-12} f
	for n in $(seq "$stores"); do
		rm -rf "$CAREER_DIR"
		random_store "$n"
		survives career
		survives career next -a
		survives career-check
		for f in goals feedback gaps checks meetings batna followups progress wins people; do
			survives career-list "$f"
		done
		survives goal-list --all --table
		survives goal-list --all --json
		survives goal-show 1 2 3
		survives goal-show -b --json 1
		survives feedback-log -l
		survives gap-log -l --all --table
		survives gap-log -L
		survives meeting-check -r --all --table
		survives batna-set -l
		survives followup-due -a 60 --table
		survives followup-add -l --all
		survives smart-review
		survives goal-progress -l
		survives win-log -l
		survives resume-bullets
		survives resume-bullets --markdown
		survives agenda
		survives agenda -w Dana
		survives journey-map -o "$BATS_TEST_TMPDIR/map.svg"
		survives journey-map --text
		survives career-ics
		survives person-list
		survives goal-add -q "A new goal"
		survives goal-set 1 target=3
		survives goal-done 2
		survives gap-log -x 1
		survives followup-done 1
		survives meeting-check -q -y 1 "Weekly"
		survives career-rm -r goals 1
		survives career-undo -n 3
		survives career-log
	done
	echo "# $stores random stores, 40 commands each" >&3
}
