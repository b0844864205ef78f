"""Reading articles from files, HTML, JSON Lines, directories and stdin, and cleaning them."""

from .clean import make_document
from .readers import IngestFailure, Item, iter_paths, read_file

__all__ = ["IngestFailure", "Item", "iter_paths", "make_document", "read_file"]
