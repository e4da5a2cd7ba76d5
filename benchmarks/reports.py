"""How long a report takes to make (issue 22 item 5): figures, not assertions.

    python -m benchmarks.reports [--warehouse DIR]

For the force report (Surrey) and the national report, each step timed as the app runs it: reading the figures,
drawing the charts, writing the PDF. Drawn twice in one process, as one server would: the first report after the
server starts (the chart renderer starts with it) and a second one with other filters (the renderer kept,
nothing cached). Beside them, the charts drawn the old way: a browser started for every report
(`plotly.io.write_images`, kaleido's defaults).
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warehouse", help="a built warehouse folder (default: data/warehouse)")
    args = parser.parse_args()
    if args.warehouse:
        os.environ["TRACKER_WAREHOUSE"] = args.warehouse

    import plotly.io as pio

    from app import charts, national_report, renderer, report
    from app.filters import Filters
    from app.warehouse import Warehouse, warehouse_path

    wh = Warehouse(warehouse_path())
    choices = [("first report after the server starts", Filters()),
               ("next report, other filters (renderer kept)", Filters(include_sample=True, regions=("South East",)))]
    rows = []
    for label, f in choices:
        for kind, gather, render_images, write in (
                ("force (Surrey)", lambda: report.gather(wh, f, "surrey"), report.render_images, report.to_pdf),
                ("national", lambda: national_report.gather(wh, f), national_report.render_images, national_report.to_pdf)):
            data, read = timed(gather)
            data, draw = timed(lambda: render_images(data))
            _, pdf = timed(lambda: write(data))
            rows.append((kind, label, read, draw, pdf, len(data.images), data.image_note))

    # the old way, for comparison: a browser started for each report's charts
    data = report.gather(wh, Filters(), "surrey")
    figures = [charts.comparison(data.comparison)]
    with tempfile.TemporaryDirectory() as folder:
        _, old = timed(lambda: pio.write_images(figures, [Path(folder) / "0.png"], format="png", width=760,
                                                height=420))
    renderer.renderer().close()

    print("| report | when | read figures | draw charts | write PDF | charts |")
    print("|---|---|---|---|---|---|")
    for kind, label, read, draw, pdf, images, note in rows:
        print(f"| {kind} | {label} | {read:.2f} s | {draw:.2f} s | {pdf:.2f} s | {images}{' ' + note if note else ''} |")
    print(f"\nOne chart drawn the old way (a browser started for the report, kaleido's defaults): {old:.2f} s")
    print(f"Browsers the renderer started: {renderer.renderer().starts}")


if __name__ == "__main__":
    main()
