package dev.kansen.validation.internal.rules;

import dev.kansen.model.DateRange;
import dev.kansen.model.Intervention;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;

/** Reports the ends of a period that lie outside an enclosing period. */
final class Periods {
  private Periods() {}

  /**
   * @param inner the period that should lie inside
   * @param outer the enclosing period
   * @param at the inner period's path; {@code /start} or {@code /end} is appended
   * @param what names the inner period, e.g. {@code Intervention "x" is planned}
   * @param outerName names the enclosing period, e.g. {@code the programme period}
   * @param findings where to report
   */
  static void requireInside(DateRange inner, DateRange outer, JsonPointer at, String what, String outerName,
      Findings findings) {
    if (inner.start().isBefore(outer.start())) {
      findings.report(at.child("start"), what + " to start on " + inner.start() + ", before " + outerName + " "
          + outer + " starts", "start", inner.start(), "period", outer);
    }
    if (inner.end().isAfter(outer.end())) {
      findings.report(at.child("end"), what + " to end on " + inner.end() + ", after " + outerName + " "
          + outer + " ends", "end", inner.end(), "period", outer);
    }
  }
}
