"""Importing existing reviews: text documents and WordPress exports in, reviews out.

`documents` turns text into an `ExtractedReview` without touching the database (with
`patterns`, `values`, `ratings` and the dataclasses of `extracted`); `catalogue` is what a
run knows of films and people, and finds a document's film and people in it; `apply`
(with `apply_film`) writes a document into the catalogue; `sources` reads files safely;
`wxr_read` reads WordPress exports safely (a post's HTML with `wxr_html`), `wxr` imports
their posts and `wxr_comments` their comments; `runs` is what the command and the admin
page share (one report row per document); `batches` keeps what an editor uploads in the
admin (`models`) and has the worker (`tasks`) preview and import it, and `previews`
stores a preview as JSON for the page to show again. `admin` and `forms` are the "Import
reviews" pages; `manage.py import_reviews` is the command.

The app uses reviews and comments (their models and services); they know nothing of it.
"""
