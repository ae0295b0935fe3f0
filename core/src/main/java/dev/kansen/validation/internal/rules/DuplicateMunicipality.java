package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Municipality;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.HashMap;
import java.util.Map;

/** A municipality is listed once among the programme's municipalities and once among the alliance's members. */
final class DuplicateMunicipality extends BuiltInRule {
  DuplicateMunicipality() {
    super(RuleCode.DUPLICATE_MUNICIPALITY);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Map<MunicipalityCode, Located<Municipality>> seen = new HashMap<>();
    for (Located<Municipality> located : index.municipalities()) {
      MunicipalityCode code = located.value().code();
      Located<Municipality> earlier = seen.putIfAbsent(code, located);
      if (earlier != null) {
        findings.reportVariant(located.at(WireNames.CODE), "programme", "municipality", code, "first", earlier.path());
      }
    }
    Map<MunicipalityCode, Located<AllianceMembership>> members = new HashMap<>();
    for (Located<AllianceMembership> located : index.members()) {
      MunicipalityCode code = located.value().municipality();
      Located<AllianceMembership> earlier = members.putIfAbsent(code, located);
      if (earlier != null) {
        findings.reportVariant(located.at(WireNames.MUNICIPALITY), "alliance", "municipality", code, "first", earlier.path());
      }
    }
  }
}
