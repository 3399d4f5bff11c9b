"""Brief several inputs in turn: one failing input is reported and the rest go on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .brief import Options, make_brief
from .errors import BriefError, ExitCode
from .inputs import DEFAULT_MAX_BYTES, load
from .limits import DEFAULT_TIMEOUT
from .model import Brief


def brief_all(
    sources: Sequence[str],
    options: Options,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    report: Callable[[str], None],
) -> tuple[list[Brief], ExitCode]:
    """The briefs of the inputs that could be read, and the exit code of the first
    failure (OK when none failed). Each failure is passed to ``report`` as one line."""
    briefs: list[Brief] = []
    failure = ExitCode.OK
    for source in sources:
        try:
            loaded = load(source, max_bytes=max_bytes, timeout=timeout)
            briefs.append(
                make_brief(
                    loaded.text, loaded.name, options, title=loaded.title, byline=loaded.byline, date=loaded.date
                )
            )
        except BriefError as exc:
            report(str(exc))
            failure = failure or exc.exit_code
    return briefs, failure
