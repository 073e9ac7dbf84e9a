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

# Concurrency: many writers at once lose nothing, and a writer that cannot
# get the store's lock in time exits 75 and writes nothing.

# shellcheck disable=SC2030,SC2031  # bats runs each test in a subshell
load helper

corpus=$BATS_TEST_DIRNAME/corpus
writers=${CAREER_WRITERS:-8}
writes=${CAREER_WRITES:-50}

has() {
	command -v "$1" >/dev/null
}

# Is this the sanitizer build of the commands?
asan_build() {
	grep -q __asan_init "$(command -v goal-list)"
}

# Writer $1 makes $writes writes, mixing every command that exists, and
# logs each with the id it printed: "goal ID TITLE", "set ID VALUE",
# "done ID", "gap ID STATEMENT", "meeting NAME", "followup ID NOTE",
# "fudone ID".  A command that fails is logged as "FAIL".
writer() {
	local k=$1 own=$2 i id name goal='' fu=''
	for ((i = 1; i <= writes; i++)); do
		name="w$k-$i"
		case $(((i + k) % 7)) in
		2)
			goal-set "$own" "target=$i" && echo "set $own $i" ||
			    echo "FAIL goal-set $?"
			continue ;;
		3)
			if [ -n "$goal" ]; then
				goal-done "$goal" && echo "done $goal" ||
				    echo "FAIL goal-done $?"
				goal=''
				continue
			fi ;;
		4)
			if has gap-log; then
				id=$(gap-log "$name") && echo "gap $id $name" ||
				    echo "FAIL gap-log $?"
				continue
			fi ;;
		5)
			if has meeting-check; then
				meeting-check -q -a yy "$name" && echo "meeting $name" ||
				    echo "FAIL meeting-check $?"
				continue
			fi ;;
		6)
			if has followup-add && has followup-done; then
				if [ -n "$fu" ]; then
					followup-done "$fu" && echo "fudone $fu" ||
					    echo "FAIL followup-done $?"
					fu=''
				else
					fu=$(followup-add -w "w$k" 2026-12-01 "$name") &&
					    echo "followup $fu $name" ||
					    echo "FAIL followup-add $?"
				fi
				continue
			fi ;;
		esac
		goal=$(goal-add "$name") && echo "goal $goal $name" ||
		    echo "FAIL goal-add $?"
	done
}

