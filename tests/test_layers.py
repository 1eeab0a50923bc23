"""The core never imports Qt (ARCHITECTURE.md): every core and formats module loads with Qt blocked."""

import subprocess
import sys


def test_core_and_formats_import_without_qt():
    script = (
        "import sys, pkgutil, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):\n"
        "            raise ImportError('Qt is blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import annotator.core, annotator.formats\n"
        "for package in (annotator.core, annotator.formats):\n"
        "    for module in pkgutil.iter_modules(package.__path__):\n"
        "        importlib.import_module(package.__name__ + '.' + module.name)\n"
        "import annotator.cli, annotator.importer, annotator.terminal\n"
        "print('clean')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "clean", result.stderr
