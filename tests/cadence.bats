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

# One cadence rule: followup-done's dates, the rule career-ics exports
# (expanded by python-dateutil, as calendars do) and the rule the man
# pages state (the anchor day, clamped to the month's end) must agree.

load helper

# The due date of the one open follow-up.
open_due() {
	followup-add -l --csv --no-header | cut -d, -f4
}

# series ANCHOR EVERY N: a follow-up first due on ANCHOR that recurs
# EVERY, done on each due date N-1 times.  Writes followup-done's dates,
# one a line, to $dir/dates and the feed of each open one to $dir/feed.K,
# in a store of its own.
series() {
	local id due k
	dir=$BATS_TEST_TMPDIR/$1-$2
	mkdir -p "$dir"
	CAREER_DIR=$dir/store
	id=$(followup-add -e "$2" -w Sam "$1")
	for ((k = 1; k <= $3; k++)); do
		due=$(open_due)
		echo "$due" >>"$dir/dates"
		career-ics >"$dir/feed.$k"
		[ "$k" -lt "$3" ] || break
		id=$(CAREER_TODAY=$due followup-done "$id")
	done
}

# check ANCHOR EVERY N: followup-done's dates are the rule's, and the
# feed of each one, expanded to the end, gives the rest of them.
check() {
	series "$@"
	/usr/bin/python3 - "$dir" "$@" <<-'PY'
	import calendar, datetime, sys
	import icalendar
	from dateutil.rrule import rrulestr
	dir, anchor, every, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
	a = datetime.date.fromisoformat(anchor)
	step, unit = int(every[:-1]), every[-1]

	def rule(k):
	    """The anchor plus k cadences, clamped to the month's end."""
	    if unit in "dw":
	        return a + datetime.timedelta(days=k * step * (7 if unit == "w" else 1))
	    months = k * step * (12 if unit == "y" else 1)
	    y, m = divmod(a.year * 12 + a.month - 1 + months, 12)
	    return datetime.date(y, m + 1, min(a.day, calendar.monthrange(y, m + 1)[1]))

	want = [rule(k) for k in range(n)]
	got = [datetime.date.fromisoformat(l.strip()) for l in open(dir + "/dates")]
	bad = 0
	if got != want:
	    print("followup-done:", *got, "\nthe rule:     ", *want)
	    bad = 1
	for k in range(1, n + 1):
	    cal = icalendar.Calendar.from_ical(open("%s/feed.%d" % (dir, k), "rb").read())
	    ev, = cal.walk("VEVENT")
	    start = ev["DTSTART"].dt
	    rr = ev["RRULE"].to_ical().decode()
	    dates = [d.date() for d in rrulestr(rr, dtstart=datetime.datetime(
	        start.year, start.month, start.day)).xafter(
	        datetime.datetime(1, 1, 1), count=n - k + 1, inc=True)]
	    if dates != want[k - 1:]:
	        print("feed %d: DTSTART %s RRULE:%s gives" % (k, start, rr), *dates[:4],
	              "\nthe rule gives", *want[k - 1:k + 3])
	        bad = 1
	        break
	sys.exit(bad)
	PY
}

@test "monthly from the 28th to the 31st: the anchor day, clamped, then back" {
	/usr/bin/python3 -c 'import dateutil, icalendar' ||
	    skip "python3-dateutil and python3-icalendar are not installed"
	for d in 28 29 30 31; do
		check "2027-01-$d" 1m 36
	done
}

@test "January 31: February 28, March 31, April 30, as followup-done(1) says" {
	followup-add -q -e 1m -w Sam 2027-01-31
	for want in 2027-02-28 2027-03-31 2027-04-30 2027-05-31; do
		CAREER_TODAY=$(open_due) followup-done -q "$(followup-add -l --ids)"
		[ "$(open_due)" = "$want" ]
	done
	[ "$(followup-add -l --ids)" -eq 5 ]
}

