#!/usr/bin/env bats
# career-list: any file of the store through the one filter language.

load helper

goals() {
	goal-add -q -k objective -d +5y "Become delivery director"
	goal-add -q -p 1 -d 2027-03-01 -m releases -t 2 "Lead the Q3 release, end to end"
	goal-add -q -p 1 -d 2027-06-30 "Run the architecture review"
	goal-add -q -d 2027-01-15 "Shadow the payments PM, then lead"
	goal-add -q "No date yet"
	goal-done 3
}

@test "field:value, comparisons, and words side by side must all match" {
	goals
	run career-list --ids goals status:open 'due<2027-05-01'
	status_is 0
	[ "$output" = "$(printf '2\n4')" ]
	run career-list --ids goals 'due>=2027-03-01'
	[ "$output" = "$(printf '1\n2\n3')" ]
	# An empty field is neither before nor after; field: matches it.
	run career-list --ids goals due:
	[ "$output" = 5 ]
	# != holds for an empty field: it is not that date.
	run career-list --ids goals 'due!=2027-03-01' status:open
	[ "$output" = "$(printf '1\n4\n5')" ]
	# Ids and references compare as numbers: 10 is after 9.
	run career-list --ids goals 'id>3'
	[ "$output" = "$(printf '4\n5')" ]
	run career-list --ids goals parent:01
	[ "$output" = "$(printf '2\n3')" ]
}

@test "dates are typed as the writers take them" {
	goals
	run career-list --ids goals 'due<+1y'
	[ "$output" = "$(printf '2\n3\n4')" ]
	run career-list --ids goals 'created:today'
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 5 ]
	run career-list goals 'due<2026-02-30'
	status_is 64
	output_has "due: 2026-02-30: not a date"
}

@test "text matches a part of it, case aside; /regex/ any text column; or and not" {
	goals
	followup-add -q -w "Dana Kim" -g 2 +2w "Monthly check-in"
	followup-add -q -w Maria +3d lunch
	run career-list --ids followups with:dana
	[ "$output" = 1 ]
	run career-list --ids goals /release/ or /PAYMENTS/
	[ "$output" = "$(printf '2\n4')" ]
	run career-list --ids goals not status:open
	[ "$output" = 3 ]
	run career-list --ids goals kind:objective or 'due<2027-02-01' not /payments/
	[ "$output" = 1 ]
	run career-list --ids followups /check-in/
	[ "$output" = 1 ]
}

@test "-s sorts by kind, - reverses, empty fields last; -n limits" {
	goals
	run career-list --ids -s due goals
	[ "$output" = "$(printf '4\n2\n3\n1\n5')" ]
	run career-list --ids -s -due goals
	[ "$output" = "$(printf '1\n3\n2\n4\n5')" ]
	run career-list --ids -s status,-id -n 3 goals
	[ "$output" = "$(printf '3\n5\n4')" ]
	run career-list --ids -n 2 goals
	[ "$output" = "$(printf '1\n2')" ]
	run career-list --ids -n 0 goals
	[ -z "$output" ]
}

@test "CSV in a pipe with every column but the private ones, which only batna-set shows" {
	goals
	batna-set -q -g 2 -w Dana -m "A written plan" -a "Move to the platform team"
	run career-list batna
	status_is 0
	[ "$(printf '%s\n' "$output" | head -1)" = "id,goal,with,date,status,created" ]
	[[ "$output" != *"written plan"* ]]
	[[ "$output" != *"platform team"* ]]
	run career-list goals status:done
	[ "$output" = "$(printf 'id,kind,title,measure,target,due,parent,status,agreed,created,updated,stretch\n3,goal,Run the architecture review,,,2027-06-30,1,done,,2026-11-23,2026-11-23,')" ]
	python3 -c 'import csv,sys; rows=list(csv.DictReader(sys.stdin)); assert rows[0]["title"] == "Lead the Q3 release, end to end", rows' \
	    <<<"$(career-list goals id:2)"
}

@test "a column added by hand filters and sorts as text" {
	goals
	sed -i '1s/$/,mentor/; 2,$s/$/,/' "$CAREER_DIR/goals.csv"
	sed -i '3s/,$/,Ann/' "$CAREER_DIR/goals.csv"
	run career-list --ids goals mentor:ann
	[ "$output" = 2 ]
}

