"""Every cap and deadline, in one light module (the command line reads them at start-up).
The README's "Limits" table lists them all."""

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # inputs larger than this are refused (--max-bytes)
DEFAULT_TIMEOUT = 30.0  # seconds in all to fetch one URL: connect, redirects, headers, body (--timeout)
MAX_REDIRECTS = 5  # per URL
STATE_LOCK_TIMEOUT = 120.0  # seconds a --new-only run waits for another one to finish recording
MAX_SENTENCES = 30_000  # sentences analysed per article; the rest is left out (16x the longest benchmark article)
MAX_SENTENCE_CHARS = 100_000  # a longer sentence is cut at a space (a 10,000-word sentence still fits)
SUMY_MAX_SENTENCES = 2_000  # sumy's rankers (-a lexrank ...) rank the first ones only: their cost grows as n²
MAX_HEADLINE_CHARS = 200  # a longer title or lead is cut at a space, with "…"
MAX_REFERENCE_CHARS = 20_000  # brief eval: a longer reference summary is refused (ROUGE-L grows as n × m)
MAX_REFERENCE_LINES = 100  # brief eval: a reference with more sentences is refused
MAX_MAX_BYTES = 1 << 30  # --max-bytes above this is a usage error: the cap is read into memory
FOLD_BUCKET_SIZE = 64  # digest: earlier articles an LSH bucket keeps as candidates for later ones
FOLD_PER_STORY = 8  # ... of which at most this many from one story (copies stand in for each other)
CLUSTER_MAX_POSTING = 200  # digest event clustering: a term or name in more articles than this proposes no pairs
