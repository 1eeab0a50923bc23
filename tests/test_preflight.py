"""The window says what it lacks instead of aborting: no display, or a library Qt's xcb plugin needs."""

import subprocess
import sys

from annotator.gui.preflight import debian_package, missing_libraries, platform_problem


def test_no_display_is_said_in_a_sentence_and_the_command_exits_1(tmp_path):
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "ANNOTATOR_SETTINGS": str(tmp_path / "s.ini")}
    result = subprocess.run([sys.executable, "-m", "annotator", "gui", "--db", str(tmp_path / "p.db")],
                            capture_output=True, text=True, env=environment, timeout=60)
    assert result.returncode == 1
    assert "needs a display" in result.stderr and "Traceback" not in result.stderr
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_missing_libraries_are_named_with_their_debian_packages(tmp_path, monkeypatch):
    fake = tmp_path / "ldd"
    fake.write_text("#!/bin/sh\necho '\tlibxcb-icccm.so.4 => not found'\necho '\tlibxcb-keysyms.so.1 => not found'\n"
                    "echo '\tlibxcb.so.1 => /lib/libxcb.so.1 (0x0)'\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    assert missing_libraries([tmp_path]) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert [debian_package(name) for name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0", "libEGL.so.1")] == [
        "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1"]
