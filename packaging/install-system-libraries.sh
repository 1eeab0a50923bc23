#!/usr/bin/env sh
# The Debian/Ubuntu packages the annotator's window needs beside Python (Qt's xcb platform plugin and
# what it loads, found with `ldd` on PySide6's libqxcb.so and libQt6XcbQpa.so), and fonts for Arabic.
# Run once as root on a fresh machine:  sudo packaging/install-system-libraries.sh
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  libgl1 libegl1 libopengl0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 \
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 \
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 fonts-noto-core
