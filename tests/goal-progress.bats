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

# goal-progress, and goal-list --progress: measured values against the
# target and the stretch target.

load helper

# Goal 1 chairs 24 reviews (30 as a stretch); goal 2 has a target that is
# not a number; goal 3 has none.
goals() {
	goal-add -q -m "reviews chaired" -t 24 -d 2027-06-30 "Chair the reviews"
	goal-set 1 stretch=30
	goal-add -q -m "release time" -t "4 hours" "Cut release time"
	goal-add -q "Speak up"
}

@test "goal-progress prints the new id and writes every field" {
	goals
	run goal-progress 1 6
	status_is 0
	[ "$output" = 1 ]
	run goal-progress -q -d 2026-11-01 1 2.5 first month, '"quoted"'
	status_is 0
	[ -z "$output" ]
	run goal-progress 3 -- -2 fewer
	[ "$output" = 3 ]
	[ "$(cat "$CAREER_DIR/progress.csv")" = 'id,goal,date,value,note,created
1,1,2026-11-23,6,,2026-11-23
2,1,2026-11-01,2.5,"first month, ""quoted""",2026-11-23
3,3,2026-11-23,-2,fewer,2026-11-23' ]
	[ "$(stat -c %a "$CAREER_DIR/progress.csv")" = 600 ]
}

@test "goal-progress -l lists, filters by goal, and prints ids" {
	goals
	goal-progress -q 1 6
	goal-progress -q 2 3
	goal-progress -q 1 9 later
	run goal-progress -l --ids
	[ "$output" = "$(printf '1\n2\n3')" ]
	run goal-progress -l 1 --ids
	[ "$output" = "$(printf '1\n3')" ]
	run goal-progress -l 2 --csv
	[ "${lines[0]}" = "id,goal,date,value,note,created" ]
	[ "${lines[1]}" = "2,2,2026-11-23,3,,2026-11-23" ]
	[ "${#lines[@]}" -eq 2 ]
	run goal-progress -l --table
	[ "${lines[0]}" = "id  date        goal  value  note" ]
	[ "${lines[3]}" = "3   2026-11-23  1     9      later" ]
	run goal-progress -l 7
	status_is 65
	output_has "goal 7: no such goal"
}

@test "a missing progress.csv is an empty list and no progress" {
	goals
	run goal-progress -l --ids
	status_is 0
	[ -z "$output" ]
	run goal-list --progress --csv
	status_is 0
	[ "${lines[1]}" = "1,goal,Chair the reviews,reviews chaired,24,2027-06-30,,open,,2026-11-23,2026-11-23,30,,," ]
	[ ! -e "$CAREER_DIR/progress.csv" ]
}

@test "goal-progress --safe quotes a negative value in CSV only" {
	goals
	goal-progress -q 1 -- -3
	[ "$(goal-progress -l --csv --safe | tail -1)" = "1,1,2026-11-23,'-3,,2026-11-23" ]
	[ "$(goal-progress -l --csv | tail -1)" = "1,1,2026-11-23,-3,,2026-11-23" ]
}

@test "an unknown goal is refused and nothing is written" {
	goals
	goal-progress -q 1 6
	before=$(store_sum)
	run goal-progress 9 6
	status_is 65
	output_has "goal-progress: goal 9: no such goal"
	run goal-progress x 6
	status_is 64
	output_has "x: not an id"
	run goal-progress 0 6
	status_is 64
	[ "$(store_sum)" = "$before" ]
}

@test "a value that is not a number is refused and nothing is written" {
	goals
	goal-progress -q 1 6
	before=$(store_sum)
	for v in x 1e3 0x10 inf nan " 3" "3 " 3. .5 1,000 12% +3 - -- "" \
	    1234567890123456 1.1234567; do
		run goal-progress 1 -- "$v"
		[ "$status" -eq 65 ] || { echo "'$v': $status $output"; false; }
		case $output in *"not a number"*) ;; *) echo "'$v': $output"; false ;; esac
	done
	# At the limits of the form.
	goal-progress -q 1 123456789012345
	goal-progress -q 1 0.123456
	[ "$(goal-progress -l --ids | wc -l)" -eq 3 ]
}

@test "an impossible date is refused and nothing is written" {
	goals
	goal-progress -q 1 6
	before=$(store_sum)
	run goal-progress -d 2026-02-30 1 7
	status_is 65
	output_has "2026-02-30"
	run goal-progress -d soon 1 7
	status_is 65
	[ "$(store_sum)" = "$before" ]
}

