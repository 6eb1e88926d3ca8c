"""Reading documents to import: size limit, encodings, and what is not text at all."""

import codecs
from dataclasses import dataclass
from pathlib import Path

#: Larger files are refused: a review post is 5-50 kB, so 1 MB is already a very long one.
MAX_DOCUMENT_BYTES = 1_000_000
#: The share of control characters above which a file is taken for binary data.
MAX_CONTROL_SHARE = 0.01
#: What a directory contributes: its text documents, searched recursively.
DOCUMENT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass
class Source:
    name: str  # the file's path or name, or what an editor pasted it as
    text: str | None = None
    encoding: str = ""
    problem: str = ""  # why the file was skipped, for the person running the import
    note: str = ""  # something worth saying about a file that was read
    folder: Path | None = None  # where a file read from disk lies: its images are beside it


def too_large(size):
    """Why a document of `size` bytes is refused, or ""."""
    if size <= MAX_DOCUMENT_BYTES:
        return ""
    return (
        f"skipped: {size / 1_000_000:.1f} MB is over the "
        f"{MAX_DOCUMENT_BYTES // 1_000_000} MB limit for one document"
    )


def document_read(path: Path) -> Source:
    """The text of `path`, or the reason it cannot be imported; never raises for bad files."""
    try:
        if problem := too_large(path.stat().st_size):
            return Source(name=str(path), problem=problem)
        data = path.read_bytes()
    except OSError as error:
        problem = f"skipped: cannot be read ({error.strerror or error})"
        return Source(name=str(path), problem=problem)
    source = document_decode(data, name=str(path))
    source.folder = path.parent
    return source


def document_decode(data: bytes, *, name: str) -> Source:
    """`data` as text (UTF-8, else Windows-1252, and saying so), or why it is not text."""
    source = Source(name=name)
    source.problem = too_large(len(data))
    if source.problem:
        return source
    if not data.strip():
        source.problem = "skipped: the file is empty"
        return source
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:  # Windows editors' "Unicode": text all the same
            data = data.decode("utf-16").encode()
        except UnicodeDecodeError:
            source.problem = "skipped: marked as UTF-16 text but not valid UTF-16"
            return source
        source.note = "read as UTF-16 (saving documents as UTF-8 is best)"
    if b"\x00" in data:
        source.problem = "skipped: binary file (it contains NUL bytes), not a text document"
        return source
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            source.text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        source.encoding = "utf-8" if encoding == "utf-8-sig" else encoding
        break
    else:
        source.problem = "skipped: neither UTF-8 nor Windows-1252 text (binary data?)"
        return source
    controls = sum(1 for c in source.text if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > MAX_CONTROL_SHARE * len(source.text):
        source.text = None
        source.problem = "skipped: binary file (control characters), not a text document"
        return source
    if source.encoding == "cp1252" and not source.note:
        source.note = "not valid UTF-8: read as Windows-1252 (cp1252); check accented letters"
    return source


def document_paths(paths, *, suffixes_too=()) -> list[Path]:
    """Files named, and the documents inside directories named, in a stable order."""
    suffixes = (*DOCUMENT_SUFFIXES, *suffixes_too)
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                sorted(
                    child
                    for child in path.rglob("*")
                    if child.is_file()
                    and child.suffix.lower() in suffixes
                    and not child.name.startswith(".")
                )
            )
        else:
            found.append(path)
    return found
