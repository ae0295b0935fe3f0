package dev.kansen.validation.internal.rules;

import java.util.regex.Pattern;

/** The shapes of a contact point's e-mail address and telephone number. */
final class ContactChannels {
  /** Local part, {@code @}, a domain with at least one dot; no spaces or control characters. */
  private static final Pattern EMAIL = Pattern.compile("[^\\s@\\p{Cntrl}]+@[^\\s@\\p{Cntrl}.]+(\\.[^\\s@\\p{Cntrl}.]+)+");
  /** An optional {@code +}, then digits, spaces, hyphens and parentheses, starting and ending with a digit. */
  private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9]([0-9 ()-]*[0-9])?");
  /** The fewest digits of a telephone number: the Dutch municipal number 14 plus an area code has five. */
  static final int MIN_DIGITS = 5;
  /** The most digits of a telephone number (ITU-T E.164). */
  static final int MAX_DIGITS = 15;

  private ContactChannels() {}

  static boolean isEmail(String text) {
    return text.length() <= 254 && EMAIL.matcher(text).matches();
  }

  static boolean isTelephone(String text) {
    if (!TELEPHONE.matcher(text).matches()) {
      return false;
    }
    long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
    return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
  }
}
