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

# career.bash: bash completion for the career commands.
# shellcheck shell=bash
#
# Installed once under each command's name, so that bash-completion's
# loader finds it whichever command comes first; sourcing it under any of
# those names registers all of them.  Record ids come from the commands'
# own --ids listings, one process per completion, so a large store stays
# quick.  Nothing here needs the bash-completion package.

# spec: the options of command $1, as short/long=type (short may be
# empty; =type only for options that take a value; the types are those
# of _career_values).  args: the types of the operands, in order; the
# last one repeats if it ends in "...".  Keep in step with cmd/*.c.
_career_spec()
{
	local std=(h/help /version) out=(/ids /csv /table /tsv /json /jsonl
	    /safe /no-header)

	args=()
	case $1 in
	goal-add)
		spec=(q/quiet k/kind=goals.kind m/measure=text t/target=text
		    d/due=date p/parent=objective) ;;
	goal-list)
		spec=(/open /done /all k/kind=goals.kind p/parent=objective
		    /due-before=date /overdue /progress "${out[@]}") ;;
	goal-set)
		spec=()
		args=(goal field...) ;;
	goal-done)
		spec=(x/drop)
		args=(opengoal...) ;;
	goal-edit)
		spec=(r/resume d/discard)
		args=(goal) ;;
	goal-show)
		spec=(b/batna /csv /tsv /json /jsonl /safe /no-header)
		args=(goal...) ;;
	gap-edit)
		spec=(r/resume d/discard)
		args=(gap) ;;
	followup-edit)
		spec=(r/resume d/discard)
		args=(followup) ;;
	goal-progress)
		spec=(q/quiet d/date=date l/list "${out[@]}")
		args=(goal text...) ;;
	feedback-log)
		spec=(q/quiet d/date=date g/goal=goal r/relation=feedback.relation
		    l/list "${out[@]}")
		args=(person text...) ;;
	gap-log)
		spec=(q/quiet g/goal=goal s/source=feedback w/why=text
		    a/action=text c/check=text C/add-check=gap x/close=gap
		    l/list L/questions /all "${out[@]}") ;;
	meeting-check)
		spec=(q/quiet d/date=date y/yes=question n/no=question
		    a/answers=text r/report /since=date /all "${out[@]}") ;;
	batna-set)
		spec=(q/quiet g/goal=goal w/with=person d/date=date
		    m/minimum=text a/alternative=text b/backup=text l/list
		    "${out[@]}") ;;
	smart-review)
		spec=(q/quiet)
		args=(goal...) ;;
	followup-add)
		spec=(q/quiet g/goal=goal e/every=every w/with=person
		    N/negotiation l/list /all "${out[@]}")
		args=(date text...) ;;
	followup-due)
		spec=(a/ahead=days "${out[@]}") ;;
	followup-done)
		spec=(q/quiet)
		args=(followup text...) ;;
	win-log)
		spec=(q/quiet g/goal=goal d/date=date m/metric=text l/list
		    "${out[@]}") ;;
	resume-bullets)
		spec=(/since=date g/goal=goal /markdown) ;;
	agenda)
		spec=(w/with=person /since=date) ;;
	person-add)
		spec=(q/quiet a/alias=text r/relation=people.relation n/note=text)
		args=(text...) ;;
	person-list)
		spec=(r/relation=people.relation /names "${out[@]}") ;;
	journey-map)
		spec=(o/output=file /text) ;;
	career-list)
		spec=(s/sort=text n/count=text "${out[@]}")
		args=(storefile filter...) ;;
	career-check)
		spec=(q/quiet) ;;
	career-git)
		# Everything after the git command is git's.
		spec=()
		args=(git text...) ;;
	career-ics)
		spec=(o/output=file) ;;
	career-undo)
		spec=(d/dry-run f/force n/count=text) ;;
	career-log)
		# The listing options, but --ids: a write has no id.
		spec=(n/count=text "${out[@]:1}") ;;
	career-rm)
		spec=(n/dry-run r/recursive v/verbose)
		args=(storefile record...) ;;
	career-edit)
		spec=(r/resume d/discard)
		args=(storefile record) ;;
	career-merge)
		spec=(q/quiet s/store)
		args=(file file file file) ;;
	*)
		spec=() ;;
	esac
	spec+=("${std[@]}")
}

