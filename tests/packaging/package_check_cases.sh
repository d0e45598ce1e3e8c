#!/usr/bin/env bash
# The package check's own cases, run by CTest:
#   package_check_cases.sh missing BUILD_DIR   a list without libqt6opengl6-dev fails and names it
#   package_check_cases.sh no-dpkg BUILD_DIR   a machine without dpkg/apt-cache is told it was skipped
#   package_check_cases.sh sources BUILD_DIR   every source of used files (configs, found programs,
#                                              header folders, headers read, loaded libraries) gives some
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
check="$here/../../packaging/check-packages.sh"
list="$here/../../packaging/debian-packages.txt"
mode="$1"
build="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*"
    echo "--- output ---"
    cat "$work/out"
    exit 1
}

case "$mode" in
missing)
    # The package whose absence broke a fresh machine's first configure.
    removed=libqt6opengl6-dev
    grep -qx "$removed" "$list" || fail "$list no longer names $removed; pick another package for this test"
    grep -vx "$removed" "$list" >"$work/list"
    "$check" "$build" "$work/list" >"$work/out" 2>&1
    status=$?
    [ $status -eq 77 ] && cat "$work/out" && exit 77 # not Debian-like: skipped, as the check says
    [ $status -eq 1 ] || fail "expected exit 1 for a list without $removed, got $status"
    grep -q "^missing: $removed (needed for /.*Qt6OpenGLConfig.cmake" "$work/out" ||
        fail "the output does not name $removed and the file that needs it"
    ;;
sources)
    "$check" "$build" >"$work/out" 2>&1
    status=$?
    [ $status -eq 77 ] && cat "$work/out" && exit 77
    [ $status -eq 0 ] || fail "the package check fails on the declared list (exit $status)"
    for reason in "CMake package config" "used by the build or the tests" "header folder" \
        "header read by the compiler" "loaded by voxnote"; do
        grep -qE "^  [1-9][0-9]*: $reason\$" "$work/out" || fail "no file was collected as '$reason'"
    done
    ;;
no-dpkg)
    env PATH=/nonexistent /bin/bash "$check" "$build" >"$work/out" 2>&1
    status=$?
    [ $status -eq 77 ] || fail "expected exit 77 (skipped) without dpkg, got $status"
    grep -q "skipped: this machine has no dpkg and apt-cache" "$work/out" || fail "no sentence saying the check was skipped and why"
    ;;
*)
    echo "Usage: $0 missing|no-dpkg|sources BUILD_DIR" >&2
    exit 2
    ;;
esac
echo "ok: $mode"
