#!/usr/bin/env bash
# Showroom CRM developer entry point for a Debian 12 machine.
#   scripts/dev.sh run [APP OPTIONS]  install what is missing, build, launch the app (demo database)
#   scripts/dev.sh test               install what is missing, build, check formatting, run all tests
#   scripts/dev.sh install            only install the Debian packages
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config git clang-format clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libgl-dev
  catch2 libsqlite3-dev libsodium-dev libphonenumber-dev fonts-dejavu-core
  poppler-utils libxlsxwriter-dev unzip libcurl4-openssl-dev dovecot-imapd openssl qtkeychain-qt6-dev
)
JOBS=$(nproc 2>/dev/null || echo 2)

install_packages() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() { # DIR [CMAKE OPTIONS...]
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j "$JOBS"
}

check_format() {
  local unformatted
  unformatted=$(git ls-files '*.cpp' '*.h' | xargs -r clang-format --dry-run -Werror 2>&1 | grep -o '^[^:]*\.\(cpp\|h\)' | sort -u || true)
  if [ -n "$unformatted" ]; then
    echo "Not clang-formatted (run clang-format -i on them):" >&2
    echo "$unformatted" >&2
    return 1
  fi
  echo "Formatting: ok"
}

case "${1:-}" in
  install)
    install_packages
    ;;
  run)
    shift
    install_packages
    configure_and_build build/app -DSHOWROOM_BUILD_TESTS=OFF -DSHOWROOM_BUILD_BENCH=OFF
    exec build/app/app/showroom "$@"
    ;;
  test)
    install_packages
    check_format
    # Core, CLI and core tests without any GUI module, as the core must build that way.
    configure_and_build build/core-only -DSHOWROOM_BUILD_GUI=OFF -DSHOWROOM_BUILD_BENCH=OFF
    (cd build/core-only && ctest --output-on-failure -j "$JOBS")
    # Everything: app, UI tests (offscreen) and the benchmark program.
    configure_and_build build/full
    (cd build/full && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$JOBS")
    # The intake readers under libFuzzer with sanitizers, a fixed number of inputs each.
    configure_and_build build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DSHOWROOM_BUILD_FUZZERS=ON
    (cd build/fuzz && ctest --output-on-failure -j "$JOBS")
    ;;
  *)
    echo "usage: scripts/dev.sh run [APP OPTIONS] | test | install" >&2
    exit 2
    ;;
esac
