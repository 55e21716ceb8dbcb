"""Look up departments and areas by their names and the aliases the plan uses."""

from __future__ import annotations

from cfcity import models


class NameIndex:
    """Maps every name and alias to the canonical name of its entry."""

    def __init__(self, entries: list[tuple[str, list[str]]]) -> None:
        self.canonical: dict[str, str] = {}
        for name, aliases in entries:
            for spelling in (name, *aliases):
                self.canonical.setdefault(_normalize(spelling), name)
        self.names = [name for name, _ in entries]

    def resolve(self, name: str) -> str | None:
        """Return the canonical name for a name or alias, or None."""
        return self.canonical.get(_normalize(name))

    def resolve_prefix(self, name: str) -> str | None:
        """Return the one canonical name that starts with `name` (新华路 for 新华路街道), or None."""
        exact = self.resolve(name)
        if exact:
            return exact
        needle = _normalize(name)
        found = {canonical for spelling, canonical in self.canonical.items() if needle and spelling.startswith(needle)}
        return found.pop() if len(found) == 1 else None

    def search(self, text: str) -> list[str]:
        """Return the canonical names that `text` names: exactly, as a part, or as an abbreviation.

        A part that starts the name once the prefix 市 is dropped wins over one found inside it, so
        民政 finds 市民政局 and not 新郑市人民政府. An abbreviation such as 发改委 matches names that
        hold its characters in order (市发展改革委).
        """
        exact = self.resolve(text)
        if exact:
            return [exact]
        needle = _normalize(text)
        if not needle:
            return []
        for matches in (
            lambda spelling: spelling.removeprefix("市").startswith(needle.removeprefix("市")),
            lambda spelling: needle in spelling,
            lambda spelling: _in_order(needle.removeprefix("市"), spelling),
        ):
            found = {canonical for spelling, canonical in self.canonical.items() if matches(spelling)}
            if found:
                return sorted(found, key=self.names.index)
        return []


def _in_order(needle: str, spelling: str) -> bool:
    """Tell whether the characters of `needle` occur in `spelling` in the same order."""
    remaining = iter(spelling)
    return len(needle) > 1 and all(char in remaining for char in needle)


def _normalize(name: str) -> str:
    return "".join(name.split()).replace("(", "（").replace(")", "）")


def department_index(departments: list[models.Department]) -> NameIndex:
    return NameIndex([(item.name, item.aliases) for item in departments])


def area_index(areas: list[models.Area]) -> NameIndex:
    return NameIndex([(item.name, [item.id, *item.aliases]) for item in areas])
