package dev.kansen.cli.summary;

import dev.kansen.validation.FindingSummary;

/** Counts in words: "1 warning", "2 warnings", "0 errors". */
public final class Counts {
  private Counts() {}

  /**
   * @param count how many
   * @param noun the singular noun, e.g. {@code warning}; its plural adds an "s"
   * @return the count followed by the noun, singular only for exactly one
   */
  public static String of(long count, String noun) {
    return FindingSummary.count(count, noun, noun + "s");
  }
}
