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

# Bash completion: completions/career.bash loaded into bash, its function
# called the way bash calls it (COMP_WORDS, COMP_CWORD, COMP_LINE,
# COMP_POINT set), and COMPREPLY checked; one test drives a real
# interactive bash through a terminal.

load helper
load commands

root=$BATS_TEST_DIRNAME/..
# shellcheck source=completions/career.bash
. "$root/completions/career.bash"

# Complete LINE, the cursor at its end, as bash does: the words split at
# blanks, and each "=" a word of its own (it is in COMP_WORDBREAKS).  Sets
# reply to COMPREPLY, sorted, one a line.
complete_line() {
	local line=$1 w fn
	local -a ws
	COMP_LINE=$line
	COMP_POINT=${#line}
	COMP_WORDS=()
	read -ra ws <<<"$line"
	for w in "${ws[@]}"; do
		while [[ $w == *=* ]]; do
			if [[ -n ${w%%=*} ]]; then COMP_WORDS+=("${w%%=*}"); fi
			COMP_WORDS+=("=")
			w=${w#*=}
		done
		if [[ -n $w ]]; then COMP_WORDS+=("$w"); fi
	done
	if [[ $line == *" " ]]; then COMP_WORDS+=(""); fi
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	fn=$(complete -p "${COMP_WORDS[0]##*/}")
	fn=${fn#*-F }
	fn=${fn%% *}
	COMPREPLY=()
	"$fn" "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" \
	    "${COMP_WORDS[COMP_CWORD-1]}"
	reply=$(printf '%s\n' "${COMPREPLY[@]}" | sort)
}

# The reply to the last complete_line must be exactly these words.
reply_is() {
	local want
	want=$(printf '%s\n' "$@" | sort)
	if [ "$reply" != "$want" ]; then
		printf 'completion offered:\n%s\nwant:\n%s\n' "$reply" "$want" >&2
		return 1
	fi
}

# The reply must hold each of these words.
reply_has() {
	local w
	for w; do
		if ! grep -qxF -- "$w" <<<"$reply"; then
			printf 'completion lacks %s; it offered:\n%s\n' "$w" "$reply" >&2
			return 1
		fi
	done
}

# A store with objectives, goals, feedback, gaps, questions and follow-ups.
store() {
	goal-add -q -k objective "COO in five years"
	goal-add -q -p 1 -d +3m $'Lead, the "Q3"\nrelease: all of it'
	goal-add -q -k objective "Staff engineer"
	goal-add -q -k stretch -p 3 "Talk at a conference"
	feedback-log -q -r mentor Ann "Sound plan"
	gap-log -q -g 2 -s 1 -w "I stay quiet" -c "Did I speak up?" \
	    -c "Did I share notes?" "Not visible enough"
	gap-log -q -a "Book the room early" "Late to meetings"
	gap-log -q "Closed one"
	gap-log -x 3
	followup-add -q -e 1m -w Bob +1w "monthly check-in"
	followup-add -q -w Carol tomorrow
	followup-done -q 2
}

@test "every command is registered, to one function" {
	local name
	for name in $(commands); do
		run complete -p "$name"
		status_is 0
		if [ "$name" = career ]; then	# the front door hands over
			[[ $output == "complete -F _career_front career" ]]
			continue
		fi
		[[ $output == "complete -F _career $name" ]]
	done
}

@test "sourced under a command's name, as bash-completion's loader does, it registers them all" {
	complete -r
	cp "$root/completions/career.bash" "$BATS_TEST_TMPDIR/followup-due"
	# shellcheck source=/dev/null
	. "$BATS_TEST_TMPDIR/followup-due" followup-due
	complete -p goal-add goal-set followup-due gap-log career-undo
}

@test "every option of every command completes, short and long, as its code declares it" {
	local name src longs shorts o
	for name in $(commands); do
		# All the words of career-git are git's, those of career its command's.
		[ "$name" = career-git ] || [ "$name" = career ] && continue
		src=$(command_source "$name")
		longs=$(sed -n 's/.*{ "\([a-z-]*\)", [a-z_]*_argument,.*/--\1/p' <<<"$src")
		shorts=$(sed -n 's/.*getopt_long(argc, argv, "\([^"]*\)".*/\1/p' <<<"$src")
		if [ -z "$shorts" ]; then	# the string is on the next line
			shorts=$(grep -A1 'getopt_long(' <<<"$src" | tr -d '\n' |
			    sed -n 's/.*getopt_long(argc, argv, *"\([^"]*\)".*/\1/p')
		fi
		[ -n "$longs" ] && [ -n "$shorts" ] || { echo "cannot read the options of $name"; false; }
		complete_line "$name -"
		for o in $longs; do reply_has "$o" || { echo "in $name"; false; }; done
		for o in $(tr -d :+ <<<"$shorts" | fold -w1); do
			reply_has "-$o" || { echo "in $name"; false; }
		done
		# Nothing it does not take.
		[ "$(wc -l <<<"$reply")" -eq "$(( $(wc -w <<<"$longs") + $(tr -d :+ <<<"$shorts" | tr -d '\n' | wc -c) ))" ] ||
		    { echo "$name offers more options than it takes: $reply"; false; }
	done
}

# The words column $2 of file $1 takes, as the library's schema says.
schema_words() {
	career fields "$1" | awk -F '\t' -v c="$2" '$2 == c { print $5 }' | tr ' ' '\n'
}

@test "kinds, statuses, relations and goal-set's fields are the library's own" {
	local kinds statuses relations fields
	kinds=$(schema_words goals kind)
	statuses=$(schema_words goals status)
	relations=$(schema_words feedback relation)
	# Every column but the id and those the tools set.
	fields=$(career fields goals | awk -F '\t' '$3 != "id" && $4 !~ /auto/ { print $2 "=" }')
	[ -n "$kinds" ] && [ -n "$statuses" ] && [ -n "$relations" ] && [ -n "$fields" ]
	# shellcheck disable=SC2086
	{
		complete_line "goal-add -k "
		reply_is $kinds
		complete_line "goal-set 1 status="
		reply_is $statuses
		complete_line "feedback-log -r "
		reply_is $relations
		complete_line "goal-set 1 "
		reply_is $fields
	}
}

@test "long options only after --" {
	complete_line "goal-list --d"
	reply_is --done --due-before
}

@test "kinds for -k, --kind, --kind= and a value stuck to -k" {
	complete_line "goal-add -k "
	reply_is objective goal stretch
	complete_line "goal-add --kind "
	reply_is objective goal stretch
	complete_line "goal-list --kind=st"
	reply_is stretch
	complete_line "goal-add -qk "
	reply_is objective goal stretch
	complete_line "goal-add -ko"
	reply_is -kobjective
}

@test "an abbreviated long option takes its value, as getopt_long allows" {
	complete_line "goal-add --ki "
	reply_is objective goal stretch
}

@test "relations for feedback-log -r" {
	complete_line "feedback-log -r "
	reply_is mentor friend family sponsor manager peer colleague other
	complete_line "feedback-log -q --relation=m"
	reply_is mentor manager
}

@test "dates for date options and follow-up dates; cadences for -e" {
	complete_line "goal-add -d "
	reply_is today tomorrow friday eom +1w +2w +1m +3m +6m +1y
	complete_line "goal-list --due-before=+1"
	reply_is +1w +1m +1y
	complete_line "meeting-check --since "
	reply_has today +1w
	complete_line "followup-add -w Bob "
	reply_is today tomorrow friday eom +1w +2w +1m +3m +6m +1y
	complete_line "followup-add -e "
	reply_is 1w 2w 1m 3m
	# After the date comes a free note: nothing to offer.
	complete_line "followup-add -w Bob +1w "
	reply_is ""
}

@test "goal-set: a goal id, then the fields it takes, then their values" {
	store
	complete_line "goal-set "
	reply_is 1 2 3 4
	complete_line "goal-set 2 "
	# created and updated are set by the tools: goal-set refuses them.
	reply_is kind= title= measure= target= due= parent= status= agreed= \
	    stretch=
	complete_line "goal-set 2 kind="
	reply_is objective goal stretch
	complete_line "goal-set 2 status="
	reply_is open 'done' dropped
	complete_line "goal-set 2 parent="
	reply_is 1 3
	complete_line "goal-set 2 due=to"
	reply_is today tomorrow
	complete_line "goal-set 2 title="
	reply_is ""
}

@test "goal-set offers a column added by hand to goals.csv, but never id, created or updated" {
	goal-add -q "One"
	sed -i '1s/$/,mentor/; 2s/$/,Ann/' "$CAREER_DIR/goals.csv"
	complete_line "goal-set 1 m"
	reply_is measure= mentor=
	complete_line "goal-set 1 "
	reply_has mentor= agreed=
	if grep -qx 'id=\|created=\|updated=' <<<"$reply"; then
		echo "offers id=, created= or updated=: $reply"
		false
	fi
}

@test "with \"=\" taken out of COMP_WORDBREAKS, values keep what precedes it" {
	COMP_WORDBREAKS=${COMP_WORDBREAKS//=/}
	complete_line "goal-set 2 kind=s"
	reply_is kind=stretch
	complete_line "goal-add --kind=o"
	reply_is --kind=objective
}

@test "goal ids, and objectives only where a parent is wanted" {
	store
	complete_line "goal-done "
	reply_is 1 2 3 4
	complete_line "goal-done -x 1 "
	reply_is 1 2 3 4
	complete_line "smart-review "
	reply_is 1 2 3 4
	complete_line "goal-edit "
	reply_is 1 2 3 4
	complete_line "goal-show -b 2 "
	reply_is 1 2 3 4
	complete_line "feedback-log -g "
	reply_is 1 2 3 4
	complete_line "goal-add -p "
	reply_is 1 3
	complete_line "goal-list -p "
	reply_is 1 3
}

@test "goal-done completes open goals only; career never itself" {
	store
	goal-done 2 >/dev/null
	goal-done -x 4 >/dev/null
	complete_line "goal-done "
	reply_is 1 3
	complete_line "goal-edit "
	reply_is 1 2 3 4
	complete_line "career care"
	[[ $'\n'"$reply"$'\n' != *$'\ncareer\n'* ]]
	[[ "$reply" == *career-check* ]]
}

@test "gap, question, feedback and follow-up ids from the commands' own listings" {
	store
	complete_line "gap-log -x "
	reply_is 1 2
	complete_line "gap-log -C "
	reply_is 1 2
	complete_line "gap-log -s "
	reply_is 1
	complete_line "meeting-check -y "
	reply_is 1 2
	complete_line "meeting-check -y 1 --no "
	reply_is 1 2
	complete_line "followup-done "
	reply_is 1
	complete_line "followup-done 1 "
	reply_is ""
}

@test "every person argument completes the names person-list gives, quoted" {
	store
	person-add -q -r manager -a DK Dana Kim
	complete_line "feedback-log "
	reply_is Ann Bob Carol 'Dana\ Kim'
	complete_line "feedback-log -r mentor d"
	reply_is 'Dana\ Kim'
	complete_line "followup-add -w Da"
	reply_is 'Dana\ Kim'
	complete_line "batna-set --with=B"
	reply_is Bob
	complete_line "agenda -w c"
	reply_is Carol
	# A name typed with its blank quoted goes on (words as bash sets them).
	COMP_LINE='agenda -w Dana\ K'
	COMP_POINT=${#COMP_LINE}
	COMP_WORDS=(agenda -w 'Dana\ K')
	COMP_CWORD=2
	COMPREPLY=()
	_career agenda
	[ "${COMPREPLY[*]}" = 'Dana\ Kim' ]
	complete_line "feedback-log Ann "
	reply_is ""
	complete_line "person-add -r sp"
	reply_is sponsor
	complete_line "person-list -r ma"
	reply_is manager
	complete_line "followup-add -N"
	reply_is -N
}

@test "career-git: git's commands, then nothing of ours" {
	complete_line "career-git "
	reply_has init log push status
	complete_line "career-git log -"
	reply_is ""
}

@test "a command typed with its directory lists ids with its own siblings" {
	store
	dir=$(dirname "$(command -v goal-list)")
	PATH=/usr/bin:/bin complete_line "$dir/goal-done "
	reply_is 1 2 3 4
}

@test "a broken store completes no ids and prints nothing" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,kind,title\n1,goal,"broken\n' >"$CAREER_DIR/goals.csv"
	run complete_line "goal-done "
	status_is 0
	[ -z "$output" ]
	complete_line "goal-done "
	reply_is ""
}

@test "thousands of goals still complete in well under a second" {
	python3 -c '
import csv, sys
w = csv.writer(sys.stdout)
w.writerow(["kind", "title"])
for i in range(5000):
    w.writerow(["objective" if i % 10 == 0 else "goal", "Goal %d, with \"quotes\"" % i])
' | goal-add -q -
	start=$(date +%s%N)
	complete_line "goal-done 4999"
	end=$(date +%s%N)
	reply_is 4999
	complete_line "goal-add -p "
	[ "$(wc -l <<<"$reply")" -eq 500 ]
	ms=$(( (end - start) / 1000000 ))
	[ "$ms" -lt 1000 ] || { echo "took $ms ms"; false; }
}

@test "a real interactive bash completes through readline" {
	store
	run timeout 20 python3 - "$root/completions/career.bash" <<'EOF'
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.environ["PS1"] = "$ "
    os.execvp("bash", ["bash", "--norc", "--noprofile", "-i"])
def read(want, timeout=10):
    out, end = b"", time.time() + timeout
    while time.time() < end and want not in out:
        if select.select([fd], [], [], 0.1)[0]:
            try:
                out += os.read(fd, 4096)
            except OSError:
                break
    return out
os.write(fd, b"bind 'set show-all-if-ambiguous on'; . '%s'; echo READY\n" % sys.argv[1].encode())
read(b"READY\r\n$ ")
for line, want in ((b"goal-set 2 kind=st", b"stretch "),
                   (b"goal-add --parent ", b"1  "),
                   (b"gap-log -x ", b"1  ")):
    os.write(fd, line + b"\t")
    got = read(want)
    print(repr(line), "->", repr(got))
    if want not in got:
        sys.exit(1)
    os.write(fd, b"\x15")
    read(b"$ ", 1)
os.write(fd, b"exit\n")
EOF
	status_is 0
}

@test "shellcheck finds nothing in the bash completion" {
	command -v shellcheck >/dev/null || skip "no shellcheck"
	run shellcheck -s bash "$root/completions/career.bash"
	status_is 0
}

@test "career-list: the files, then a filter's fields and their values, from the schema" {
	complete_line "career-list "
	reply_is goals feedback gaps checks meetings batna followups progress wins people
	complete_line "career-list goals st"
	reply_is status: stretch:
	complete_line "career-list goals kind:o"
	reply_is objective
	complete_line "career-list -s due wins "
	reply_has what: or not
}
