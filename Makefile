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

# The one version, of every --version, the pages, the tarball and the
# package.
VERSION != cat VERSION

CC       ?= cc
WARNINGS  = -Wall -Wextra -Werror

# Hardened as a distribution builds: the flags of dpkg-buildflags, with
# bind-now and PIE, where it is installed, the same set otherwise.  CFLAGS,
# CPPFLAGS or LDFLAGS from the environment or the command line replace
# them, as dh and the sanitizer build below do.
BUILDFLAGS = DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get
ifeq ($(origin CFLAGS),undefined)
CFLAGS   != $(BUILDFLAGS) CFLAGS 2>/dev/null || echo -O2 -g -fstack-protector-strong -fPIE
endif
ifeq ($(origin CPPFLAGS),undefined)
CPPFLAGS != $(BUILDFLAGS) CPPFLAGS 2>/dev/null || echo -D_FORTIFY_SOURCE=2
endif
ifeq ($(origin LDFLAGS),undefined)
LDFLAGS  != $(BUILDFLAGS) LDFLAGS 2>/dev/null || echo -Wl,-z,relro,-z,now -pie
endif
BSD_CFLAGS != pkg-config --cflags libbsd-overlay 2>/dev/null || echo -isystem /usr/include/bsd -DLIBBSD_OVERLAY
BSD_LIBS   != pkg-config --libs libbsd-overlay 2>/dev/null || echo -lbsd
# The project's own preprocessor flags, kept apart so that a CPPFLAGS
# given on the command line adds to them rather than replacing them.
OWN_CPPFLAGS = -std=c11 -D_DEFAULT_SOURCE -D_GNU_SOURCE $(BSD_CFLAGS) \
	 -Ilib/core -Ilib/method -DCAREER_VERSION='"$(VERSION)"'
LDLIBS   += -lcsv $(BSD_LIBS)

# Objects and binaries go under $(B), so the sanitizer build sits beside
# the normal one.  make V=1 shows each compile and link line whole (for a
# build log, and blhc reading it).
B = build
V = 0
Q_0 = @
Q = $(Q_$(V))
SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

