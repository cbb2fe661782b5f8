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


@dataclass(frozen=True)
class TagCount:
    """A level of the tag tree with the statements and meetings tagged with it or anything under it."""

    path: str
    label: str
    depth: int
    tag_id: str | None  # None: a level no tag is named after ("Obszar 1" above "Obszar 1/BIP")
    items: int
    meetings: int


def rollup(links: Iterable[tuple[str, str, str]]) -> dict[str, tuple[set[str], set[str]]]:
    """(tag name, item id, meeting id) links -> each path and every level above it: its items and meetings."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for name, item_id, meeting_id in links:
        for path in (*parents(name), normalise(name)):
            items, meetings = found.setdefault(key(path), (set(), set()))
            items.add(item_id)
            meetings.add(meeting_id)
    return found


def counts(tags: Iterable[tuple[str, str]], links: Iterable[tuple[str, str, str]]) -> list[TagCount]:
    """The tree of (id, name) tags flattened depth-first, each level with its rolled-up counts."""
    totals = rollup(links)
    out: list[TagCount] = []

    def walk(nodes: list[Node], depth: int) -> None:
        for node in nodes:
            items, meetings = totals.get(key(node.path), ((), ()))
            out.append(TagCount(node.path, node.label, depth, node.tag, len(items), len(meetings)))
            walk(node.children, depth + 1)

    walk(build((name, tag_id) for tag_id, name in tags), 0)
    return out


def tag_counts(engine) -> list[TagCount]:
    """Every tag of the database as a tree, with the statements and meetings under each level."""
    from sqlalchemy import select

    from facilitator.model import Item, Section, Tag, item_tag

    links = (select(Tag.name, item_tag.c.item_id, Section.meeting_id)
             .join(item_tag, item_tag.c.tag_id == Tag.id)
             .join(Item, Item.id == item_tag.c.item_id)
             .join(Section, Section.id == Item.section_id))
    with engine.connect() as conn:
        tags = [(r.id, r.name) for r in conn.execute(select(Tag.id, Tag.name))]
        return counts(tags, conn.execute(links).all())
