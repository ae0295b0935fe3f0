package dev.kansen.cli;

/**
 * Makes text from a document safe to show on a terminal. A name, title, property name or enum
 * value can hold control characters — ESC, BEL, C1 controls such as CSI, bidirectional overrides —
 * that a terminal would obey: erase earlier lines, set its title, reorder what is shown. Every text
 * the command prints passes through {@link #escape(String)}, which writes each such character as a
 * Java-style escape, {@code \u001B}, so that it is seen rather than obeyed.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * @param text any text
   * @return the text with every control character written as {@code \}{@code uXXXX}: C0 controls
   *     (including line feed and tab, so a value never breaks a line), DEL, C1 controls, the
   *     bidirectional formatting characters, the line and paragraph separators, and unpaired
   *     surrogates; everything else unchanged. Escaping escaped text changes nothing.
   */
  public static String escape(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (unsafe(text, i)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (unsafe(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the character at {@code i}, not the first half of a surrogate pair, must be escaped. */
  private static boolean unsafe(String text, int i) {
    char c = text.charAt(i);
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || bidi(c) || c == '\u2028' || c == '\u2029'
        || Character.isSurrogate(c);
  }

  private static boolean bidi(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
