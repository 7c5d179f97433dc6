package cn.dualprevention.platform.text;

/**
 * Length of a text as the regulator's data-exchange specification counts it: one Chinese (or other
 * full-width) character counts as two, everything else as one.
 */
public final class TextWidth {

    private TextWidth() {
    }

    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp > 0x2E7F ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    public static boolean fits(String text, int limit) {
        return of(text) <= limit;
    }
}
