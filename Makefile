# Two commands for a newcomer: `make run` starts the app, `make test` runs every check.
# Each creates the virtualenv (.venv) when it is missing or older than pyproject.toml.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# uv installs exactly what uv.lock says (every package, every hash). uv itself is pinned with
# hashes in packaging/requirements-uv.txt and lives in its own small venv, .uv/.
UVENV  := .uv
UV     := $(UVENV)/bin/uv
export UV_PYTHON_DOWNLOADS := never
# Dependencies come from PyPI as the lock records them, whatever a local pip.conf says.
export UV_NO_CONFIG := 1

.PHONY: run test lint typecheck pytest screenshots translations bench bundle clean system-deps \
	test-deps lock lock-uv test-latest fuzz crash-test

$(UV): packaging/requirements-uv.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CCHC Desktop needs Python 3.11 or newer")'
	test -x $(UVENV)/bin/python || $(PYTHON) -m venv $(UVENV)
	$(UVENV)/bin/python -m pip install --quiet --no-deps --require-hashes -r packaging/requirements-uv.txt
	touch $(UV)

$(STAMP): pyproject.toml uv.lock $(UV)
	$(UV) sync --locked --extra dev --python $(PYTHON)
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cchc-desktop

test: test-deps lint typecheck pytest

# What the tests need from Debian, installed when missing (CI runs as root on a fresh machine).
test-deps:
	@sh .ci/system-packages.sh

# Refresh the lock: newest versions the ranges in pyproject.toml allow, for every platform and
# Python the app supports. Run it on purpose (after `make test-latest` passes), commit uv.lock.
lock: $(UV)
	$(UV) lock --upgrade --python $(PYTHON)

# uv's own pin (packaging/requirements-uv.txt), refreshed to the newest uv with every hash.
lock-uv: $(UV)
	mkdir -p build
	{ head -n 2 packaging/requirements-uv.txt; \
	  echo uv | $(UV) pip compile --universal --generate-hashes --no-header --quiet -; } \
		> build/requirements-uv.txt && mv build/requirements-uv.txt packaging/requirements-uv.txt

# The tests in a throwaway environment made of the newest releases the ranges allow (not the
# lock), so the next break shows up here before `make lock` takes it in.
LATEST := build/venv-latest
test-latest: $(UV) test-deps
	rm -rf $(LATEST)
	$(UV) venv --quiet --python $(PYTHON) $(LATEST)
	$(UV) pip install --quiet --python $(LATEST)/bin/python --upgrade --no-cache -e '.[dev]'
	$(UV) pip list --python $(LATEST)/bin/python --format freeze > build/latest-versions.txt
	QT_QPA_PLATFORM=offscreen $(LATEST)/bin/python -m pytest $(PYTEST_ARGS)


# lint-imports: the layer, Qt-free and window-through-core contracts of pyproject.toml's
# [tool.importlinter] (docs/ARCHITECTURE.md, "Layers"); an import against them fails the build.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The attack kept in the tests, at length (CI runs a few thousand fuzz cases and three kills
# per job in tests/security/). A new seed each run unless FUZZ_SEED is given; the cases that
# found something are kept in build/fuzz/ and replayed with --case.
FUZZ_CASES ?= 20000
FUZZ_SEED ?= $(shell date +%s)
fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.security.fuzz --cases $(FUZZ_CASES) \
		--seed $(FUZZ_SEED) --out build/fuzz

# kill -9 in the middle of a merge, a photo import and a signing, CRASH_TRIALS times each.
CRASH_TRIALS ?= 30
crash-test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.security.crash --trials $(CRASH_TRIALS) \
		--seed $(FUZZ_SEED)

# The README's pictures, drawn off screen from a demo data folder.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/tools/make_screenshots.py docs/screenshots

# Every message, in Qt's TS files that translators open with .venv/bin/pyside6-linguist
# (README, "Translations"). The window's strings: collect them from the sources into
# resources/translations/cchc_en.ts, then compile every window .ts into its .qm. The inspection,
# gallery, minutes and exchange areas keep their own <area>_en.ts, collected from that area's
# folder alone (the shell's run leaves those folders out). The core's (vi, en) message pairs:
# cchc_desktop.catalogue.extract collects them into core_en.ts, keeping a translator's corrected
# English; the core reads that file itself (it never loads Qt), so it gets no .qm.
AREAS = inspection gallery minutes exchange
WINDOW_SOURCES = $(shell find cchc_desktop/gui -name '*.py' $(foreach area,$(AREAS),-not -path '*/$(area)/*') \
	| sort) $(wildcard ui/*.ui)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(WINDOW_SOURCES) -ts resources/translations/cchc_en.ts
	for area in $(AREAS); do \
		$(BIN)/pyside6-lupdate -no-obsolete $$(find cchc_desktop/gui/$$area -name '*.py' | sort) \
			-ts resources/translations/$${area}_en.ts || exit 1; \
	done
	$(BIN)/python -m cchc_desktop.catalogue.extract
	for ts in resources/translations/*.ts; do \
		[ "$$ts" = resources/translations/core_en.ts ] && continue; \
		$(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

# Benchmarks write their figures into docs/BENCHMARKS.md.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/run_all.py

# The one-folder app in dist/cchc-desktop/ (cchc-desktop and cchc), from this checkout.
bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean packaging/cchc-desktop.spec
	@du -sh dist/cchc-desktop

# Libraries Qt needs to open a real window on a desktop Debian (not needed for the tests,
# which draw off screen). Run once with root rights.
system-deps:
	apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
		libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3

clean:
	rm -rf $(VENV) $(UVENV) build dist .mypy_cache .ruff_cache
