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

# tests/lint-exits, which make lint runs over lib/: the library returns
# its errors and only functions that say so exit.

load helper

lint() {
	run sh "$BATS_TEST_DIRNAME/lint-exits" -H "$BATS_TEST_TMPDIR/x.h" \
	    "$BATS_TEST_TMPDIR/x.c"
}

@test "lib/ passes: it exits only where a function says it may" {
	run sh "$BATS_TEST_DIRNAME/lint-exits" "$BATS_TEST_DIRNAME"/../lib/*/*.c
	status_is 0
	[ -z "$output" ]
}

@test "an exit in a library function fails, with file, line and function" {
	: >"$BATS_TEST_TMPDIR/x.h"
	cat >"$BATS_TEST_TMPDIR/x.c" <<-'EOF'
	int
	store_thing(int n)
	{
		if (n < 0)
			err(EX_OSERR, NULL);
		if (n == 0)
			exit(EX_DATAERR);
		career_die();
		return n;
	}
	EOF
	lint
	status_is 1
	output_has "x.c:5: store_thing: calls err()"
	output_has "x.c:7: store_thing: calls exit()"
	output_has "x.c:8: store_thing: calls career_die()"
}

@test "e functions, noreturn ones and a child whose exec failed may exit" {
	cat >"$BATS_TEST_TMPDIR/x.h" <<-'EOF'
	/* Print the error and exit. */
	void thing_die(const char *)
	    __attribute__((format(printf, 1, 0), noreturn));
	EOF
	cat >"$BATS_TEST_TMPDIR/x.c" <<-'EOF'
	/* exit(3) in a comment, and "err(1)" in a string, are not calls. */
	void *
	emalloc(size_t n)
	{
		void *p;

		if ((p = malloc(n)) == NULL)
			err(EX_OSERR, "exit(1)");
		return p;
	}

	void
	thing_die(const char *s)
	{
		errx(EX_SOFTWARE, "%s", s);
	}

	int
	run(const char *path)
	{
		if (fork() == 0) {
			execl("/bin/sh", "sh", "-c", path,
			    (char *)NULL);
			_exit(127);
		}
		atexit(cleanup);
		return 0;
	}
	EOF
	lint
	status_is 0
	[ -z "$output" ]
}

@test "_exit away from an exec, and bare exit statuses, fail" {
	: >"$BATS_TEST_TMPDIR/x.h"
	cat >"$BATS_TEST_TMPDIR/x.c" <<-'EOF'
	int
	store_thing(void)
	{
		if (fork() == 0)
			_exit(0);
		return career_fail(66, "no store");
	}

	void
	ething(void)
	{
		exit(1);
	}
	EOF
	lint
	status_is 1
	output_has "x.c:5: store_thing: calls _exit()"
	output_has "x.c:6: store_thing: career_fail() with a bare number"
	output_has "x.c:12: ething: exit() with a bare number"
}
