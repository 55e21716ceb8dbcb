"""Read plan files from git objects at a revision, without checking anything out."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cfcity.problems import CfcityError


def run_git(repository: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run git in `repository` and return the completed process (bytes output)."""
    if shutil.which("git") is None:
        raise CfcityError("git-not-installed")
    result = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=repository, capture_output=True)
    if check and result.returncode != 0:
        raise CfcityError("git-failed", command="git " + " ".join(args),
                          detail=result.stderr.decode("utf-8", "replace").strip())
    return result


@dataclass(frozen=True)
class Repository:
    """The git repository that contains a plan, and the plan's folder inside it."""

    top: Path
    prefix: str

    @classmethod
    def of(cls, plan_root: Path) -> "Repository":
        result = run_git(plan_root, "rev-parse", "--show-toplevel", check=False)
        if result.returncode != 0:
            raise CfcityError("git-not-repository", path=str(plan_root))
        top = Path(result.stdout.decode("utf-8").strip()).resolve()
        prefix = plan_root.resolve().relative_to(top).as_posix()
        return cls(top, "" if prefix == "." else prefix)

    def resolve(self, revision: str) -> str:
        """Return the full commit id of `revision`, or raise a clear error."""
        result = run_git(self.top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}", check=False)
        if result.returncode == 0:
            return result.stdout.decode("ascii").strip()
        if self.is_shallow():
            raise CfcityError("git-shallow", revision=revision)
        raise CfcityError("git-unknown-revision", revision=revision)

    def merge_base(self, revision: str, other: str = "HEAD") -> str | None:
        """Return the commit where `other` left `revision`, or None when they share no history."""
        result = run_git(self.top, "merge-base", revision, other, check=False)
        return result.stdout.decode("ascii").strip() or None if result.returncode == 0 else None

    def is_shallow(self) -> bool:
        result = run_git(self.top, "rev-parse", "--is-shallow-repository", check=False)
        return result.stdout.decode("ascii").strip() == "true"

    def path(self, relative: str) -> str:
        return f"{self.prefix}/{relative}" if self.prefix else relative


class GitSource:
    """Plan files as they are at one commit; the same interface as the loader's folder source."""

    def __init__(self, repository: Repository, commit: str, label: str) -> None:
        self.repository = repository
        self.commit = commit
        self.label = label
        self._files = self._list_files()

    def _list_files(self) -> set[str]:
        folder = self.repository.prefix or "."
        result = run_git(self.repository.top, "ls-tree", "-r", "--name-only", "-z", self.commit, "--", folder)
        names = [name for name in result.stdout.decode("utf-8").split("\0") if name]
        prefix = f"{self.repository.prefix}/" if self.repository.prefix else ""
        return {name[len(prefix):] for name in names if name.startswith(prefix)}

    def read_bytes(self, relative: str) -> bytes | None:
        if relative not in self._files:
            return None
        result = run_git(self.repository.top, "cat-file", "blob", f"{self.commit}:{self.repository.path(relative)}")
        return result.stdout

    def list_folder(self, relative: str) -> list[str]:
        found = [name for name in self._files
                 if PurePosixPath(name).parent.as_posix() == relative
                 and PurePosixPath(name).suffix.lower() in (".yaml", ".yml")]
        return sorted(found)


def load_plan_at(plan_root: Path, revision: str, commit: str | None = None):
    """Load the plan as it stood at `revision` (or at `commit`); raise if the plan is not there at all."""
    from cfcity.loader import MARKER, load_plan

    repository = Repository.of(plan_root)
    commit = commit or repository.resolve(revision)
    source = GitSource(repository, commit, revision)
    if source.read_bytes(MARKER) is None:
        raise CfcityError("git-plan-missing", revision=revision, file=repository.path(MARKER))
    return load_plan(plan_root, source)
