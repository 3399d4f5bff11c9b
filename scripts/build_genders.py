"""Build brief's table of given names that are almost always one sex (src/briefcli/data/given_genders.txt).

"He said" after a sentence about Maureen Talbot is not Maureen Talbot. The table lets
attribution skip a person whose given name disagrees with the pronoun. Source: the US
Census Bureau's 1990 frequency lists of first names (a US government work, public
domain; the files dist.male.first and dist.female.first, as in scripts/build_names.py).
A name is listed for a sex when its share among that sex is at least RATIO times its
share among the other; names of both sexes ("Jordan", "Leslie") are left out, and so
unknown. With --ons, a British or Irish name the census lists lack altogether ("Callum",
"Kirsty") is listed for the sex whose ONS top-100 lists alone hold it (the tables of
scripts/build_names.py).

Usage: python scripts/build_genders.py DIR_WITH_DIST_FILES [--ons DIR_WITH_EW_CSV_FILES]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from build_names import ons_names

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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="folder holding dist.male.first and dist.female.first")
    parser.add_argument("--ons", type=Path, help="folder holding ew_hist.csv and ew_countries.csv")
    args = parser.parse_args()
    male, female = shares(args.dist / "dist.male.first"), shares(args.dist / "dist.female.first")
    sexes: dict[str, str] = {}
    for name in set(male) | set(female):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f:
            sexes[name] = "M"
        elif f >= RATIO * m:
            sexes[name] = "F"
    if args.ons:
        for name, listed in ons_names(args.ons).items():
            if name not in male and name not in female and len(listed) == 1:
                sexes[name] = next(iter(listed))
    rows = [f"{name}\t{sex}" for name, sex in sorted(sexes.items())]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
