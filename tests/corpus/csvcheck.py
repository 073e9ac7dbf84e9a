#!/usr/bin/env python3
"""csvcheck: does a file of the store parse, by a reader that is not ours?

    csvcheck.py FILE...          exit 1 and say why unless each FILE is
                                 RFC 4180 CSV (Python's csv, strict) with
                                 a header naming an id column, distinct
                                 non-empty column names, every row as long
                                 as the header and unique positive ids
    csvcheck.py --dump FILE      the rows, one JSON object per line
    csvcheck.py --keeps OLD [-x ID]... NEW...
                                 each NEW parses, and every row of OLD
                                 (but those with the ids after -x) is in
                                 it with the same values in OLD's columns:
                                 nothing lost or changed

Bytes that are not UTF-8 are kept as they are (surrogateescape), a
byte order mark at the start is skipped, and CRLF reads as LF, as
career(5) says.
"""
import csv
import json
import re
import sys

ID = re.compile(r"[1-9][0-9]*\Z")


csv.field_size_limit(sys.maxsize)


class Bad(Exception):
    pass


def load(path):
    with open(path, newline="", encoding="utf-8",
              errors="surrogateescape") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\0" in text:
        raise Bad("NUL byte")
    try:
        rows = [r for r in csv.reader(_lines(text), strict=True) if r]
    except csv.Error as e:
        raise Bad(str(e))
    if not rows:
        return [], []
    head = rows[0]
    if "" in head or len(set(head)) != len(head):
        raise Bad("empty or duplicate column name in header %r" % head)
    if "id" not in head:
        raise Bad("no id column in header %r" % head)
    out, seen = [], set()
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(head):
            raise Bad("row %d has %d fields, header %d" % (n, len(r),
                                                           len(head)))
        rec = dict(zip(head, r))
        if not ID.match(rec["id"]) or int(rec["id"]) >= 2 ** 63:
            raise Bad("row %d: bad id %r" % (n, rec["id"]))
        if rec["id"] in seen:
            raise Bad("row %d: duplicate id %s" % (n, rec["id"]))
        seen.add(rec["id"])
        out.append(rec)
    return head, out


def _lines(text):
    # Physical lines, CRLF read as LF, as the store's reader does.
    for line in re.findall(r"[^\n]*\n|[^\n]+\Z", text):
        if line.endswith("\r\n"):
            line = line[:-2] + "\n"
        yield line


def keeps(old, path, skip):
    new = {r["id"]: r for r in load(path)[1]}
    for r in old:
        if r["id"] in skip:
            continue
        n = new.get(r["id"])
        if n is None:
            raise Bad("%s: row %s lost" % (path, r["id"]))
        for k, v in r.items():
            if n.get(k) != v:
                raise Bad("%s: row %s: %s was %r, is %r" % (
                    path, r["id"], k, v, n.get(k)))


def main(argv):
    try:
        if argv[:1] == ["--dump"]:
            for rec in load(argv[1])[1]:
                print(json.dumps(rec, ensure_ascii=True))
        elif argv[:1] == ["--keeps"]:
            old, args, skip = load(argv[1])[1], argv[2:], set()
            while args[:1] == ["-x"]:
                skip.add(args[1])
                args = args[2:]
            for path in args:
                keeps(old, path, skip)
        else:
            for path in argv:
                load(path)
    except (Bad, OSError) as e:
        print("csvcheck: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
