package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Municipality;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Every municipality of the programme is a member of the programme's alliance. */
final class MunicipalityNotAllianceMember extends BuiltInRule {
  MunicipalityNotAllianceMember() {
    super(RuleCode.MUNICIPALITY_NOT_ALLIANCE_MEMBER);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Municipality> located : index.municipalities()) {
      Municipality municipality = located.value();
      if (index.membership(municipality.code()).isEmpty()) {
        findings.reportArguments(located.at(WireNames.CODE), "municipality", municipality.code(), "alliance", index.programme().alliance().name(), "name", municipality.name());
      }
    }
  }
}
