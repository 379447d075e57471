"""Batch ingest: read articles from files of any supported format, analyse them, store them exactly once."""
