#!/usr/bin/env bash
# Regenerates the expected outputs of the test programs under testdata/ with
# CPython 3.11 (see /work/coord/TESTDATA.md for the format).
#
#   scripts/regen-expected.sh                 regenerate every program
#   scripts/regen-expected.sh a.py b.py       regenerate the programs given
#   scripts/regen-expected.sh --check [...]   regenerate into a temp dir and
#                                             diff against the committed files;
#                                             exit 1 on any difference
#
# Each program runs as `cd <dir> && python3.11 <name>.py` with PYTHONHASHSEED=0
# and stdin from /dev/null. The absolute "<dir>/" prefix is removed from
# stdout and stderr so tracebacks read `File "<name>.py", line N`.
# Writes <name>.out always, <name>.err only when stderr is non-empty and
# <name>.code only when the exit status is non-zero.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)

# Pick CPython 3.11: python3.11, or python3 when it is 3.11.
py=""
if command -v python3.11 >/dev/null 2>&1; then
  py=$(command -v python3.11)
elif command -v python3 >/dev/null 2>&1 &&
  python3 -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
  py=$(command -v python3)
else
  echo "regen-expected: CPython 3.11 not found (need python3.11 or python3 3.11)" >&2
  exit 2
fi

check=0
if [ "${1:-}" = "--check" ]; then
  check=1
  shift
fi

# The programs: the arguments (made absolute) or every testdata/**/*.py.
progs=()
if [ $# -gt 0 ]; then
  for f in "$@"; do
    case "$f" in
      *.py) ;;
      *) echo "regen-expected: not a .py file: $f" >&2; exit 2 ;;
    esac
    if [ ! -f "$f" ]; then
      echo "regen-expected: no such file: $f" >&2
      exit 2
    fi
    progs+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
  done
else
  while IFS= read -r f; do
    progs+=("$f")
  done < <(find "$root/testdata" -name '_*' -prune -o -name '*.py' -type f -print | LC_ALL=C sort)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# escape_sed quotes a string for use as a literal in a sed regex with | delimiters.
escape_sed() {
  printf '%s' "$1" | sed -e 's/[]\/$*.^|[]/\\&/g'
}

# run_one PROG OUTDIR: runs PROG and writes name.out/.err/.code into OUTDIR.
run_one() {
  local prog=$1 outdir=$2
  local dir name base rc pat
  dir=$(dirname "$prog")
  name=$(basename "$prog")
  base=${name%.py}
  rc=0
  (cd "$dir" && PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 "$py" "$name" \
    </dev/null >"$tmp/stdout" 2>"$tmp/stderr") || rc=$?
  pat=$(escape_sed "$dir/")
  sed -e "s|$pat||g" "$tmp/stdout" >"$outdir/$base.out"
  rm -f "$outdir/$base.err" "$outdir/$base.code"
  if [ -s "$tmp/stderr" ]; then
    sed -e "s|$pat||g" "$tmp/stderr" >"$outdir/$base.err"
  fi
  if [ "$rc" -ne 0 ]; then
    echo "$rc" >"$outdir/$base.code"
  fi
}

status=0
for prog in "${progs[@]}"; do
  dir=$(dirname "$prog")
  base=$(basename "$prog" .py)
  if [ "$check" -eq 0 ]; then
    run_one "$prog" "$dir"
    continue
  fi
  out="$tmp/check"
  rm -rf "$out"
  mkdir -p "$out"
  run_one "$prog" "$out"
  for ext in out err code; do
    want="$dir/$base.$ext"
    got="$out/$base.$ext"
    if [ -f "$want" ] && [ -f "$got" ]; then
      if ! diff -u --label "$want (committed)" --label "$want (python3.11)" "$want" "$got"; then
        status=1
      fi
    elif [ -f "$want" ]; then
      echo "regen-expected: $want exists but python3.11 writes nothing there" >&2
      status=1
    elif [ -f "$got" ]; then
      echo "regen-expected: $want is missing (python3.11 writes it)" >&2
      status=1
    fi
  done
done

if [ "$check" -eq 1 ] && [ "$status" -ne 0 ]; then
  echo "regen-expected: expected outputs differ from python3.11; run scripts/regen-expected.sh" >&2
fi
exit "$status"
