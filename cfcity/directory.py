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

    def search(self, text: str) -> list[str]:
        """Return the canonical names whose name or an alias contains `text`."""
        exact = self.resolve(text)
        if exact:
            return [exact]
        needle = _normalize(text)
        found = {canonical for spelling, canonical in self.canonical.items() if needle and needle in spelling}
        return sorted(found, key=self.names.index)


def _normalize(name: str) -> str:
    return "".join(name.split()).replace("(", "（").replace(")", "）")


def department_index(departments: list[models.Department]) -> NameIndex:
    return NameIndex([(item.name, item.aliases) for item in departments])


def area_index(areas: list[models.Area]) -> NameIndex:
    return NameIndex([(item.name, [item.id, *item.aliases]) for item in areas])
