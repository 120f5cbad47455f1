# Two commands on a fresh Debian machine:  make run  (opens the app)   make test  (runs the tests)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint resources screenshot system-packages clean translations

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# The window's translations: resources/i18n/*.ts (ours, edited in Qt Linguist or by hand) compiled to .qm.
TS := $(wildcard resources/i18n/regionmap_*.ts)
QM := $(TS:.ts=.qm)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After adding tr()/translate() texts: refresh the catalogues (new texts come in "unfinished"), then translate.
translations: $(STAMP)
	for ts in $(TS); do lang=$$(basename $$ts .ts | sed 's/regionmap_//'); \
	  $(BIN)/pyside6-lupdate $$(find app layers -name '*.py' | sort) -locations none -no-obsolete \
	    -target-language $${lang}_FI -ts $$ts; done

run: $(STAMP) $(QM)
	$(BIN)/regionmap

# System packages for the Xvfb window test, PDF and HTML checks; installed where we are root.
system-packages:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=""; \
	  for p in xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	           libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 \
	           libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils chromium gdal-bin qgis python3-qgis; do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then \
	    echo "installing system packages:$$missing"; \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	  fi; \
	else echo "not root or no apt-get: tests needing Xvfb, poppler or chromium will skip"; fi

# lint-imports checks the import contracts in pyproject.toml ([tool.importlinter]); under a second, so pytest's
# tests/test_architecture.py runs it again for those who call pytest directly.
test: system-packages $(STAMP) $(QM)
	$(BIN)/ruff check app layers tests benchmarks resources
	$(BIN)/lint-imports --no-cache
	$(BIN)/pytest -q -n auto --dist loadscope

lint: $(STAMP)
	$(BIN)/ruff check app layers tests benchmarks resources
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy

resources: $(STAMP)
	$(BIN)/pip install -q '.[resources]'
	$(BIN)/python resources/build_resources.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/regionmap --screenshot docs/screenshot.png --size 1400x900

clean:
	rm -rf $(VENV) build *.egg-info