# Every logged write is in the store exactly once, as logged.
verify() {
	python3 - "$corpus" "$CAREER_DIR" "$@" <<'EOF'
import os, sys
sys.path.insert(0, sys.argv[1])
import csvcheck
store, logs = sys.argv[2], sys.argv[3:]

def table(name):
    path = os.path.join(store, name)
    if not os.path.exists(path):
        return []
    try:
        return csvcheck.load(path)[1]
    except csvcheck.Bad as e:
        sys.exit("%s: %s" % (name, e))

goals, gaps = table("goals.csv"), table("gaps.csv")
meetings, fus = table("meetings.csv"), table("followups.csv")
checks = table("checks.csv")
byid = lambda rows: {r["id"]: r for r in rows}
g, gp, f = byid(goals), byid(gaps), byid(fus)
n = dict.fromkeys(["goal", "set", "done", "gap", "meeting", "followup",
                   "fudone", "writes"], 0)

def once(rows, col, value, id, what):
    hits = [r for r in rows if r[col] == value]
    if len(hits) != 1 or hits[0]["id"] != id:
        sys.exit("%s %s: want once with id %s, found %s" % (
            what, value, id, [r["id"] for r in hits]))

for log in logs:
    last = {}
    for line in open(log):
        line = line.rstrip("\n")
        w = line.split(" ", 2)
        kind = w[0]
        n["writes"] += 1
        n[kind] = n.get(kind, 0) + 1
        if kind == "FAIL":
            sys.exit("%s: %s" % (log, line.strip()))
        elif kind == "goal":
            once(goals, "title", w[2], w[1], "goal")
        elif kind == "set":
            last[w[1]] = w[2].strip()
        elif kind == "done":
            if g[w[1]]["status"] != "done":
                sys.exit("goal %s: not done" % w[1])
        elif kind == "gap":
            once(gaps, "statement", w[2], w[1], "gap")
        elif kind == "meeting":
            name = line.split(" ", 1)[1]
            rows = [r for r in meetings if r["meeting"] == name]
            if sorted(r["check"] for r in rows) != ["1", "2"]:
                sys.exit("meeting %s: rows %s" % (name, rows))
        elif kind == "followup":
            once(fus, "note", w[2], w[1], "follow-up")
        elif kind == "fudone":
            if f[w[1]]["status"] != "done":
                sys.exit("follow-up %s: not done" % w[1])
    for id, v in last.items():
        if g[id]["target"] != v:
            sys.exit("goal %s: target %s, last set %s" % (id, g[id]["target"], v))

# Nothing more than what was logged, besides what the test made first.
if len(goals) != n["goal"] + len(logs):
    sys.exit("goals.csv: %d rows, want %d" % (len(goals), n["goal"] + len(logs)))
if gaps and len(gaps) != n["gap"] + 1:
    sys.exit("gaps.csv: %d rows, want %d" % (len(gaps), n["gap"] + 1))
if meetings and len(meetings) != 2 * n["meeting"]:
    sys.exit("meetings.csv: %d rows, want %d" % (len(meetings), 2 * n["meeting"]))
if len(fus) != n["followup"]:
    sys.exit("followups.csv: %d rows, want %d" % (len(fus), n["followup"]))
if checks and len(checks) != 2:
    sys.exit("checks.csv: %d rows, want 2" % len(checks))
print("# %d writers x %d writes, nothing lost: goal-add %d, goal-set %d, "
      "goal-done %d, gap-log %d, meeting-check %d, followup-add %d, "
      "followup-done %d" % (len(logs), n["writes"] // max(len(logs), 1),
      n["goal"], n["set"], n["done"], n["gap"], n["meeting"], n["followup"],
      n["fudone"]))
EOF
}

@test "writers x writes at once: every write there exactly once, ids unique, every file parses" {
	local k pids=() readers=() own
	export CAREER_LOCK_WAIT=120
	if has gap-log; then
		gap-log -q -c "Did I speak up?" -c "Was I on time?" "Shared gap"
	fi
	for ((k = 1; k <= writers; k++)); do
		own=$(goal-add "own $k")
		writer "$k" "$own" >"$BATS_TEST_TMPDIR/w$k.log" 2>"$BATS_TEST_TMPDIR/w$k.err" &
		pids+=("$!")
	done
	# Readers take no lock: each must see a whole file every time.
	for k in 1 2; do
		(
			n=0
			while [ ! -e "$BATS_TEST_TMPDIR/stop" ]; do
				goal-list --all --csv >/dev/null || { echo "goal-list failed: $?"; exit 1; }
				n=$((n + 1))
			done
			echo "$n reads"
		) >"$BATS_TEST_TMPDIR/r$k.log" 2>&1 &
		readers+=("$!")
	done
	for k in "${pids[@]}"; do
		wait "$k"
	done
	touch "$BATS_TEST_TMPDIR/stop"
	for k in "${readers[@]}"; do
		wait "$k" || { cat "$BATS_TEST_TMPDIR"/r*.log; false; }
	done
	# The first follow-up of each writer adds its person, and says so.
	[ -z "$(grep -hv ': added as person ' "$BATS_TEST_TMPDIR"/w*.err)" ] ||
	    { cat "$BATS_TEST_TMPDIR"/w*.err; false; }
	if [ -e "$CAREER_DIR/people.csv" ]; then
		[ -z "$(tail -n +2 "$CAREER_DIR/people.csv" | cut -d, -f2 | sort | uniq -d)" ]
		[ -z "$(tail -n +2 "$CAREER_DIR/people.csv" | cut -d, -f1 | sort | uniq -d)" ]
	fi
	run verify "$BATS_TEST_TMPDIR"/w*.log
	[ "$status" -eq 0 ] || { echo "$output"; false; }
	echo "$output" >&3
	echo "# readers during the writes: $(cat "$BATS_TEST_TMPDIR"/r*.log | tr '\n' ' ')" >&3
	[ -z "$(find "$CAREER_DIR" -name '.*.csv.??????')" ]
	# The next test checks this store with career-check.
	cp -a "$CAREER_DIR" "$BATS_FILE_TMPDIR/after-writers"
}

