#!/usr/bin/env bash
# The manual page names every verb that `voxnote --help` lists, so it cannot
# silently fall behind the program.
#   man_page_names_every_verb.sh VOXNOTE MAN_PAGE
set -uo pipefail
voxnote="$1"
page="$2"
help="$("$voxnote" --help)" || { echo "FAIL: '$voxnote --help' failed"; exit 1; }
verbs="$(sed -n '/^Without a verb/,/^Options:/s/^  \([a-z][a-z-]*\)  .*/\1/p' <<<"$help")"
[ -n "$verbs" ] || { echo "FAIL: no verbs found in 'voxnote --help':"; echo "$help"; exit 1; }
missing=0
for verb in $verbs; do
    if ! grep -qx "\.B $verb" "$page"; then
        echo "FAIL: the manual page $page does not describe the verb '$verb' (add '.TP' and '.B $verb' under VERBS)"
        missing=1
    fi
done
[ $missing = 0 ] && echo "ok: the manual page names all $(wc -w <<<"$verbs") verbs"
exit $missing
