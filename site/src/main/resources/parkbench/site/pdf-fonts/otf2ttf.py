"""Turns a CFF-outline OpenType font into a TrueType one (quadratic glyf outlines), which openhtmltopdf can embed.

Usage: python3 otf2ttf.py <subset.otf> <subset.ttf>   (see README.md)
After fontTools' Snippets/otf2ttf.py: each cubic curve becomes quadratic ones within 1 font unit (cu2qu),
the contours reversed because TrueType winds them the other way round.
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0  # font units: the largest distance between the cubic curve and its quadratic stand-in
POST_FORMAT = 3.0  # no glyph names: the PDF finds glyphs by cmap, and names would only add bytes

font = TTFont(sys.argv[1], recalcTimestamp=False)
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyphs = {}
for name in order:
    pen = TTGlyphPen(glyph_set)
    glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
    glyphs[name] = pen.glyph()

font["loca"] = newTable("loca")
glyf = font["glyf"] = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = glyphs
del font["CFF "]
if "VORG" in font:
    del font["VORG"]  # vertical origins belong to CFF fonts only
glyf.compile(font)  # sets the bounds of each glyph
font["maxp"] = maxp = newTable("maxp")
maxp.tableVersion = 0x00010000
maxp.maxZones = 1
maxp.maxTwilightPoints = maxp.maxStorage = maxp.maxFunctionDefs = maxp.maxInstructionDefs = 0
maxp.maxStackElements = maxp.maxSizeOfInstructions = maxp.maxComponentElements = 0
maxp.maxComponentDepth = 0
post = font["post"]
post.formatType = POST_FORMAT
post.extraNames = []
post.mapping = {}
post.glyphOrder = None
font["head"].glyphDataFormat = 0
font.sfntVersion = "\000\001\000\000"
font.save(sys.argv[2])
