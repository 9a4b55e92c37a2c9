# Two commands do all set-up on a fresh machine with Python >= 3.11 and make:
#   make demo   creates .venv, installs argmap, checks and renders the bundled examples into out/
#   make test   creates .venv, installs argmap with its test extras, runs the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    := out

.PHONY: demo test bench wheel-smoke docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	@echo "== argmap check examples/"
	@$(BIN)/argmap check examples; status=$$?; [ $$status -le 1 ] || exit $$status
	@mkdir -p $(OUT)
	@echo "== argmap render: every example map to $(OUT)/ (svg, png, html)"
	@for f in examples/*.argmap; do \
	  name=$$(basename $$f .argmap); \
	  for ext in svg png html; do $(BIN)/argmap render $$f -o $(OUT)/$$name.$$ext --findings || exit 2; done; \
	done
	@echo "== rendered:"; ls $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# Build the wheel and use it from a fresh venv: the grammar must ship inside the package.
wheel-smoke: $(STAMP)
	rm -rf dist /tmp/argmap-wheel-venv
	$(BIN)/python -m pip wheel -q --no-deps -w dist .
	$(PYTHON) -m venv /tmp/argmap-wheel-venv
	/tmp/argmap-wheel-venv/bin/python -m pip install -q dist/*.whl
	cd /tmp && /tmp/argmap-wheel-venv/bin/argmap check $(CURDIR)/examples --select AM1 --format json > /dev/null
	cd /tmp && /tmp/argmap-wheel-venv/bin/argmap render $(CURDIR)/examples/socrates.argmap -o /tmp/argmap-wheel.svg
	@echo "wheel installs, checks and renders"

docs: $(STAMP)
	$(BIN)/argmap rules --markdown > docs/rules.md

clean:
	rm -rf $(VENV) $(OUT) dist build *.egg-info
