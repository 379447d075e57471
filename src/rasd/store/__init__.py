"""The rasd event database (DuckDB): versioned schema, transactional writer and the read API.

    from rasd.store import Store, Filter, Page
    with Store.open("rasd.duckdb") as store:             # read-only by default
        page = store.events(Filter.parse(actor="EGY", since="2023-01-01"), Page(limit=50))

The schema is documented in docs/store.md.
"""

from rasd.store.database import DEFAULT_DB, Store
from rasd.store.queries import Filter, Page, QueryError, Result
from rasd.store.rows import Provenance, article_key, doc_rows, rows_to_arrow
from rasd.store.schema import StoreError, analysis_version, schema_version

__all__ = [
    "DEFAULT_DB",
    "Filter",
    "Page",
    "Provenance",
    "QueryError",
    "Result",
    "Store",
    "StoreError",
    "analysis_version",
    "article_key",
    "doc_rows",
    "rows_to_arrow",
    "schema_version",
]
