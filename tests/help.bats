#!/usr/bin/env bats
# --help: the synopsis, then each option as the page describes it, and
# for the setters the fields they take, from the schema.

load helper
load commands

ROOT="$BATS_TEST_DIRNAME/.."

# The options of page $1's option items (.It Fl ...), one a line.
page_options() {
	grep '^\.It Fl ' "$1" | sed 's/\\-/-/g' |
	    grep -oE 'Fl -?[A-Za-z0-9][A-Za-z0-9-]*' | sed 's/^Fl /-/' | sort -u
}

@test "every --help lists each option its page describes, and exits 0" {
	fails=
	for c in $(commands); do
		[ "$c" = career ] && continue	# the front door's words are its commands'
		run "$c" --help
		[ "$status" -eq 0 ] || fails="$fails
$c --help: exit $status"
		for o in $(page_options "$ROOT/man/$c.1"); do
			grep -qE -- "(^|[ ,])$o([ ,=]|\$)" <<<"$output" ||
			    fails="$fails
$c --help lacks $o"
		done
	done
	[ -z "$fails" ] || { echo "$fails"; false; }
}

@test "a wrong invocation prints the synopsis alone on stderr and exits 64" {
	run goal-add --bogus
	status_is 64
	output_has "usage: goal-add"
	[[ "$output" != *"options:"* ]]
	[ -z "$(goal-add --bogus 2>/dev/null)" ]
}

@test "goal-set and the editors list the fields they take, with their kinds" {
	run goal-set --help
	status_is 0
	output_has "fields of goals.csv:"
	output_has "kind         word, required: objective|goal|stretch"
	output_has "parent       ref: an id of goals.csv whose kind is objective"
	for f in $(career fields goals | awk -F '\t' '$3 != "id" && $4 !~ /auto/ { print $2 }'); do
		grep -qE "^  $f " <<<"$output" || { echo "no $f"; false; }
	done
	[[ "$output" != *"  updated "* ]]
	run followup-edit -h
	output_has "every        cadence"
	run gap-edit -h
	output_has "statement    text, required"
}
