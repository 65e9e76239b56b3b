#!/usr/bin/env python3
"""How long `actormap render` takes per layout engine, map size and shape: the measurements behind
Sources/GraphvizRendering/RenderingLimits.swift and the README's rendering table.

    swift build -c release --product actormap
    python3 scripts/bench/render_sizes.py --no-limits --timeout 90 --stop-after-cpu 10 --markdown   # the README's
                                                                # table (every shape, engine and size: ~1 hour)
    python3 scripts/bench/render_sizes.py --shapes events --engines sfdp --sizes 3200,12800
    python3 scripts/bench/render_sizes.py --generate-only      # only write bench-data/render/*.csv
    python3 scripts/bench/render_sizes.py --markdown --json run.json

Each run is one whole process, as a user runs it:

    actormap render FILE --layout ENGINE --format svg -o OUT.svg

killed after --timeout seconds (default 60). For each shape and engine the sizes go up until a run takes
longer than --stop-after seconds (default 30: the limit `render` must keep) or, with --stop-after-cpu, more
CPU seconds than that (on a busy machine wall time says little); larger sizes are not run for that engine
and shape and are reported as `skipped`. Each run's CPU time (user + system, of the child) is recorded. The engine `render` actually used (it may switch to sfdp or
refuse, see RenderingLimits) is read from its warnings. --no-limits times each engine beyond its limit:
it runs `render` with ACTORMAP_RENDER_NO_LIMITS=1 (read by `render` for this script only) and
`--time-limit 0`.

Shapes (CSV edge lists `source,target`, undirected, git-ignored under bench-data/render/; names like real
actor names, 15-40 characters, so labels have realistic sizes):
- `events`: like conflict-event data (e.g. ACLED actor pairs): about 80 % of actors in many small
  components (pairs, paths and small stars of 2-6 actors), the rest around a few hubs (state forces,
  the main armed groups) with preferential attachment; ties ~ 0.9 x actors.
- `ba`: Barabasi-Albert, m = 2 (ties ~ 2 x actors), one component.
- `er`: Erdos-Renyi, mean degree 3 (ties ~ 1.5 x actors), a giant component and scattered small ones.

The machine's load (1-minute load average, /proc/loadavg) is recorded before each run: the machine is shared,
so times are upper bounds, which makes limits set from them conservative.

Needs: Python 3.9+, standard library only.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import resource
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "bench-data" / "render"
DEFAULT_BIN = REPO / ".build" / "release" / "actormap"
SEED = 2026
SHAPES = ["events", "ba", "er"]
ENGINES = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
SIZES = [100, 200, 400, 800, 1600, 3200, 6400, 12800, 25000, 50000]

# Words for actor names of realistic length ("Militia of Kaduna Region 17", "Police Forces of ... 1999-2015").
KINDS = ["Militia", "Police Forces", "Military Forces", "Rebel Group", "Communal Militia", "Protesters",
         "Rioters", "Civilians", "Unidentified Armed Group", "Party Youth Wing", "Vigilante Group",
         "Ethnic Militia", "Private Security Forces", "Local Government Officials"]
PLACES = ["Kaduna", "Maro", "Benue", "Upper Nile", "Darfur", "Ituri", "Kasai", "Borno", "Tigray", "Oromia",
          "Sool", "Jonglei", "Lakes", "Plateau", "Zamfara", "Hiraan", "Gedo", "Nord-Kivu", "Sud-Kivu"]


def actor_names(n: int, rng: random.Random) -> list[str]:
    """n distinct names, 15-40 characters, ASCII, no comma or quote (a plain edge list)."""
    names = []
    for i in range(n):
        kind = rng.choice(KINDS)
        place = rng.choice(PLACES)
        names.append(f"{kind} of {place} {i}" if rng.random() < 0.7 else f"{kind} {i}")
    return names


def events_edges(n: int, rng: random.Random) -> list[tuple[int, int]]:
    """Many small components plus a hub-centred component: conflict-event actor pairs."""
    edges: list[tuple[int, int]] = []
    core = max(2, n // 5)  # actors around the hubs
    hubs = max(1, core // 200)
    # The hub component: each new actor ties to 1 (sometimes 2) earlier actors, chosen by degree.
    targets = list(range(hubs)) * 20  # hubs start with weight
    for h in range(1, hubs):
        edges.append((h - 1, h))
    for v in range(hubs, core):
        k = 1 if rng.random() < 0.8 else 2
        chosen = {rng.choice(targets) for _ in range(k)}  # one or two earlier actors (by degree)
        for u in chosen:
            edges.append((v, u))
            targets += [u, v]
    # The rest: small components of 2-6 actors (pairs mostly), trees with an occasional extra tie.
    v = core
    while v < n:
        size = min(n - v, rng.choice([2, 2, 2, 2, 3, 3, 4, 5, 6]))
        if size == 1:
            edges.append((v, rng.randrange(core)))  # a last straggler joins the hub component
            v += 1
            continue
        members = list(range(v, v + size))
        for i in range(1, size):
            edges.append((members[i], members[rng.randrange(i)]))
        if size >= 4 and rng.random() < 0.3:
            a, b = rng.sample(members, 2)
            edges.append((a, b))
        v += size
    return edges


def ba_edges(n: int, rng: random.Random, m: int = 2) -> list[tuple[int, int]]:
    edges = []
    targets = list(range(m))
    repeated: list[int] = []
    for v in range(m, n):
        for u in set(targets):
            edges.append((v, u))
        repeated += targets + [v] * m
        chosen: set[int] = set()
        while len(chosen) < m:
            chosen.add(rng.choice(repeated))
        targets = list(chosen)
    return edges


def er_edges(n: int, rng: random.Random, mean_degree: float = 3.0) -> list[tuple[int, int]]:
    m = int(n * mean_degree / 2)
    seen: set[tuple[int, int]] = set()
    while len(seen) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            seen.add((min(a, b), max(a, b)))
    return sorted(seen)


def generate(shape: str, n: int) -> Path:
    path = DATA / f"{shape}-{n}.csv"
    if path.exists():
        return path
    rng = random.Random(f"{SEED}-{shape}-{n}")
    edges = {"events": events_edges, "ba": ba_edges, "er": er_edges}[shape](n, rng)
    names = actor_names(n, rng)
    seen: set[tuple[int, int]] = set()
    DATA.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w") as f:
        f.write("source,target\n")
        for a, b in edges:
            key = (min(a, b), max(a, b))
            if a == b or key in seen:
                continue
            seen.add(key)
            f.write(f"{names[a]},{names[b]}\n")
    tmp.rename(path)
    return path


def counts(path: Path) -> tuple[int, int]:
    actors: set[str] = set()
    ties = 0
    with path.open() as f:
        next(f)
        for line in f:
            a, b = line.rstrip("\n").split(",")
            actors.add(a)
            actors.add(b)
            ties += 1
    return len(actors), ties


def load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def run(binary: Path, path: Path, engine: str, timeout: float, no_limits: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.svg"
        env = dict(os.environ)
        if no_limits:
            env["ACTORMAP_RENDER_NO_LIMITS"] = "1"
        cmd = [str(binary), "render", str(path), "--layout", engine, "--format", "svg", "-o", str(out)]
        if no_limits:
            cmd += ["--time-limit", "0"]
        before = load()
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
            seconds = time.monotonic() - start
            status = p.returncode
            stderr = p.stderr
        except subprocess.TimeoutExpired:
            seconds = time.monotonic() - start
            status = "timeout"
            stderr = ""
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
        used = engine
        switched = re.search(r"using (\w+) instead", stderr)
        if switched:
            used = switched.group(1)
        outcome = "drawn" if status == 0 else ("timeout" if status == "timeout" else "refused")
        if status not in (0, "timeout") and "too many to draw" not in stderr and "too large" not in stderr:
            outcome = f"failed ({status})"
        if status == 65 and "was not finished after" in stderr:
            outcome = "timeout"
        return dict(engine=engine, used=used, seconds=round(seconds, 2), cpu=round(cpu, 2), status=status,
                    outcome=outcome,
                    load=before, stderr=stderr.strip()[-400:])


def print_markdown(results: list[dict], timeout: float) -> None:
    print("| actors | ties | shape | layout asked | layout used | seconds | CPU s | load |")
    print("|---:|---:|---|---|---|---:|---:|---:|")
    for r in results:
        if r["outcome"] == "skipped":
            continue
        secs = f"> {timeout:g}" if r["outcome"] == "timeout" else f"{r['seconds']:.1f}"
        used = r["used"] if r["outcome"] == "drawn" else r["outcome"]
        print(f"| {r['actors']} | {r['ties']} | {r['shape']} | {r['engine']} | {used} | {secs} | "
              f"{r['cpu']:.1f} | {r['load']:.1f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--stop-after", type=float, default=30,
                    help="stop going up in size for a shape and engine after a run this long (seconds)")
    ap.add_argument("--stop-after-cpu", type=float,
                    help="also stop going up after a run that used this many CPU seconds (a busy machine)")
    ap.add_argument("--no-limits", action="store_true",
                    help="measure the engine asked for even beyond its limit (ACTORMAP_RENDER_NO_LIMITS=1)")
    ap.add_argument("--bin", type=Path, default=DEFAULT_BIN)
    ap.add_argument("--generate-only", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--from-json", type=Path, help="run nothing; print the table of a run saved with --json")
    args = ap.parse_args()

    if args.from_json:
        saved = json.loads(args.from_json.read_text())
        print_markdown(saved["results"], saved["timeout"])
        return 0
    shapes = args.shapes.split(",")
    engines = args.engines.split(",")
    sizes = [int(s) for s in args.sizes.split(",")]
    files = {(s, n): generate(s, n) for s in shapes for n in sizes}
    if args.generate_only:
        for (s, n), p in files.items():
            print(s, n, *counts(p), p)
        return 0
    if not args.bin.exists():
        print(f"{args.bin} is missing: swift build -c release --product actormap", file=sys.stderr)
        return 1

    results = []
    print(f"# {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, "
          f"timeout {args.timeout:g} s, limits {'off' if args.no_limits else 'on'}", file=sys.stderr)
    for shape in shapes:
        for engine in engines:
            too_slow = False
            for n in sizes:
                actors, ties = counts(files[(shape, n)])
                row = dict(shape=shape, size=n, actors=actors, ties=ties)
                if too_slow:
                    row.update(engine=engine, used="", seconds=None, cpu=None, status="skipped", outcome="skipped",
                               load=None, stderr="")
                else:
                    row.update(run(args.bin, files[(shape, n)], engine, args.timeout, args.no_limits))
                    if (row["outcome"] == "timeout" or (row["seconds"] or 0) > args.stop_after
                            or (args.stop_after_cpu and (row["cpu"] or 0) > args.stop_after_cpu)):
                        too_slow = True
                results.append(row)
                print(f"{shape:7} {actors:6} {ties:6} {engine:6} -> {row['used']:6} {row['outcome']:10} "
                      f"{row['seconds'] if row['seconds'] is not None else '-':>7} s  cpu {row['cpu']}  load {row['load']}",
                      file=sys.stderr, flush=True)
    if args.json:
        args.json.write_text(json.dumps(dict(results=results, timeout=args.timeout,
                                             no_limits=args.no_limits), indent=1))
    if args.markdown:
        print_markdown(results, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
