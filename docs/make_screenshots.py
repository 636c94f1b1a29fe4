"""Make the README's pictures: the seed's view and the report of ``keryx batch samples``.

    python docs/make_screenshots.py   # docs/seed_view.png, docs/report_samples.png, docs/report_people.png

report_people.png is the report of tests/data/people, four releases written to show one
person followed across documents (samples/ names nobody twice).

Needs headless Chromium (Debian: ``apt-get install chromium``). The pages are made in a
temporary folder with the library, exactly as ``keryx view`` and ``keryx batch`` make them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_a64c21614b066e79.txt"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def screenshot(chromium: str, page: Path, png: Path, size: tuple[int, int], profile: Path) -> None:
    subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}",
                    f"--screenshot={png}", page.as_uri()], check=True, capture_output=True, timeout=120)
    print(f"{png.relative_to(ROOT)}: {png.stat().st_size // 1024} kB")


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("needs Chromium: apt-get install chromium", file=sys.stderr)
        return 1
    from keryx import Extractor
    from keryx.io.batch import run_batch
    from keryx.report import render_view

    ex = Extractor()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        view = tmp_path / "seed.html"
        os.chdir(ROOT)  # so the pages show the paths as a user types them: samples/...
        view.write_text(render_view(ex.extract_file(SEED.relative_to(ROOT))), encoding="utf-8")
        run_batch(Path("samples"), tmp_path / "out", extractor=ex)
        screenshot(chromium, view, ROOT / "docs" / "seed_view.png", (1400, 1000), tmp_path / "profile")
        screenshot(chromium, tmp_path / "out" / "report.html", ROOT / "docs" / "report_samples.png", (1400, 1900),
                   tmp_path / "profile")
        run_batch(Path("tests/data/people"), tmp_path / "people", extractor=ex)
        screenshot(chromium, tmp_path / "people" / "report.html", ROOT / "docs" / "report_people.png", (1400, 1300),
                   tmp_path / "profile")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
