#!/usr/bin/env python3
"""Checks that a PNG from `strategispegeln-desktop --screenshot` shows a UI, not
a blank or single-colour window: enough distinct colours and enough pixels
that differ from the background. Reads only what png_write.cpp writes (8-bit
RGB, filter 0), with the standard library."""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if (depth, colour) != (8, 2):
                sys.exit(f"{path}: expected 8-bit RGB")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    row = width * 3
    pixels = []
    for y in range(height):
        line = raw[y * (row + 1):(y + 1) * (row + 1)]
        if line[0] != 0:
            sys.exit(f"{path}: unexpected PNG filter {line[0]}")
        pixels.extend(line[1 + x * 3:4 + x * 3] for x in range(width))
    return width, height, pixels


def main():
    width, height, pixels = read_png(sys.argv[1])
    counts = {}
    for p in pixels:
        counts[p] = counts.get(p, 0) + 1
    background = max(counts, key=counts.get)
    share = 1 - counts[background] / len(pixels)
    print(f"{width}×{height}, {len(counts)} colours, {share:.1%} not background")
    if width < 320 or height < 200 or len(counts) < 8 or share < 0.005:
        sys.exit("the screenshot looks blank")


main()
