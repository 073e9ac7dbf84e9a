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

# Crashes: writers killed with SIGKILL at random moments while they
# rewrite or append to a large goals.csv.  After every kill the file is
# byte for byte the one before the write or the one after it, and what
# the killed writer left (a temporary file, the lock) does not stop the
# next one.  CAREER_KILLS sets how many kills (default 30, or 300 with
# CAREER_LONG=1).

# shellcheck disable=SC2030,SC2031  # bats runs each test in a subshell
load helper

corpus=$BATS_TEST_DIRNAME/corpus
rows=50000

# A store whose goals.csv has $rows goals (about 5 MB).
big_store() {
	mkdir -m 700 "$CAREER_DIR"
	python3 -c '
import sys
w = sys.stdout.write
w("id,kind,title,measure,target,due,parent,status,agreed,created,updated\n")
for i in range(1, int(sys.argv[1]) + 1):
    w("%d,goal,Goal %d: a title of an ordinary length,count,%d,2027-05-23,,open,,2026-11-23,2026-11-23\n" % (i, i, i))' \
	    "$rows" >"$CAREER_DIR/goals.csv"
}

now_ms() {
	echo $(($(date +%s%N) / 1000000))
}

@test "SIGKILL at random moments: goals.csv is always the file before or the file after" {
	local kills=${CAREER_KILLS:-30} i pid r t0 ms sum s cmd
	local nbefore=0 nafter=0 nkilled=0 ntemp=0 temps
	[ "${CAREER_LONG:-0}" = 1 ] && kills=${CAREER_KILLS:-300}
	big_store
	python3 "$corpus/csvcheck.py" "$CAREER_DIR/goals.csv"
	scratch=$BATS_TEST_TMPDIR/scratch
	# How long a rewrite takes here: kills fall anywhere in 1.2 times that.
	t0=$(now_ms)
	goal-set 1 title=timed
	ms=$(($(now_ms) - t0 + 1))
	# A writer killed holding the lock must not make the next one wait.
	export CAREER_LOCK_WAIT=0
	for ((i = 1; i <= kills; i++)); do
		temps=$(find "$CAREER_DIR" -name '.career-tmp.*' | wc -l)
		cp "$CAREER_DIR/goals.csv" "$BATS_TEST_TMPDIR/before.csv"
		sum=$(cksum <"$BATS_TEST_TMPDIR/before.csv")
		if ((i % 4 == 0)); then
			cmd=(goal-add "kill $i")
		else
			cmd=(goal-set $(((RANDOM * 32768 + RANDOM) % rows + 1)) "title=kill $i")
		fi
		"${cmd[@]}" >/dev/null 2>&1 3>&- &
		pid=$!
		r=$((RANDOM % (ms * 12 / 10 + 1)))
		sleep "$((r / 1000)).$(printf %03d $((r % 1000)))"
		kill -KILL "$pid" 2>/dev/null || true
		if ! wait "$pid"; then
			nkilled=$((nkilled + 1))
		fi
		# A killed command's writes are put back by the next command,
		# reader or writer (career(5)): look as one does.
		career-list goals --ids >/dev/null 2>&1 || true
		s=$(cksum <"$CAREER_DIR/goals.csv")
		if [ "$s" = "$sum" ]; then
			nbefore=$((nbefore + 1))
		else
			# The same write, run to the end on a copy of the file before.
			rm -rf "$scratch"
			mkdir -m 700 "$scratch"
			cp "$BATS_TEST_TMPDIR/before.csv" "$scratch/goals.csv"
			CAREER_DIR=$scratch "${cmd[@]}" >/dev/null
			if [ "$(cksum <"$scratch/goals.csv")" != "$s" ]; then
				echo "kill $i (${cmd[*]}, after ${r}ms): goals.csv is neither the file before nor the file after"
				cp "$CAREER_DIR/goals.csv" "$BATS_TEST_TMPDIR/torn.csv"
				python3 "$corpus/csvcheck.py" "$BATS_TEST_TMPDIR/torn.csv" || true
				false
			fi
			nafter=$((nafter + 1))
		fi
		# Temporary files a kill left: counted, and cleared now and then
		# so that the next commands run with some of them about.
		ntemp=$((ntemp + $(find "$CAREER_DIR" -name '.career-tmp.*' | wc -l) - temps))
		if ((i % 10 == 0)); then
			find "$CAREER_DIR" -name '.career-tmp.*' -delete
		fi
	done
	python3 "$corpus/csvcheck.py" "$CAREER_DIR/goals.csv"
	run goal-set 2 title=last
	status_is 0
	echo "# $kills kills survived ($nkilled while the writer ran; the file was the one before $nbefore times, the one after $nafter times; $ntemp temporary files left behind, none in the way)" >&3
}

