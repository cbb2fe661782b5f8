"""Nested tags: a tag named "Obszar 1/BIP" sits under "Obszar 1"; names are paths, so meeting files and old
databases need nothing new, and a parent need not exist as a tag of its own."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from facilitator.textfold import fold

SEP = "/"


def normalise(name: str) -> str:
    """A tag path as stored: each level trimmed and blank levels dropped ("Obszar 1 / BIP/" -> "Obszar 1/BIP")."""
    return SEP.join(" ".join(part.split()) for part in name.split(SEP) if part.strip())


def key(name: str) -> str:
    """What makes two tag paths one: case, diacritics' spelling and spaces around levels do not count."""
    return fold(normalise(name))


def is_under(name: str, ancestors: Iterable[str]) -> bool:
    """Whether the tag is one of the ancestors' paths or below one of them (all compared by key)."""
    own = key(name)
    return any(own == a or own.startswith(a + SEP) for a in (key(x) for x in ancestors))


def parents(name: str) -> list[str]:
    """Every path above the tag, nearest last ("a/b/c" -> ["a", "a/b"])."""
    parts = normalise(name).split(SEP)
    return [SEP.join(parts[:n]) for n in range(1, len(parts))]


@dataclass
class Node:
    """One level of the tree: its full path, its own tag (None for a level no tag is named after) and children."""

    path: str
    label: str
    tag: object | None = None
    children: list[Node] = field(default_factory=list)


def build(tags: Iterable[tuple[str, object]]) -> list[Node]:
    """The forest of (name, payload) tags, levels sorted by folded label; missing parents become bare levels."""
    roots: list[Node] = []
    index: dict[str, Node] = {}
    for name, payload in sorted(tags, key=lambda t: key(t[0])):
        path = normalise(name)
        siblings = roots
        built = ""
        for part in path.split(SEP):
            built = f"{built}{SEP}{part}" if built else part
            node = index.get(key(built))
            if node is None:
                node = Node(built, part)
                index[key(built)] = node
                siblings.append(node)
            siblings = node.children
        index[key(path)].tag = payload
    return roots
