"""Make the app icon's PNG sizes (and a Windows .ico) from its SVG source, with Qt's own SVG renderer.

    python packaging/make_icons.py

The PNGs land beside the SVG in resources/icons/ (the hicolor sizes the .deb installs, 256 px for the
window); the .ico goes to packaging/windows/. macOS's .icns is made by `iconutil` on the macOS runner.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "annotator.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def ico(images: list[QImage]) -> bytes:
    """A Windows icon file holding PNG images (Vista and later read PNG entries)."""
    entries, blobs = [], []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append(bytes(data))
    offset = 6 + 16 * len(images)
    for image, blob in zip(images, blobs):
        side = image.width() % 256  # 0 means 256
        entries.append(bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
                       + len(blob).to_bytes(4, "little") + offset.to_bytes(4, "little"))
        offset += len(blob)
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(images).to_bytes(2, "little")
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(str(SOURCE.with_name(f"annotator-{size}.png")))
    windows = ROOT / "packaging" / "windows"
    windows.mkdir(parents=True, exist_ok=True)
    (windows / "annotator.ico").write_bytes(ico([images[size] for size in (16, 32, 48, 256)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
