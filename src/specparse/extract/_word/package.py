"""Open an OOXML zip safely: limits checked from the central directory, bounded reads, relationships."""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

from ...errors import CorruptDocumentError, LimitExceededError
from ...limits import check_part_size, check_zip
from .safexml import parse_xml

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass(frozen=True, slots=True)
class Relationship:
    kind: str  # the last segment of the relationship type URI: "styles", "header", "officeDocument"
    target: str  # the part name inside the zip, resolved against the source part


class Package:
    """A zip archive holding a Word document, with its limits already checked."""

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
            raise CorruptDocumentError(f"damaged zip archive: {exc}") from exc
        check_zip(infos)  # entries, declared total and inflation ratio, before a byte is inflated
        self._infos = {info.filename: info for info in infos}

    def __contains__(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        """The bytes of entry ``name``, read no further than its declared size (a lying header stops)."""
        info = self._infos[name]
        check_part_size(name, info.file_size)
        try:
            with self._zip.open(info) as stream:
                data = stream.read(info.file_size + 1)
        except (zipfile.BadZipFile, ValueError, EOFError, OSError, RuntimeError) as exc:
            # RuntimeError: zipfile's answer to an encrypted entry or an unknown compression method.
            raise CorruptDocumentError(f"damaged zip entry {name}: {exc}") from exc
        except Exception as exc:  # zlib.error and friends from a corrupt deflate stream
            raise CorruptDocumentError(f"damaged zip entry {name}: {exc}") from exc
        if len(data) > info.file_size:
            raise LimitExceededError(f"zip entry {name} inflates past its declared size")
        return data

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), name)

    def relationships(self, part: str) -> dict[str, Relationship]:
        """The relationships of ``part`` ("" for the package itself) by id; empty when it has none."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
        if rels_name not in self._infos:
            return {}
        found: dict[str, Relationship] = {}
        for rel in self.xml(rels_name).iter(f"{{{_RELS_NS}}}Relationship"):
            rel_id, kind, target = rel.get("Id"), rel.get("Type") or "", rel.get("Target")
            if rel_id is None or target is None or (rel.get("TargetMode") or "").lower() == "external":
                continue
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(folder, target))
            found[rel_id] = Relationship(kind=kind.rstrip("/").rsplit("/", 1)[-1], target=resolved)
        return found
