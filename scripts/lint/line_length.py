#!/usr/bin/env python3
"""Fails when a line of Swift source is longer than the limit (120 characters by default).

swift-format keeps code within 120 columns but cannot break a long string literal or comment, so
`make lint` runs this check after it. Length is counted in Unicode characters (code points), not bytes:
"—" or "é" is one character, as an editor counts it. A trailing "\\r" is not counted.

Usage: scripts/lint/line_length.py [--max N] [--exclude DIR]... [PATH ...]
PATHs default to Sources, Tests and Package.swift (relative to the working directory); folders are
searched for .swift files. Every offending line is listed as `file:line: N characters`; the exit status
is 1 when there is one, 0 otherwise (2 for a usage error or a file that is not UTF-8).
"""

import argparse
import os
import sys

DEFAULT_PATHS = ["Sources", "Tests", "Package.swift"]


def swift_files(paths, excluded):
    """The .swift files under `paths`, sorted, outside every folder in `excluded`."""
    found = []
    for path in paths:
        if os.path.isfile(path):
            found.append(os.path.normpath(path))
            continue
        if not os.path.isdir(path):
            raise FileNotFoundError(path)
        for root, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if os.path.normpath(os.path.join(root, d)) not in excluded]
            found += [os.path.normpath(os.path.join(root, f)) for f in files if f.endswith(".swift")]
    return sorted(f for f in set(found) if not any(f.startswith(e + os.sep) for e in excluded))


def long_lines(path, limit):
    """(line number, length) of each line of `path` longer than `limit` characters."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    result = []
    for number, line in enumerate(text.split("\n"), start=1):
        length = len(line.rstrip("\r"))
        if length > limit:
            result.append((number, length))
    return result


def main(argv):
    parser = argparse.ArgumentParser(description="List Swift lines longer than the limit.")
    parser.add_argument("paths", nargs="*", help="files or folders (default: Sources Tests Package.swift)")
    parser.add_argument("--max", type=int, default=120, help="longest allowed line, in characters (120)")
    parser.add_argument(
        "--exclude", action="append", default=[], metavar="DIR", help="a folder to skip (repeatable)"
    )
    args = parser.parse_args(argv)
    excluded = {os.path.normpath(e) for e in args.exclude}
    try:
        files = swift_files(args.paths or DEFAULT_PATHS, excluded)
        offences = [(f, n, length) for f in files for n, length in long_lines(f, args.max)]
    except FileNotFoundError as e:
        print(f"line_length.py: no such file or folder: {e}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as e:
        print(f"line_length.py: a file is not UTF-8: {e}", file=sys.stderr)
        return 2
    for f, n, length in offences:
        print(f"{f}:{n}: {length} characters")
    if offences:
        print(f"{len(offences)} line(s) longer than {args.max} characters", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