@test "a stale temporary file and a stale lock do not stop a writer or get taken for the store" {
	goal-add -q first
	printf 'id,title\n1,"half a row' >"$CAREER_DIR/.goals.csv.AbC123"
	: >"$CAREER_DIR/.lock"
	CAREER_LOCK_WAIT=0 goal-set 1 title=changed
	CAREER_LOCK_WAIT=0 goal-add -q second
	run goal-list --all --csv
	status_is 0
	output_has "1,goal,changed,"
	output_has "2,goal,second,"
	python3 "$corpus/csvcheck.py" "$CAREER_DIR/goals.csv"
}

# A crash in the middle of write(2) itself: an LD_PRELOAD shim writes part
# of the first big write to goals.csv, then kills its own process, as a
# SIGKILL or a power cut during the copy would.
crash_shim() {
	command -v cc >/dev/null || skip "no C compiler for the write(2) shim"
	cat >"$BATS_TEST_TMPDIR/shim.c" <<'EOF'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

ssize_t
write(int fd, const void *buf, size_t n)
{
	static ssize_t (*real)(int, const void *, size_t);
	char link[64], path[PATH_MAX];
	const char *env = getenv("CRASH_AFTER"), *base;
	ssize_t len;

	if (real == NULL)
		real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	if (env != NULL && n > (size_t)atol(env) &&
	    (len = readlink(link, path, sizeof(path) - 1)) > 0) {
		path[len] = '\0';
		base = strrchr(path, '/');
		if (base != NULL && strcmp(base, "/goals.csv") == 0) {
			real(fd, buf, atol(env));
			kill(getpid(), SIGKILL);
		}
	}
	return real(fd, buf, n);
}
EOF
	cc -shared -fPIC -o "$BATS_TEST_TMPDIR/shim.so" "$BATS_TEST_TMPDIR/shim.c" -ldl
}

@test "a crash in the middle of an append leaves goals.csv as it was" {
	crash_shim
	goal-add -q -k objective "Objective"
	before=$(goal-list --all --csv)
	python3 -c '
print("title,measure")
for i in range(1000):
    print("Imported goal %d,m" % i)' >"$BATS_TEST_TMPDIR/in.csv"
	run env ASAN_OPTIONS=detect_leaks=0:verify_asan_link_order=0 \
	    LD_PRELOAD="$BATS_TEST_TMPDIR/shim.so" CRASH_AFTER=100 \
	    goal-add -q - <"$BATS_TEST_TMPDIR/in.csv"
	[ "$status" -eq 137 ] || { echo "the shim did not crash goal-add: $status $output"; false; }
	# The torn rows are not read (the stamp says an append was under
	# way and how long it was), and the next writer cuts them off.
	run goal-list --all --csv
	status_is 0
	[ "$output" = "$before" ] || [ "$(goal-list --all --ids | wc -l)" -eq 1001 ]
	goal-add -q "After the crash"
	run career-check
	status_is 0
	[ "$(goal-list --all --ids | tr '\n' ' ')" = "1 2 " ]
	[ "$(sed -n 3p "$CAREER_DIR/goals.csv" | cut -d, -f1,3)" = "2,After the crash" ]
}
