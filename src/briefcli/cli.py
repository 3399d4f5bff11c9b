"""The command line: parse options, call the library, hand the result to a renderer."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import BriefError, ExitCode
from .limits import DEFAULT_MAX_BYTES
from .output import Output, write_atomic
from .rank import ALGORITHMS, DEFAULT_ALGORITHM
from .render import DIGEST_FORMATS, FORMATS

app = typer.Typer(
    help="Turn a news article into a brief: headline, summary, claims, commitments, actors, quotes.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

Format = Enum("Format", {name: name for name in FORMATS}, type=str)
Algorithm = Enum("Algorithm", {name: name for name in ALGORITHMS}, type=str)
DEFAULT = Algorithm(DEFAULT_ALGORITHM)

# Options that several commands share, declared once.
AlgorithmOption = Annotated[Algorithm, typer.Option("--algorithm", "-a", help="Sentence ranker.")]
MaxBytesOption = Annotated[int, typer.Option(min=1, help="Refuse inputs larger than this.")]
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


@app.command()
def summarize(
    sources: Annotated[
        list[str], typer.Argument(help="Article files (text, HTML, Markdown), http(s) URLs, or - for standard input.")
    ],
    format: Annotated[
        Optional[Format],  # noqa: UP045 - Typer needs Optional here
        typer.Option("--format", "-f", help="Output format. Default: rich on a terminal, text otherwise."),
    ] = None,
    sentences: Annotated[int, typer.Option("--sentences", "-n", min=1, help="Summary length in sentences.")] = 3,
    ratio: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option(min=0.01, max=1.0, help="Summary length as a share of the article's sentences."),
    ] = None,
    words: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(min=1, help="Summary length as at most this many words (never cuts a sentence)."),
    ] = None,
    algorithm: AlgorithmOption = DEFAULT,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Write to this file (atomically: all or nothing) instead of stdout."),
    ] = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    no_color: NoColorOption = False,
    debug: DebugOption = False,
) -> None:
    """Summarize articles into briefs, one per input."""
    from .batch import brief_all
    from .brief import Options
    from .render import formats

    out = Output.from_system(no_color=no_color)
    chosen = format.value if format else ("text" if output else out.default_format())
    options = Options(sentences=sentences, ratio=ratio, words=words, algorithm=algorithm.value)
    with _errors(out, debug):
        briefs, failure = brief_all(sources, options, max_bytes=max_bytes, report=out.error)
        rendered = formats.render(briefs, chosen, out)
        if output and briefs:
            write_atomic(output, rendered)
        else:
            formats.write(rendered, out)
    if failure:
        raise typer.Exit(int(failure))


DigestFormat = Enum("DigestFormat", {name: name for name in DIGEST_FORMATS}, type=str)


@app.command()
def digest(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (searched recursively), globs, RSS/Atom feeds, URLs, or - for paths on stdin."
        ),
    ],
    format: Annotated[
        Optional[DigestFormat],  # noqa: UP045
        typer.Option("--format", "-f", help="Output format. Default: rich on a terminal, markdown otherwise."),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Write the digest to this file, atomically (all or nothing)."),
    ] = None,
    new_only: Annotated[
        bool, typer.Option("--new-only", help="Leave out stories that earlier --new-only runs included.")
    ] = False,
    state: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(help="State file for --new-only. Default: digest.sqlite in the user's state folder."),
    ] = None,
    since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Only articles published (feeds) or modified (files) within this time: 90m, 24h, 7d."),
    ] = None,
    sentences: Annotated[int, typer.Option("--sentences", "-n", min=1, max=3, help="Summary sentences per story.")] = 2,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: one per core."),
    ] = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
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
            verbose=verbose,
            engine=cluster,
        )
        code = run(inputs, settings, out)
    if code:
        raise typer.Exit(int(code))


# --- brief batch (src/briefcli/archive/) -------------------------------------------------
@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="JSON Lines records (.jsonl/.ndjson files, or - for stdin) with id and text or html "
            "(optional title, date, source); or article files, folders and globs (the id is the path)."
        ),
    ],
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Write JSON Lines to this file (default: stdout)."),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Skip ids already in --output (a killed run's) and append the rest."),
    ] = False,
    engine: EngineOption = Engine.local,  # type: ignore[attr-defined]
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--jobs", "-j", min=1, help="Local processes, or local Dask workers. Default: one per core."),
    ] = None,
    scheduler: SchedulerOption = None,
    partition: Annotated[int, typer.Option(min=1, help="Records per task.")] = 64,
    sentences: Annotated[int, typer.Option("--sentences", "-n", min=1, help="Summary length in sentences.")] = 3,
    algorithm: AlgorithmOption = DEFAULT,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    debug: DebugOption = False,
) -> None:
    """Brief a collection into JSON Lines, one object per record with its id; streams, any size.

    A record that fails becomes {"id", "error", "code"} and the run goes on (exit 7).
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


# --- end of brief batch -------------------------------------------------------------------


@app.command("eval")
def evaluate(
    source: Annotated[str, typer.Argument(help="Article file, or - to read standard input.")],
    reference: Annotated[Path, typer.Argument(help="Reference summary: one sentence per line.")],
    sentences: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--sentences", "-n", min=1, help="Summary length. Default: the reference's sentence count."),
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
        expected = reference_sentences(decode(data, name))
        options = Options(sentences=sentences or max(1, len(expected)), algorithm=algorithm.value)
        briefs, failure = brief_all([source], options, max_bytes=max_bytes, report=out.error)
        if failure:
            raise typer.Exit(int(failure))
        brief = briefs[0]
        scores = rouge(expected, [s.text for s in brief.summary])
        print(" ".join(f"{name.upper().replace('ROUGE', 'ROUGE-')} {value:.1f}" for name, value in scores.items()))


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


def _interrupted(signum, frame) -> None:
    """Ctrl-C: one line and exit 130; SystemExit still runs every ``finally`` on the way out."""
    print("brief: interrupted", file=sys.stderr)
    raise SystemExit(int(ExitCode.INTERRUPTED))


def main() -> None:
    """Console entry point (Click alone would print "Aborted!" and exit 1 on Ctrl-C)."""
    import signal

    signal.signal(signal.SIGINT, _interrupted)
    app()
