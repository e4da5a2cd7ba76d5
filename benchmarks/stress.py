"""Stress the build's guarantees with real processes: figures, not assertions (docs/reliability.md).

    python -m benchmarks.stress [--builds 4] [--rounds 3] [--kills 20] [--seed 13]
    python -m benchmarks.stress --hostile      # peak memory and time of the heaviest hostile files, one at a time

1. Races: `--rounds` times, `--builds` builds of one warehouse start at once, from two different raw
   folders (the 48-file sample corpus, and a copy without 12 forces), so a mix of two builds is visible.
2. Kills: `--kills` times a build starts (half with --force, so the kill may land while parsing, half
   from the cache, so it lands while writing or switching) and is killed with SIGKILL at a random moment.

After every round and every kill it checks that the warehouse opens (as the app opens it), is one build
(database and Parquet agree on build_id and row counts), holds no litter (nothing but the kept builds,
the documented links, the lock, the ledger and ledgered cache files; a killed build's own temp folder
under .etl/tmp is counted apart, since the next build removes it), and that no parse worker outlived
its killed build.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent


def check(warehouse: Path) -> dict:
    """Does it open, is it one build, what litter is there."""
    out = {"opens": False, "one_build": False, "build_id": None, "litter": [], "tmp_litter": []}
    if not (warehouse / "plans.duckdb").exists():
        return out
    try:
        from app import warehouse as app_warehouse

        app_warehouse._current.clear()
        snapshot = app_warehouse.current(warehouse / "plans.duckdb")
        out["opens"] = snapshot is not None
        real = os.path.realpath(warehouse / "plans.duckdb")
        con = duckdb.connect(":memory:")
        try:
            con.execute(f"ATTACH '{real}' AS db (READ_ONLY)")
            build_id = con.execute("SELECT build_id FROM db.build_info").fetchone()[0]
            counts = {t: con.execute(f"SELECT count(*) FROM db.{t}").fetchone()[0] for t in ("plan_items", "sources", "load_issues")}
        finally:
            con.close()
        parquet_id = pd.read_parquet(warehouse / "parquet" / "build_info.parquet")["build_id"].tolist()
        parquet_counts = {t: len(pd.read_parquet(warehouse / "parquet" / f"{t}.parquet")) for t in counts}
        out["build_id"] = build_id
        out["one_build"] = parquet_id == [build_id] and parquet_counts == counts and snapshot.build_id == build_id
        out["sources"] = counts["sources"]
    except Exception as exc:  # a figure, not a crash: record what went wrong
        out["error"] = f"{type(exc).__name__}: {exc}"[:300]
    ledger_path = warehouse / ".etl" / "ledger.json"
    ledger = json.loads(ledger_path.read_text()) if ledger_path.exists() else {"builds": [], "cache": []}
    allowed = {"plans.duckdb", "parquet", "current", "builds", ".cache", ".etl", ".etl/lock", ".etl/ledger.json", ".etl/tmp"}
    allowed |= {f"builds/{b}" for b in ledger["builds"]} | {f".cache/{c}" for c in ledger["cache"]}
    for path in sorted(warehouse.rglob("*")):
        rel = path.relative_to(warehouse).as_posix()
        if rel in allowed or any(rel.startswith(f"builds/{b}/") for b in ledger["builds"]):
            continue
        (out["tmp_litter"] if rel.startswith(".etl/tmp/") else out["litter"]).append(rel)
    return out


def session_processes(sid: int) -> int:
    """Processes still alive in a killed build's session (its parse workers, if they outlived it)."""
    alive = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            alive += 1
    return alive


MEASURE = """
import json, resource, sys, time
from pathlib import Path
from etl.build import process_file
from etl.normalise.document import DocumentNormaliser
from etl.reference import load_reference
reference = load_reference()
normaliser = DocumentNormaliser(reference)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
result = process_file(Path(sys.argv[1]), Path(sys.argv[1]).name, reference, normaliser, False)
print(json.dumps({"mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024,
                  "seconds": time.perf_counter() - started, "items": len({u.item_id for u in result.updates}),
                  "codes": sorted({i.code for i in result.issues})}))
"""


