"""Renames a subset font so that it never clashes with the same font installed on the machine.

Usage: python3 rename-font.py <subset.ttf> <out.ttf> <family> <style> <version>   (see README.md)
e.g.   python3 rename-font.py sc.ttf ParkbenchSansSCText-Regular.ttf "Parkbench Sans SC Text" Regular 2.004
The PostScript name is the family without spaces, a hyphen and the style without spaces.
"""
import sys

from fontTools.ttLib import TTFont

source, target, family, style, version = sys.argv[1:6]
postscript = family.replace(" ", "") + "-" + style.replace(" ", "")
font = TTFont(source, recalcTimestamp=False)
names = font["name"]
for record in list(names.names):
    if record.nameID in (1, 16):
        names.setName(family, record.nameID, record.platformID, record.platEncID, record.langID)
    elif record.nameID in (2, 17):
        names.setName(style, record.nameID, record.platformID, record.platEncID, record.langID)
    elif record.nameID == 3:
        names.setName(version + ";PARKBENCH;" + postscript, 3, record.platformID, record.platEncID, record.langID)
    elif record.nameID == 4:
        names.setName(family + ("" if style == "Regular" else " " + style), 4,
                      record.platformID, record.platEncID, record.langID)
    elif record.nameID == 6:
        names.setName(postscript, 6, record.platformID, record.platEncID, record.langID)
font.save(target)
