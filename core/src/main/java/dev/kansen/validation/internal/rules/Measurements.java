package dev.kansen.validation.internal.rules;

import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measurement;
import dev.kansen.model.Programme;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.JsonPointer;

/** Visits every figure of every indicator — baseline, targets, actuals — with its path. */
final class Measurements {
  private Measurements() {}

  /** Receives one figure. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param indicator the indicator the figure belongs to
     * @param figure the figure
     * @param path the figure's path, e.g. {@code /indicators/0/periods/1/actual}
     * @param schoolYear the school year the figure is for
     */
    void visit(Indicator indicator, Measurement figure, JsonPointer path, SchoolYear schoolYear);
  }

  static void forEach(Programme programme, Visitor visitor) {
    for (int i = 0; i < programme.indicators().size(); i++) {
      Indicator indicator = programme.indicators().get(i);
      JsonPointer at = JsonPointer.of("indicators", i);
      if (indicator.baseline().isPresent()) {
        visitor.visit(indicator, indicator.baseline().get(), at.child("baseline"), indicator.baseline().get().schoolYear());
      }
      for (int p = 0; p < indicator.periods().size(); p++) {
        IndicatorPeriod period = indicator.periods().get(p);
        JsonPointer periodAt = at.child("periods").index(p);
        if (period.target().isPresent()) {
          visitor.visit(indicator, period.target().get(), periodAt.child("target"), period.schoolYear());
        }
        if (period.actual().isPresent()) {
          visitor.visit(indicator, period.actual().get(), periodAt.child("actual"), period.schoolYear());
        }
      }
    }
  }
}
