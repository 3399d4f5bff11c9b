"""Default limits, in one light module (the command line reads them at start-up)."""

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # inputs larger than this are refused (--max-bytes)
MAX_MAX_BYTES = 1 << 30  # --max-bytes above this is a usage error: the cap is read into memory
