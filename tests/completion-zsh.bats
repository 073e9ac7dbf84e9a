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

# Zsh completion: completions/_career in a real interactive `zsh -f` with
# compinit, driven through a terminal by the zsh/zpty module.  Each line
# is typed and TAB pressed; what completion offers is checked, ids with
# their titles as descriptions.

load helper
load commands

root=$BATS_TEST_DIRNAME/..
# The completion as make writes it: its #compdef line names every command.
compdir=${CAREER_BUILD:-$root/build}/completions

setup_file() {
	# zcomp LINE...: type each LINE and a TAB into one fresh zsh -f with
	# compinit and completions/ first in fpath; print "== LINE", then
	# each match completion added, a TAB and its display string (the
	# match and its description, as listed), then "<END> SECONDS", the
	# time completion took.  It gives up after 10 s a line.
	cat >"$BATS_FILE_TMPDIR/zcomp" <<'EOF'
emulate -L zsh
zmodload zsh/zpty || { print -u2 "zcomp: no zsh/zpty"; exit 2 }
dir=$1
shift
tmp=$(mktemp -d) || exit 2
out=$tmp/out
trap 'zpty -d z 2>/dev/null; rm -rf -- $tmp' EXIT
cat >$tmp/setup.zsh <<SETUP
fpath=(${(q)dir} \$fpath)
zmodload zsh/datetime
autoload -Uz compinit && compinit -u -D
bindkey -e
stty cols 200 rows 100
# No listing on the terminal: the matches are recorded below.
unsetopt autolist beep
LISTMAX=1000000
# One display line a match, with its own description.
zstyle ':completion:*' list-grouped no
# Record each match completion adds, with its display string.
compadd() {
	local -a m d dn skip
	local i
	zparseopts -E -a skip O: A: D:
	zparseopts -E d:=dn
	if (( \$#skip )); then
		builtin compadd "\$@"
		return
	fi
	if (( \$#dn )); then
		d=("\${(@P)dn[2]}")
		builtin compadd -O m -D d "\$@"
	else
		builtin compadd -O m "\$@"
	fi
	for (( i = 1; i <= \$#m; i++ )); do
		print -r -- "\$m[i]	\${d[i]:-\$m[i]}" >>${(q)out}
	done
	builtin compadd "\$@"
}
_zcomp_complete() {
	local t0=\$EPOCHREALTIME
	_main_complete
	print -r -- "<END> \$(( EPOCHREALTIME - t0 ))" >>${(q)out}
}
zle -C zcomp-complete complete-word _zcomp_complete
bindkey '^I' zcomp-complete
print ready >${(q)tmp}/ready
SETUP
# Wait until file $1 has $2 lines that start with $3, reading what the
# terminal shows meanwhile.
wait_for() {
	local i junk
	local -a lines
	for (( i = 0; i < 200; i++ )); do
		if [[ -r $1 ]]; then
			lines=(${(M)${(f)"$(<$1)"}:#$3*})
			(( $#lines >= $2 )) && return 0
		fi
		zpty -r z junk 2>/dev/null
		sleep 0.05
	done
	print -u2 "zcomp: timed out waiting for $3 in $1"
	return 1
}
export TERM=vt100
zpty -b z "zsh -f -i" || exit 2
zpty -w z "source ${(q)tmp}/setup.zsh"
wait_for $tmp/ready 1 ready || exit 3
: >$out
n=0
for line; do
	print -r -- "== $line" >>$out
	zpty -w -n z "$line"$'\t'
	(( n++ ))
	wait_for $out $n '<END>' || exit 3
	zpty -w -n z $'\C-u'
done
cat $out
EOF
	export ZCOMP="$BATS_FILE_TMPDIR/zcomp"
}

# Run zcomp over the lines, with a home of the test's own.
zcomp() {
	mkdir -p "$BATS_TEST_TMPDIR/home"
	run env HOME="$BATS_TEST_TMPDIR/home" ZDOTDIR="$BATS_TEST_TMPDIR/home" \
	    TMPDIR="$BATS_TEST_TMPDIR" \
	    timeout 60 zsh -f "$ZCOMP" "$compdir" "$@"
	if [ "$status" -ne 0 ]; then
		printf 'zcomp failed (%s):\n%s\n' "$status" "$output" >&2
		return 1
	fi
}

# The matches offered for LINE (from the last zcomp), sorted, one a line.
matches() {
	awk -v l="== $1" '$0 == l { on = 1; next } /^(== |<END>)/ { on = 0 } on' \
	    <<<"$output" | cut -f1 | sort -u
}

# The matches for LINE must be exactly the words that follow.
offers() {
	local line=$1 got want
	shift
	got=$(matches "$line")
	want=$(printf '%s\n' "$@" | sort -u)
	if [ "$got" != "$want" ]; then
		printf 'for "%s" zsh offered:\n%s\nwant:\n%s\nall:\n%s\n' "$line" \
		    "$got" "$want" "$output" >&2
		return 1
	fi
}

# What zsh lists for match $2 of LINE $1: the match and its description.
shows() {
	local line=$1 match=$2 want=$3 got
	got=$(awk -v l="== $line" -v m="$match" -F '\t' \
	    '$0 == l { on = 1; next } /^(== |<END>)/ { on = 0 } on && $1 == m { print $2 }' \
	    <<<"$output" | sort -u)
	# shellcheck disable=SC2053 # want is a pattern
	if [[ $got != $want ]]; then
		printf 'for "%s", %s shows as:\n%s\nwant: %s\n' "$line" "$match" \
		    "$got" "$want" >&2
		return 1
	fi
}

# A store with objectives, goals, feedback, gaps, questions and follow-ups.
store() {
	goal-add -q -k objective "COO in five years"
	goal-add -q -p 1 -d +3m $'Lead, the "Q3"\nrelease: all of it'
	goal-add -q -k objective "Staff engineer"
	goal-add -q -k stretch -p 3 "Talk at a conference"
	feedback-log -q -r mentor Zoë "Sound plan"
	gap-log -q -g 2 -s 1 -w "I stay quiet" -c "Did I speak up?" \
	    -c "Did I share notes?" "Not visible enough"
	gap-log -q -a "Book the room early" "Late to meetings"
	gap-log -q "Closed one"
	gap-log -x 3
	followup-add -q -e 1m -w "Zoë Ng" +1w "monthly check-in"
	followup-add -q -w Carol tomorrow
	followup-done -q 2
}

@test "goal-done offers goal ids, described by their titles" {
	store
	zcomp "goal-done " "goal-done 2 "
	offers "goal-done " 1 2 3 4
	shows "goal-done " 1 "1  -- COO in five years"
	# A comma, quotes, a newline and a colon in a title come out whole.
	shows "goal-done " 2 '2  -- Lead, the "Q3" release: all of it'
	shows "goal-done " 4 "4  -- Talk at a conference"
	# An id already on the line is not offered again.
	offers "goal-done 2 " 1 3 4
}

@test "goal-done offers open goals only; other commands every goal" {
	store
	goal-done 2 >/dev/null
	goal-done -x 4 >/dev/null
	zcomp "goal-done " "goal-edit " "smart-review "
	offers "goal-done " 1 3
	offers "goal-edit " 1 2 3 4
	offers "smart-review " 1 2 3 4
}

@test "goal-add -k offers the kinds, with what each is for" {
	zcomp "goal-add -k " "goal-add --kind=" "goal-list -k s"
	offers "goal-add -k " objective goal stretch
	shows "goal-add -k " objective "objective  -- a long-term objective*"
	offers "goal-add --kind=" objective goal stretch
	offers "goal-list -k s" stretch
}

@test "options, short and long, with their descriptions" {
	zcomp "goal-add -" "goal-list --" "goal-done -"
	offers "goal-add -" -q --quiet -k --kind -m --measure -t --target \
	    -d --due -p --parent -h --help --version
	shows "goal-add -" --kind "--kind * -- kind of record"
	offers "goal-list --" --open --done --all --kind --parent \
	    --due-before --overdue --progress --ids --csv --table --tsv --json \
	    --jsonl --safe --no-header --help --version
	offers "goal-done -" -x --drop -h --help --version
}

@test "every option of every command completes, as its code declares it" {
	local name src lines=() longs shorts
	for name in $(commands); do
		# All the words of career-git are git's, those of career its command's.
		[ "$name" = career-git ] || [ "$name" = career ] && continue
		lines+=("$name -")
	done
	zcomp "${lines[@]}"
	for name in $(commands); do
		[ "$name" = career-git ] || [ "$name" = career ] && continue
		src=$(command_source "$name")
		longs=$(sed -n 's/.*{ "\([a-z-]*\)", [a-z_]*_argument,.*/--\1/p' <<<"$src")
		shorts=$(grep -A1 'getopt_long(' <<<"$src" | tr -d '\n' |
		    sed -n 's/.*getopt_long(argc, argv, *"\([^"]*\)".*/\1/p' |
		    tr -d :+ | fold -w1 | sed 's/^/-/')
		[ -n "$longs" ] && [ -n "$shorts" ] || { echo "cannot read the options of $name"; false; }
		# shellcheck disable=SC2086 # one option a word
		offers "$name -" $longs $shorts
	done
}

@test "goal-add -p and goal-set parent= offer objectives only" {
	store
	zcomp "goal-add -p " "goal-list --parent=" "goal-set 2 parent="
	offers "goal-add -p " 1 3
	shows "goal-add -p " 3 "3  -- Staff engineer"
	offers "goal-list --parent=" 1 3
	offers "goal-set 2 parent=" 1 3
}

@test "goal-set: a goal, then its fields (a column added by hand too), then their values" {
	store
	sed -i '1s/$/,mentor/; 2,$s/$/,/' "$CAREER_DIR/goals.csv"
	zcomp "goal-set " "goal-set 2 " "goal-set 2 kind=" "goal-set 2 status=" \
	    "goal-set 2 due=" "goal-set 2 agreed=t"
	offers "goal-set " 1 2 3 4
	shows "goal-set " 3 "3  -- Staff engineer"
	# created and updated are set by the tools: goal-set refuses them.
	offers "goal-set 2 " kind title measure target due parent status \
	    agreed stretch mentor
	shows "goal-set 2 " mentor "mentor * -- a column of goals.csv"
	offers "goal-set 2 kind=" objective goal stretch
	offers "goal-set 2 status=" open 'done' dropped
	offers "goal-set 2 due=" today tomorrow friday eom +1w +2w +1m +3m +6m +1y
	offers "goal-set 2 agreed=t" today tomorrow
}

@test "relations, dates and cadences" {
	zcomp "feedback-log -r " "followup-add -e " "followup-add -w Ann " \
	    "batna-set -d " "meeting-check --since="
	offers "feedback-log -r " mentor friend family sponsor manager peer colleague other
	shows "feedback-log -r " peer "peer * -- may feel competitive"
	offers "followup-add -e " 1w 2w 1m 3m
	offers "followup-add -w Ann " today tomorrow friday eom +1w +2w +1m +3m +6m +1y
	offers "batna-set -d " today tomorrow friday eom +1w +2w +1m +3m +6m +1y
	offers "meeting-check --since=" today tomorrow friday eom +1w +2w +1m +3m +6m +1y
}

@test "gaps, questions, feedback and follow-ups by id, with what they say" {
	store
	zcomp "gap-log -x " "gap-log -C " "gap-log -s " "meeting-check -y " \
	    "meeting-check -y 1 -n " "followup-done "
	offers "gap-log -x " 1 2
	shows "gap-log -x " 1 "1  -- Not visible enough"
	offers "gap-log -C " 1 2
	offers "gap-log -s " 1
	shows "gap-log -s " 1 "1  -- Zoë, Sound plan"
	offers "meeting-check -y " 1 2
	shows "meeting-check -y " 2 "2  -- Did I share notes?"
	# A question answered already is not offered again.
	offers "meeting-check -y 1 -n " 2
	# Only open follow-ups; a name that is not ASCII does not shift the
	# columns after it.
	offers "followup-done " 1
	shows "followup-done " 1 "1  -- Zoë Ng, 2026-11-30, monthly check-in"
}

@test "every person argument offers the names of person-list" {
	store
	person-add -q -r manager -a DK Dana Kim
	zcomp "feedback-log " "agenda -w " "followup-add -w d" "batna-set --with=C" \
	    "person-add -r sp" "person-list -r "
	offers "feedback-log " Zoë "Zoë Ng" Carol "Dana Kim"
	offers "agenda -w " Zoë "Zoë Ng" Carol "Dana Kim"
	offers "followup-add -w d" "Dana Kim"
	offers "batna-set --with=C" Carol
	offers "person-add -r sp" sponsor
	offers "person-list -r " mentor friend family sponsor manager peer colleague other
}

@test "smart-review, goal-edit, goal-show and career-git" {
	store
	zcomp "smart-review " "goal-edit " "career-git " "goal-show -b 2 "
	offers "smart-review " 1 2 3 4
	offers "goal-edit " 1 2 3 4
	offers "goal-show -b 2 " 1 3 4
	matches "career-git " | grep -qx push
	matches "career-git " | grep -qx log
}

@test "a broken store offers no ids and writes nothing on the terminal" {
	mkdir -p "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	printf 'id,kind,title\n1,goal,"broken\n' >"$CAREER_DIR/goals.csv"
	zcomp "goal-done "
	offers "goal-done "
}

@test "thousands of goals complete well under a second" {
	python3 -c '
import csv, sys
w = csv.writer(sys.stdout)
w.writerow(["kind", "title"])
for i in range(5000):
    w.writerow(["objective" if i % 10 == 0 else "goal", "Goal %d: \"quoted\", with a comma" % i])
' | goal-add -q -
	zcomp "goal-done " "goal-add -p "
	[ "$(matches "goal-done " | wc -l)" -eq 5000 ]
	shows "goal-done " 4321 '4321  -- Goal 4320: "quoted", with a comma'
	[ "$(matches "goal-add -p " | wc -l)" -eq 500 ]
	awk '/^<END>/ && $2 >= 1 { print "took " $2 " s"; bad = 1 } END { exit bad }' <<<"$output"
}

@test "career completes the command names, then as the command would" {
	store
	zcomp "career goal-l" "career goal-add -k "
	offers "career goal-l" goal-list
	offers "career goal-add -k " objective goal stretch
}

@test "career offers what career commands -l lists, described, commands and next, and commands' option" {
	zcomp "career " "career commands -"
	# Every command but career itself, which "career career" refuses.
	# shellcheck disable=SC2046 # one command a word
	offers "career " $(career commands | grep -vx career) commands next
	shows "career " goal-add "goal-add * -- add an objective, a goal or a stretch goal"
	shows "career " commands "commands * -- list the commands, one a line"
	offers "career commands -" -l --long
}

@test "career-list: the files, then a filter's fields and their values, from the schema" {
	store
	zcomp "career-list " "career-list goals st" "career-list goals status:" \
	    "career-list followups "
	offers "career-list " goals feedback gaps checks meetings batna \
	    followups progress wins people
	offers "career-list goals st" status stretch
	offers "career-list goals status:" open 'done' dropped
	offers "career-list followups " id goal with due every note status \
	    'done' created negotiation anchor or not
}

@test "career next: its options, then a goal" {
	store
	zcomp "career ne" "career next -" "career next -a "
	offers "career ne" next
	shows "career ne" next "next * -- the step of the method that comes next*"
	offers "career next -" -a --all -q --quiet --ids --csv --table --tsv \
	    --json --jsonl --safe --no-header -h --help --version
	offers "career next -a " 1 2 3 4
}