def hostile() -> None:
    """Peak memory (above the interpreter's own) and time of reading each heavy hostile file, in a fresh process."""
    sys.path.insert(0, str(ROOT))
    from tests.fixtures import SIMPLE_HEAD, SIMPLE_ROWS, write_csv, write_html

    work = Path(tempfile.mkdtemp(prefix="hostile-"))
    files = {}
    path = write_csv(work / "kent-12m-fields.csv", SIMPLE_HEAD, SIMPLE_ROWS)
    with open(path, "a") as fh:
        fh.write("," * 12_000_000 + "\n")
    files["CSV with a line of 12M fields (12 MB)"] = path
    cell = '<td colspan="50" rowspan="50">x</td>' * 40
    files["HTML of 4,000 rows x 40 cells, colspan=50 rowspan=50"] = write_html(
        work / "kent-spans.html", SIMPLE_ROWS, SIMPLE_HEAD, extra="<table>" + "".join(f"<tr>{cell}</tr>" for _ in range(4000)) + "</table>")
    files["HTML with 200,000 nested divs"] = write_html(
        work / "kent-divs.html", SIMPLE_ROWS, SIMPLE_HEAD, extra="<div>" * 200_000 + "x" + "</div>" * 200_000)
    files["CSV of 50,000 rows of unknown items"] = write_csv(
        work / "kent-50k.csv", SIMPLE_HEAD, SIMPLE_ROWS + [["99", f"99.{n}", "A", "x", "Complete"] for n in range(1, 50_001)])
    for label, path in files.items():
        run = subprocess.run([sys.executable, "-c", MEASURE, str(path)], cwd=ROOT, capture_output=True, text=True)
        got = json.loads(run.stdout.strip().splitlines()[-1]) if run.returncode == 0 else {"error": run.stderr[-300:]}
        print(f"{label}: {got}")
    raw = work / "raw"
    raw.mkdir()
    write_csv(raw / "kent.csv", SIMPLE_HEAD, SIMPLE_ROWS)
    with open(raw / "essex-20gb.txt", "wb") as fh:
        fh.truncate(20_000_000_000)
    started = time.perf_counter()
    run = subprocess.run(build_cmd(raw, work / "wh", True), cwd=ROOT, capture_output=True, text=True)
    print(f"build with a 20 GB sparse file: exit {run.returncode}, {time.perf_counter() - started:.1f} s (whole build)")
    shutil.rmtree(work, ignore_errors=True)


def time_builds(full: Path, part: Path, warehouse: Path) -> tuple[float, float]:
    """Seconds of a build re-parsing every file (--force), then of one served from the cache."""
    seconds = []
    for raw, force in ((full, True), (part, False)):
        started = time.perf_counter()
        subprocess.run(build_cmd(raw, warehouse, force), cwd=ROOT, capture_output=True, check=True)
        seconds.append(time.perf_counter() - started)
    return seconds[0], seconds[1]


