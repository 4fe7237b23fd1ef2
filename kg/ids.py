"""Stable identifiers: the IRI scheme.

    id:article/{sha256 of the raw text, 16 hex}      an article, by its content
    id:article/{digest}/span/{start}-{end}           an evidence span in it
    id:place/{GB/T 2260 code}                        an administrative division
    id:org/{canonical name}                          an organisation (names carry their place)
    id:person/{place code or cn}/{name}              a person, placed by the locality of their posts
    id:post/{organisation name}/{title}              a post in an organisation
    id:meeting/{place code or cn}/{date}/{name}      a meeting (undated: scoped to its article)
    id:policy/{name}, id:measure/{policy}/{name}     policies and their measures
    id:fact/{kind}/{sha1 of the fact's content}      a fact, by what it states and where

Organisations and places are keyed so that the same one in two articles is one
IRI; a person's place code disambiguates namesakes (kg.link decides which person
IRIs of one name are one official). Facts are scoped to their article (the digest
is part of what is hashed), so each keeps its own provenance.

Names are kept readable (IRIs allow Chinese characters); ASCII characters that
are not allowed in an IRI path segment are percent-encoded. The same input
always gives the same IRIs, so rebuilding a graph does not move anything.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

from .vocab import ID

__all__ = ["segment", "entity_iri", "article_iri", "span_iri", "fact_iri", "post_iri"]

_SAFE = "-._~!$&'()*+,;=:@"


def segment(text: str) -> str:
    """An IRI path segment for ``text``: non-ASCII kept, unsafe ASCII percent-encoded."""
    return "".join(ch if ord(ch) > 127 and ch.isprintable() and not ch.isspace() else quote(ch, safe=_SAFE)
                   for ch in text)


# ID + path: what ID[path] makes, without rdflib's Namespace lookup on the way (spans and facts are
# made by the ten thousand)
_ID = str(ID)


def article_iri(digest: str) -> URIRef:
    return URIRef(f"{_ID}article/{digest[:16]}")


# Spans and facts are named by hex digests and numbers, which an IRI always allows: their URIRefs are
# made without rdflib's check of each character (a fifth of the profiled time of an article's RDF)
_iri = str.__new__


def span_iri(digest: str, start: int, end: int) -> URIRef:
    return _iri(URIRef, f"{_ID}article/{digest[:16]}/span/{start}-{end}")


@lru_cache(maxsize=1 << 16)  # an entity is named in many facts, and again in the next article
def entity_iri(key: str) -> URIRef:
    """The IRI of the entity with this key (see :mod:`kg.model`)."""
    kind, _, rest = key.partition(":")
    if kind == "person":
        name, _, place = rest.rpartition("@")
        return ID[f"person/{place}/{segment(name)}"]
    if kind == "meeting":
        place, date, name = rest.split("/", 2)
        return ID[f"meeting/{place}/{date}/{segment(name)}"]
    if kind == "measure":
        policy, _, name = rest.rpartition("/")
        return ID[f"measure/{segment(policy)}/{segment(name)}"]
    if kind == "place":  # a township: its county's code and its name (place/331124/四都乡)
        return ID["place/" + "/".join(segment(part) for part in rest.split("/"))]
    if kind in ("org", "policy"):
        return ID[f"{kind}/{segment(rest)}"]
    raise ValueError(f"not an entity key: {key!r}")


@lru_cache(maxsize=1 << 14)
def post_iri(org_name: str, title: str) -> URIRef:
    return ID[f"post/{segment(org_name or 'none')}/{segment(title)}"]


def fact_iri(kind: str, *parts: object) -> URIRef:
    h = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
    return _iri(URIRef, f"{_ID}fact/{kind}/{h}")
