package cn.dualprevention.sandbox.hub.domain;

/**
 * Length of a text as the data-exchange specification counts it: one Chinese (or other full-width, code point
 * above U+2E7F) character counts as two, everything else as one. Same rule as the platform's TextWidth, which
 * this module does not depend on (it is not a platform service).
 */
public final class TextWidth {

    private TextWidth() {
    }

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp > 0x2E7F ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}
