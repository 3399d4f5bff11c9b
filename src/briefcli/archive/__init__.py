"""``brief batch``: brief a whole collection into JSON Lines, on this machine or a Dask cluster.

Not to be confused with ``briefcli.batch`` (a handful of inputs for ``summarize``): this
package streams archives of any size. record.py is the pure function every engine maps
(``brief_record``: one record dict in, one brief dict out), reader.py turns inputs into
records, partitions.py keeps a bounded window of partitions in flight in input order,
local.py and dask_engine.py run partitions, sink.py writes and resumes the output, run.py
ties one run together, and digest_dask.py folds a digest's near-duplicates on Dask.
"""

from .record import brief_json, brief_record

__all__ = ["brief_json", "brief_record"]