@test "career-check finds nothing in the store the writers left" {
	has career-check || skip "no career-check yet"
	[ -d "$BATS_FILE_TMPDIR/after-writers" ] || skip "the writers' test did not run"
	run env CAREER_DIR="$BATS_FILE_TMPDIR/after-writers" career-check
	[ "$status" -eq 0 ] && [ -z "$output" ] || { echo "career-check: $status $output"; false; }
}

# Hold the store's lock from another process, as a cron job would.
hold_lock() {
	(flock -x 9 && touch "$BATS_TEST_TMPDIR/held" && exec sleep 60) \
	    9>"$CAREER_DIR/.lock" </dev/null >/dev/null 2>&1 3>&- &
	holder=$!
	while [ ! -e "$BATS_TEST_TMPDIR/held" ]; do
		sleep 0.05
	done
}

@test "a writer that cannot get the lock in CAREER_LOCK_WAIT exits 75 and writes nothing" {
	has flock || skip "no flock(1)"
	local c start took
	goal-add -q -k objective "Objective"
	goal-add -q "Goal"
	if has gap-log; then gap-log -q -c "Did I speak up?" "Gap"; fi
	if has followup-add; then followup-add -q -w Ann 2026-12-01 "Sync"; fi
	hold_lock
	sum=$(cd "$CAREER_DIR" && cat -- * .*.stamp 2>/dev/null | cksum)
	local cmds=("goal-add x" "goal-set 2 target=3" "goal-done 2")
	has gap-log && cmds+=("gap-log y" "gap-log -C 1 Question?")
	has meeting-check && cmds+=("meeting-check -a y Sync")
	has followup-add && cmds+=("followup-add -w Bob 2026-12-02 z")
	has followup-done && cmds+=("followup-done 1")
	has feedback-log && cmds+=("feedback-log -r mentor Ann Fine")
	# The first waits its second; the rest give up at once.
	export CAREER_LOCK_WAIT=1
	for c in "${cmds[@]}"; do
		start=$(date +%s%N)
		# shellcheck disable=SC2086
		run timeout 20 $c
		took=$((($(date +%s%N) - start) / 1000000))
		[ "$status" -eq 75 ] || { echo "$c: exit $status, want 75: $output"; kill "$holder"; false; }
		case $output in
		*busy*) ;;
		*) echo "$c: no word of a busy store: $output"; kill "$holder"; false ;;
		esac
		if [ "$CAREER_LOCK_WAIT" = 1 ] && { [ "$took" -lt 900 ] || [ "$took" -gt 5000 ]; }; then
			echo "$c: gave up after ${took}ms for CAREER_LOCK_WAIT=1"
			kill "$holder"
			false
		fi
		CAREER_LOCK_WAIT=0
	done
	[ "$(cd "$CAREER_DIR" && cat -- * .*.stamp 2>/dev/null | cksum)" = "$sum" ]
	kill "$holder"
	wait "$holder" || true
	# Released: the next writer gets in at once.
	run goal-add "after"
	status_is 0
	[ "$output" = 3 ]
}

@test "a writer waits for the lock while it is held a short time" {
	has flock || skip "no flock(1)"
	goal-add -q first
	hold_lock
	(sleep 1; kill "$holder") 3>&- &
	run env CAREER_LOCK_WAIT=10 goal-add second
	status_is 0
	[ "$output" = 2 ]
}
