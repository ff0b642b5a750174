# IZP suite: build, run the local stack, test, install.
# `make run` and `make test` install missing Debian packages themselves.

CC       ?= cc
PREFIX   ?= /usr/local
DESTDIR  ?=
PKGS     := libxml-2.0 libxslt libexslt libmariadb libcrypto
OPT      ?= -O2 -g
CFLAGS   += $(OPT) -ffile-prefix-map=$(CURDIR)=. -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Ilib \
            $(shell pkg-config --cflags $(PKGS))
LDLIBS   := $(shell pkg-config --libs $(PKGS)) -lfcgi
# The programs allocate through mimalloc: a page is thousands of small
# XPath objects and nodes, a fifth of a request's instructions in glibc's
# malloc.  Not under the sanitizers, which bring their own.
MALLOC   ?= -lmimalloc
BUILD    ?= build

LIB_SRC  := $(wildcard lib/*.c)
LIB_OBJ  := $(LIB_SRC:lib/%.c=$(BUILD)/lib/%.o)
PROGRAMS := $(patsubst cgi-bin/%.c,%,$(wildcard cgi-bin/*.c))
BINS     := $(PROGRAMS:%=$(BUILD)/cgi-bin/%)
UNIT_SRC := $(wildcard tests/unit/*.c)

.PHONY: all deps run stop reset test unit clean install asan fuzz bench export

TOOLS    := $(BUILD)/tools/izp-export

all: $(BINS) $(TOOLS) $(BUILD)/tests/unit

$(BUILD)/lib/%.o: lib/%.c lib/izp.h lib/internal.h lib/izp-sql.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/libizp.a: $(LIB_OBJ)
	$(AR) rcs $@ $^

$(BUILD)/cgi-bin/%: cgi-bin/%.c $(BUILD)/libizp.a lib/izp.h lib/izp-sql.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libizp.a $(MALLOC) $(LDLIBS)

# The command-line tools of the suite (tools/*.c), on libizp.
$(BUILD)/tools/izp-export: tools/izp-export.c $(BUILD)/libizp.a lib/izp.h lib/izp-sql.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libizp.a $(LDLIBS)

# make bench's form tokens, with lib/csrf.c.
$(BUILD)/tools/bench-tokens: tools/bench.d/bench-tokens.c $(BUILD)/libizp.a lib/izp.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libizp.a $(LDLIBS)

# make bench's references: plain libfcgi, and the floor without libizp.
$(BUILD)/tools/%: tools/bench.d/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LDLIBS)

$(BUILD)/tests/unit: $(UNIT_SRC) $(BUILD)/libizp.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(shell pkg-config --cflags check) -o $@ $(UNIT_SRC) \
	    $(BUILD)/libizp.a $(LDLIBS) $(shell pkg-config --libs check)

deps:
	@tools/install-deps

# A fresh make after deps: pkg-config only finds the libraries once installed.
run: deps
	$(MAKE) all
	tools/izp-stack start var 8080 --demo

stop:
	tools/izp-stack stop var

# Deliver the plans of `make run` to the demo GP practice and HAP, as the
# nightly timer would (var/outbox/AGB/); see README, "Levering".
export: all
	IZP_CONFIG=var/izp.conf $(BUILD)/tools/izp-export

# Start afresh: stops the local stack and deletes its data (var/).
reset:
	tools/izp-stack stop var
	rm -rf var
	$(MAKE) run

unit: $(BUILD)/tests/unit
	IZP_SOURCE_DIR=$(CURDIR) $(BUILD)/tests/unit

test: deps
	tools/run-tests

# Benchmarks of the pages that must stay fast (the spoedoverzicht first), on
# a private stack filled with BENCH_CHILDREN children; see tools/bench.
bench: deps
	$(MAKE) all
	tools/bench

# The same programs with AddressSanitizer and UBSan, for the sanitizer run.
asan:
	$(MAKE) BUILD=build-asan CC=clang MALLOC= \
	    OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	    $(PROGRAMS:%=build-asan/cgi-bin/%) build-asan/tools/izp-export

# libFuzzer harnesses (tests/fuzz); FUZZ_SECONDS each, seeds in tests/fuzz/corpus.
FUZZ_SECONDS ?= 60
FUZZERS := $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))

build-fuzz/%: tests/fuzz/%.c
	$(MAKE) BUILD=build-fuzz CC=clang \
	    OPT="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" build-fuzz/libizp.a
	clang $(OPT) -g -fsanitize=fuzzer,address,undefined -Ilib \
	    $(shell pkg-config --cflags $(PKGS)) -o $@ $< build-fuzz/libizp.a $(LDLIBS)

fuzz: $(FUZZERS:%=build-fuzz/%)
	@for f in $(FUZZERS); do \
	    name=$${f#fuzz_}; mkdir -p build-fuzz/corpus/$$name; \
	    echo "fuzz: $$f for $(FUZZ_SECONDS) s"; \
	    build-fuzz/$$f -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	        -artifact_prefix=build-fuzz/ build-fuzz/corpus/$$name \
	        tests/fuzz/corpus/$$name 2>build-fuzz/$$f.log \
	        || { tail -n 30 build-fuzz/$$f.log; exit 1; }; \
	    grep -E "stat::number_of_executed_units" build-fuzz/$$f.log; \
	done

clean:
	rm -rf build build-asan build-fuzz

# A release's tree: programs in libexec/izp, the commands in bin, the
# stylesheets, SQL with its migrations and the nginx and systemd files in
# share/izp, an example configuration in etc/izp.  The systemd units and the
# nginx drop-in name the installed paths (PREFIX, SYSCONFDIR, RUNDIR), never
# the source tree; share/izp/tools/izp-stack runs a local stack from the tree.
# The programs read /etc/izp/izp.conf unless IZP_CONFIG says otherwise.
# BASE_PATH (e.g. /zorg/izp) serves the site under a path of its own: the
# routes and nginx's error pages get it, and the example configuration's
# site.base_path, which must say the same.
SYSCONFDIR ?= /etc
BASE_PATH  ?=
RUNDIR     ?= /run/izp
SHARE      := $(PREFIX)/share/izp
install: all
	@printf '%s\n' '$(BASE_PATH)' | grep -Eqx '(/[a-z0-9_-]+){0,20}' || \
	    { echo "BASE_PATH must be empty or like /zorg/izp (segments of a-z, 0-9, - and _; no / at the end)" >&2; exit 1; }
	install -d $(DESTDIR)$(PREFIX)/libexec/izp $(DESTDIR)$(PREFIX)/bin \
	    $(DESTDIR)$(SHARE)/sql/migrations $(DESTDIR)$(SHARE)/tools \
	    $(DESTDIR)$(SHARE)/conf/nginx $(DESTDIR)$(SHARE)/conf/systemd \
	    $(DESTDIR)$(SYSCONFDIR)/izp
	install -m 0755 $(BINS) $(DESTDIR)$(PREFIX)/libexec/izp/
	install -m 0755 $(BUILD)/tools/izp-export tools/izp-migrate $(DESTDIR)$(PREFIX)/bin/
	cp -R xslt $(DESTDIR)$(SHARE)/
	install -m 0644 sql/schema.sql sql/grants.sql sql/demo.sql $(DESTDIR)$(SHARE)/sql/
	install -m 0644 sql/migrations/* $(DESTDIR)$(SHARE)/sql/migrations/
	install -m 0755 tools/izp-migrate tools/izp-supervise tools/error-pages \
	    $(DESTDIR)$(SHARE)/tools/
	sed 's/^installed=0$$/installed=1/' tools/izp-stack > $(DESTDIR)$(SHARE)/tools/izp-stack
	chmod 0755 $(DESTDIR)$(SHARE)/tools/izp-stack
	sed 's|^sql_dir=.*|sql_dir=$${IZP_SQL_DIR:-$(SHARE)/sql}|' tools/izp-migrate > $(DESTDIR)$(PREFIX)/bin/izp-migrate
	install -m 0644 conf/nginx/* $(DESTDIR)$(SHARE)/conf/nginx/
	tools/error-pages $(DESTDIR)$(SHARE)/conf/nginx/fout $(BASE_PATH)
	for f in izp-routes izp-family-routes izp-site; do \
	  sed -e 's|@RUN@|$(RUNDIR)|g' -e 's|@CONF@|$(SHARE)/conf/nginx|g' \
	      -e 's|@STATIC@|$(SHARE)/xslt/html/static|g' \
	      -e 's|@ERRORS@|$(SHARE)/conf/nginx/fout|g' \
	      -e 's|@HEADERS@|$(SHARE)/conf/nginx/izp-headers.conf|g' \
	      -e 's|@BASE@|$(BASE_PATH)|g' \
	      -e 's|@SITE@|$(SHARE)/conf/nginx/izp-site.conf|g' \
	      conf/nginx/$$f.conf.in > $(DESTDIR)$(SHARE)/conf/nginx/$$f.conf || exit 1; \
	done
	install -m 0644 conf/nginx/izp-headers.conf.in \
	    $(DESTDIR)$(SHARE)/conf/nginx/izp-headers.conf
	sed -e 's|@WRITE_RATE@|10r/s|g' conf/nginx/izp-http.conf.in \
	    > $(DESTDIR)$(SHARE)/conf/nginx/izp-http.conf
	sed -e 's|@SHARE@|$(SHARE)|g' conf/nginx/izp-server.conf.in \
	    > $(DESTDIR)$(SHARE)/conf/nginx/izp-server.conf.example
	sed -e 's|@LIBEXEC@|$(PREFIX)/libexec/izp|g' -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g' \
	    conf/systemd/izp@.service.in > $(DESTDIR)$(SHARE)/conf/systemd/izp@.service
	sed -e 's|@RUN@|$(RUNDIR)|g' conf/systemd/izp@.socket.in \
	    > $(DESTDIR)$(SHARE)/conf/systemd/izp@.socket
	sed -e 's|@RUN@|$(RUNDIR)|g' conf/systemd/izp.tmpfiles.in \
	    > $(DESTDIR)$(SHARE)/conf/systemd/izp.tmpfiles
	sed -e 's|^xslt.dir = .*|xslt.dir = $(SHARE)/xslt|' \
	    -e '$(if $(BASE_PATH),s|^# site.base_path = .*|site.base_path = $(BASE_PATH)|)' \
	    conf/izp.conf.example \
	    > $(DESTDIR)$(SYSCONFDIR)/izp/izp.conf.example
