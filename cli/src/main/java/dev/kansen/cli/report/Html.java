package dev.kansen.cli.report;

/**
 * Escapes and shortens text for HTML and SVG. {@link HtmlWriter} passes every text and attribute
 * value it writes through {@link #escape(String, StringBuilder)}, so that a partner named
 * {@code <script>} stays a name and no text can make the page unwritable.
 */
final class Html {
  private static final char REPLACEMENT = '\uFFFD';
  private static final int ZERO_WIDTH_JOINER = 0x200D;

  private Html() {}

  /**
   * Escapes text for element content and for quoted attribute values.
   *
   * @param text any text
   * @return the text with {@code & < > " '} written as character references, and characters a page
   *     cannot carry replaced by U+FFFD: control characters other than tab, line feed and carriage
   *     return, the bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066
   *     to U+2069), and a half of a surrogate pair that stands alone
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    escape(text, b);
    return b.toString();
  }

  /**
   * Escapes text as {@link #escape(String)} does, onto the end of a builder.
   *
   * @param text any text
   * @param out where to write it
   */
  static void escape(String text, StringBuilder out) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || isControl(c)) {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F || isBidiScope(c);
  }

  /**
   * @return whether the character opens or closes a bidirectional embedding, override or isolate,
   *     whose effect reaches past the text it is in: a name holding U+202E would show the rest of
   *     its line (a finding's message, a figure) reversed
   */
  private static boolean isBidiScope(char c) {
    return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }

  /**
   * Shortens a text to at most {@code max} characters as a reader counts them (code points),
   * ending in an ellipsis. It cuts only between code points, never between the two halves of a
   * surrogate pair, and keeps a character together with the marks, joiners, variation selectors
   * and skin-tone modifiers that follow it: a cut there drops the whole of it.
   *
   * @param text any text
   * @param max the most code points to keep, ellipsis included; at least 2
   * @return the text, or its start and an ellipsis when it is longer than {@code max}
   */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int cut = text.offsetByCodePoints(0, max - 1);
    while (cut > 0 && (joinsPrevious(text.codePointAt(cut)) || text.codePointBefore(cut) == ZERO_WIDTH_JOINER)) {
      cut = text.offsetByCodePoints(cut, -1);
    }
    return text.substring(0, cut).stripTrailing() + "\u2026";
  }

  /** @return whether a code point belongs with the one before it */
  private static boolean joinsPrevious(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK || codePoint == ZERO_WIDTH_JOINER
        || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0x1F3FB && codePoint <= 0x1F3FF
        || codePoint >= 0xE0020 && codePoint <= 0xE007F;
  }
}
