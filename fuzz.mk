# Fuzzing (issue 7). Included from the Makefile: `make fuzz` builds the libFuzzer harnesses of
# Sources/storyline-fuzz with AddressSanitizer and runs each target for FUZZ_SECONDS.
#   make fuzz                                   every target, 60 s each
#   make fuzz FUZZ_TARGETS=extract FUZZ_SECONDS=600
#   make fuzz-replay                            replay seeds and regression inputs (normal build, no sanitizer)
# Release config by default: Swift -O keeps its bounds and overflow checks and runs ~3x faster than debug.
# Crashes and the growing corpus go to fuzz-artifacts/ (gitignored); the seeds in Fuzz/corpus are read only.
# Turn a crash into a regression input: copy it to Tests/StorylineTests/Robustness/Regressions/<target>/.

SWIFT ?= swift
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= extract timeml readers dot
FUZZ_CONFIG ?= release
# LeakSanitizer after each input: 1 finds leaks but runs up to 8x slower (Swift keeps caches alive).
FUZZ_LEAKS ?= 0
FUZZ_JOBS_FLAGS ?=
FUZZ_SCRATCH := .build-fuzz
FUZZ_BIN = $(FUZZ_SCRATCH)/$(FUZZ_CONFIG)/storyline-fuzz
FUZZ_OUT := fuzz-artifacts
# Longest input per target, in bytes.
FUZZ_MAX_LEN_extract ?= 4096
FUZZ_MAX_LEN_timeml ?= 4096
FUZZ_MAX_LEN_readers ?= 4096
FUZZ_MAX_LEN_dot ?= 1024

.PHONY: fuzz fuzz-build fuzz-replay

fuzz-build: deps
	$(SWIFT) build -c $(FUZZ_CONFIG) --scratch-path $(FUZZ_SCRATCH) --product storyline-fuzz \
	    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do $(MAKE) --no-print-directory fuzz-run-$$t || exit 1; done
	@echo "== executions per target"; \
	total=0; for t in $(FUZZ_TARGETS); do \
	  n=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_OUT)/$$t.log | tail -1); \
	  echo "$$t: $${n:-0}"; total=$$((total + $${n:-0})); done; echo "total: $$total"

fuzz-run-%:
	@mkdir -p $(FUZZ_OUT)/corpus/$* $(FUZZ_OUT)/crashes/$*
	@echo "== fuzzing $* for $(FUZZ_SECONDS) s (log: $(FUZZ_OUT)/$*.log)"
	@SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=Fuzz/lsan.supp STORYLINE_FUZZ_TARGET=$* $(FUZZ_BIN) \
	    $(FUZZ_OUT)/corpus/$* Fuzz/corpus/$* \
	    $$( [ -f Fuzz/dict/$*.dict ] && echo -dict=Fuzz/dict/$*.dict ) \
	    -max_len=$(FUZZ_MAX_LEN_$*) -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -detect_leaks=$(FUZZ_LEAKS) \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ_OUT)/crashes/$*/ $(FUZZ_JOBS_FLAGS) \
	    > $(FUZZ_OUT)/$*.log 2>&1; status=$$?; \
	  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY)' $(FUZZ_OUT)/$*.log; \
	  if [ $$status -ne 0 ]; then echo "fuzz target $* found a problem: see $(FUZZ_OUT)/$*.log and $(FUZZ_OUT)/crashes/$*/"; exit $$status; fi

fuzz-replay:
	$(SWIFT) build --product storyline-fuzz
	@for t in $(FUZZ_TARGETS); do \
	  dirs="Fuzz/corpus/$$t"; [ -d Tests/StorylineTests/Robustness/Regressions/$$t ] && dirs="$$dirs Tests/StorylineTests/Robustness/Regressions/$$t"; \
	  SWIFT_BACKTRACE=enable=no .build/debug/storyline-fuzz replay $$t $$dirs || exit 1; done
