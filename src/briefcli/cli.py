"""The command line: parse options, call the library, hand the result to a renderer."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import BriefError, ExitCode, UsageError
from .folders import make_parent
from .limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, MAX_MAX_BYTES
from .output import Output, output_to
from .rank import ALGORITHMS, DEFAULT_ALGORITHM
from .render import DIGEST_FORMATS, FORMATS
from .usage import OneLineErrors, PlainHelp

app = typer.Typer(
    help="Turn a news article into a brief: headline, summary, claims, commitments, actors, quotes.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=OneLineErrors,
)

Format = Enum("Format", {name: name for name in FORMATS}, type=str)
Algorithm = Enum("Algorithm", {name: name for name in ALGORITHMS}, type=str)
DEFAULT = Algorithm(DEFAULT_ALGORITHM)

# Options that several commands share, declared once.
AlgorithmOption = Annotated[Algorithm, typer.Option("--algorithm", "-a", help="Sentence ranker.")]
MaxBytesOption = Annotated[
    int,
    typer.Option(min=1, max=MAX_MAX_BYTES, metavar="BYTES", help="Refuse inputs larger than this (at most 1 GiB)."),
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        min=0.1, metavar="SECONDS", help="Seconds in all to fetch one URL (connect, redirects, headers, body)."
    ),
]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="No colour (NO_COLOR is honoured too).")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks (or set BRIEF_DEBUG=1).")]
# Engines (brief batch, brief digest; src/briefcli/archive/).
Engine = Enum("Engine", {name: name for name in ("local", "dask")}, type=str)
EngineOption = Annotated[
    Engine,
    typer.Option(help="local: a process pool on this machine. dask: a Dask cluster (needs the dask extra)."),
]
SchedulerOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        metavar="tcp://HOST:8786",
        help="Dask scheduler address (or BRIEF_DASK_SCHEDULER). Default: a local Dask cluster of --jobs workers.",
    ),
]


def _version(value: bool) -> None:
    if value:
        print(f"brief {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """brief: offline, traceable news briefs."""


@app.command(cls=PlainHelp)
def summarize(
    sources: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE|URL|-...", help="Article files (text, HTML, Markdown), http(s) URLs, or - for standard input."
        ),
    ],
    format: Annotated[
        Optional[Format],  # noqa: UP045 - Typer needs Optional here
        typer.Option("--format", "-f", help="Output format. Default: rich on a terminal, text otherwise."),
    ] = None,
    sentences: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--sentences", "-n", min=1, metavar="N", help="Summary length in sentences. Default: 3."),
    ] = None,
    ratio: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option(min=0.01, max=1.0, metavar="RATIO", help="Summary length as a share of the article's sentences."),
    ] = None,
    words: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            min=1,
            metavar="N",
            help="Summary length as at most N words, in whole sentences: the best that fit "
            "(none when no sentence is that short).",
        ),
    ] = None,
    algorithm: AlgorithmOption = DEFAULT,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file (atomically: all or nothing; missing folders are made) instead of stdout.",
        ),
    ] = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    no_color: NoColorOption = False,
    debug: DebugOption = False,
) -> None:
    """Summarize articles into briefs, one per input, each printed as soon as it is ready."""
    from .batch import Briefs
    from .brief import DEFAULT_SENTENCES, Options
    from .render import formats

    out = Output.from_system(no_color=no_color)
    chosen = format.value if format else ("text" if output else out.default_format())
    with _errors(out, debug):
        _one_length(sentences=sentences, ratio=ratio, words=words)
        options = Options(sentences=sentences or DEFAULT_SENTENCES, ratio=ratio, words=words, algorithm=algorithm.value)
        briefs = Briefs(sources, options, max_bytes=max_bytes, timeout=timeout, report=out.error)
        pieces = _until_interrupted(formats.pieces(briefs, chosen, out, several=len(sources) > 1))
        if output:
            rendered = "".join(pieces)
            if rendered:
                make_parent(output)
                with output_to(output, out) as write:
                    write(rendered)
        else:
            for piece in pieces:
                out.write(piece)
    if briefs.failure:
        raise typer.Exit(int(briefs.failure))


def _until_interrupted(pieces: Iterable[str]) -> Iterator[str]:
    """The pieces of output, none once a Ctrl-C came: one whose exit Python swallowed (in an
    object's ``__del__``) lets the work go on, yet an interrupted run writes nothing more."""
    for piece in pieces:
        if _interrupts:
            raise SystemExit(int(ExitCode.INTERRUPTED))
        yield piece


def _one_length(**given: object) -> None:
    """-n, --ratio and --words each set the summary length: more than one is a usage error."""
    named = [f"--{name}" if name != "sentences" else "-n/--sentences" for name, value in given.items() if value]
    if len(named) > 1:
        raise UsageError(f"{' and '.join(named)} both set the summary length: give only one")


DigestFormat = Enum("DigestFormat", {name: name for name in DIGEST_FORMATS}, type=str)


@app.command(cls=PlainHelp)
def digest(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH|GLOB|URL|-...",
            help="Files, folders (searched recursively), globs, RSS/Atom feeds, URLs, or - for paths on stdin.",
        ),
    ],
    format: Annotated[
        Optional[DigestFormat],  # noqa: UP045
        typer.Option("--format", "-f", help="Output format. Default: rich on a terminal, markdown otherwise."),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the digest to this file, atomically (all or nothing; missing folders are made). "
            "With --new-only an existing file is never replaced: kept when nothing is new, "
            "else the digest goes to FILE-2, FILE-3 ….",
        ),
    ] = None,
    new_only: Annotated[
        bool, typer.Option("--new-only", help="Leave out stories that earlier --new-only runs included.")
    ] = False,
    state: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            metavar="FILE", help="State file for --new-only. Default: digest.sqlite in the user's state folder."
        ),
    ] = None,
    since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="DURATION",
            help="Only articles published (feeds) or modified (files) within this time: 90m, 24h, 7d.",
        ),
    ] = None,
    sentences: Annotated[
        int, typer.Option("--sentences", "-n", min=1, max=3, metavar="N", help="Summary sentences per story (1-3).")
    ] = 2,
    window: Annotated[
        str,
        typer.Option(
            metavar="DURATION", help="Articles published further apart than this are never one event: 36h, 4d, 2w."
        ),
    ] = "4d",
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes. Default: one per core."),
    ] = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    follow: Annotated[
        bool, typer.Option("--follow", help="Follow symbolic links inside folders and globs (skipped by default).")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Report progress on stderr (for cron logs).")
    ] = False,
    engine: EngineOption = Engine.local,  # type: ignore[attr-defined]
    scheduler: SchedulerOption = None,
    no_color: NoColorOption = False,
    debug: DebugOption = False,
) -> None:
    """Turn many articles into one digest: main stories, shared actors, no repeats."""
    from contextlib import ExitStack

    from .brief import Options
    from .digest.build import default_jobs
    from .digest.cluster import Clustering
    from .digest.run import Settings, parse_duration, run

    out = Output.from_system(no_color=no_color)
    chosen = format.value if format else ("markdown" if output or not out.stdout_isatty else "rich")
    with _errors(out, debug), ExitStack() as stack:
        cluster = None
        if engine.value == "dask":
            from .archive.digest_dask import dask_digest

            cluster = stack.enter_context(dask_digest(scheduler, jobs or default_jobs()))
        settings = Settings(
            options=Options(sentences=sentences),
            fmt=chosen,
            output=output,
            new_only=new_only,
            state=state,
            since=parse_duration(since) if since else None,
            jobs=jobs or default_jobs(),
            max_bytes=max_bytes,
            timeout=timeout,
            follow=follow,
            verbose=verbose,
            engine=cluster,
            clustering=Clustering(window=parse_duration(window, "--window")),
        )
        code = run(inputs, settings, out)
    if code:
        raise typer.Exit(int(code))


