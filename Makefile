# Thin wrapper over meson: the two commands of README.md.
#   make run    install what is missing, build, open the app on the bundled data
#   make check  install what is missing, build, run the whole test suite under a virtual display

BUILDDIR ?= build
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian 12 packages the build, the app and the tests need.
BUILD_DEPS = build-essential pkg-config meson ninja-build gettext \
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsoup-3.0-dev libglib2.0-dev-bin \
  desktop-file-utils appstream adwaita-icon-theme fonts-dejavu-core librsvg2-common \
  locales fonts-noto-ui-core fonts-wqy-microhei
TEST_DEPS = xvfb xauth x11-utils dbus dbus-x11 at-spi2-core nginx-light \
  python3 python3-gi python3-pyatspi gir1.2-atspi-2.0 poppler-utils libxml2-utils \
  clang-14 libclang-rt-14-dev

# The locales of the shipped languages: gettext shows a language only under a real locale, and
# dates and numbers follow it (see docs/TRANSLATING.md).
LOCALES = en_US ar_EG es_ES fr_FR ru_RU zh_CN

.PHONY: run check deps test-deps locales build clean screenshots fuzz

deps:
	@missing=$$(for p in $(BUILD_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing: $$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

locales: deps
	@missing=$$(for l in $(LOCALES); do locale -a 2>/dev/null | grep -qx "$$l.utf8" || echo $$l; done); \
	if [ -n "$$missing" ]; then \
	  echo "Generating locales: $$missing"; \
	  for l in $$missing; do \
	    $(SUDO) sed -i "s/^# *\($$l.UTF-8 UTF-8\)/\1/" /etc/locale.gen; \
	    grep -q "^$$l.UTF-8 UTF-8" /etc/locale.gen || echo "$$l.UTF-8 UTF-8" | $(SUDO) tee -a /etc/locale.gen >/dev/null; \
	  done; \
	  $(SUDO) locale-gen >/dev/null; \
	fi

test-deps: deps locales
	@missing=$$(for p in $(TEST_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing: $$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILDDIR)/build.ninja:
	meson setup $(BUILDDIR)

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

run: build locales
	GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data $(BUILDDIR)/src/ssr-review

# make screenshots LANG=ar [SIZE=360x800]: PNGs of the main window, a detail, the dashboard and
# a presentation slide in one language, under a virtual display, in screenshots/LANG/.
SIZE ?= 1280x800
screenshots: test-deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)
	env -u LANG bash tests/screenshots.sh $(BUILDDIR) "$(LANG)" "$(SIZE)" screenshots

check: test-deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)
	bash tests/run-all.sh $(BUILDDIR)

# make fuzz [FUZZ_SECONDS=60]: each libFuzzer target of the core (tests/fuzz/README.md) for
# FUZZ_SECONDS, one after the other, built with clang apart from the meson build; what the
# fuzzers find stays in $(BUILDDIR)/fuzz/corpus, a crash in $(BUILDDIR)/fuzz/artifacts.
FUZZ_SECONDS ?= 60
fuzz: test-deps
	bash tests/fuzz/run.sh $(BUILDDIR)/fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILDDIR)
