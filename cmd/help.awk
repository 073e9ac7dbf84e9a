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

# help.awk: write help.c, the options each command's --help lists, from
# the option items of man/NAME.1 (".It Fl ..."): the item as it is typed,
# then the first sentence that explains it.  The pages stay the one
# place an option is described.
#
#	awk -f cmd/help.awk man/*.1 >help.c

# The words of a line of mdoc, as they print: macros go, Ns glues, \- is
# -, Xr is name(section), Pq, Dq and Ql enclose the rest of the line (up
# to a closing punctuation mark, as mdoc has it).
function words(s,	n, w, i, out, glue, flag, t, shut)
{
	n = split(s, w, /[ \t]+/)
	out = ""
	shut = ""
	glue = 1
	for (i = 1; i <= n; i++) {
		t = w[i]
		if (t == "")
			continue
		if (t == "Ns") {
			glue = 1
			continue
		}
		if (t == "Fl") {
			flag = 1
			continue
		}
		if (t == "Xr" && i + 2 <= n) {
			t = w[i + 1] "(" w[i + 2] ")"
			i += 2
		} else if (t ~ /^(Pq|Dq|Ql|Sq)$/) {
			out = out (glue ? "" : " ") (t == "Pq" ? "(" : "\"")
			shut = (t == "Pq" ? ")" : "\"") shut
			glue = 1
			continue
		} else if (t ~ /^(It|Ar|Cm|Li|Va|Pa|Ev|Sy|Em|Op|Nm|Ic|Ms|No|Sx)$/)
			continue
		gsub(/\\&/, "", t)
		gsub(/\\-/, "-", t)
		gsub(/\\e/, "\\", t)
		gsub(/\\\(aq/, "'", t)
		if (flag)
			t = "-" t
		flag = 0
		if (t ~ /^[,.;:)]$/) {
			out = out shut t
			shut = ""
		} else if (glue)
			out = out t
		else
			out = out " " t
		glue = 0
	}
	return out shut
}

# s as a C string literal.
function cstr(s)
{
	gsub(/[\\"]/, "\\\\&", s)
	gsub(/\n/, "\\n", s)
	return "\"" s "\""
}

# The item being read: its head and the first sentence of its text.
function flush()
{
	if (head == "")
		return
	if (match(text, /\. /))
		text = substr(text, 1, RSTART)
	help[name] = help[name] "  " head "\n" "        " text "\n"
	head = ""
}

FNR == 1 {
	flush()
	name = FILENAME
	sub(/.*\//, "", name)
	sub(/\.1$/, "", name)
	names[++nnames] = name
	initem = 0
}

/^\.It Fl / {
	flush()
	head = words(substr($0, 5))
	text = ""
	initem = 1
	next
}

/^\.(It|El|Sh|Ss|Pp|Bl|Bd|Dl)( |$)/ {
	flush()
	initem = 0
	next
}

initem && !/^\.\\"/ {
	line = $0
	if (line ~ /^\./)
		line = words(substr(line, 2))
	else
		line = words(line)
	text = text (text == "" ? "" : " ") line
}

END {
	flush()
	print "/* Written by cmd/help.awk from the pages in man/: do not edit. */"
	print "#include \"core.h\""
	print ""
	print "const struct career_help career_helps[] = {"
	for (i = 1; i <= nnames; i++)
		if (names[i] in help)
			print "\t{ " cstr(names[i]) ", " cstr(help[names[i]]) " },"
	print "\t{ NULL, NULL }"
	print "};"
}