# Find option $2 (a letter if $1 is "short", else a long name or a
# unique abbreviation of one, as getopt_long takes it) in spec.  Sets
# otype to the type of its value, empty if it takes none; fails if there
# is no such option.
_career_find()
{
	local e name hit=''

	otype=
	for e in "${spec[@]}"; do
		name=${e#*/}
		name=${name%%=*}
		if [[ $1 == short && ${e%%/*} == "$2" ]] ||
		    [[ $1 == long && $name == "$2" ]]; then
			hit=$e
			break
		fi
		if [[ $1 == long && $name == "$2"* ]]; then
			[[ -n $hit ]] && return 1	# ambiguous
			hit=$e
		fi
	done
	[[ -n $hit ]] || return 1
	[[ $hit == *=* ]] && otype=${hit#*=}
	return 0
}

# Run the career command $1 (the one beside the command being completed
# when that was typed with a directory, else the one in PATH), quietly: a
# store that does not parse completes nothing.
_career_run()
{
	local dir=''

	[[ $prog == */* ]] && dir=${prog%/*}/
	"${dir/#\~\//$HOME/}$1" "${@:2}" </dev/null 2>/dev/null || :
}

# The columns of file $1 ("goals") as the schema declares them, a line
# each: file, name, kind, flags, words or the file referred to.
_career_schema()
{
	_career_run career fields ${1:+"$1"}
}

# The type of column $1 ("goals.kind") for _career_values, from its kind
# in the schema: a date, a cadence, the ids it refers to, or its words.
_career_coltype()
{
	local f name kind flags values

	ctype=
	while IFS=$'\t' read -r f name kind flags values; do
		[[ $name == "${1#*.}" ]] || continue
		case $kind:$values in
		word:*) ctype="words:$values" ;;
		date:*) ctype="date" ;;
		cadence:*) ctype=every ;;
		ref:goals.csv:kind=objective) ctype=objective ;;
		ref:goals.csv*) ctype=goal ;;
		ref:feedback.csv*) ctype=feedback ;;
		ref:gaps.csv*) ctype=gap ;;
		ref:checks.csv*) ctype=question ;;
		ref:followups.csv*) ctype=followup ;;
		esac
	done < <(_career_schema "${1%%.*}")
}

# The fields goal-set takes: the schema's columns of goals.csv but the id
# and those set by the tools, and any column added by hand (the header).
_career_fields()
{
	local file=${CAREER_DIR:-$HOME/.career}/goals.csv line f name kind
	local flags values cols=()

	fields=
	while IFS=$'\t' read -r f name kind flags values; do
		[[ $kind == id || $flags == *auto* ]] || fields+=" $name"
	done < <(_career_schema goals)
	if [[ -r $file ]] && IFS= read -r line <"$file"; then
		IFS=, read -ra cols <<<"${line%$'\r'}"
		for f in "${cols[@]}"; do
			f=${f//\"/}
			case " id created updated $fields " in
			*" $f "*) ;;
			*) fields+=" $f" ;;
			esac
		done
	fi
}

# The names of the people that start with $1, case aside, from their own
# listing (one a line, so a name may hold blanks), each quoted for the
# shell after $2.  What was typed is read without its quoting.
_career_people()
{
	local name typed=${1//\\/}

	typed=${typed#[\"\']}
	while IFS= read -r name; do
		[[ ${name,,} == "${typed,,}"* ]] &&
		    COMPREPLY+=("$2$(printf '%q' "$name")")
	done < <(_career_run person-list --names)
	return 0
}

# Complete $2, the value of something of type $1; every candidate starts
# with $3.  A type FILE.COLUMN is that column's, as the schema says.
_career_values()
{
	local list='' fields ctype

	if [[ $1 == *.* ]]; then
		_career_coltype "$1"
		set -- "$ctype" "$2" "$3"
	fi
	case $1 in
	words:*) list=${1#words:} ;;
	date) list="today tomorrow friday eom +1w +2w +1m +3m +6m +1y" ;;
	every) list="1w 2w 1m 3m" ;;
	git) list="init status log show diff push pull fetch remote clone sync conflicts" ;;
	goal) list=$(_career_run goal-list --all --ids) ;;
	opengoal) list=$(_career_run goal-list --open --ids) ;;
	objective) list=$(_career_run goal-list --all -k objective --ids) ;;
	feedback) list=$(_career_run feedback-log -l --ids) ;;
	gap) list=$(_career_run gap-log -l --ids) ;;
	question) list=$(_career_run gap-log -L --ids) ;;
	followup) list=$(_career_run followup-add -l --ids) ;;
	person)
		_career_people "$2" "$3"
		return 0 ;;
	storefile)
		list=$(_career_schema "" | cut -f1 | uniq | sed 's/\.csv$//') ;;
	record)
		# The ids of the file named first, those on the line left out.
		list=$(_career_run career-list "$first" --ids |
		    grep -vxF -f <(printf '%s\n' "${words[@]:2:cword-2}")) ;;
	filter)
		_career_filter "$2"
		return 0 ;;
	file)
		compopt -o filenames 2>/dev/null || :
		mapfile -t COMPREPLY < <(compgen -f -- "$2")
		return 0 ;;
	field)
		if [[ $2 == *=* ]]; then
			_career_eqvalue "goals.${2%%=*}" "$2"
			return 0
		fi
		_career_fields
		mapfile -t COMPREPLY < <(compgen -S = -W "$fields" -- "$2")
		# The value follows the "=": no blank after it.
		compopt -o nospace 2>/dev/null || :
		return 0 ;;
	*) return 0 ;;
	esac
	mapfile -t COMPREPLY < <(compgen -P "$3" -W "$list" -- "$2")
}

# A word of career-list's filter on file $first: a field and ":", then
# the values of that field by its kind; or "or", "not".
_career_filter()
{
	local f name kind flags values fields='' pre ctype

	if [[ $1 == *:* ]]; then
		pre=${1%%:*}:
		[[ $COMP_WORDBREAKS == *:* ]] && pre=
		_career_coltype "${first%.csv}.${1%%:*}"
		_career_values "$ctype" "${1#*:}" "$pre"
		return 0
	fi
	while IFS=$'\t' read -r f name kind flags values; do
		fields+=" $name"
	done < <(_career_schema "${first%.csv}")
	mapfile -t COMPREPLY < <(compgen -S : -W "$fields" -- "$1";
	    compgen -W "or not" -- "$1")
	compopt -o nospace 2>/dev/null || :
}

# Complete the value in $2, a word like "--kind=ob" or "kind=ob", as
# type $1.  Readline replaces only what follows the last character of
# COMP_WORDBREAKS, usually "=", and then the candidates must not repeat
# what precedes it.
_career_eqvalue()
{
	local pre=${2%%=*}=

	[[ $COMP_WORDBREAKS == *=* ]] && pre=
	_career_values "$1" "${2#*=}" "$pre"
}

# Set words and cword as the command will see them.  Bash splits the line
# at COMP_WORDBREAKS characters such as "=", which getopt does not, so
# glue back the pieces that no blank separates; the current word ends at
# the cursor.
_career_words()
{
	local line=${COMP_LINE:0:COMP_POINT} rest w i

	words=()
	cword=0
	for ((i = 0; i <= COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		rest=${line#"${line%%[![:space:]]*}"}
		if ((i == COMP_CWORD)); then
			w=$rest
		elif [[ $rest != "$w"* ]]; then
			# Not the line bash split: take its words as they are.
			words=("${COMP_WORDS[@]:0:COMP_CWORD+1}")
			cword=$COMP_CWORD
			return 0
		fi
		if ((i > 0)) && [[ $rest == "$line" ]]; then
			words[cword]+=$w
		else
			words+=("$w")
			cword=$((${#words[@]} - 1))
		fi
		line=${rest:${#w}}
	done
}

# Complete the options of the command: short and long.
_career_options()
{
	local e list=()

	for e in "${spec[@]}"; do
		[[ -n ${e%%/*} ]] && list+=("-${e%%/*}")
		e=${e#*/}
		list+=("--${e%%=*}")
	done
	mapfile -t COMPREPLY < <(compgen -W "${list[*]}" -- "$1")
}

# The completion function of every career command: $1 is the command.
_career()
{
	local prog=$1 cur words cword spec args otype
	local i j w n=0 dashdash='' argof='' type first=''

	COMPREPLY=()
	_career_words
	cur=${words[cword]}
	_career_spec "${prog##*/}"
	# career-git hands every word after the first to git.
	if [[ ${prog##*/} == career-git ]] && ((cword > 1)); then
		return 0
	fi

	# Walk the words before the cursor as getopt_long would: count the
	# operands, skip the values of options, and see whether the current
	# word is the value of the option before it.
	for ((i = 1; i < cword; i++)); do
		w=${words[i]}
		if [[ -n $dashdash || $w != -?* ]]; then
			n=$((n + 1))
			((n == 1)) && first=$w
			continue
		fi
		case $w in
		--) dashdash=1 ;;
		--*=*) ;;
		--*)
			if _career_find long "${w#--}" && [[ -n $otype ]]; then
				i=$((i + 1))
				if ((i == cword)); then argof=$otype; fi
			fi ;;
		*)
			for ((j = 1; j < ${#w}; j++)); do
				if _career_find short "${w:j:1}" &&
				    [[ -n $otype ]]; then
					if ((j == ${#w} - 1)); then
						i=$((i + 1))
						if ((i == cword)); then
							argof=$otype
						fi
					fi
					break
				fi
			done ;;
		esac
	done

	if [[ -n $argof ]]; then
		_career_values "$argof" "$cur" ""
		return 0
	fi
	if [[ -z $dashdash && $cur == -* ]]; then
		case $cur in
		--*=*)
			w=${cur%%=*}
			if _career_find long "${w#--}" && [[ -n $otype ]]; then
				_career_eqvalue "$otype" "$cur"
			fi
			return 0 ;;
		--*) ;;
		-?*)
			# A value stuck to its letter, as in -kob.
			for ((j = 1; j < ${#cur}; j++)); do
				if _career_find short "${cur:j:1}" &&
				    [[ -n $otype ]]; then
					if ((j < ${#cur} - 1)); then
						_career_values "$otype" \
						    "${cur:j+1}" "${cur:0:j+1}"
						return 0
					fi
					break
				fi
			done ;;
		esac
		_career_options "$cur"
		return 0
	fi

	# An operand.
	if ((n < ${#args[@]})); then
		type=${args[n]}
	elif ((${#args[@]} > 0)) && [[ ${args[-1]} == *... ]]; then
		type=${args[-1]}
	else
		return 0
	fi
	_career_values "${type%...}" "$cur" ""
	return 0
}

# career, the front door: a command name, then that command's completion.
_career_front()
{
	local line lead cut

	if ((COMP_CWORD == 1)); then
		_career_list "${COMP_WORDS[0]}"
		# Not career itself: "career career" is refused.
		# shellcheck disable=SC2086 # the list splits into words
		mapfile -t COMPREPLY < <(compgen -W \
		    "$_career_commands commands next -h --help --version" -X career \
		    -- "${COMP_WORDS[1]}")
		return 0
	fi
	if [[ ${COMP_WORDS[1]} == commands ]]; then
		((COMP_CWORD == 2)) && mapfile -t COMPREPLY < <(compgen -W \
		    "-l --long" -- "${COMP_WORDS[2]}")
		return 0
	fi
	# career next: its options, then a goal.
	if [[ ${COMP_WORDS[1]} == next ]]; then
		if [[ ${COMP_WORDS[COMP_CWORD]} == -* ]]; then
			mapfile -t COMPREPLY < <(compgen -W "-a --all -q --quiet
			    --ids --csv --tsv --json --jsonl --table --no-header
			    --safe -h --help" -- "${COMP_WORDS[COMP_CWORD]}")
		else
			_career_values goal "${COMP_WORDS[COMP_CWORD]}" ""
		fi
		return 0
	fi
	# Drop "career" from the line, as if the command had been typed.
	line=$COMP_LINE
	lead=${line%%[![:space:]]*}
	line=${line#"$lead"}
	line=${line#"${COMP_WORDS[0]}"}
	lead=${line%%[![:space:]]*}
	line=${line#"$lead"}
	cut=$((${#COMP_LINE} - ${#line}))
	COMP_LINE=$line
	COMP_POINT=$((COMP_POINT - cut))
	COMP_WORDS=("${COMP_WORDS[@]:1}")
	COMP_CWORD=$((COMP_CWORD - 1))
	_career "${COMP_WORDS[0]}"
}

# The commands of the toolkit, as the front door $1 lists them (career
# commands), into _career_commands: asked once a shell, and each of them
# then completed by _career.  Nothing here lists them, so a new command
# needs no change to this file.
_career_list()
{
	local dir=''

	[[ -n $_career_commands ]] && return 0
	[[ $1 == */* ]] && dir=${1%/*}/
	_career_commands=$("${dir/#\~\//$HOME/}career" commands 2>/dev/null \
	    </dev/null) || _career_commands=''
	# shellcheck disable=SC2086 # the list splits into words
	[[ -n $_career_commands ]] && complete -F _career $_career_commands
	return 0
}

_career_commands=''
_career_list career
# Without career in PATH, at least the command this file was installed
# as, for bash-completion's loader to find.
if [[ -z $_career_commands && ${BASH_SOURCE[0]##*/} != career.bash ]]; then
	complete -F _career "${BASH_SOURCE[0]##*/}"
fi
complete -F _career_front career
