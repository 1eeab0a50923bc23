"""Starting the desktop app: the Qt application, its font and language, first start, screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QInputDialog

from annotator.core import paths
from annotator.gui.preferences import Preferences

_translators: list[QTranslator] = []  # kept alive as long as the app


def ensure_application(language: str | None = None) -> QApplication:
    """The one QApplication, with the bundled Arabic font and the interface language installed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("annotator")
        app.setOrganizationName("annotator")
        app.setDesktopFileName("annotator")  # Wayland and the task bar match the window to annotator.desktop
        icon = paths.resources_dir() / "icons" / "annotator-256.png"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    if not getattr(app, "_annotator_ready", False) or language is not None:
        _load_fonts()
        set_language(language or Preferences().effective_language())
        app._annotator_ready = True
    return app


def arabic_font_family() -> str:
    """The family of the bundled Noto Sans Arabic, or the system's choice if it is missing."""
    return _load_fonts() or QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


_font_family: str | None = None


def _load_fonts() -> str | None:
    global _font_family
    if _font_family is None:
        try:
            import fontpkg_noto_sans_arabic as noto
        except ImportError:
            return None
        for font_file in sorted((noto.ROOT / "files").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(font_file))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and _font_family is None:
                _font_family = families[0]
    return _font_family


def set_language(code: str) -> None:
    """Install the Arabic or English interface; Arabic mirrors the whole layout."""
    app = QApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    folder = paths.resources_dir() / "translations"
    ours = QTranslator()  # English needs it too: its plural forms ("1 entity", "2 entities")
    if ours.load(str(folder / f"annotator_{code}.qm")):
        _translators.append(ours)
    if code == "ar":
        qt_own = QTranslator()  # Qt's own dialogs and buttons (OK, Cancel, the file and colour dialogs, …)
        if qt_own.load(QLocale(QLocale.Language.Arabic), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _translators.append(qt_own)
    for translator in _translators:
        app.installTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight)
    app.setProperty("annotator_language", code)


def current_language() -> str:
    app = QApplication.instance()
    return (app.property("annotator_language") if app else None) or "en"


def run(db_path: Path | None, *, screenshot: Path | None = None, language: str | None = None) -> int:
    """Open the window on a project until it is closed: `db_path`, else the one used last, else the default
    one (which starts with `seeds/`)."""
    app = ensure_application(language)
    from annotator.gui.projects import starting_project
    from annotator.gui.window import MainWindow

    window = MainWindow(starting_project(db_path, Preferences()), seed_if_new=True)
    if screenshot is not None:
        return _save_screenshot(app, window, screenshot)
    sys.excepthook = lambda kind, error, trace: report_error(window, kind, error, trace)
    preferences = Preferences()
    if not preferences.annotator:
        _ask_annotator_name(window, preferences)
    window.show()
    return app.exec()


def report_error(window, kind, error, trace) -> None:
    """What went wrong in a slot, told to the analyst in a sentence; the traceback goes to stderr only."""
    import traceback

    from annotator.core.store import ProjectError
    from annotator.gui.plain_text import tell
    from annotator.gui.reasons import shown

    traceback.print_exception(kind, error, trace)
    if isinstance(error, ProjectError):
        message = shown(error)
    else:
        message = QCoreApplication.translate("App", "Internal error, please report it: {0}").format(f"{kind.__name__}: {error}")
    tell(window, QCoreApplication.translate("App", "Not saved"), message, warning=True)


def _ask_annotator_name(window, preferences: Preferences) -> None:
    name, accepted = QInputDialog.getText(
        window,
        QCoreApplication.translate("App", "Welcome"),
        QCoreApplication.translate("App", "Your name as an annotator (saved with every annotation you make):"),
        text=preferences.annotator_or_login(),
    )
    if accepted and name.strip():
        preferences.annotator = name
        window.set_annotator(preferences.annotator)


def _save_screenshot(app: QApplication, window, target: Path) -> int:
    """Render the window as a user would see it, save it, close, and leave no event loop behind."""
    window.resize(1400, 900)
    window.show()
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    target.parent.mkdir(parents=True, exist_ok=True)
    saved = image.save(str(target))
    window.close()
    app.processEvents()
    if not saved:
        print(f"annotator: could not write {target}", file=sys.stderr)
        return 1
    return 0

