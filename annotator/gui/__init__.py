"""The desktop window; Qt lives in this package and nowhere else."""

from __future__ import annotations

from pathlib import Path


def create_window(db_path: str | Path):
    """The main window on that project, not yet shown (CONTRACT §4)."""
    from annotator.gui.app import ensure_application
    from annotator.gui.window import MainWindow

    ensure_application()
    return MainWindow(Path(db_path))
