"""Usage, as the README promises it: one ``brief: error: …`` line, and plain help.

Click prints a usage block of four lines ("Usage: …", "Try …", a blank line,
"Error: Invalid value … Value error, …"). brief's contract is one line on stderr
for every error, so the group that Typer builds catches Click's usage errors and
reports them the way the rest of brief reports failures. Typer's help also shows
arguments as ``{sources}... <list[str]>``; brief's show their metavar alone
(``FILE|URL|-...``), as Unix tools do.
"""

from __future__ import annotations

import sys
from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from .errors import ExitCode
from .output import Output

try:  # Typer 0.2x carries its own copy of Click; earlier versions use Click itself
    from typer._click import exceptions as click
except ImportError:  # pragma: no cover - depends on the Typer installed
    from click import exceptions as click


def one_line(exc: click.ClickException) -> str:
    """Click's message on one line, naming the command to ask for help."""
    message = " ".join(exc.format_message().split()).replace("Value error, ", "")
    context = getattr(exc, "ctx", None)
    if isinstance(exc, click.UsageError) and context is not None:
        message += f" (see '{context.command_path} --help')"
    return message


class OneLineErrors(TyperGroup):
    """The command group, with Click's usage errors shortened to brief's error line."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.NoArgsIsHelpError as exc:  # plain `brief`: the help, as before
            exc.show()
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            Output.from_system().error(one_line(exc))
            sys.exit(int(ExitCode.USAGE) if isinstance(exc, click.UsageError) else exc.exit_code)
        except typer.Abort:
            print("brief: interrupted", file=sys.stderr)
            sys.exit(int(ExitCode.INTERRUPTED))
        sys.exit(code if isinstance(code, int) else 0)


class _PlainArgument(TyperArgument):
    """An argument shown by its metavar alone: no Python type, no braces."""

    def display_type_rich(self, ctx: typer.Context) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        return self.display_name_raw if self.required else f"[{self.display_name_raw}]"

    def make_metavar(self, *args: Any, **kwargs: Any) -> str:
        """Typer before 0.29 puts a required argument's metavar in braces in the usage line."""
        var = super().make_metavar(*args, **kwargs)
        return var[1:-1] if self.required and var.startswith("{") and var.endswith("}") else var


class PlainHelp(TyperCommand):
    """A command whose help names its arguments by their metavars."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _PlainArgument
