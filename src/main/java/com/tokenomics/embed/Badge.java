package com.tokenomics.embed;

import java.util.Locale;

/**
 * A flat, shields-style SVG badge: a grey label on the left, a coloured value on the right. Widths come from an
 * estimate of Verdana at 11 px (the badge names common system fonts only, so no font is fetched); a few pixels
 * off only widen or narrow the padding.
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
                <g fill="#fff" text-anchor="middle" font-family="%8$s" font-size="11">\
                <text x="%9$.1f" y="15" fill="#010101" fill-opacity=".3" aria-hidden="true">%10$s</text>\
                <text x="%9$.1f" y="14">%10$s</text>\
                <text x="%11$.1f" y="15" fill="#010101" fill-opacity=".3" aria-hidden="true">%12$s</text>\
                <text x="%11$.1f" y="14">%12$s</text></g></svg>
                """, width, HEIGHT_PX, title, labelWidth, LABEL_GREY, valueWidth, colour, FONT_FAMILY,
                labelWidth / 2.0, labelXml, labelWidth + valueWidth / 2.0, valueXml);
    }

    /** The width of the text in Verdana 11 px, from classes of glyph widths (close to the font's advance widths). */
    static double textWidthPx(String text) {
        return text.codePoints().mapToDouble(Badge::glyphWidthPx).sum();
    }

    private static double glyphWidthPx(int codePoint) {
        if ("il.,:;|!'".indexOf(codePoint) >= 0) {
            return 3.3;
        }
        if (" fjrtI()[]{}-/\\`\"".indexOf(codePoint) >= 0) {
            return 4.6;
        }
        if ("mMW%@".indexOf(codePoint) >= 0) {
            return 10.8;
        }
        if ("wOQDGHNU&".indexOf(codePoint) >= 0) {
            return 8.6;
        }
        if (codePoint >= 'A' && codePoint <= 'Z') {
            return 7.6;
        }
        if (codePoint < 0x80) {
            return 7.0;
        }
        // CJK and other full-width scripts take about a full em.
        return Character.isIdeographic(codePoint) || codePoint >= 0xAC00 && codePoint <= 0xD7A3 ? 11.0 : 7.0;
    }

    private Badge() {
    }
}
