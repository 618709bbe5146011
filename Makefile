# Two commands do all the set-up on a fresh machine with Python 3.11 and make:
#   make run    start the service (http://127.0.0.1:8000/) on the default model,
#               training it first if there is none
#   make test   run the whole test suite
# Each creates .venv/ on first use and installs the pinned dependencies
# (requirements.lock); later runs skip the install unless those files changed.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install browser

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[test]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/intervensi train --if-missing
	$(BIN)/intervensi serve

# The page tests drive Debian's Chromium (Playwright cannot download browsers here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "The browser tests need Chromium: run 'sudo apt-get install chromium', then 'make test' again." >&2; exit 1; \
	  fi; }

test: $(STAMP) browser
	$(BIN)/python -m pytest -n 2 --dist loadgroup --no-loadscope-reorder
