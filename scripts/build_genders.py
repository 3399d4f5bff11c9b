"""Build brief's table of given names that are almost always one sex (src/briefcli/data/given_genders.txt).

"He said" after a sentence about Maureen Talbot is not Maureen Talbot. The table lets
attribution skip a person whose given name disagrees with the pronoun. Source: the US
Census Bureau's 1990 frequency lists of first names (a US government work, public
domain; the files dist.male.first and dist.female.first, as in scripts/build_names.py).
A name is listed for a sex when its share among that sex is at least RATIO times its
share among the other; names of both sexes ("Jordan", "Leslie") are left out, and so
unknown.

Usage: python scripts/build_genders.py DIR_WITH_DIST_FILES
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "briefcli" / "data" / "given_genders.txt"
RATIO = 20.0


def shares(path: Path) -> dict[str, float]:
    """Name (capitalised) -> percentage of that sex's people, from a census dist file."""
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].capitalize()] = float(parts[1])
    return out


def main() -> None:
    folder = Path(sys.argv[1])
    male, female = shares(folder / "dist.male.first"), shares(folder / "dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f:
            rows.append(f"{name}\tM")
        elif f >= RATIO * m:
            rows.append(f"{name}\tF")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
