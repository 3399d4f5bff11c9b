"""Brief several inputs in turn: one failing input is reported and the rest go on.

Briefs come one at a time, in input order, so the command line can print each as
soon as it is ready, and an input's error is reported after the briefs before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from .brief import Options, make_brief
from .errors import BriefError, ExitCode
from .inputs import DEFAULT_MAX_BYTES, load
from .limits import DEFAULT_TIMEOUT
from .model import Brief


class Briefs:
    """The briefs of the inputs that could be read, in input order, made as they are
    iterated; each failure is passed to ``report`` as one line when its turn comes.
    ``failure`` is then the exit code of the first failure (OK when none failed)."""

    def __init__(
        self,
        sources: Sequence[str],
        options: Options,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float = DEFAULT_TIMEOUT,
        report: Callable[[str], None],
    ):
        self.sources = sources
        self.options = options
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.report = report
        self.failure = ExitCode.OK

    def __iter__(self) -> Iterator[Brief]:
        for source in self.sources:
            try:
                loaded = load(source, max_bytes=self.max_bytes, timeout=self.timeout)
                yield make_brief(
                    loaded.text, loaded.name, self.options, title=loaded.title, byline=loaded.byline, date=loaded.date
                )
            except BriefError as exc:
                self.report(str(exc))
                self.failure = self.failure or exc.exit_code


def brief_all(
    sources: Sequence[str],
    options: Options,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    report: Callable[[str], None],
) -> tuple[list[Brief], ExitCode]:
    """All the briefs at once, and the exit code of the first failure (OK when none failed)."""
    briefs = Briefs(sources, options, max_bytes=max_bytes, timeout=timeout, report=report)
    return list(briefs), briefs.failure
