# Thin wrapper over meson: the two commands of README.md.
#   make run    install what is missing, build, open the app on the bundled data
#   make check  install what is missing, build, run the whole test suite under a virtual display

BUILDDIR ?= build
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian 12 packages the build, the app and the tests need.
BUILD_DEPS = build-essential pkg-config meson ninja-build gettext \
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsoup-3.0-dev libglib2.0-dev-bin \
  desktop-file-utils appstream adwaita-icon-theme fonts-dejavu-core librsvg2-common
TEST_DEPS = xvfb xauth x11-utils dbus dbus-x11 at-spi2-core nginx-light \
  python3 python3-gi python3-pyatspi gir1.2-atspi-2.0 poppler-utils libxml2-utils

.PHONY: run check deps test-deps build clean

deps:
	@missing=$$(for p in $(BUILD_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing: $$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

test-deps: deps
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

run: build
	GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data $(BUILDDIR)/src/ssr-review

check: test-deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)
	bash tests/run-all.sh $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR)