# A command is cmd/NAME.c, or cmd/NAME/*.c when it has code of its own
# beside it (a renderer, a private header); the binary is NAME either way.
CMDDIRS = $(patsubst cmd/%/,%,$(sort $(dir $(wildcard cmd/*/*.c))))
CMDS   = $(sort $(basename $(notdir $(wildcard cmd/*.c))) $(CMDDIRS))
HDRS   = lib/core/core.h lib/core/list.h lib/method/method.h
LIBOBJ = $(patsubst %.c,$(B)/%.o,$(wildcard lib/core/*.c lib/method/*.c))
BINS   = $(CMDS:%=$(B)/bin/%)
MAN1   = $(wildcard man/*.1)
MAN57  = $(wildcard man/*.5 man/*.7)
TESTS  = $(sort $(wildcard tests/*.bats))
DEPS   = gcc make libcsv-dev libbsd-dev pkg-config mandoc zsh bats shellcheck \
	 valgrind python3 python3-icalendar git chromium binutils \
	 debhelper dpkg-dev fakeroot lintian blhc man-db jq
# What agenda's and journey-map's tests render with: Markdown, the font.
DEPS  += cmark fonts-dejavu-core

all: $(BINS)

# --version is compiled in.
$(LIBOBJ) $(BINS): VERSION

$(B)/lib/%.o: lib/%.c $(HDRS) lib/core/private.h
	@mkdir -p $(@D)
	@echo "CC $<"
	$(Q)$(CC) $(OWN_CPPFLAGS) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) -c -o $@ $<

# career next's private header.
$(B)/lib/method/next.o $(B)/lib/method/steps.o: lib/method/next.h

$(B)/libcareer.a: $(LIBOBJ)
	@echo "AR $@"
	$(Q)rm -f $@; $(AR) rcs $@ $(LIBOBJ)

$(B)/bin/%: cmd/%.c $(HDRS) $(B)/libcareer.a $(B)/help.o
	@mkdir -p $(@D)
	@echo "LD $@"
	$(Q)$(CC) $(OWN_CPPFLAGS) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/help.o $(B)/libcareer.a $(LDLIBS)

# A directory command is compiled from all its files at once: they are
# few, and each depends on the private header anyway.
.SECONDEXPANSION:
$(CMDDIRS:%=$(B)/bin/%): $(B)/bin/%: $$(wildcard cmd/$$*/*.c cmd/$$*/*.h) \
    $(HDRS) $(B)/libcareer.a $(B)/help.o
	@mkdir -p $(@D)
	@echo "LD $@"
	$(Q)$(CC) $(OWN_CPPFLAGS) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) $(LDFLAGS) -o $@ $(filter %.c,$^) $(B)/help.o $(B)/libcareer.a $(LDLIBS)

# The unit tests set up their fixtures with system(3) and freopen(3) and
# look at the result, not the return: _FORTIFY_SOURCE's warn_unused_result
# is no help there.
$(B)/tests/unit: tests/unit.c $(HDRS) $(B)/libcareer.a
	@mkdir -p $(@D)
	@echo "LD $@"
	$(Q)$(CC) $(OWN_CPPFLAGS) $(CPPFLAGS) $(WARNINGS) -Wno-unused-result $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libcareer.a $(LDLIBS)

# --help lists each command's options as its page describes them: the
# item and its first sentence, from man/NAME.1.
$(B)/help.c: cmd/help.awk $(MAN1)
	@mkdir -p $(@D)
	@echo "GEN $@"; awk -f cmd/help.awk $(MAN1) >$@.tmp && mv $@.tmp $@ || \
	    { rm -f $@.tmp; exit 1; }
$(B)/help.o: $(B)/help.c $(HDRS)
	@echo "CC $<"
	$(Q)$(CC) $(OWN_CPPFLAGS) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) -c -o $@ $<

# The front door's table of commands: the commands in cmd/, the step of
# each from cmd/career.steps, the description from the .Nd line of its
# page.  cmd/ and its directories change when a command comes or goes.
$(B)/commands.h: cmd/commands.awk cmd/career.steps $(MAN1) cmd $(wildcard cmd/*/)
	@mkdir -p $(@D)
	@echo "GEN $@"; awk -v cmds="$(CMDS)" -f cmd/commands.awk \
	    cmd/career.steps >$@.tmp && mv $@.tmp $@ || { rm -f $@.tmp; exit 1; }
$(B)/bin/career: $(B)/commands.h
$(B)/bin/career: OWN_CPPFLAGS += -I$(B)

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
	$(MAKE) test B=build-asan CFLAGS="-O1 -g $(SANITIZE)" LDFLAGS="$(SANITIZE)" \
	    CPPFLAGS=

# One run of the unit and command tests against the binaries in $(B).
test: all $(B)/tests/unit
	PATH="$(CURDIR)/$(B)/bin:$$PATH" CAREER_BUILD="$(CURDIR)/$(B)" \
	    prove -j2 -e tests/tap $(B)/tests/unit $(TESTS)

lint:
	@if [ -n "$(MAN1)$(MAN57)" ]; then \
	    out=$$(mandoc -Tlint -Wwarning $(MAN1) $(MAN57) 2>&1); \
	    if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; fi
	shellcheck -s bash tests/tap tests/*.bash examples/demo $(wildcard .ci/run) \
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

# libFuzzer targets for every parser in lib/ and the functions that render
# records as text (tests/fuzz/*.c), each for $(FUZZTIME) seconds.
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
	@# The pages name the release they came with in their footer.
	for f in $(MAN1) $(MAN57); do \
	    sed 's/^\.Os$$/.Os career $(VERSION)/' $$f \
	    >$(DESTDIR)$(MANDIR)/man$${f##*.}/$${f##*/} || exit 1; done
	@# bash-completion loads a completion by the command's name: one file,
	@# and a link to it for every other command.
	cp completions/career.bash $(DESTDIR)$(BASHCOMPDIR)/career
	for c in $(filter-out career,$(CMDS)); do \
	    ln -sf career $(DESTDIR)$(BASHCOMPDIR)/$$c; done
	cp $(B)/completions/_career $(DESTDIR)$(ZSHCOMPDIR)/_career

uninstall:
	for c in $(CMDS); do rm -f $(DESTDIR)$(BINDIR)/$$c \
	    $(DESTDIR)$(MANDIR)/man1/$$c.1 $(DESTDIR)$(BASHCOMPDIR)/$$c; done
	rm -f $(DESTDIR)$(MANDIR)/man5/career.5 \
	    $(DESTDIR)$(MANDIR)/man7/career.7 $(DESTDIR)$(ZSHCOMPDIR)/_career

# make dist: career-$(VERSION).tar.gz, what a build, the tests and an
# install need: the files git tracks, less CI's script and the Debian
# packaging, which a distribution brings its own of.  The same files give
# the same bytes: names sorted, owner root, modes normalised, every time
# SOURCE_DATE_EPOCH (else the last commit's), gzip with no name or time.
DIST = career-$(VERSION)
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
dist:
	@[ -n "$(SOURCE_DATE_EPOCH)" ] && git rev-parse --git-dir >/dev/null 2>&1 || \
	    { echo "dist: run it in the git tree: the tarball holds what git tracks"; exit 1; }
	git ls-files -z | grep -zv -e '^\.ci/' -e '^debian/' -e '^\.gitignore$$' | \
	    LC_ALL=C tar --null -T - --sort=name --format=gnu \
	    --mtime=@$(SOURCE_DATE_EPOCH) --owner=0 --group=0 --numeric-owner \
	    --mode=u+rw,go=rX,a-s --transform='flags=r;s,^,$(DIST)/,' -cf - | \
	    gzip -9n >$(DIST).tar.gz.tmp && mv $(DIST).tar.gz.tmp $(DIST).tar.gz || \
	    { rm -f $(DIST).tar.gz.tmp; exit 1; }

# Unpack the tarball in a temporary directory, build, test, install into a
# DESTDIR and uninstall: fail if a file is missing from the tarball, if
# uninstall leaves a file, or if clean leaves one in the tree.  The
# directory is open to all, as a source tree is: a test runs the binaries
# as nobody.
distcheck: dist
	@d=$$(mktemp -d) && trap 'rm -rf "$$d"' EXIT && chmod 755 "$$d" && \
	tar -xzf $(DIST).tar.gz -C "$$d" && \
	(cd "$$d/$(DIST)" && find . ! -type d | LC_ALL=C sort) >"$$d/before" && \
	$(MAKE) -C "$$d/$(DIST)" B=build all && \
	$(MAKE) -C "$$d/$(DIST)" B=build test && \
	$(MAKE) -C "$$d/$(DIST)" B=build install DESTDIR="$$d/dest" && \
	$(MAKE) -C "$$d/$(DIST)" B=build uninstall DESTDIR="$$d/dest" && \
	left=$$(find "$$d/dest" ! -type d) && \
	if [ -n "$$left" ]; then echo "distcheck: uninstall left:"; echo "$$left"; exit 1; fi && \
	$(MAKE) -C "$$d/$(DIST)" B=build clean && \
	(cd "$$d/$(DIST)" && find . ! -type d | LC_ALL=C sort) >"$$d/after" && \
	if ! cmp -s "$$d/before" "$$d/after"; then \
	    echo "distcheck: the tree after clean differs from the tarball:"; \
	    diff "$$d/before" "$$d/after"; exit 1; fi && \
	echo "distcheck: $(DIST).tar.gz is ready"

# make deb: the Debian package, built from the tarball as a distribution
# would, in a temporary directory; the .deb, .changes, .buildinfo and the
# build log land in $(DEBDIR).  DEB_BUILD_OPTIONS=nocheck skips its tests.
DEBDIR = .
DEBVERSION != sed -n '1s/.*(\(.*\)).*/\1/p' debian/changelog 2>/dev/null
DEBLOG = $(DEBDIR)/career_$(DEBVERSION)_amd64.build
deb: dist
	@d=$$(mktemp -d) && trap 'rm -rf "$$d"' EXIT && chmod 755 "$$d" && \
	tar -xzf $(DIST).tar.gz -C "$$d" && cp -R debian "$$d/$(DIST)/" && \
	cp $(DIST).tar.gz "$$d/career_$(VERSION).orig.tar.gz" && \
	echo "dpkg-buildpackage -us -uc -b >$(DEBLOG)" && \
	if ! (cd "$$d/$(DIST)" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL dpkg-buildpackage -us -uc -b) >$(DEBLOG) 2>&1; then \
	    tail -n 40 $(DEBLOG); exit 1; fi && \
	cp "$$d"/*.deb "$$d"/*.changes "$$d"/*.buildinfo $(DEBDIR)/ && \
	ls $(DEBDIR)/career_$(DEBVERSION)_*.deb

# The package as Debian judges one: lintian finds no error or warning and
# blhc finds every compile and link line hardened.
debcheck: deb
	lintian -i --fail-on error,warning $(DEBDIR)/career_$(DEBVERSION)_*.changes
	blhc --all $(DEBLOG)

clean:
	rm -rf build build-asan

.PHONY: all check test lint demo deps install uninstall clean bench fuzz \
	dist distcheck deb debcheck