@app.command(cls=PlainHelp)
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="RECORDS|PATH|GLOB|-...",
            help="JSON Lines records (.jsonl/.ndjson files, or - for stdin) with id and text or html "
            "(optional title, date, source); or article files, folders and globs (the id is the path).",
        ),
    ],
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", metavar="FILE", help="Write JSON Lines to this file (default: stdout)."),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Skip ids already in --output (a killed run's) and append the rest."),
    ] = False,
    engine: EngineOption = Engine.local,  # type: ignore[attr-defined]
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="Local processes, or local Dask workers. Default: one per core."
        ),
    ] = None,
    scheduler: SchedulerOption = None,
    partition: Annotated[int, typer.Option(min=1, metavar="N", help="Records per task.")] = 64,
    sentences: Annotated[
        int, typer.Option("--sentences", "-n", min=1, metavar="N", help="Summary length in sentences.")
    ] = 3,
    algorithm: AlgorithmOption = DEFAULT,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    debug: DebugOption = False,
) -> None:
    """Brief a collection into JSON Lines, one object per record with its id; streams, any size.

    A record that fails becomes an error object (id, error, code) and the run goes on (exit 7).
    Output order is input order, the same bytes on every engine and worker count."""
    from .archive.run import BatchSettings, run_batch
    from .brief import Options
    from .digest.build import default_jobs

    out = Output.from_system()
    with _errors(out, debug):
        settings = BatchSettings(
            options=Options(sentences=sentences, algorithm=algorithm.value),
            engine=engine.value,
            jobs=jobs or default_jobs(),
            scheduler=scheduler,
            partition=partition,
            output=output,
            resume=resume,
            max_bytes=max_bytes,
        )
        code = run_batch(inputs, settings, out)
    if code:
        raise typer.Exit(int(code))


