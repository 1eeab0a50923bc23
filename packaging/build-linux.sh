#!/usr/bin/env bash
# Build the annotator for Linux: a PyInstaller one-folder app, smoke-tested from the folder itself, then
# wrapped as a .deb (app in /opt/annotator, /usr/bin/annotator, desktop entry, icons, MIME type) and a
# .tar.gz of the same folder, both under dist/.
#
#   packaging/build-linux.sh            # from a clean clone; needs python3 (3.11) and dpkg-deb
#
# The .deb's Depends are not guessed: every library the bundled binaries load that PyInstaller did not
# bundle is found with ldd and named by the Debian package that owns it (dpkg -S).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$ROOT/build/linux"
DIST="$ROOT/dist"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/annotator/__init__.py")"
ARCH="$(dpkg --print-architecture)"
APP="$BUILD/app/annotator"

say() { printf '\n== %s\n' "$*"; }

say "a build environment of its own"
rm -rf "$BUILD"
mkdir -p "$BUILD" "$DIST"
python3 -m venv "$BUILD/venv"
"$BUILD/venv/bin/pip" install --quiet --upgrade pip
"$BUILD/venv/bin/pip" install --quiet "$ROOT" "pyinstaller>=6.10,<7"

say "PyInstaller one-folder build"
# The project is installed (not editable) in the build venv; resources and seeds come from the spec.
(cd "$BUILD" && "$BUILD/venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$BUILD/app" --workpath "$BUILD/work" "$ROOT/packaging/annotator.spec")
# Trim what the app never loads. The GTK theme plugin would drag in GTK (Qt draws its own style). Of the
# platform plugins only xcb (X11, and XWayland on Wayland desktops), offscreen (screenshots, CI) and
# minimal stay: native Wayland, EGLFS, linuxfb and VNC need libraries a desktop install does not want.
QT="$APP/_internal/PySide6/Qt"
rm -f "$QT/plugins/platformthemes/libqgtk3.so"
find "$QT/plugins/platforms" -name '*.so' ! -name libqxcb.so ! -name libqoffscreen.so ! -name libqminimal.so -delete
rm -rf "$QT/plugins/wayland-"* "$QT/plugins/egldeviceintegrations"
rm -f "$QT/lib/libQt6Wayland"* "$QT/lib/libQt6WlShellIntegration"* "$QT/lib/libQt6EglFs"* "$QT/lib/libQt6EglFSDeviceIntegration"*

say "smoke test from the built folder"
"$ROOT/packaging/smoke-test.sh" "$APP/annotator"

say "Depends, from ldd"
DEPENDS="$("$BUILD/venv/bin/python" "$ROOT/packaging/linux/depends.py" "$APP")"
# Not a library ldd can see: the bundled libfontconfig reads /etc/fonts (without it a bare system prints
# "Fontconfig error: Cannot load default config file"), and fontconfig-config brings a Latin font.
DEPENDS="$DEPENDS, fontconfig-config"
echo "Depends: $DEPENDS"

say ".deb"
STAGE="$BUILD/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$APP" "$STAGE/opt/annotator"
ln -s /opt/annotator/annotator "$STAGE/usr/bin/annotator"
install -m 644 "$ROOT/packaging/linux/annotator.desktop" "$STAGE/usr/share/applications/annotator.desktop"
install -m 644 "$ROOT/packaging/linux/annotator-mime.xml" "$STAGE/usr/share/mime/packages/annotator.xml"
install -m 644 "$ROOT/resources/icons/annotator.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/annotator.svg"
for size in 16 32 48 64 128 256; do
    mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$ROOT/resources/icons/annotator-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/annotator.png"
done
INSTALLED_KB="$(du -sk "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: annotator
Version: $VERSION
Architecture: $ARCH
Maintainer: Annotator developers <annotator@localhost>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Section: text
Priority: optional
Description: desktop annotation tool for Arabic news
 Tag named entities, quotes with their speakers and cues, relations and
 topics in Arabic news, in a native right-to-left view with exact offsets;
 export to JSONL, CoNLL, doccano, Label Studio, Prodigy, brat and spaCy.
EOF
DEB="$DIST/annotator_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group --build "$STAGE" "$DEB" >/dev/null
echo "$DEB"

say ".tar.gz"
TARBALL="$DIST/annotator-${VERSION}-linux-${ARCH}.tar.gz"
tar -C "$BUILD/app" -czf "$TARBALL" annotator
echo "$TARBALL"

say "sizes"
du -sh "$APP" "$DEB" "$TARBALL"
