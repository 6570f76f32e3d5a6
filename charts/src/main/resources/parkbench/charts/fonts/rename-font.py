"""Renames the subset font so that it never clashes with a Noto Sans CJK SC installed on the machine.

Usage: python3 rename-font.py <subset.otf> <ParkbenchSansSC-Regular.otf>   (see README.md)
"""
import sys

from fontTools.ttLib import TTFont

FAMILY = "Parkbench Sans SC"
POSTSCRIPT = "ParkbenchSansSC-Regular"

font = TTFont(sys.argv[1], recalcTimestamp=False)
names = font["name"]
for record in names.names:
    if record.nameID in (1, 4, 16):
        names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
    elif record.nameID == 3:
        names.setName("2.004;PARKBENCH;" + POSTSCRIPT, 3, record.platformID, record.platEncID, record.langID)
    elif record.nameID == 6:
        names.setName(POSTSCRIPT, 6, record.platformID, record.platEncID, record.langID)
    elif record.nameID == 17:
        names.setName("Regular", 17, record.platformID, record.platEncID, record.langID)
cff = font["CFF "].cff
cff.fontNames = [POSTSCRIPT]
font.save(sys.argv[2])