@test "wrong invocations exit 64 with the usage" {
	for args in "" "1" "-l 1 2" "-l -q" "-l -d today" "--ids 1 2" \
	    "--csv 1 2" "--safe 1 2" "-x"; do
		run goal-progress $args
		[ "$status" -eq 64 ] || { echo "$args: $status"; false; }
		case "$output" in *"usage: goal-progress"*) ;; *) echo "$args: $output"; false ;; esac
	done
	[ ! -e "$CAREER_DIR/progress.csv" ]
	run goal-progress -h
	status_is 0
	output_has "usage: goal-progress"
}

@test "a malformed progress.csv is named with its line and left alone" {
	goals
	goal-progress -q 1 6
	printf '2,1,"2026-11-23,7,,2026-11-23\n' >>"$CAREER_DIR/progress.csv"
	before=$(store_sum)
	run goal-progress 1 8
	status_is 65
	output_has "progress.csv:3:"
	run goal-progress -l
	status_is 65
	run goal-list --progress
	status_is 65
	output_has "progress.csv:3:"
	[ "$(store_sum)" = "$before" ]
}

@test "goal-list --progress: the latest value by date, then by id" {
	goals
	goal-progress -q -d 2026-11-10 1 18
	goal-progress -q -d 2026-11-01 1 20	# measured earlier, added later
	goal-progress -q -d 2026-11-10 1 12	# same day, added last: wins
	goal-progress -q -d 2026-10-01 1 2
	run goal-list --progress --csv
	[ "${lines[0]}" = "id,kind,title,measure,target,due,parent,status,agreed,created,updated,stretch,value,percent,stretch_percent" ]
	[ "${lines[1]}" = "1,goal,Chair the reviews,reviews chaired,24,2027-06-30,,open,,2026-11-23,2026-11-23,30,12,50,40" ]
}

@test "goal-list --progress: percentages, bars, and none without a number" {
	goals
	goal-add -q -t 0 "Zero target"
	goal-add -q -t 2 "Past the target"
	goal-set 5 stretch="lots"
	goal-progress -q 1 18
	goal-progress -q 2 5
	goal-progress -q 4 3
	goal-progress -q 5 3
	run goal-list --progress --table
	status_is 0
	[ "${lines[0]}" = "id  status  due         value  target   progress           stretch  stretch%  title" ]
	[ "${lines[1]}" = "1   open    2027-06-30  18     24       [#######...]  75%  30       60%       Chair the reviews" ]
	[ "${lines[2]}" = "2   open                5      4 hours                                        Cut release time" ]
	[ "${lines[3]}" = "3   open                                                                      Speak up" ]
	[ "${lines[4]}" = "4   open                3      0                                              Zero target" ]
	[ "${lines[5]}" = "5   open                3      2        [##########] 150%  lots               Past the target" ]
	run goal-list --progress --csv
	[ "${lines[2]}" = "2,goal,Cut release time,release time,4 hours,,,open,,2026-11-23,2026-11-23,,5,," ]
	[ "${lines[5]}" = "5,goal,Past the target,,2,,,open,,2026-11-23,2026-11-23,lots,3,150," ]
}

@test "goal-list --progress rounds, keeps the filters, and a column added by hand" {
	goals
	goal-progress -q 1 1
	goal-progress -q 3 1
	goal-set 3 target=3
	goal-done 3
	sed -i '1s/$/,result/; 2,$s/$/,x/' "$CAREER_DIR/goals.csv"
	run goal-list --progress --csv
	[ "${lines[0]}" = "id,kind,title,measure,target,due,parent,status,agreed,created,updated,stretch,result,value,percent,stretch_percent" ]
	# 1/24 is 4.17%, 1/30 is 3.33%.
	[ "${lines[1]}" = "1,goal,Chair the reviews,reviews chaired,24,2027-06-30,,open,,2026-11-23,2026-11-23,30,x,1,4,3" ]
	[ "${#lines[@]}" -eq 3 ]
	run goal-list --progress --all --csv
	[ "${lines[3]}" = "3,goal,Speak up,,3,,,done,,2026-11-23,2026-11-23,,x,1,33," ]
	[ "$(goal-list --progress --ids)" = "$(printf '1\n2')" ]
	[ "$(goal-list --progress --done --table | tail -1)" = "3   done         1      3       [###.......]  33%                     Speak up" ]
}

@test "goal-list --progress needs no progress.csv written, and writes nothing" {
	goals
	goal-progress -q 1 6
	before=$(store_sum)
	goal-list --progress >/dev/null
	goal-list --progress --table >/dev/null
	[ "$(store_sum)" = "$before" ]
}
