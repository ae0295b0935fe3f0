package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.DateRange;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;

/** Reports the ends of a period that lie outside an enclosing period. */
final class Periods {
  private Periods() {}

  /**
   * @param inner the period that should lie inside
   * @param outer the enclosing period
   * @return whether it does: callers ask first, so that the pointer and the named values of a
   *     finding are made only for a finding
   */
  static boolean inside(DateRange inner, DateRange outer) {
    return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
  }

  /**
   * Reports with the variant {@code start} or {@code end}, naming {@code start} or {@code end} and
   * the enclosing {@code period} besides the values that name the inner period.
   *
   * @param inner the period that should lie inside
   * @param outer the enclosing period
   * @param at the inner period's path; {@code /start} or {@code /end} is appended
   * @param findings where to report
   * @param owner the named values that say whose period the inner one is, e.g. {@code "grant", "g"}
   */
  static void requireInside(DateRange inner, DateRange outer, JsonPointer at, Findings findings, Object... owner) {
    if (inner.start().isBefore(outer.start())) {
      findings.reportVariant(at.child(WireNames.START), "start", with(owner, "start", inner.start(), "period", outer));
    }
    if (inner.end().isAfter(outer.end())) {
      findings.reportVariant(at.child(WireNames.END), "end", with(owner, "end", inner.end(), "period", outer));
    }
  }

  private static Object[] with(Object[] owner, Object... more) {
    Object[] all = java.util.Arrays.copyOf(owner, owner.length + more.length);
    System.arraycopy(more, 0, all, owner.length, more.length);
    return all;
  }
}
