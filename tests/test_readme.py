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
