#!/usr/bin/env bash
# Does a fresh Debian 12 machine get every package this build uses?
#
#   packaging/check-packages.sh BUILD_DIR [PACKAGE_LIST]
#
# Collects every file the configured and built tree took from the system:
#   - the CMake package configs found (each *_DIR in CMakeCache.txt),
#   - the programs and libraries CMake found (FILEPATH entries: pkg-config
#     libraries, ccache, clang-format, the validators, …),
#   - the header folders found outside /usr/include itself,
#   - every system header a compiled file read (ninja's dependency log),
#   - every shared library the built voxnote loads (ldd),
# maps each to the Debian package that owns it (dpkg -S), and fails for every
# package that is neither in PACKAGE_LIST (default: packaging/debian-packages.txt)
# nor pulled in by it through Depends/Pre-Depends, which is all that
# `apt-get install --no-install-recommends` brings.
#
# Exit status: 0 every package is declared, 1 some are missing (each printed
# with the file that needed it), 2 wrong usage or no build, 77 not a
# Debian-like machine (the check cannot run; CTest reports it as skipped).
set -euo pipefail

if ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-cache >/dev/null 2>&1; then
    echo "check-packages: skipped: this machine has no dpkg and apt-cache (it is not Debian-like)," \
         "so the package list could not be checked." >&2
    exit 77
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-}"
list="${2:-$here/debian-packages.txt}"
if [ -z "$build" ] || [ ! -f "$build/CMakeCache.txt" ]; then
    echo "check-packages: '${build:-BUILD_DIR}' is not a configured build folder (no CMakeCache.txt):" \
         "build first, e.g. ./setup.sh run." >&2
    echo "Usage: $0 BUILD_DIR [PACKAGE_LIST]" >&2
    exit 2
fi
if [ ! -f "$list" ]; then
    echo "check-packages: the package list '$list' does not exist." >&2
    exit 2
fi
build="$(cd "$build" && pwd)"
cache="$build/CMakeCache.txt"
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)"

# --- what the list brings -----------------------------------------------------
mapfile -t declared < <(grep -Ev '^\s*(#|$)' "$list" | sed 's/\s.*//')
# Non-indented lines of the recursive listing are the packages themselves;
# virtual ones come as <name> and are provided by a real one listed beside them.
closure="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances "${declared[@]}" 2>/dev/null |
    grep -v '^\s' | sed 's/:[a-z0-9]*$//' | sort -u)"
declare -A brought=()
while read -r package; do brought[$package]=1; done <<<"$closure"
unknown=()
for package in "${declared[@]}"; do
    [ -n "${brought[$package]:-}" ] || unknown+=("$package")
