"""The images of a saved page read from disk, imported as the review's figures.

A page saved with a browser's "Save page as… (complete)" comes with a folder of its files
("Page_files/still.jpg"). `manage.py import_reviews` reads the page from disk, so each image
its body keeps is looked for beside it (at its relative path, else by its name) and stored
as a WordPress post's are (`PostFiguresMixin`: resized at once, the body naming the stored
file, one not found left out and reported). Pasted and uploaded documents bring no files:
their images are dropped and listed (`html_extract.figures_dropped`).
"""

import hashlib

from imports.wxr_figures import PostFiguresMixin


class FolderFigures(PostFiguresMixin):
    """The figures of one document read from `folder` (None: a document with no folder)."""

    def __init__(self, folder, extracted, *, dry_run):
        self.uploads, self.dry_run, self.images = folder, bool(dry_run), True
        self.uploads_label = f"beside the page (in {folder})"
        self.notes = []
        if folder is not None and (found := self.figures_found(extracted.body_html)):
            # A page imported before its images were copied beside it is imported again.
            facts = [extracted.fingerprint, "|", *found]
            extracted.fingerprint = hashlib.sha256("\n".join(facts).encode()).hexdigest()

    def warn(self, message):
        self.notes.append(message)

    @property
    def then(self):
        """What runs in the review's transaction once it is saved: storing the figures."""
        return self.body_figures if self.uploads is not None else None
