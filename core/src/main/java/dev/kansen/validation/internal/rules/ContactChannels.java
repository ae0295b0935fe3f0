package dev.kansen.validation.internal.rules;

/**
 * The shapes of a contact point's e-mail address and telephone number, checked character by
 * character: every contact point of every programme is checked, and a regular expression costs a
 * matcher and its backtracking per text. {@code ContactChannelsTest} holds the checks to the
 * patterns documented here on generated texts.
 */
final class ContactChannels {
  /**
   * The shape of an e-mail address, {@code [^\s@\p{Cntrl}]+@[^\s@\p{Cntrl}.]+(\.[^\s@\p{Cntrl}.]+)+}:
   * a local part, {@code @}, a domain with at least one dot; no spaces or control characters.
   */
  static final String EMAIL_PATTERN = "[^\\s@\\p{Cntrl}]+@[^\\s@\\p{Cntrl}.]+(\\.[^\\s@\\p{Cntrl}.]+)+";
  /**
   * The shape of a telephone number, {@code \+?[0-9]([0-9 ()-]*[0-9])?}: an optional {@code +}, then
   * digits, spaces, hyphens and parentheses, starting and ending with a digit.
   */
  static final String TELEPHONE_PATTERN = "\\+?[0-9]([0-9 ()-]*[0-9])?";
  /** The fewest digits of a telephone number: the Dutch municipal number 14 plus an area code has five. */
  static final int MIN_DIGITS = 5;
  /** The most digits of a telephone number (ITU-T E.164). */
  static final int MAX_DIGITS = 15;

  private ContactChannels() {}

  static boolean isEmail(String text) {
    int n = text.length();
    if (n > 254) {
      return false;
    }
    int at = text.indexOf('@');
    if (at <= 0) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      if (excluded(text.charAt(i))) {
        return false;
      }
    }
    // the domain: labels of at least one character, separated by single dots, at least two labels
    int label = 0;
    int dots = 0;
    for (int i = at + 1; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (label == 0) {
          return false;
        }
        dots++;
        label = 0;
      } else if (c == '@' || excluded(c)) {
        return false;
      } else {
        label++;
      }
    }
    return dots > 0 && label > 0;
  }

  /** {@code \s} (space, tab, line feed, vertical tab, form feed, carriage return) or {@code \p{Cntrl}}. */
  private static boolean excluded(char c) {
    return c == ' ' || c < 0x20 || c == 0x7F;
  }

  static boolean isTelephone(String text) {
    int n = text.length();
    int start = n > 0 && text.charAt(0) == '+' ? 1 : 0;
    if (start >= n || !digit(text.charAt(start)) || !digit(text.charAt(n - 1))) {
      return false;
    }
    int digits = 0;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (digit(c)) {
        digits++;
      } else if (c != ' ' && c != '(' && c != ')' && c != '-') {
        return false;
      }
    }
    return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
