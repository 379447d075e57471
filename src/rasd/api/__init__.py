"""HTTP API and web dashboard: `rasd serve` (FastAPI + uvicorn) over a read-only rasd database."""

from rasd.api.app import create_app

__all__ = ["create_app"]
