"""Importing existing reviews: plain-text documents in, films and draft reviews out.

`documents` turns text into an `ExtractedReview` without touching the database;
`apply` writes one into the catalogue; `sources` reads files safely.
"""
