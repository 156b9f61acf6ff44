"""Exports to standard formats: W3C Web Annotation, W3C PROV, schema.org and CSL-JSON.

One module per format; this package only re-exports their entry points.
PROV needs the optional ``prov`` package (``pip install provenance[prov]``),
imported only when a PROV export is asked for.
"""

from __future__ import annotations

from provenance.export.csl import to_csl
from provenance.export.prov import to_prov, to_prov_json, to_prov_n
from provenance.export.schemaorg import to_schemaorg
from provenance.export.webannotation import from_webannotation, read_annotations, to_webannotation

__all__ = [
    "from_webannotation",
    "read_annotations",
    "to_csl",
    "to_prov",
    "to_prov_json",
    "to_prov_n",
    "to_schemaorg",
    "to_webannotation",
]
