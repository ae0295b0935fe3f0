package dev.kansen.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionType;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.util.Locale;

/** Finds a seed's partners and interventions by the words the article uses. */
final class SeedAssertions {
  private SeedAssertions() {}

  static Partner partner(Programme p, String nameContains, OrganisationType type) {
    return p.partners().stream()
        .filter(partner -> contains(partner.name(), nameContains) && partner.type() == type)
        .findFirst()
        .orElseGet(() -> fail("no " + type + " partner named like \"" + nameContains + "\" in " + p.id()
            + "; partners: " + p.partners().stream().map(Partner::name).toList()));
  }

  static Intervention intervention(Programme p, String titleContains, InterventionType type) {
    return p.interventions().stream()
        .filter(i -> contains(i.title(), titleContains) && i.type() == type)
        .findFirst()
        .orElseGet(() -> fail("no " + type + " intervention titled like \"" + titleContains + "\" in " + p.id()
            + "; interventions: " + p.interventions().stream().map(Intervention::title).toList()));
  }

  static void mentions(Programme p, String words) {
    assertTrue(contains(ProgrammeText.of(p), words), () -> p.id() + " does not mention \"" + words + "\"");
  }

  private static boolean contains(String text, String words) {
    return text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
  }
}
