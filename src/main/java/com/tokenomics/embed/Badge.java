package com.tokenomics.embed;

import java.util.Locale;

/**
 * A flat, shields-style SVG badge: a grey label on the left, a coloured value on the right. Widths come from Verdana's
 * metrics at 11 px (the badge names common system fonts only, so no font is fetched); where another font stands in,
 * a few pixels off only widen or narrow the padding.
 */
final class Badge {

    static final String MEDIA_TYPE = "image/svg+xml";

    /** Longest label and value shown; longer text is cut with an ellipsis. */
    static final int MAX_TEXT_CODE_POINTS = 40;

    static final String BLUE = "#007ec6";
    static final String GREEN = "#44cc11";
    static final String ORANGE = "#fe7d37";
    static final String RED = "#e05d44";
    static final String GREY = "#9f9f9f";

    private static final String LABEL_GREY = "#555";
    private static final int HEIGHT_PX = 20;
    private static final int PADDING_PX = 10;
    private static final String FONT_FAMILY = "Verdana,Geneva,DejaVu Sans,sans-serif";
    private static final double FONT_SIZE_PX = 11;
    private static final double UNITS_PER_EM = 2048;
    private static final int DIGIT_UNITS = 1302;
    private static final int FIRST_PRINTABLE = ' ';
    /** Verdana's advance widths, in 1/2048 em, of the printable ASCII characters from space to tilde. */
    private static final int[] VERDANA_ADVANCE_UNITS = {
            720, 806, 940, 1676, 1302, 2204, 1488, 550, 909, 909, 1302, 1676, 745, 909, 745, 909,
            1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 909, 909, 1676, 1676, 1676, 1117,
            2048, 1400, 1404, 1430, 1578, 1295, 1177, 1575, 1540, 862, 931, 1418, 1142, 1726, 1532, 1612,
            1235, 1612, 1424, 1400, 1262, 1499, 1400, 2025, 1403, 1260, 1403, 909, 909, 909, 1676, 1302,
            1302, 1230, 1270, 1066, 1270, 1222, 720, 1270, 1300, 561, 695, 1186, 561, 1995, 1300, 1248,
            1270, 1270, 874, 1066, 807, 1300, 1186, 1675, 1186, 1186, 1091, 1300, 909, 1300, 1676
    };

    static String svg(String label, String value, String colour) {
        String labelText = Markup.clip(label, MAX_TEXT_CODE_POINTS);
        String valueText = Markup.clip(value, MAX_TEXT_CODE_POINTS);
        int labelWidth = (int) Math.round(textWidthPx(labelText)) + PADDING_PX;
        int valueWidth = (int) Math.round(textWidthPx(valueText)) + PADDING_PX;
        int width = labelWidth + valueWidth;
        String labelXml = Markup.escape(labelText);
        String valueXml = Markup.escape(valueText);
        String title = labelXml + ": " + valueXml;
        return String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="%2$d" role="img" aria-label="%3$s">\
                <title>%3$s</title>\
                <linearGradient id="s" x2="0" y2="100%%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/>\
                <stop offset="1" stop-opacity=".1"/></linearGradient>\
                <clipPath id="r"><rect width="%1$d" height="%2$d" rx="3" fill="#fff"/></clipPath>\
                <g clip-path="url(#r)"><rect width="%4$d" height="%2$d" fill="%5$s"/>\
                <rect x="%4$d" width="%6$d" height="%2$d" fill="%7$s"/>\
                <rect width="%1$d" height="%2$d" fill="url(#s)"/></g>\
                <g fill="#fff" text-anchor="middle" font-family="%8$s" font-size="%13$.0f">\
                <text x="%9$.1f" y="15" fill="#010101" fill-opacity=".3" aria-hidden="true">%10$s</text>\
                <text x="%9$.1f" y="14">%10$s</text>\
                <text x="%11$.1f" y="15" fill="#010101" fill-opacity=".3" aria-hidden="true">%12$s</text>\
                <text x="%11$.1f" y="14">%12$s</text></g></svg>
                """, width, HEIGHT_PX, title, labelWidth, LABEL_GREY, valueWidth, colour, FONT_FAMILY,
                labelWidth / 2.0, labelXml, labelWidth + valueWidth / 2.0, valueXml, FONT_SIZE_PX);
    }

    /** The width of the text in Verdana 11 px. */
    static double textWidthPx(String text) {
        return text.codePoints().mapToDouble(Badge::glyphWidthPx).sum();
    }

    private static double glyphWidthPx(int codePoint) {
        if (codePoint >= FIRST_PRINTABLE && codePoint < FIRST_PRINTABLE + VERDANA_ADVANCE_UNITS.length) {
            return VERDANA_ADVANCE_UNITS[codePoint - FIRST_PRINTABLE] * FONT_SIZE_PX / UNITS_PER_EM;
        }
        // Ideographs and Hangul take a full em; anything else about as much as a digit.
        boolean wide = Character.isIdeographic(codePoint) || codePoint >= 0xAC00 && codePoint <= 0xD7A3;
        return wide ? FONT_SIZE_PX : DIGIT_UNITS * FONT_SIZE_PX / UNITS_PER_EM;
    }

    private Badge() {
    }
}
