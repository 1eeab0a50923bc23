#!/usr/bin/env bash
# Build Annotator.app and a .dmg on macOS (the hosted CI's macOS runner; it cannot run here).
#   packaging/macos/build-macos.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/annotator/__init__.py")"
BUILD="$ROOT/build/macos"
rm -rf "$BUILD" && mkdir -p "$BUILD" "$ROOT/dist"
python3 -m venv "$BUILD/venv"
"$BUILD/venv/bin/pip" install --quiet "$ROOT" "pyinstaller>=6.10,<7"
(cd "$BUILD" && "$BUILD/venv/bin/pyinstaller" --noconfirm --distpath "$BUILD/app" --workpath "$BUILD/work" "$ROOT/packaging/annotator.spec")
"$ROOT/packaging/smoke-test.sh" "$BUILD/app/annotator/annotator"

APP="$BUILD/Annotator.app"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp -R "$BUILD/app/annotator/" "$APP/Contents/MacOS/"
# Finder starts the app with no arguments or with the project opened: both mean the window.
printf '#!/bin/sh\nexec "$(dirname "$0")/annotator" gui "$@"\n' > "$APP/Contents/MacOS/annotator-app"
chmod +x "$APP/Contents/MacOS/annotator-app"
sed "s/@VERSION@/$VERSION/g" "$ROOT/packaging/macos/Info.plist" > "$APP/Contents/Info.plist"
ICONSET="$BUILD/annotator.iconset" && mkdir -p "$ICONSET"
for size in 16 32 128 256; do
  cp "$ROOT/resources/icons/annotator-$size.png" "$ICONSET/icon_${size}x${size}.png"
done
iconutil -c icns "$ICONSET" -o "$APP/Contents/Resources/annotator.icns"
hdiutil create -volname Annotator -srcfolder "$APP" -ov -format UDZO "$ROOT/dist/annotator-$VERSION-macos.dmg"
