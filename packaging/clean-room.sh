#!/usr/bin/env bash
# Does the README's Quick start work on a fresh Debian 12, and does the .deb
# work from its Depends alone? Run as root, from anywhere:
#
#   packaging/clean-room.sh
#
#  1. debootstrap --variant=minbase bookworm into a temporary root, copy this
#     checkout in (tracked and untracked files, no build folders), and run the
#     README's first command there (`./setup.sh run --version`: it installs
#     the packages, builds voxnote and runs it); then a CLI smoke test:
#     --version, transcribe, ocr, speak.
#  2. Build the .deb there with CPack and run lintian on it (on this machine).
#  3. A second fresh root: `apt-get install ./voxnote_*.deb` with
#     --no-install-recommends, and the same smoke test against /usr/bin/voxnote.
# Everything is removed afterwards, also when interrupted; nothing stays mounted.
# The mirror is this machine's Debian mirror, or $VOXNOTE_MIRROR.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
testdata="$here/../shared/testdata"
suite=bookworm

# Messages go to the script's own stderr (fd 3), also from a trap that fires
# while a step's output is redirected to its log.
exec 3>&2
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&3; }
die() {
    echo "clean-room: $*" >&3
    exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root for debootstrap, mount and chroot: run it as root or with sudo."
for file in speech/jfk.flac ocr/phototest.tif; do
    [ -f "$testdata/$file" ] || die "the smoke test needs $testdata/$file, which is missing."
done

mirror="${VOXNOTE_MIRROR:-}"
if [ -z "$mirror" ]; then
    mirror="$(sed -n 's/^URIs: *\(http[^ ]*debian\)\/*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)"
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror="$(awk '$1 == "deb" && $2 ~ /^http/ { print $2; exit }' /etc/apt/sources.list)"
fi
mirror="${mirror:-http://deb.debian.org/debian}"

declare -a timings=()
work="$(mktemp -d /var/tmp/voxnote-clean-room.XXXXXX)"
# Unmount everything under the work folder before removing it; a folder that
# is still mounted is left in place (and named) rather than removed through.
cleanup() {
    local status=$?
    trap - EXIT
    trap '' INT TERM HUP # a second interrupt must not stop the clean-up half-way
    if [ "$status" -ne 0 ] && [ ${#timings[@]} -gt 0 ]; then
        echo "clean-room: failed after these steps:" >&3
        printf '%s\n' "${timings[@]}" >&3
    fi
    # Whatever still runs inside a root (an interrupted apt or build) goes first.
    local proc root mounts
    for proc in /proc/[0-9]*; do
        root="$(readlink "$proc/root" 2>/dev/null)" || continue
        case "$root" in "$work"/*) kill -9 "${proc#/proc/}" 2>/dev/null || true ;; esac
    done
    sleep 0.2
    mounts="$(findmnt -rno TARGET | grep -F "$work/" | sort -r || true)"
    for target in $mounts; do umount -l "$target" 2>/dev/null || true; done
    if findmnt -rno TARGET | grep -qF "$work/"; then
        echo "clean-room: $work is still mounted; unmount it and remove it by hand." >&3
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'echo "clean-room: interrupted; cleaning up." >&3; exit 130' INT TERM HUP

timeout 30 /usr/lib/apt/apt-helper download-file "$mirror/dists/$suite/Release" "$work/Release" >/dev/null 2>&1 ||
    die "cannot reach Debian's archive at $mirror (set VOXNOTE_MIRROR to a reachable one)."
# Both tools are needed: a run that skipped linting would pass without checking the package.
for tool in debootstrap lintian; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        say "Installing $tool"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$tool" >/dev/null ||
            die "could not install $tool."
    fi
done

phase_start=$SECONDS
phase() {
    timings+=("$(printf '%-44s %5d s' "$1" $((SECONDS - phase_start)))")
    phase_start=$SECONDS
}

# in_root ROOT COMMAND…: run a shell command inside ROOT with a clean environment.
# It runs in the background so that an interrupt reaches the trap at once.
in_root() {
    local root="$1"
    shift
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c "$*" &
    wait $!
}

new_root() {
    local root="$1"
    say "debootstrap --variant=minbase $suite $root ($mirror)"
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.log" 2>&1 ||
        die "debootstrap failed (see the end of its log below):
$(tail -5 "$root.log")"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$root/proc"
    mkdir -p "$root/smoke"
    cp "$testdata/speech/jfk.flac" "$testdata/ocr/phototest.tif" "$root/smoke/"
}

# smoke ROOT VOXNOTE: the CLI smoke test against the voxnote at path VOXNOTE inside ROOT.
smoke() {
    local root="$1" voxnote="$2" out
    say "Smoke test of $voxnote"
    out="$(in_root "$root" "$voxnote --version")" || die "'voxnote --version' failed: $out"
    grep -q '^voxnote [0-9]' <<<"$out" || die "'voxnote --version' printed: $out"
    out="$(in_root "$root" "$voxnote transcribe /smoke/jfk.flac --data-dir /tmp/vx 2>&1")" ||
        die "'voxnote transcribe' failed: $out"
    grep -qi 'country' <<<"$out" || die "'voxnote transcribe jfk.flac' did not hear 'country': $out"
    out="$(in_root "$root" "$voxnote ocr /smoke/phototest.tif --data-dir /tmp/vx 2>&1")" ||
        die "'voxnote ocr' failed: $out"
    grep -q 'quick brown' <<<"$out" || die "'voxnote ocr phototest.tif' did not read 'quick brown': $out"
    out="$(in_root "$root" "$voxnote speak 'Hello from a clean room.' -o /tmp/hello.ogg --data-dir /tmp/vx 2>&1 &&
        stat -c %s /tmp/hello.ogg")" || die "'voxnote speak' failed: $out"
    [ "$(tail -1 <<<"$out")" -gt 4000 ] || die "'voxnote speak' wrote a file of only $(tail -1 <<<"$out") bytes."
}

total_start=$SECONDS

# --- 1. the README on a fresh machine ----------------------------------------
build_root="$work/root-build"
new_root "$build_root"
phase "debootstrap (build root)"
say "Copying the checkout"
mkdir -p "$build_root/src/voxnote" "$build_root/src/shared/testdata/speech" "$build_root/src/shared/testdata/ocr"
git -C "$here" ls-files -z --cached --others --exclude-standard |
    (cd "$here" && xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh) |
    tar -C "$here" --null -T - -cf - | tar -C "$build_root/src/voxnote" -xf -
cp "$testdata/speech/jfk.flac" "$testdata/speech/jfk.txt" "$build_root/src/shared/testdata/speech/"
cp "$testdata/ocr/phototest.tif" "$testdata/ocr/phototest.txt" "$build_root/src/shared/testdata/ocr/"
say "./setup.sh run --version (installs the packages, builds voxnote, runs it)"
in_root "$build_root" "cd /src/voxnote && ./setup.sh run --version" >"$work/setup.log" 2>&1 ||
    die "'./setup.sh run --version' failed on a fresh $suite; the end of its output:
$(tail -25 "$work/setup.log")"
grep -E 'Installing [0-9]+ missing packages' "$work/setup.log" | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-80 >&2 || true
phase "./setup.sh run: apt, build and run"
in_root "$build_root" "cd /src/voxnote && packaging/check-packages.sh build/release" >&2 ||
    die "the package check fails on a fresh $suite (above): add the missing packages to packaging/debian-packages.txt."
phase "package check (fresh root)"
smoke "$build_root" /src/voxnote/build/release/bin/voxnote
phase "CLI smoke (built tree)"

# --- 2. the .deb and lintian ----------------------------------------------------
say "cpack -G DEB"
in_root "$build_root" "cd /src/voxnote/build/release && cpack -G DEB" >"$work/cpack.log" 2>&1 ||
    die "cpack failed: $(tail -15 "$work/cpack.log")"
deb="$(ls "$build_root"/src/voxnote/build/release/voxnote_*.deb | head -1)"
cp "$deb" "$work/"
deb="$work/$(basename "$deb")"
phase "cpack"
say "lintian $(basename "$deb")"
# What lintian still reports (hints only) is explained in packaging/deb/README.md.
lintian --info --display-info --show-overrides "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log" >&2
grep -qE '^[EW]: ' "$work/lintian.log" &&
    die "lintian reports errors or warnings (above); fix them, or explain them in packaging/deb/README.md."
phase "lintian"
umount -l "$build_root/proc"
rm -rf "$build_root"

# --- 3. the .deb on a fresh machine ---------------------------------------------
run_root="$work/root-run"
new_root "$run_root"
phase "debootstrap (install root)"
cp "$deb" "$run_root/tmp/"
say "apt-get install --no-install-recommends ./$(basename "$deb")"
in_root "$run_root" "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends /tmp/$(basename "$deb")" >"$work/install.log" 2>&1 ||
    die "installing the .deb failed: $(tail -15 "$work/install.log")"
phase "apt-get install ./voxnote.deb"
smoke "$run_root" /usr/bin/voxnote
phase "CLI smoke (installed package)"

say "The clean room passed"
printf '%s\n' "${timings[@]}" >&2
printf '%-44s %5d s\n' "total" $((SECONDS - total_start)) >&2
