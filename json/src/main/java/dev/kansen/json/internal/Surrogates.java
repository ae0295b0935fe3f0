package dev.kansen.json.internal;

/** Finds halves of UTF-16 surrogate pairs that stand alone, which no Unicode text holds. */
final class Surrogates {
  private Surrogates() {}

  /**
   * @param text characters
   * @param offset where they start
   * @param length how many
   * @return the index (from {@code offset}) of the first unpaired surrogate, or -1 when there is none
   */
  static int unpaired(char[] text, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text[i];
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
          i++;
        } else {
          return i - offset;
        }
      }
    }
    return -1;
  }

  /**
   * @param text a text
   * @return the index of its first unpaired surrogate, or -1 when there is none
   */
  static int unpaired(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * @param text a text
   * @return the text with every unpaired surrogate replaced by U+FFFD; the text itself when it has none
   */
  static String replaced(String text) {
    int first = unpaired(text);
    if (first < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }
}
