#!/usr/bin/env bats
# goal-add: adding objectives and goals to goals.csv.

load helper

@test "goal-add prints the new id and ids count up" {
	run goal-add -k objective -d +5y "COO in 5 years"
	status_is 0
	[ "$output" = 1 ]
	run goal-add -p 1 "Lead the Q3 release"
	[ "$output" = 2 ]
	run goal-add -q "Quiet one"
	status_is 0
	[ -z "$output" ]
	[ "$(goal-list --ids)" = "$(printf '1\n2\n3')" ]
}

@test "goal-add refuses an impossible date and takes a leap day" {
	run goal-add -d 2026-02-30 x
	status_is 65
	output_has "2026-02-30"
	[ ! -e "$CAREER_DIR/goals.csv" ]
	run goal-add -d 2028-02-29 x
	status_is 0
	run goal-list --csv
	output_has ",2028-02-29,"
}
