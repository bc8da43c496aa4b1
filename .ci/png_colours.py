"""Fails unless a PNG screenshot shows at least MIN distinct colours.

usage: png_colours.py SHOT.png MIN

A blank or failed page is one or two colours; the report's page, with its
text, marks and table, is thousands. Reads 8-bit RGB or RGBA PNGs (what
Chromium writes) with the standard library alone.
"""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    at, idat, header = 8, b"", None
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    width, height, depth, colour = header[:4]
    assert depth == 8 and colour in (2, 6), f"{path}: colour type {colour}, depth {depth}"
    size = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * size
    previous = bytearray(stride)
    for row in range(height):
        kind = raw[row * (stride + 1)]
        line = bytearray(raw[row * (stride + 1) + 1 : (row + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - size] if i >= size else 0
            up, corner = previous[i], previous[i - size] if i >= size else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        yield from (bytes(line[i : i + 3]) for i in range(0, stride, size))
        previous = line


path, minimum = sys.argv[1], int(sys.argv[2])
colours = len(set(pixels(path)))
print(f"page: {path} shows {colours} colours (at least {minimum})")
sys.exit(0 if colours >= minimum else 1)