@test "bad filters, files and stores are refused with their reason" {
	goals
	run career-list goals colour:blue
	status_is 64
	output_has "colour: unknown field"
	run career-list goals title
	status_is 64
	output_has "want field:value"
	run career-list goals '/[/'
	status_is 64
	output_has "not a regular expression"
	run career-list goals status:open or
	status_is 64
	run career-list goals 'id<x'
	status_is 64
	run career-list notes
	status_is 64
	output_has "notes: not a file of the store"
	run career-list -n -1 goals
	status_is 64
	run career-list
	status_is 64
	output_has "usage: career-list"
	printf 'id,title\n1,"broken\n' >"$CAREER_DIR/wins.csv"
	run career-list wins
	status_is 65
	output_has "wins.csv:2:"
}

@test "--json and --tsv carry every shown column for jq, awk and Python" {
	goals
	career-list --json goals status:open 'due<2027-05-01' |
	    python3 -c 'import json,sys; rows=json.load(sys.stdin); assert [r["id"] for r in rows] == ["2", "4"], rows; assert rows[1]["title"] == "Shadow the payments PM, then lead"'
	run career-list --tsv --no-header goals id:2
	[ "$(printf '%s\n' "$output" | awk -F '\t' '{ print $3 }')" = "Lead the Q3 release, end to end" ]
}

@test "goal-set and goal-done take several ids or a filter, all or nothing, and name what a filter changed" {
	goals
	run goal-set 2 4 agreed=today
	status_is 0
	[ -z "$output" ]
	[ "$(career-list --ids goals agreed:today)" = "$(printf '2\n4')" ]
	before=$(store_sum)
	run goal-set 2 9 target=3
	status_is 65
	[ "$(store_sum)" = "$before" ]
	run goal-set parent:1 status:open -- target=5 measure=reviews
	status_is 0
	[ "$output" = 2 ]
	[ "$(career-list --ids goals target:5 measure:reviews)" = 2 ]
	# A filter that matches nothing changes nothing, and says nothing.
	run goal-set parent:7 -- target=5
	status_is 0
	[ -z "$output" ]
	run goal-set status:open target=5
	status_is 64
	run goal-done 'due<2027-02-01' status:open
	status_is 0
	[ "$output" = 4 ]
	[ "$(career-list --ids goals status:done)" = "$(printf '3\n4')" ]
	run goal-done -x 1 5
	[ -z "$output" ]
	[ "$(career-list --ids goals status:dropped)" = "$(printf '1\n5')" ]
}

@test "each file of the store through a filter, the rows checked with jq and Python" {
	rm -rf "$CAREER_DIR"
	cp -r "$BATS_TEST_DIRNAME/../examples/career" "$CAREER_DIR"
	chmod 700 "$CAREER_DIR"
	chmod 600 "$CAREER_DIR"/*.csv
	while IFS='|' read -r file filter cond; do
		# shellcheck disable=SC2086 # a filter is words
		json=$(career-list --json "$file" $filter)
		# Every row the filter keeps meets it, and at least one is kept.
		jq -e "length > 0 and all(.[]; $cond)" <<<"$json" >/dev/null ||
		    { echo "$file $filter: $json"; false; }
		# jq and Python's csv read the same rows from --json and CSV.
		# shellcheck disable=SC2086
		n=$(career-list --csv "$file" $filter | python3 -c 'import csv,sys; print(len(list(csv.DictReader(sys.stdin))))')
		[ "$n" = "$(jq length <<<"$json")" ] || { echo "$file: $n rows in CSV"; false; }
		# A word and "not" the word split the file between them.
		[[ $filter == *" "* ]] && continue
		all=$(career-list --json "$file" | jq length)
		other=$(career-list --json "$file" not "$filter" | jq length)
		[ "$((n + other))" = "$all" ] || { echo "$file: $n + $other != $all"; false; }
	done <<'LIST'
goals|status:open kind:goal|.status == "open" and .kind == "goal"
feedback|relation:mentor|.relation == "mentor"
gaps|/meeting/|(.statement + .why1 + .why2 + .why3 + .action) | test("meeting"; "i")
checks|status:active gap:1|.status == "active" and .gap == "1"
meetings|answer:yes|.answer == "yes"
batna|status:current|.status == "current" and (has("minimum") | not)
followups|with:dana|.with | test("dana"; "i")
progress|value>=3|(.value | tonumber) >= 3
wins|date<2026-10-01|.date < "2026-10-01"
LIST
}
