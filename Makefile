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

# career: small tools for planning the next step of a career.
# GNU make.  make; make check; make demo; make install PREFIX=... DESTDIR=...

PREFIX    = /usr/local
BINDIR    = $(PREFIX)/bin
MANDIR    = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/site-functions

CC       ?= cc
CFLAGS   ?= -O2 -g
WARNINGS  = -Wall -Wextra -Werror
BSD_CFLAGS != pkg-config --cflags libbsd-overlay 2>/dev/null || echo -isystem /usr/include/bsd -DLIBBSD_OVERLAY
BSD_LIBS   != pkg-config --libs libbsd-overlay 2>/dev/null || echo -lbsd
CPPFLAGS += -std=c11 -D_DEFAULT_SOURCE -D_GNU_SOURCE $(BSD_CFLAGS) -Ilib/core -Ilib/method
LDLIBS   += -lcsv $(BSD_LIBS)

# Objects and binaries go under $(B), so the sanitizer build sits beside
# the normal one.
B = build
SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

# A command is cmd/NAME.c, or cmd/NAME/*.c when it has code of its own
# beside it (a renderer, a private header); the binary is NAME either way.
CMDDIRS = $(patsubst cmd/%/,%,$(sort $(dir $(wildcard cmd/*/*.c))))
CMDS   = $(sort $(basename $(notdir $(wildcard cmd/*.c))) $(CMDDIRS))
HDRS   = lib/core/core.h lib/method/method.h
LIBOBJ = $(patsubst %.c,$(B)/%.o,$(wildcard lib/core/*.c lib/method/*.c))
BINS   = $(CMDS:%=$(B)/bin/%)
MAN1   = $(wildcard man/*.1)
MAN57  = $(wildcard man/*.5 man/*.7)
TESTS  = $(sort $(wildcard tests/*.bats))
DEPS   = gcc make libcsv-dev libbsd-dev pkg-config mandoc zsh bats shellcheck \
	 valgrind python3 python3-icalendar git chromium

all: $(BINS)

$(B)/lib/%.o: lib/%.c $(HDRS) lib/core/private.h
	@mkdir -p $(@D)
	@echo "CC $<"; $(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) -c -o $@ $<

$(B)/libcareer.a: $(LIBOBJ)
	@echo "AR $@"; rm -f $@; $(AR) rcs $@ $(LIBOBJ)

$(B)/bin/%: cmd/%.c $(HDRS) $(B)/libcareer.a
	@mkdir -p $(@D)
	@echo "LD $@"; $(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libcareer.a $(LDLIBS)

# A directory command is compiled from all its files at once: they are
# few, and each depends on the private header anyway.
.SECONDEXPANSION:
$(CMDDIRS:%=$(B)/bin/%): $(B)/bin/%: $$(wildcard cmd/$$*/*.c cmd/$$*/*.h) \
    $(HDRS) $(B)/libcareer.a
	@mkdir -p $(@D)
	@echo "LD $@"; $(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) $(LDFLAGS) -o $@ $(filter %.c,$^) $(B)/libcareer.a $(LDLIBS)

$(B)/tests/unit: tests/unit.c $(HDRS) $(B)/libcareer.a
	@mkdir -p $(@D)
	@echo "LD $@"; $(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libcareer.a $(LDLIBS)

# The front door's table of commands: the commands in cmd/, the step of
# each from cmd/career.steps, the description from the .Nd line of its
# page.  cmd/ and its directories change when a command comes or goes.
$(B)/commands.h: cmd/commands.awk cmd/career.steps $(MAN1) cmd $(wildcard cmd/*/)
	@mkdir -p $(@D)
	@echo "GEN $@"; awk -v cmds="$(CMDS)" -f cmd/commands.awk \
	    cmd/career.steps >$@.tmp && mv $@.tmp $@ || { rm -f $@.tmp; exit 1; }
$(B)/bin/career: $(B)/commands.h
$(B)/bin/career: CPPFLAGS += -I$(B)

# zsh learns which commands a completion serves from its #compdef line
# alone, without running it: that line is written here, from career
# commands.
$(B)/completions/_career: completions/_career $(B)/bin/career
	@mkdir -p $(@D)
	@echo "GEN $@"; cmds=$$($(B)/bin/career commands) && \
	    { echo "#compdef career" $$cmds; sed 1d completions/_career; } \
	    >$@.tmp && mv $@.tmp $@ || { rm -f $@.tmp; exit 1; }
all: $(B)/completions/_career

# Every test, on the normal build and then on the sanitizer build.
check: deps
	$(MAKE) lint
	$(MAKE) test
	$(MAKE) test B=build-asan CFLAGS="-O1 -g $(SANITIZE)" LDFLAGS="$(SANITIZE)"

# One run of the unit and command tests against the binaries in $(B).
test: all $(B)/tests/unit
	PATH="$(CURDIR)/$(B)/bin:$$PATH" CAREER_BUILD="$(CURDIR)/$(B)" \
	    prove -j2 -e tests/tap $(B)/tests/unit $(TESTS)

lint:
	@if [ -n "$(MAN1)$(MAN57)" ]; then \
	    out=$$(mandoc -Tlint -Wwarning $(MAN1) $(MAN57) 2>&1); \
	    if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; fi
	shellcheck -s bash tests/tap tests/*.bash examples/demo .ci/run \
	    completions/career.bash
	shellcheck bench/run bench/gen tests/fuzz/run tests/lint-exits
	sh tests/lint-exits lib/core/*.c lib/method/*.c
	@# The tiers: the core never reaches up into the method.
	@! grep -n '"method.h"' lib/core/* || \
	    { echo "lint: lib/core includes method.h"; exit 1; }

# The bundled example store, walked through the method in a temporary
# directory: the user's own ~/.career is never touched.
demo: deps
	$(MAKE) all
	PATH="$(CURDIR)/$(B)/bin:$$PATH" sh examples/demo

# Timings against baselines run side by side (see bench/README).
bench: all
	sh bench/run

# libFuzzer targets for every parser in lib/, each for $(FUZZTIME) seconds.
FUZZTIME = 60
fuzz:
	sh tests/fuzz/run $(FUZZTIME)

# Install the Debian packages the build and the tests need (as root), or
# say exactly what to run.
deps:
	@command -v dpkg >/dev/null || { echo "deps: not Debian; install libcsv, libbsd, mandoc, bats, zsh, shellcheck by hand"; exit 0; }; \
	missing=; for p in $(DEPS); do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then echo "deps: all installed"; \
	elif [ "$$(id -u)" = 0 ]; then \
	    apt-get update && apt-get install -y $$missing; \
	else echo "run as root: apt-get install -y$$missing"; exit 1; fi

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	cp $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	for f in $(MAN57); do cp $$f $(DESTDIR)$(MANDIR)/man$${f##*.}/; done
	for c in $(CMDS); do \
	    cp completions/career.bash $(DESTDIR)$(BASHCOMPDIR)/$$c; done
	cp $(B)/completions/_career $(DESTDIR)$(ZSHCOMPDIR)/_career

uninstall:
	for c in $(CMDS); do rm -f $(DESTDIR)$(BINDIR)/$$c \
	    $(DESTDIR)$(MANDIR)/man1/$$c.1 $(DESTDIR)$(BASHCOMPDIR)/$$c; done
	rm -f $(DESTDIR)$(MANDIR)/man5/career.5 \
	    $(DESTDIR)$(MANDIR)/man7/career.7 $(DESTDIR)$(ZSHCOMPDIR)/_career

clean:
	rm -rf build build-asan

.PHONY: all check test lint demo deps install uninstall clean bench fuzz
