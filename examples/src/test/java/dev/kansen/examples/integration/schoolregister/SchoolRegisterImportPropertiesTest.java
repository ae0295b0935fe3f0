package dev.kansen.examples.integration.schoolregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.examples.integration.Fixtures;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.id.IdentifierScheme;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of merging the sample register into generated programmes. */
class SchoolRegisterImportPropertiesTest {
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  private static final byte[] SAMPLE = Fixtures.resource("duo-vestigingen-ILLUSTRATIVE.csv");
  private static final SchoolRegisterImport DEN_BOSCH = SchoolRegisterImport.forMunicipality(MunicipalityCode.of("GM0796"));

  @ParameterizedTest
  @MethodSource("cases")
  void theExistingPartnersStayFirstAndUnchangedAndNoIdOrBrinCodeIsDuplicated(long seed) throws Exception {
    Programme programme = ProgrammeGenerator.programme(new SplittableRandom(seed));

    ImportResult result = DEN_BOSCH.importInto(programme, "sample", SAMPLE);

    List<Partner> partners = result.programme().partners();
    assertEquals(programme.partners(), partners.subList(0, programme.partners().size()), Seeds.describe(seed));
    assertEquals(result.added(), partners.subList(programme.partners().size(), partners.size()), Seeds.describe(seed));
    assertEquals(6, result.added().size() + result.alreadyPresent(), Seeds.describe(seed));
    Set<String> ids = new HashSet<>();
    Set<String> brinCodes = new HashSet<>();
    for (Partner partner : result.added()) {
      assertTrue(ids.add(partner.id()), Seeds.describe(seed));
      partner.identifiers(IdentifierScheme.BRIN).forEach(b -> assertTrue(brinCodes.add(b.value()), Seeds.describe(seed)));
    }
    programme.partners().forEach(p -> assertFalse(ids.contains(p.id()), Seeds.describe(seed)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void importingTwiceChangesNothingTheSecondTime(long seed) throws Exception {
    Programme once = DEN_BOSCH.importInto(ProgrammeGenerator.programme(new SplittableRandom(seed)), "sample", SAMPLE).programme();

    ImportResult twice = DEN_BOSCH.importInto(once, "sample", SAMPLE);

    assertEquals(once, twice.programme(), Seeds.describe(seed));
    assertEquals(List.of(), twice.added(), Seeds.describe(seed));
  }
}
