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

# commands.awk: write commands.h, the front door's table of commands, from
# cmd/career.steps (the step of each command, in order), cmds (the
# commands make found in cmd/, blank-separated) and the .Nd line of each
# man/NAME.1 (its description).
#
#	awk -v cmds="$(CMDS)" -f cmd/commands.awk cmd/career.steps >commands.h
#
# Every disagreement is an error, all of them reported before the exit:
# a command of cmd/ that has no step, a name with no command, a command
# without a page.  career is the front door itself, and "commands" its
# own word.

function fail(msg)
{
	print "commands.awk: " msg >"/dev/stderr"
	bad = 1
}

# s as a C string literal; mdoc's \& goes, \- and \e are what they print.
function cstr(s)
{
	gsub(/\\&/, "", s)
	gsub(/\\-/, "-", s)
	gsub(/\\e/, "\\", s)
	gsub(/[\\"]/, "\\\\&", s)
	return "\"" s "\""
}

# The text of the .Nd line of command c's page, or "" (reported).
function description(c,    page, line, d, r)
{
	page = "man/" c ".1"
	d = ""
	while ((r = getline line <page) > 0)
		if (line ~ /^\.Nd /) {
			d = substr(line, 5)
			break
		}
	close(page)
	if (r < 0)
		fail(page ": no page for " c)
	else if (d == "")
		fail(page ": no .Nd line")
	return d
}

BEGIN {
	nsteps = ncmds = 0
	n = split(cmds, c, " ")
	for (i = 1; i <= n; i++)
		if (c[i] != "career")
			incmd[c[i]] = 1
}

/^#/ || /^[ \t]*$/ {
	next
}

/^step / {
	title[nsteps++] = substr($0, 6)
	next
}

{
	where = FILENAME ":" FNR ": "
	if (NF != 1 || $1 !~ /^[a-z][a-z0-9-]*$/)
		fail(where "not a command name: " $0)
	else if (nsteps == 0)
		fail(where $1 " comes before any step")
	else if ($1 in seen)
		fail(where $1 " is listed twice")
	else if ($1 == "career" || $1 == "commands")
		fail(where $1 " is the front door's own")
	else if (!($1 in incmd))
		fail(where $1 " is not a command: no cmd/" $1 ".c or cmd/" $1 "/")
	else {
		seen[$1] = 1
		name[ncmds] = $1
		step[ncmds] = nsteps - 1
		descr[ncmds++] = description($1)
	}
}

END {
	for (i = 1; i <= n; i++)
		if ((c[i] in incmd) && !(c[i] in seen))
			fail(c[i] " has no step: add it to " FILENAME)
	if (bad)
		exit 1
	print "/* commands.h: written by make from " FILENAME ", cmd/ and man/. */"
	print ""
	print "static const char *const career_steps[] = {"
	for (i = 0; i < nsteps; i++)
		print "\t" cstr(title[i]) ","
	print "};"
	print ""
	print "static const struct command {"
	print "\tconst char *name;"
	print "\tint step;\t\t/* an index of career_steps */"
	print "\tconst char *descr;\t/* the .Nd line of its page */"
	print "} career_commands[] = {"
	for (i = 0; i < ncmds; i++)
		printf "\t{ %s, %d, %s },\n", cstr(name[i]), step[i],
		    cstr(descr[i])
	print "};"
}
