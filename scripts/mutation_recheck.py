"""Run again, one fresh process each, the mutants mutmut could not judge, and write the verdict into its results.

    python scripts/mutation_recheck.py etl/load.py [etl/fetch/client.py ...] [--not-run] [--also tests/x.py ...]

mutmut 3 runs a mutant's tests inside a worker forked from its own process. For the slow modules (load, the fetch
client) that went wrong two ways: a worker's CPU limit ended runs whose tests pass when run alone (⏰), and forked
workers crashed collecting garbage they inherited (💥). Neither is a verdict, so `scripts/mutation_score.py` counts
them against the score. This script runs each such mutant (and, with --not-run, each mutant mutmut has not run) in a
new `python -m pytest` under mutmut's own switch (MUTANT_UNDER_TEST), with the tests mutmut's stats tie to its
function plus any --also files, and a wall-clock limit of three times those tests' clean time plus a minute.

It writes mutmut's own codes: 1 a test failed (killed), 0 every test passed (survived), 5 no test ran, 36 the tests
ran past the wall-clock limit (mutmut counts its own timeouts as killed: the mutant made a test hang).
Run from the root of the tree whose `mutants/` folder mutmut wrote (the mutation worktree).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TIME_OR_CRASH = {24, -24, -11, 139}
TIMED_OUT = 36


def function_of(mutant: str) -> str:
    return re.sub(r"__mutmut_\d+$", "", mutant)


def existing_tests(mutants: Path) -> set[str]:
    """Node ids pytest collects today: mutmut's stats may name tests since renamed or removed."""
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                          "--ignore=tests/e2e", "tests"], cwd=mutants, capture_output=True, text=True).stdout
    return {line.strip() for line in out.splitlines() if "::" in line}


def to_run(meta: dict, not_run: bool, survived: bool) -> list[str]:
    codes = meta["exit_code_by_key"]
    return sorted(k for k, v in codes.items()
                  if v in TIME_OR_CRASH or (not_run and v is None) or (survived and v in (0, 5, 33)))


def run_one(mutants: Path, mutant: str, tests: list[str], clean_seconds: float) -> tuple[str, int, float]:
    limit = 3 * clean_seconds + 60
    env = dict(os.environ, MUTANT_UNDER_TEST=mutant, PYTHONDONTWRITEBYTECODE="1")
    started = time.monotonic()
    try:
        code = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
                              cwd=mutants, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=limit).returncode
    except subprocess.TimeoutExpired:
        code = TIMED_OUT
    return mutant, code, time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="+", help="source paths, e.g. etl/load.py")
    parser.add_argument("--not-run", action="store_true", help="also the mutants mutmut has not run")
    parser.add_argument("--survived", action="store_true",
                        help="also the mutants that survived or that no test reached (tests added since)")
    parser.add_argument("--also", nargs="*", default=[], help="test files to run for every mutant as well")
    parser.add_argument("--jobs", type=int, default=1, help="mutants at once (tests that bind fixed ports: 1)")
    parser.add_argument("--only", nargs="*", default=[], help="these mutant names only")
    args = parser.parse_args(argv)
    mutants = Path("mutants").resolve()
    stats = json.loads((mutants / "mutmut-stats.json").read_text())
    tests_by_function, seconds_by_test = stats["tests_by_mangled_function_name"], stats["duration_by_test"]
    collected = existing_tests(mutants)
    for module in args.modules:
        meta_path = mutants / (module + ".meta")
        meta = json.loads(meta_path.read_text())
        names = args.only or to_run(meta, args.not_run, args.survived)
        jobs = []
        for name in names:
            tests = sorted(t for t in tests_by_function.get(function_of(name), ()) if t in collected)
            clean = sum(seconds_by_test.get(t, 1.0) for t in tests)
            tests = [f for f in args.also if f not in tests] + tests  # the tests written for the survivors first: -x
            clean += 15 * len(args.also)
            jobs.append((name, tests, clean))
        print(f"{module}: {len(jobs)} mutants to run again", flush=True)
        # as mutmut does: the tests must pass with no mutant in place, or a failure says nothing about a mutant
        every_test = sorted({t for _, tests, _ in jobs for t in tests})
        if every_test:
            _, code, seconds = run_one(mutants, "", every_test, sum(clean for *_, clean in jobs))
            if code != 0:
                print(f"  the tests fail with no mutant in place (pytest exit {code}): nothing written", flush=True)
                return 1
            print(f"  clean run passed ({seconds:.0f} s)", flush=True)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for n, (name, code, seconds) in enumerate(pool.map(
                    lambda job: run_one(mutants, *job) if job[1] else (job[0], 33, 0.0), jobs), 1):
                meta["exit_code_by_key"][name] = code
                # after each, atomically: an interrupted run keeps its verdicts and never half a file
                partial = meta_path.with_suffix(".meta.partial")
                partial.write_text(json.dumps(meta, indent=4))
                os.replace(partial, meta_path)
                print(f"  {n}/{len(jobs)} {name}: {code} ({seconds:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