def build_cmd(raw: Path, warehouse: Path, force: bool) -> list[str]:
    return [sys.executable, "-m", "etl", "build", "--raw", str(raw), "--warehouse", str(warehouse), "--wait", "600"] + (
        ["--force"] if force else [])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builds", type=int, default=4, help="builds started at once in each race round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--hostile", action="store_true", help="measure the heaviest hostile files instead")
    args = parser.parse_args(argv)
    if args.hostile:
        hostile()
        return 0
    rng = random.Random(args.seed)
    sys.path.insert(0, str(ROOT))
    from etl.sample.generate import write_corpus

    work = Path(tempfile.mkdtemp(prefix="stress-"))
    full, part = work / "raw-full", work / "raw-part"
    write_corpus(full / "sample")
    shutil.copytree(full, part)
    for path in sorted((part / "sample").iterdir())[::4]:  # every fourth file gone: a different build
        if path.name not in ("SAMPLE_CORPUS.md", "_answer_key.csv"):
            path.unlink()
    warehouse = work / "wh"
    figures: dict = {"races": [], "kills": []}

    # a first build, timed, so kills can land anywhere in one
    forced_seconds, cached_seconds = time_builds(full, part, warehouse)
    print(f"one build: {forced_seconds:.1f} s re-parsing all files (--force), {cached_seconds:.1f} s from the cache")

    for n in range(args.rounds):
        started = time.perf_counter()
        procs = [subprocess.Popen(build_cmd(full if k % 2 else part, warehouse, k == 0), cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for k in range(args.builds)]
        outs = [p.communicate() for p in procs]
        seconds = time.perf_counter() - started
        state = check(warehouse)
        codes = [p.returncode for p in procs]
        figures["races"].append({"codes": codes, "seconds": seconds, **state,
                                 "stderr": [o[1].strip().splitlines()[-1] for p, o in zip(procs, outs) if o[1].strip() and p.returncode]})
        print(f"race {n + 1}: {args.builds} builds at once, exit codes {codes}, {seconds:.1f} s; opens {state['opens']}, "
              f"one build {state['one_build']}, litter {len(state['litter']) + len(state['tmp_litter'])}")

    # time both kinds of build again now the races are over, so kills land inside a build
    forced_seconds, cached_seconds = time_builds(full, part, warehouse)
    subprocess.run(build_cmd(full, warehouse, False), cwd=ROOT, capture_output=True, check=True)
    print(f"before the kills: {forced_seconds:.1f} s re-parsing all files, {cached_seconds:.1f} s from the cache")
    for n in range(args.kills):
        # even: a --force build (the kill lands while parsing, or writing); odd: the other raw folder from the
        # cache (after the full build below, so it really builds: the kill lands while hashing, writing or switching)
        force = n % 2 == 0
        window = forced_seconds if force else cached_seconds
        delay = rng.uniform(0.0, window * 0.95)
        proc = subprocess.Popen(build_cmd(full if force else part, warehouse, force), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        finished_first = proc.poll() is not None
        os.kill(proc.pid, signal.SIGKILL) if not finished_first else None
        proc.wait()
        time.sleep(0.3)  # parse workers get SIGKILL from the kernel when their parent dies
        orphans = session_processes(proc.pid)
        after_kill = check(warehouse)
        rebuilt = subprocess.run(build_cmd(full, warehouse, False), cwd=ROOT, capture_output=True, text=True)
        after_next = check(warehouse)
        figures["kills"].append({"force": force, "delay": delay, "finished_first": finished_first, "orphans": orphans,
                                 "after_kill": after_kill, "next_code": rebuilt.returncode, "after_next": after_next})
        print(f"kill {n + 1}: {'--force' if force else 'cached'} build killed at {delay:.2f} s"
              f"{' (had finished)' if finished_first else ''}; opens {after_kill['opens']}, one build "
              f"{after_kill['one_build']}, litter {len(after_kill['litter'])} (+{len(after_kill['tmp_litter'])} in .etl/tmp), "
              f"orphans {orphans}; next build exit {rebuilt.returncode}, one build {after_next['one_build']}, "
              f"litter {len(after_next['litter']) + len(after_next['tmp_litter'])}")

    races, kills = figures["races"], figures["kills"]
    print("\nsummary")
    print(f"  races: {len(races)} rounds of {args.builds} builds at once; every build exited 0: "
          f"{sum(all(c == 0 for c in r['codes']) for r in races)}/{len(races)}; opened and one build: "
          f"{sum(r['opens'] and r['one_build'] for r in races)}/{len(races)}; litter: {sum(len(r['litter']) + len(r['tmp_litter']) for r in races)}; "
          f"median round {statistics.median(r['seconds'] for r in races):.1f} s")
    killed = [k for k in kills if not k["finished_first"]]
    print(f"  kills: {len(kills)} ({len(killed)} while running); warehouse opened and one build right after: "
          f"{sum(k['after_kill']['opens'] and k['after_kill']['one_build'] for k in kills)}/{len(kills)}; "
          f"litter outside .etl/tmp right after: {sum(len(k['after_kill']['litter']) for k in kills)}; "
          f"kills that left temp files in .etl/tmp: {sum(bool(k['after_kill']['tmp_litter']) for k in kills)}; "
          f"orphaned workers: {sum(k['orphans'] for k in kills)}")
    print(f"  next build after each kill: exit 0 {sum(k['next_code'] == 0 for k in kills)}/{len(kills)}; one build "
          f"{sum(k['after_next']['one_build'] for k in kills)}/{len(kills)}; litter left "
          f"{sum(len(k['after_next']['litter']) + len(k['after_next']['tmp_litter']) for k in kills)}")
    errors = [r.get("error") for r in races if r.get("error")] + [k["after_kill"].get("error") for k in kills if k["after_kill"].get("error")]
    if errors:
        print("  errors seen:", *sorted(set(errors)), sep="\n    ")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
