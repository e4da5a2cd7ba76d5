"""The mutation score per module from mutmut's results (mutants/<file>.meta), written into docs/testing.md
between its `mutate:begin` and `mutate:end` markers (`make mutate`; see docs/testing.md).

    python scripts/mutation_score.py [--write docs/testing.md] [--survivors]

killed: a test failed with the mutant in place (or the type checker caught it). A run ended by mutmut's time limit
or by a crash is counted apart and against the score: mutmut 3 reuses its forked workers, whose CPU limit then counts
earlier mutants' time too, and a forked worker of a busy process can crash collecting its garbage; a check of such
runs of etl/load.py found mutants whose tests pass. Every other mutant that was run counts against the score too: it
survived, or no fast test reaches its function ("no tests").
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the modules that decide readings and figures (issue 24), in the order `make mutate` runs them
MODULES = ["etl/vocabulary.py", "etl/normalise/dates.py", "etl/normalise/items.py", "app/filters.py",
           "app/exporting.py", "etl/reconcile.py", "app/queries.py", "etl/load.py", "etl/normalise/status.py",
           "etl/normalise/infer.py", "etl/normalise/rounds.py", "etl/fetch/client.py"]
KILLED = {1, 3, 36, 152, 255, 37}  # mutmut's exit codes for a failing test, caught by the type check
TIME_OR_CRASH = {24, -24, -11, 139}  # ended by the CPU limit (SIGXCPU) or a crash (SIGSEGV): not counted as killed
SURVIVED, NO_TESTS, SKIPPED = {0}, {5, 33}, {34}
BEGIN, END = "<!-- mutate:begin -->", "<!-- mutate:end -->"


def scores(root: Path = ROOT) -> list[dict]:
    rows = []
    for module in MODULES:
        meta = root / "mutants" / (module + ".meta")
        codes = json.loads(meta.read_text())["exit_code_by_key"] if meta.exists() else {}
        run = {k: v for k, v in codes.items() if v is not None and v not in SKIPPED}
        killed = sum(v in KILLED for v in run.values())
        rows.append({"module": module, "mutants": len(codes), "run": len(run), "killed": killed,
                     "survived": sorted(k for k, v in run.items() if v in SURVIVED),
                     "no_tests": sorted(k for k, v in run.items() if v in NO_TESTS),
                     "time_or_crash": sorted(k for k, v in run.items() if v in TIME_OR_CRASH),
                     "other": sorted(k for k, v in run.items() if v not in KILLED | SURVIVED | NO_TESTS | TIME_OR_CRASH),
                     "not_run": len(codes) - len(run)})
    return rows


def table(rows: list[dict]) -> str:
    lines = ["| module | killed / run | score | survived | time limit or crash | no test reaches it | not run yet |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        score = f"{100 * r['killed'] / r['run']:.0f}%" if r["run"] else "–"
        lines.append(f"| `{r['module']}` | {r['killed']} / {r['run']} | {score} | {len(r['survived'])} | "
                     f"{len(r['time_or_crash'])} | {len(r['no_tests'])} | {r['not_run']} |")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    lines.append("")
    lines.append(f"Written by `make mutate` on {dt.date.today():%d %B %Y} at commit {commit or '?'} (mutmut's results "
                 "in `mutants/`; a module's figures are from its last run).")
    return "\n".join(lines)


def survivors(rows: list[dict]) -> str:
    out = []
    for r in rows:
        names = r["survived"] + r["time_or_crash"] + r["no_tests"] + r["other"]
        if names:
            out.append(f"- `{r['module']}`: " + ", ".join(f"`{n.rsplit('.', 1)[-1]}`" for n in names))
    return "\n".join(out) or "- none"


def write(doc: Path, text: str) -> None:
    current = doc.read_text(encoding="utf-8") if doc.exists() else f"{BEGIN}\n{END}\n"
    if BEGIN not in current:
        current += f"\n{BEGIN}\n{END}\n"
    doc.write_text(re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: f"{BEGIN}\n{text}\n{END}", current,
                          flags=re.S), encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="the document to write the table into (between the markers)")
    parser.add_argument("--survivors", action="store_true", help="also list every mutant not killed")
    args = parser.parse_args(argv)
    rows = scores()
    text = table(rows) + ("\n\nNot killed (mutmut names; `mutmut show <name>` for the change):\n\n" + survivors(rows)
                          if args.survivors else "")
    print(text)
    if args.write:
        write(args.write, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
