#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the icon's PNG sizes from the SVG (rsvg-convert: Debian's librsvg2-bin). The PNGs are
# committed, so that building needs no librsvg; run this again after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "${size}x${size}/org.bridges.Bridges.png" org.bridges.Bridges.svg
done