done
if [ ${#unknown[@]} -gt 0 ]; then
    echo "check-packages: $list names packages this machine's archive does not have: ${unknown[*]}" \
         "(a typo, or 'apt-get update' was never run)." >&2
    exit 1
fi

# --- what the build took ------------------------------------------------------
# Lines of "FILE<TAB>why", where FILE is a path outside the build and source trees.
source_dir="$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$cache")"
used_files() {
    local dir file
    # CMake package configs.
    sed -n 's/^[A-Za-z0-9_]*_DIR:PATH=\(\/.*\)/\1/p' "$cache" | while read -r dir; do
        for file in "$dir"/*[Cc]onfig.cmake; do
            if [ -f "$file" ]; then
                printf '%s\tCMake package config\n' "$file"
                break
            fi
        done
    done
    # Programs and libraries CMake found and the build or the tests use (an
    # optional library CMake merely noticed, such as libGLU, is not needed).
    local found
    found="$(sed -n 's/^[A-Za-z0-9_.+-]*:FILEPATH=\(\/.*\)/\1/p' "$cache")"
    if [ -n "$found" ]; then
        find "$build" -name build.ninja -o -name rules.ninja -o -name CTestTestfile.cmake |
            xargs grep -ohF -- "$found" | sort -u | sed 's/$/\tused by the build or the tests/'
    fi
    # Header folders found through pkg-config or find_path, outside the standard ones.
    sed -n 's/^[A-Za-z0-9_]*_INCLUDE_DIRS\{0,1\}:\(INTERNAL\|PATH\)=\(\/.*\)/\2/p' "$cache" | tr ';' '\n' |
        while read -r dir; do
            case "$dir" in /usr/include | /usr/include/ | "/usr/include/$multiarch" | /usr/local/*) continue ;; esac
            if [ -d "$dir" ]; then printf '%s\theader folder\n' "$dir"; fi
        done
    # Every system header a compiled file read.
    if [ -f "$build/.ninja_deps" ] && command -v ninja >/dev/null 2>&1; then
        ninja -C "$build" -t deps 2>/dev/null | sed -n 's/^ *\(\/usr\/[^ ]*\)$/\1/p' | sort -u |
            sed 's/$/\theader read by the compiler/'
    fi
    # Shared libraries the program loads.
    local program="$build/bin/voxnote"
    if [ -x "$program" ]; then
        ldd "$program" | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p' | sed 's/$/\tloaded by voxnote/'
    else
        echo "check-packages: $program is not built yet: its shared libraries were not checked." >&2
    fi
}

declare -A why=()
while IFS=$'\t' read -r file reason; do
    case "$file" in "$build"/* | "$source_dir"/*) continue ;; esac
    [ -n "${why[$file]:-}" ] || why[$file]="$reason"
done < <(used_files)

# dpkg knows a file by the path its package installed; with merged /usr the
# same file is also reachable as /lib/… or through a symlink.
owners_of() {
    dpkg -S "$@" 2>/dev/null | sed -n 's/^\(.*\): \(\/.*\)$/\2\t\1/p'
}
declare -A owner=()
while IFS=$'\t' read -r path packages; do owner[$path]="$packages"; done < <(owners_of "${!why[@]}")
retry=()
declare -A alias_of=()
for file in "${!why[@]}"; do
    [ -n "${owner[$file]:-}" ] && continue
    for alternative in "$(readlink -f "$file")" "${file#/usr}" "/usr$file"; do
        [ "$alternative" != "$file" ] && [ -e "$alternative" ] || continue
        alias_of[$alternative]="$file"
        retry+=("$alternative")
    done
done
if [ ${#retry[@]} -gt 0 ]; then
    while IFS=$'\t' read -r path packages; do
        original="${alias_of[$path]:-}"
        [ -n "$original" ] && [ -z "${owner[$original]:-}" ] && owner[$original]="$packages"
    done < <(owners_of "${retry[@]}")
fi

# --- verdict ------------------------------------------------------------------
declare -A missing=()
for file in "${!why[@]}"; do
    packages="${owner[$file]:-}"
    [ -n "$packages" ] || continue # not installed by a package (an alternatives link, a local file)
    satisfied=0
    IFS=', ' read -r -a candidates <<<"$packages"
    for package in "${candidates[@]}"; do
        package="${package%%:*}"
        if [ -n "${brought[$package]:-}" ]; then satisfied=1 && break; fi
    done
    [ $satisfied = 1 ] && continue
    package="${candidates[0]%%:*}"
    if [ -z "${missing[$package]:-}" ] || [[ "$file" < "${missing[$package]%%$'\t'*}" ]]; then
        missing[$package]="$file"$'\t'"${why[$file]}"
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    for package in $(printf '%s\n' "${!missing[@]}" | sort); do
        IFS=$'\t' read -r file reason <<<"${missing[$package]}"
        echo "missing: $package (needed for $file, $reason)"
    done
    echo "check-packages: ${#missing[@]} package(s) this build uses are not in $list" \
         "and not pulled in by it: add them there." >&2
    exit 1
fi
echo "check-packages: all ${#why[@]} files the build and voxnote use come from packages" \
     "that $list declares or pulls in (${#declared[@]} declared)."
# How many files each source gave: a source that gives none has stopped looking.
for reason in "CMake package config" "used by the build or the tests" "header folder" \
    "header read by the compiler" "loaded by voxnote"; do
    count=0
    for file in "${!why[@]}"; do [ "${why[$file]}" = "$reason" ] && count=$((count + 1)); done
    echo "  $count: $reason"
done
