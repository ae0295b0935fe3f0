package dev.kansen.validation.internal.rules;

import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    Programme programme = index.programme();
    Map<MunicipalityCode, Integer> seen = new HashMap<>();
    for (int i = 0; i < programme.municipalities().size(); i++) {
      MunicipalityCode code = programme.municipalities().get(i).code();
      Integer earlier = seen.putIfAbsent(code, i);
      if (earlier != null) {
        findings.report(JsonPointer.of("municipalities", i, "code"), "Municipality " + code
            + " is listed twice in the programme, first at /municipalities/" + earlier, "municipality", code);
      }
    }
    Map<MunicipalityCode, Integer> members = new HashMap<>();
    for (int i = 0; i < programme.alliance().members().size(); i++) {
      MunicipalityCode code = programme.alliance().members().get(i).municipality();
      Integer earlier = members.putIfAbsent(code, i);
      if (earlier != null) {
        findings.report(JsonPointer.of("alliance", "members", i, "municipality"), "Municipality " + code
            + " is listed twice as an alliance member, first at /alliance/members/" + earlier, "municipality", code);
      }
    }
  }
}