@app.command("eval", cls=PlainHelp)
def evaluate(
    source: Annotated[str, typer.Argument(metavar="ARTICLE", help="Article file, or - to read standard input.")],
    reference: Annotated[
        Path, typer.Argument(metavar="REFERENCE", help="Reference summary file: one sentence per line.")
    ],
    sentences: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            "--sentences", "-n", min=1, metavar="N", help="Summary length. Default: the reference's sentence count."
        ),
    ] = None,
    algorithm: AlgorithmOption = DEFAULT,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    debug: DebugOption = False,
) -> None:
    """Score brief's summary of an article against a reference summary (ROUGE-1/2/L F1)."""
    from .batch import brief_all
    from .brief import Options
    from .evaluate import reference_sentences, rouge
    from .inputs import decode, read_bytes

    out = Output.from_system()
    with _errors(out, debug):
        data, name = read_bytes(str(reference), max_bytes=max_bytes)
        expected = reference_sentences(decode(data, name), name)
        options = Options(sentences=sentences or len(expected), algorithm=algorithm.value)
        briefs, failure = brief_all([source], options, max_bytes=max_bytes, report=out.error)
        if failure:
            raise typer.Exit(int(failure))
        brief = briefs[0]
        scores = rouge(expected, [s.text for s in brief.summary])
        out.write(
            " ".join(f"{name.upper().replace('ROUGE', 'ROUGE-')} {value:.1f}" for name, value in scores.items()) + "\n"
        )


class _errors:
    """Turn expected failures into one stderr line and an exit code; --debug re-raises."""

    def __init__(self, out: Output, debug: bool):
        self.out = out
        self.debug = debug or os.environ.get("BRIEF_DEBUG", "") not in ("", "0")

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if isinstance(exc, BrokenPipeError):
            # The reader went away (`| head -1`): stop quietly, as the Python docs advise.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(int(ExitCode.BROKEN_PIPE))
        if isinstance(exc, KeyboardInterrupt):
            print("brief: interrupted", file=self.out.stderr)
            raise typer.Exit(int(ExitCode.INTERRUPTED))
        if exc is None or isinstance(exc, typer.Exit):
            return False
        if self.debug:
            return False
        if isinstance(exc, BriefError):
            self.out.error(str(exc))
            raise typer.Exit(int(exc.exit_code))
        if isinstance(exc, Exception):
            self.out.error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)")
            raise typer.Exit(int(ExitCode.INTERNAL))
        return False


_interrupts: list[int] = []  # the Ctrl-Cs received


def _interrupted(signum, frame) -> None:
    """Ctrl-C: one line and exit 130; SystemExit still runs every ``finally`` on the way out."""
    if not _interrupts:
        print("brief: interrupted", file=sys.stderr)
    _interrupts.append(signum)
    raise SystemExit(int(ExitCode.INTERRUPTED))


def _unraisable(report) -> None:
    """Python's report of an exception it had to ignore, except the exit of a Ctrl-C that landed
    in an object's ``__del__``: "brief: interrupted" was said once, and main still exits 130."""
    if not (_interrupts and issubclass(report.exc_type, SystemExit)):
        sys.__unraisablehook__(report)


GC_YOUNG_OBJECTS = 70_000  # new objects between two collections of the youngest (Python: 700)


def main() -> None:
    """Console entry point (Click alone would print "Aborted!" and exit 1 on Ctrl-C)."""
    import gc
    import signal

    signal.signal(signal.SIGINT, _interrupted)
    sys.unraisablehook = _unraisable
    # A brief allocates many objects that live to the run's end (tokens, mentions, the loaded
    # taggers); the collector's default pace, set for long-running programs, scans them again and
    # again: 0.06 s of a short brief, over 0.1 s of a 35,000-word one. A hundred times fewer young
    # objects between collections still bounds the memory of cycles in `brief batch` and `digest`.
    gc.set_threshold(GC_YOUNG_OBJECTS, 10, 10)
    try:
        app()
    finally:
        # The run is over: the interpreter's last collection at exit would scan every object
        # still alive (the loaded taggers, a long article's analysis), for nothing; measured
        # on the 35k-word article it was about a tenth of a second.
        gc.freeze()
        # The handler's exit can land where Python ignores exceptions (an object's __del__
        # during an import): the run then went on, but it still ends as interrupted.
        if _interrupts:
            raise SystemExit(int(ExitCode.INTERRUPTED))
