"""The README documents what the code does: every JSON key, every exit code, the set-up."""

import re

from briefcli.errors import ExitCode
from briefcli.render.wire import field_names
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_json_key_is_documented():
    for kind, keys in field_names().items():
        for key in keys:
            assert f"`{key}`" in README, f"{kind}.{key} missing from the README"


def test_every_exit_code_is_documented():
    table = dict(re.findall(r"^\| (\d+) \| (.+) \|$", README, flags=re.MULTILINE))
    assert {int(code) for code in table} == {int(code) for code in ExitCode}


def test_ci_runs_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in re.findall(r"```sh\n(python -m pip install [^\n]+)\n```", README):
        assert command in ci


def _snippet(first_line: str) -> str:
    """The README's Python block that opens with ``first_line``, less its lines that need
    the engine itself (``import ray``, ``spark.…``, ``ray.data.…``)."""
    block = next(b for b in re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL) if b.startswith(first_line))
    engine = ("import ray", "spark.", "ray.data.")
    return "\n".join(line for line in block.splitlines() if not line.startswith(engine))


RECORDS = [
    {"id": "a1", "text": "Acme will open a plant in Leeds next year, its chief executive Jo Lee said on Monday."},
    {"id": "a2", "text": ""},
]


class _Row:
    """What Spark hands a partition: a Row with ``asDict``."""

    def __init__(self, record: dict) -> None:
        self.record = record

    def asDict(self) -> dict:  # Spark's name
        return dict(self.record)


class _Table:
    """What Ray Data hands ``map_batches`` with batch_format="pyarrow": ``to_pylist``."""

    def to_pylist(self) -> list[dict]:
        return [dict(r) for r in RECORDS]


def test_the_spark_snippet_briefs_each_row_of_a_partition():
    import json

    scope: dict = {}
    exec(_snippet("# Spark"), scope)  # the README's own code
    lines = list(scope["brief_partition"](iter(_Row(r) for r in RECORDS)))
    briefs = [json.loads(line) for line in lines]
    assert [b["id"] for b in briefs] == ["a1", "a2"]
    assert briefs[0]["summary"] and "error" in briefs[1]


def test_the_ray_snippet_gives_one_json_string_per_record():
    import json

    scope: dict = {}
    exec(_snippet("# Ray Data"), scope)  # the README's own code
    column = scope["brief_batch"](_Table())["brief"]
    assert [json.loads(line)["id"] for line in column] == ["a1", "a2"]
    assert all("\n" not in line for line in column)
