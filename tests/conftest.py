"""Shared fixtures; Qt runs offscreen so the suite needs no display."""

import lzma
import os
import tempfile
from pathlib import Path

# Hypothesis keeps caches beside the tests unless told otherwise: keep the checkout clean.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "annotator-hypothesis"))

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The suite must give the same verdict on every run: by default Hypothesis draws the same examples each
# time and keeps no example database in the checkout. `pytest --hypothesis-seed=N` explores instead
# (pytest_configure below), which is how new failures are hunted before they can reach CI.
settings.register_profile(
    "ci", derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("explore", database=None, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config):
    if config.getoption("hypothesis_seed", None) is not None and "HYPOTHESIS_PROFILE" not in os.environ:
        settings.load_profile("explore")

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def project(tmp_path):
    from annotator.core.store import Project

    with Project.open(tmp_path / "project.db") as opened:
        yield opened


def shared_file(name: str) -> Path:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is missing: the shared Arabic data is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def ant_lines(tmp_path_factory):
    """The first 2,000 lines of the ANT corpus, decompressed once per run."""
    source = shared_file("ant-multisource-v2.1.jsonl.xz")
    target = tmp_path_factory.mktemp("ant") / "ant-2000.jsonl"
    with lzma.open(source, "rt", encoding="utf-8") as stream, open(target, "w", encoding="utf-8") as out:
        for number, line in enumerate(stream):
            if number == 2000:
                break
            out.write(line)
    return target


@pytest.fixture
def seed_article():
    return shared_file("seed-article.txt")


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Each test gets its own preferences file, so nothing leaks between tests or into the user's."""
    monkeypatch.setenv("ANNOTATOR_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("ANNOTATOR_NAME", "tester")
    monkeypatch.setenv("ANNOTATOR_RETRAIN_EVERY", "0")  # no training behind a test's back (test_learn turns it on)


def shown_window(qtbot, db):
    """The real main window on a project: shown, active, the text focused, as an analyst finds it."""
    from annotator.gui import create_window

    main = create_window(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.view.setFocus()
    return main
