"""Reading documents to import: size limit, encodings, and what is not text at all."""

from dataclasses import dataclass
from pathlib import Path

#: Larger files are refused: a review post is 5-50 kB, so 1 MB is already a very long one.
MAX_DOCUMENT_BYTES = 1_000_000
#: The share of control characters above which a file is taken for binary data.
MAX_CONTROL_SHARE = 0.01
#: What a directory contributes: its text documents, searched recursively.
DOCUMENT_SUFFIXES = (".txt", ".text", ".md")


@dataclass
class Source:
    path: Path
    text: str | None = None
    encoding: str = ""
    problem: str = ""  # why the file was skipped, for the person running the import
    note: str = ""  # something worth saying about a file that was read


def document_read(path: Path) -> Source:
    """The text of `path`, or the reason it cannot be imported; never raises for bad files."""
    source = Source(path=path)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            source.problem = (
                f"skipped: {size / 1_000_000:.1f} MB is over the "
                f"{MAX_DOCUMENT_BYTES // 1_000_000} MB limit for one document"
            )
            return source
        data = path.read_bytes()
    except OSError as error:
        source.problem = f"skipped: cannot be read ({error.strerror or error})"
        return source
    if not data.strip():
        source.problem = "skipped: the file is empty"
        return source
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
    if source.encoding == "cp1252":
        source.note = "not valid UTF-8: read as Windows-1252 (cp1252); check accented letters"
    return source


def document_paths(paths) -> list[Path]:
    """Files named, and the text documents inside directories named, in a stable order."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                sorted(
                    child
                    for child in path.rglob("*")
                    if child.is_file()
                    and child.suffix.lower() in DOCUMENT_SUFFIXES
                    and not child.name.startswith(".")
                )
            )
        else:
            found.append(path)
    return found
