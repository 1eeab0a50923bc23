"""The .deb's Depends: the Debian packages owning the libraries the bundled binaries load but the bundle
lacks, found with ldd and dpkg -S (never guessed).

    python packaging/linux/depends.py BUILT-FOLDER
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Always there on Debian (Essential or in every base system): named anyway, as Debian's own packages do.
_RESOLVED = re.compile(r"^\s*(\S+) => (/\S+) \(")


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as stream:
                if stream.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def outside_libraries(folder: Path) -> set[str]:
    inside = str(folder.resolve())
    bundled = {path.name for path in folder.rglob("*.so*")}
    needed: set[str] = set()
    for path in elf_files(folder):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            match = _RESOLVED.match(line)
            if not match:
                if "not found" in line:
                    sys.exit(f"{path}: {line.strip()}: install it on the build machine first")
                continue
            name, resolved = match.groups()
            if name in bundled or resolved.startswith(inside):
                continue
            needed.add(os.path.realpath(resolved))
    return needed


def owner(library: str) -> str:
    candidates = [library]
    if library.startswith("/usr/lib"):  # merged /usr: dpkg may have recorded /lib/…
        candidates.append(library[len("/usr"):])
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    sys.exit(f"{library}: no Debian package owns it; the .deb cannot name it")


def main() -> int:
    folder = Path(sys.argv[1])
    packages = sorted({owner(library) for library in outside_libraries(folder)})
    print(", ".join(packages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
