"""Write the golden exports of the Hengshui article into tests/golden/hengshui/.

    python tests/regen_golden.py

Run it after a change to extraction or to an export changes the files on
purpose, look at `git diff tests/golden`, and commit the files with the change.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HENGSHUI = ROOT / "data" / "hengshui-2021-11-19-education.txt"
GOLDEN = ROOT / "tests" / "golden" / "hengshui"
COMMAND = "python tests/regen_golden.py"


def export_all(out: Path) -> list[Path]:
    """Every export of the Hengshui article into ``out``: h.ttl, h.nt, ..., csv/nodes.csv, csv/edges.csv."""
    import kg
    from kg.export import ExportFormat

    graph = kg.build_files([HENGSHUI])
    written = []
    for fmt in ExportFormat:
        name = "csv" if fmt is ExportFormat.CSV else f"hengshui.{fmt.extension}"
        written += graph.export(fmt, out / name)
    return written


def main() -> int:
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for path in export_all(GOLDEN):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
