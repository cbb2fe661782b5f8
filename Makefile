# Two commands for a fresh machine:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test venv lint bench screenshots installer installer-test install-desktop clean

# The stamp is written only once the install has finished: an install cut short (Ctrl+C, a lost network) is run
# again by the next `make run` or `make test`, never taken for done because the venv's own files exist.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(VENV)/.installed

venv: $(VENV)/.installed

run: venv
	$(BIN)/facilitator gui

# With PostgreSQL installed, the store/operations/search tests also run against a throwaway cluster
# (tools/with_pg.sh); without it that half is skipped, and the first line of the output says so.
test: venv
	QT_QPA_PLATFORM=offscreen bash tools/with_pg.sh $(BIN)/python -m pytest -n 2 --dist loadgroup -q

lint: venv
	$(BIN)/python -m pip install --quiet ruff && $(BIN)/ruff check facilitator ui tests benchmarks packaging tools

bench: venv
	$(BIN)/python -m benchmarks

screenshots: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.meeting docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots.officials docs/screenshots

# The desktop bundle (dist/Facilitator-VERSION/, a .app on macOS) and its smoke test (not part of `make test`: slow).
installer: venv
	$(BIN)/python -m pip install --quiet -e ".[build]" && $(BIN)/pyinstaller --noconfirm build_installer.spec

installer-test: venv
	$(BIN)/python packaging/smoke_test.py

# Linux: the app in this user's application menu (~/.local/share/applications and the hicolor icon theme).
install-desktop: venv
	$(BIN)/facilitator install-desktop

clean:
	rm -rf $(VENV) build dist *.egg-info
