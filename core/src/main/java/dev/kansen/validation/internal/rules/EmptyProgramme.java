package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A programme has partners and interventions. */
final class EmptyProgramme extends BuiltInRule {
  EmptyProgramme() {
    super(RuleCode.EMPTY_PROGRAMME);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Located<Programme> programme = index.located();
    if (programme.value().partners().isEmpty()) {
      findings.reportVariant(programme.at(WireNames.PARTNERS), "partners", "programme", programme.value().id());
    }
    if (programme.value().interventions().isEmpty()) {
      findings.reportVariant(programme.at(WireNames.INTERVENTIONS), "interventions", "programme", programme.value().id());
    }
  }
}
