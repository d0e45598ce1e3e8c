#!/usr/bin/env bash
# Voxnote's two commands on a fresh Debian 12 (bookworm) machine:
#   ./setup.sh run    install what is missing, build Voxnote, and open it
#   ./setup.sh test   install what is missing, build with warnings as errors
#                     and the address/undefined sanitizers, run every test
# Extra arguments after `run` go to voxnote (e.g. ./setup.sh run --data-dir /tmp/try;
# with a verb it works without a display: ./setup.sh run transcribe talk.flac).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mode="${1:-}"
shift || true

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "Installing packages needs root: run this as root or install sudo." >&2
        exit 1
    fi
}

install_packages() {
    local wanted missing=()
    wanted=$(grep -Ev '^\s*(#|$)' "$here/packaging/debian-packages.txt")
    for package in $wanted; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build DIR TARGET [CMAKE OPTIONS]: configure DIR and build TARGET ("all" for everything).
build() {
    local dir="$1" target="$2"
    shift 2
    say "Building in $dir"
    cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)" --target "$target"
}

case "$mode" in
run)
    install_packages
    # Only the program: the tests and benchmarks build with `cmake --build build/release`.
    build "$here/build/release" voxnote
    exec "$here/build/release/bin/voxnote" "$@"
    ;;
test)
    install_packages
    build "$here/build/test" all -DVOXNOTE_WERROR=ON -DVOXNOTE_SANITIZE=address,undefined
    say "Running the tests"
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
    export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    cd "$here/build/test"
    ctest --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
*)
    echo "Usage: $0 run [voxnote arguments] | test" >&2
    exit 2
    ;;
esac
