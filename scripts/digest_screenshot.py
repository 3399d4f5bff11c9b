"""Picture the HTML digest as a browser shows it: headless Chromium screenshots of the
digest of the test fixtures (invented articles), at a desktop width and at a mail
client's 600 px, for the README (docs/digest.png, docs/digest-mail.png).

Usage: python scripts/digest_screenshot.py [--chromium PATH]
(Debian/Ubuntu: apt-get install chromium)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "tests" / "fixtures" / "events"
SHOTS = {"digest.png": (900, 1500), "digest-mail.png": (600, 1300)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = parser.parse_args()
    if not args.chromium:
        sys.exit("digest_screenshot: no Chromium found; install it (apt-get install chromium) or pass --chromium")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "digest.html"
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1795939200"}  # Sunday 29 November 2026
        command = [sys.executable, "-m", "briefcli", "digest", str(EVENTS), "-f", "html", "-o", str(page)]
        subprocess.run(command, check=True, env=env)
        for name, (width, height) in SHOTS.items():
            out = ROOT / "docs" / name
            subprocess.run(
                [
                    args.chromium,
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--hide-scrollbars",
                    f"--window-size={width},{height}",
                    f"--screenshot={out}",
                    page.as_uri(),
                ],
                check=True,
                capture_output=True,
                timeout=120,
            )
            print(f"wrote {out}")


if __name__ == "__main__":
    main()