@test "February 29 yearly: February 28 in other years, 29 in leap years" {
	/usr/bin/python3 -c 'import dateutil, icalendar' ||
	    skip "python3-dateutil and python3-icalendar are not installed"
	check 2028-02-29 1y 36
	# 2100 is not a leap year, 2400 is.
	check 2028-02-29 4y 36
	check 2028-02-29 1m 36
}

@test "other intervals: every 2, 3 and 12 months, 2 years, 2 weeks, 10 days" {
	/usr/bin/python3 -c 'import dateutil, icalendar' ||
	    skip "python3-dateutil and python3-icalendar are not installed"
	check 2027-03-31 2m 36
	check 2027-08-31 3m 36
	check 2027-05-30 12m 36
	check 2027-01-29 2y 36
	check 2027-01-31 2w 36
	check 2027-01-31 10d 36
}

@test "calcurse imports a feed and shows followup-done's dates" {
	command -v calcurse >/dev/null || skip "calcurse is not installed"
	# calcurse 4.7 ignores BYSETPOS, which the 29th and 30th need.
	for s in "2027-01-31 1m" "2027-03-31 2m" "2027-08-31 3m" \
	    "2028-02-29 1y" "2027-01-28 1m" "2027-01-15 1m" "2027-01-31 2w"; do
		set -- $s
		series "$1" "$2" 36
		from=$(echo "$1" | sed 's|\(....\)-\(..\)-\(..\)|\2/\3/\1|')
		to=$(tail -n 1 "$dir/dates" | sed 's|\(....\)-\(..\)-\(..\)|\2/\3/\1|')
		mkdir "$dir/calcurse"
		calcurse -D "$dir/calcurse" -i "$dir/feed.1" >/dev/null
		calcurse -D "$dir/calcurse" -Q --from "$from" --to "$to" |
		    sed -n 's|^\(..\)/\(..\)/\(..\):$|20\3-\1-\2|p' >"$dir/calcurse.dates"
		diff "$dir/dates" "$dir/calcurse.dates"
	done
}

@test "done early, late or far behind, from any day: always the rule's next date" {
	command -v /usr/bin/python3 >/dev/null || skip "python3 is not installed"
	# Seeded: anchors over two years, cadences, and the day each is done
	# (up to 40 days early, up to 400 late); the dates the rule gives.
	/usr/bin/python3 - >"$BATS_TEST_TMPDIR/plan" <<-'PY'
	import calendar, datetime, random
	rnd = random.Random(14)
	def add(a, every, k):
	    n, u = int(every[:-1]), every[-1]
	    if u in "dw":
	        return a + datetime.timedelta(days=k * n * (7 if u == "w" else 1))
	    y, m = divmod(a.year * 12 + a.month - 1 + k * n * (12 if u == "y" else 1), 12)
	    return datetime.date(y, m + 1, min(a.day, calendar.monthrange(y, m + 1)[1]))
	for s in range(40):
	    a = datetime.date(2027, 1, 1) + datetime.timedelta(days=rnd.randrange(731))
	    every = rnd.choice(["1m", "1m", "2m", "3m", "5m", "1y", "2y", "2w", "10d"])
	    due, steps = a, []
	    for i in range(6):
	        today = due + datetime.timedelta(days=rnd.randint(-40, 400))
	        after = max(due, today)
	        k = 0
	        while add(a, every, k) <= after:
	            k += 1
	        due = add(a, every, k)
	        steps.append("%s:%s" % (today, due))
	    print(a, every, *steps)
	PY
	[ "$(wc -l <"$BATS_TEST_TMPDIR/plan")" -eq 40 ]
	while read -r anchor every steps; do
		id=$(followup-add -e "$every" -w Sam "$anchor")
		for step in $steps; do
			id=$(CAREER_TODAY=${step%:*} followup-done "$id")
			due=$(awk -F, -v id="$id" '$1 == id { print $4 }' "$CAREER_DIR/followups.csv")
			[ "$due" = "${step#*:}" ] || {
				echo "from $anchor every $every, done ${step%:*}: $due, want ${step#*:}"
				return 1
			}
		done
	done <"$BATS_TEST_TMPDIR/plan"
}
