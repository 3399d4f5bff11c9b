"""Where the benchmarks find the evaluation set, and one clear line when it is missing.

The set (100 BBC articles with reference summaries in ``bbc/``, hand-annotated briefs
in ``gold/``) is not part of the repository: it lives in ``../shared/eval`` beside the
checkout. A benchmark takes the folder from its command line, else from the
BRIEF_EVAL_DIR environment variable, else ``../shared/eval``; without it, it says so
in one line and exits 2 instead of failing with a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV = "BRIEF_EVAL_DIR"
DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
HELP = f"the evaluation set, or its bbc/ or gold/ folder (default: ${ENV}, else ../shared/eval)"


def eval_folder(given: Path | None, part: str, pattern: str) -> Path:
    """The ``part`` folder (bbc or gold) of the evaluation set, holding ``pattern`` files."""
    root = given or Path(os.environ.get(ENV) or DEFAULT)
    folder = root / part if (root / part).is_dir() else root
    if not any(folder.glob(pattern)):
        script = Path(sys.argv[0]).name
        print(
            f"{script}: no {pattern} files in {folder}; this benchmark reads the evaluation set "
            f"(../shared/eval beside the checkout): give its folder as an argument or set {ENV}",
            file=sys.stderr,
        )
        sys.exit(2)
    return folder
