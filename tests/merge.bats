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

# career-merge alone: three versions of a file (or of a store) crafted by
# hand, merged record by record.

load helper

G=id,kind,title,measure,target,due,parent,status,agreed,created,updated,stretch
GAPS=id,goal,statement,source,why1,why2,why3,why4,why5,action,status,created,closed

# base.csv, ours.csv, theirs.csv from three strings; merge into ours.csv.
three() {
	cd "$BATS_TEST_TMPDIR" || return 1
	printf '%s' "$1" >base.csv
	printf '%s' "$2" >ours.csv
	printf '%s' "$3" >theirs.csv
}

merge() {
	run career-merge base.csv ours.csv theirs.csv "${1:-goals.csv}"
}

no_markers() {
	! grep -rqE '^(<<<<<<<|=======|>>>>>>>)' "$BATS_TEST_TMPDIR"
}

@test "career-merge: a change on one side and a record added on the other, both taken" {
	three "$G
1,objective,Lead,,,,,open,,2026-11-01,,
" "$G
1,objective,Lead the team,,,,,open,,2026-11-01,2026-11-02,
" "$G
1,objective,Lead,,,,,open,,2026-11-01,,
2,goal,Ship it,,,,1,open,,2026-11-02,,
"
	merge
	status_is 0
	[ "$(cat ours.csv)" = "$G
1,objective,Lead the team,,,,,open,,2026-11-01,2026-11-02,
2,goal,Ship it,,,,1,open,,2026-11-02,," ]
	[ ! -e conflicts.csv ]
	no_markers
}

@test "one id added on both sides: ours takes a new id, theirs keeps its, references follow" {
	three "$G
1,objective,Lead,,,,,open,,2026-11-01,,
" "$G
1,objective,Lead,,,,,open,,2026-11-01,,
2,objective,Ours,,,,,open,,2026-11-02,,
3,goal,Under ours,,,,2,open,,2026-11-02,,
" "$G
1,objective,Lead,,,,,open,,2026-11-01,,
2,goal,Theirs,,,,1,open,,2026-11-02,,
"
	merge
	status_is 0
	[ "$output" = "career-merge: goals.csv: goal 2 made here is now goal 4" ]
	# 3 is above every id theirs has: it stays.
	[ "$(cat ours.csv)" = "$G
1,objective,Lead,,,,,open,,2026-11-01,,
2,goal,Theirs,,,,1,open,,2026-11-02,,
3,goal,Under ours,,,,4,open,,2026-11-02,,
4,objective,Ours,,,,,open,,2026-11-02,," ]
}

@test "an id ours added below theirs' largest is renumbered: theirs may have given it" {
	three "$G
1,objective,Lead,,,,,open,,2026-11-01,,
" "$G
1,objective,Lead,,,,,open,,2026-11-01,,
2,goal,Ours,,,,,open,,2026-11-02,,
" "$G
1,objective,Lead,,,,,open,,2026-11-01,,
3,goal,Theirs,,,,,open,,2026-11-02,,
"
	merge
	status_is 0
	[ "$(cut -d, -f1,3 ours.csv)" = "id,title
1,Lead
3,Theirs
4,Ours" ]
}

@test "the largest id a stamp says was given here is never given again" {
	three "$G
1,objective,Lead,,,,,open,,2026-11-01,,
" "$G
1,objective,Lead,,,,,open,,2026-11-01,,
2,goal,Ours,,,,,open,,2026-11-02,,
" "$G
1,objective,Lead,,,,,open,,2026-11-01,,
2,goal,Theirs,,,,,open,,2026-11-02,,
"
	echo "9 0 0 0 0" >.goals.csv.stamp
	merge
	status_is 0
	[ "$(cut -d, -f1,3 ours.csv | tail -1)" = "10,Ours" ]
}

@test "the same record added on both sides is kept once" {
	row="2,goal,Same,,,,,open,,2026-11-02,,"
	three "$G
" "$G
$row
" "$G
$row
"
	merge
	status_is 0
	[ "$(cat ours.csv)" = "$G
$row" ]
}

@test "a field changed on both sides: the later update wins, whichever side is ours, and the loser is kept" {
	base="$G
1,goal,Old,,,,,open,,2026-11-01,2026-11-01,
"
	a="$G
1,goal,Newer,,,,,open,,2026-11-01,2026-11-05,
"
	b="$G
1,goal,Zzz older,,,,,done,,2026-11-01,2026-11-03,
"
	three "$base" "$a" "$b"
	merge
	status_is 0
	one=$(cat ours.csv)
	[ "$one" = "$G
1,goal,Newer,,,,,done,,2026-11-01,2026-11-05," ]
	[ "$(cat conflicts.csv)" = "id,file,record,field,value,kept,date
1,goals.csv,1,title,Zzz older,Newer,2026-11-23" ]
	rm conflicts.csv
	three "$base" "$b" "$a"
	merge
	status_is 0
	[ "$(cat ours.csv)" = "$one" ]
	grep -q '^1,goals.csv,1,title,Zzz older,Newer,' conflicts.csv
}

@test "without an updated column the greater value wins, whichever side is ours" {
	base="$GAPS
1,,Quiet,,,,,,,,open,2026-11-01,
"
	a="$GAPS
1,,Quiet,,,,,,,Speak first,open,2026-11-01,
"
	b="$GAPS
1,,Quiet,,,,,,,Ask a question,open,2026-11-01,
"
	three "$base" "$a" "$b"
	merge gaps.csv
	status_is 0
	one=$(cat ours.csv)
	three "$base" "$b" "$a"
	merge gaps.csv
	[ "$(cat ours.csv)" = "$one" ]
	[[ $one == *"Speak first"* ]]
	grep -q ',gaps.csv,1,action,Ask a question,Speak first,' conflicts.csv
}

@test "an edit wins over a removal, on either side; an unchanged record removed stays removed" {
	base="$G
1,goal,One,,,,,open,,2026-11-01,,
2,goal,Two,,,,,open,,2026-11-01,,
"
	edited="$G
1,goal,One edited,,,,,open,,2026-11-01,2026-11-02,
2,goal,Two,,,,,open,,2026-11-01,,
"
	removed="$G
"
	three "$base" "$edited" "$removed"
	merge
	status_is 0
	[ "$(cut -d, -f1,3 ours.csv)" = "id,title
1,One edited" ]
	three "$base" "$removed" "$edited"
	merge
	status_is 0
	[ "$(cut -d, -f1,3 ours.csv)" = "id,title
1,One edited" ]
}

@test "columns merge by name: another order, a column added by hand on one side, another on the other" {
	three "id,kind,title,status
1,goal,One,open
" "title,id,kind,status,result
One,1,goal,done,shipped
" "id,kind,title,status,owner
1,goal,One,open,me
2,goal,Two,open,
"
	merge
	status_is 0
	# Both headers changed: their union, in the order of the one that
	# sorts first ("id..." before "title..."), whichever side is ours;
	# the columns of the schema a file lacks come after its own.
	want="id,kind,title,status,owner,measure,target,due,parent,agreed,created,updated,stretch,result"
	[ "$(head -1 ours.csv)" = "$want" ]
	[ "$(awk -F, 'NR > 1 { print $1, $4, $5, $14 }' ours.csv)" = "1 done me shipped
2 open  " ]
	three "id,kind,title,status
1,goal,One,open
" "id,kind,title,status,owner
1,goal,One,open,me
2,goal,Two,open,
" "title,id,kind,status,result
One,1,goal,done,shipped
"
	merge
	status_is 0
	[ "$(head -1 ours.csv)" = "$want" ]
}

@test "never a conflict marker, and a file that does not parse is an error that leaves ours" {
	three "$G
" "$G
1,goal,\"broken
" "$G
"
	cp ours.csv before.csv
	merge
	status_is 65
	cmp ours.csv before.csv
	no_markers
}

@test "a path that is not a file of the store, and a wrong count of arguments" {
	three "a
" "b
" "c
"
	merge notes.txt
	status_is 65
	output_has "not a file of the store"
	run career-merge base.csv ours.csv
	status_is 64
}

# A store's three versions in base/, ours/, theirs/.
stores() {
	cd "$BATS_TEST_TMPDIR" || return 1
	mkdir -p base ours theirs out
}

@test "-s: a goal renumbered has its references rewritten in every file" {
	stores
	printf '%s\n' "$G" "1,objective,Lead,,,,,open,,2026-11-01,," >base/goals.csv
	cp base/goals.csv theirs/goals.csv
	cp base/goals.csv ours/goals.csv
	echo "2,goal,Theirs,,,,1,open,,2026-11-02,," >>theirs/goals.csv
	echo "2,goal,Ours,,,,1,open,,2026-11-02,," >>ours/goals.csv
	printf '%s\n' "$GAPS" "1,2,Ours' gap,,,,,,,,open,2026-11-02," >ours/gaps.csv
	printf '%s\n' "id,gap,question,status,created" "1,1,Did I?,active,2026-11-02" >ours/checks.csv
	printf '%s\n' "$GAPS" "1,2,Theirs' gap,,,,,,,,open,2026-11-02," >theirs/gaps.csv
	run career-merge -s base ours theirs out
	status_is 0
	[ "${lines[0]}" = "from the other clone: 1 goal, 1 gap" ]
	output_has "goal 2 made here is now goal 3"
	output_has "gap 1 made here is now gap 2"
	[ "$(cut -d, -f1,3 out/goals.csv)" = "id,title
1,Lead
2,Theirs
3,Ours" ]
	[ "$(cut -d, -f1-3 out/gaps.csv)" = "id,goal,statement
1,2,Theirs' gap
2,3,Ours' gap" ]
	[ "$(cut -d, -f1-3 out/checks.csv)" = "id,gap,question
1,2,Did I?" ]
}

@test "-s: a record removed on one side that the other refers to is kept" {
	stores
	printf '%s\n' "$G" "1,objective,Lead,,,,,open,,2026-11-01,," \
	    "2,goal,Kept,,,,1,open,,2026-11-01,," >base/goals.csv
	cp base/goals.csv theirs/goals.csv
	printf '%s\n' "$G" "1,objective,Lead,,,,,open,,2026-11-01,," >ours/goals.csv
	printf '%s\n' "$GAPS" "1,2,A gap of goal 2,,,,,,,,open,2026-11-02," >theirs/gaps.csv
	run career-merge -s -q base ours theirs out
	status_is 0
	[ -z "$output" ]
	[ "$(cut -d, -f1,3 out/goals.csv)" = "id,title
1,Lead
2,Kept" ]
	cp out/*.csv "$CAREER_DIR/" 2>/dev/null || { mkdir -p "$CAREER_DIR" && chmod 700 "$CAREER_DIR" && cp out/*.csv "$CAREER_DIR/"; }
	run career-check
	status_is 0
}

@test "-s: a file the other side did not touch is written as it was, byte for byte" {
	stores
	printf 'id,kind,title,status\n1,goal,"Spaced ",open\n' >base/goals.csv
	cp base/goals.csv theirs/goals.csv
	cp base/goals.csv ours/goals.csv
	printf '%s\n' "$GAPS" "1,1,A gap,,,,,,,,open,2026-11-02," >theirs/gaps.csv
	run career-merge -s base ours theirs out
	status_is 0
	cmp base/goals.csv out/goals.csv
	cmp theirs/gaps.csv out/gaps.csv
	[ "$(stat -c %a out/gaps.csv)" = 600 ]
}

@test "the same person added on both sides is one person, with theirs' id and both sides' fields" {
	P=id,name,aliases,relation,note,created,updated
	three "$P
1,Sam,,manager,,2026-11-01,
" "$P
1,Sam,,manager,,2026-11-01,
2,Bo,,friend,,2026-11-02,
3,ann,,mentor,,2026-11-02,
" "$P
1,Sam,,manager,,2026-11-01,
2,Ann,,,met at the meetup,2026-11-03,
"
	merge people.csv
	status_is 0
	output_has "person 3 made here is now person 2"
	[ "$(cat ours.csv)" = "$P
1,Sam,,manager,,2026-11-01,
2,ann,,mentor,met at the meetup,2026-11-03,
4,Bo,,friend,,2026-11-02," ]
	# The name and the date both sides wrote differently: one kept, one
	# set aside.
	grep -q '^1,people.csv,2,name,Ann,ann,' conflicts.csv
}

@test "-s: a gap's source that names a feedback renumbered follows it; a name stays" {
	stores
	F=id,date,goal,person,relation,said,created
	printf '%s\n' "$F" >base/feedback.csv
	printf '%s\n' "$F" "1,2026-11-02,,Ann,mentor,Theirs,2026-11-02" >theirs/feedback.csv
	printf '%s\n' "$F" "1,2026-11-02,,Bo,friend,Ours,2026-11-02" >ours/feedback.csv
	printf '%s\n' "$GAPS" "1,,From feedback 1,1,,,,,,,open,2026-11-02," \
	    "2,,From a person,Bo,,,,,,,open,2026-11-02," >ours/gaps.csv
	run career-merge -s base ours theirs out
	status_is 0
	output_has "feedback 1 made here is now feedback 2"
	[ "$(cut -d, -f1,4 out/gaps.csv)" = "id,source
1,2
2,Bo" ]
}

BATNA=id,goal,with,date,minimum,alternative,backups,status,created

@test "a BATNA set for one goal on both sides: one stays current, the one created later, whichever side is ours" {
	b="$BATNA
1,1,Dana,2026-11-10,Stay,Offer A,,current,2026-11-01
"
	o="$BATNA
1,1,Dana,2026-11-10,Stay,Offer A,,superseded,2026-11-01
2,1,Dana,2026-11-20,Stay,Offer B,,current,2026-11-03
3,,Sam,2026-11-20,Raise,Offer D,,current,2026-11-03
"
	t="$BATNA
1,1,Dana,2026-11-10,Stay,Offer A,,superseded,2026-11-01
2,1,Dana,2026-11-20,Stay,Offer C,,current,2026-11-02
3,,sam ,2026-11-21,Raise,Offer E,,current,2026-11-02
"
	three "$b" "$o" "$t"
	merge batna.csv
	status_is 0
	[ "$(cat ours.csv)" = "$BATNA
1,1,Dana,2026-11-10,Stay,Offer A,,superseded,2026-11-01
2,1,Dana,2026-11-20,Stay,Offer C,,superseded,2026-11-02
3,,sam ,2026-11-21,Raise,Offer E,,superseded,2026-11-02
4,1,Dana,2026-11-20,Stay,Offer B,,current,2026-11-03
5,,Sam,2026-11-20,Raise,Offer D,,current,2026-11-03" ]
	three "$b" "$t" "$o"
	merge batna.csv
	status_is 0
	[ "$(cat ours.csv)" = "$BATNA
1,1,Dana,2026-11-10,Stay,Offer A,,superseded,2026-11-01
2,1,Dana,2026-11-20,Stay,Offer B,,current,2026-11-03
3,,Sam,2026-11-20,Raise,Offer D,,current,2026-11-03
4,1,Dana,2026-11-20,Stay,Offer C,,superseded,2026-11-02
5,,sam ,2026-11-21,Raise,Offer E,,superseded,2026-11-02" ]
	no_markers
}
