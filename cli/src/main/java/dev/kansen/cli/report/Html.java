package dev.kansen.cli.report;

/**
 * Escapes text for HTML and SVG. Every text that comes from a programme passes through here
 * before it reaches the report, so that a partner named {@code <script>} stays a name.
 */
public final class Html {
  private Html() {}

  /**
   * Escapes text for element content and for quoted attribute values.
   *
   * @param text any text
   * @return the text with {@code & < > " '} written as character references
   */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * @param text any text
   * @param max the most characters to keep
   * @return the text, cut with an ellipsis when longer than {@code max}
   */
  public static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "\u2026";
  }
}
