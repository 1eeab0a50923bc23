"""Before Qt starts: is there a display, and does the window's platform plugin find its libraries?

Qt aborts the whole process (SIGABRT, a core dump) when its xcb plugin cannot load, and blames
libxcb-cursor0 whatever is really missing. This looks first, without importing Qt, and says in one
paragraph what is missing and how to install it. It reads the plugin's dependencies with `ldd`, as
a packager would, rather than guessing them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Shared libraries whose Debian package is not simply the library's name and version.
_PACKAGES = {
    "libxcb-util.so.1": "libxcb-util1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
WINDOWLESS = "import, export, stats, search, suggest and check"


def platform_problem(environment: dict[str, str] | None = None) -> str | None:
    """A paragraph saying why the window cannot start here, or None when it can (as far as can be told)."""
    environment = dict(os.environ if environment is None else environment)
    platform = environment.get("QT_QPA_PLATFORM", "").split(":")[0]
    if not sys.platform.startswith("linux") or platform in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return None
    if platform in ("", "xcb") and not environment.get("DISPLAY") and not (platform == "" and environment.get("WAYLAND_DISPLAY")):
        return (
            "The annotator's window needs a display, and this session has none (DISPLAY is not set). "
            "Start it from a desktop session, over `ssh -X`, or inside `xvfb-run`; to render a picture of the "
            "window without any display, use `QT_QPA_PLATFORM=offscreen annotator gui --screenshot FILE.png`. "
            f"The commands that need no window ({WINDOWLESS}) work as they are."
        )
    if platform in ("", "xcb"):
        missing = missing_libraries(_xcb_plugin_files())
        if missing:
            packages = sorted({debian_package(library) for library in missing})
            return (
                f"The annotator's window cannot start: Qt's xcb platform plugin needs {', '.join(missing)}, "
                "which this system lacks. On Debian or Ubuntu install them with "
                f"`sudo apt-get install {' '.join(packages)}` (or run `sudo packaging/install-system-libraries.sh`, "
                f"which installs everything the window needs). The commands that need no window ({WINDOWLESS}) "
                "work as they are."
            )
    return None


def _xcb_plugin_files() -> list[Path]:
    try:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return []
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(list(spec.submodule_search_locations)[0]) / "Qt"
    return [path for path in (root / "plugins" / "platforms" / "libqxcb.so", root / "lib" / "libQt6XcbQpa.so.6") if path.exists()]


def missing_libraries(files: list[Path]) -> list[str]:
    """Shared libraries `ldd` cannot find for these files, each named once."""
    if not files or shutil.which("ldd") is None:
        return []
    missing: list[str] = []
    for file in files:
        try:
            output = subprocess.run(["ldd", str(file)], capture_output=True, text=True, timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        missing += [library for library in _NOT_FOUND.findall(output) if library not in missing]
    return missing


def debian_package(library: str) -> str:
    """The Debian package that ships a shared library: libxcb-icccm.so.4 -> libxcb-icccm4."""
    if library in _PACKAGES:
        return _PACKAGES[library]
    name, _, version = library.partition(".so.")
    version = version.split(".")[0]
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"
