package dev.kansen.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code docs/rules.nl.md}, the Dutch catalogue of codes, from the Dutch bundle
 * ({@code codes_nl.properties}); {@link RulesCatalogueTest} keeps the file in sync, as it does
 * {@code docs/rules.md}.
 */
final class RulesCatalogueNl {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Map<Category, String> TITLES = titles();

  private RulesCatalogueNl() {}

  private static Map<Category, String> titles() {
    Map<Category, String> titles = new EnumMap<>(Category.class);
    titles.put(Category.REFERENCES, "Verwijzingen en id's");
    titles.put(Category.IDENTIFIERS, "Partners, codes en gemeenten");
    titles.put(Category.DATES, "Periodes en data");
    titles.put(Category.STATUS, "Status");
    titles.put(Category.FUNDING, "Financiering");
    titles.put(Category.REACH, "Bereik");
    titles.put(Category.OUTCOMES, "Resultaten");
    titles.put(Category.PRIVACY, "Privacy");
    titles.put(Category.COMPLETENESS, "Volledigheid");
    titles.put(Category.VALUES, "Waarden");
    titles.put(Category.FORMAT, "Bestandsformaat");
    titles.put(Category.TOOLING, "Hulpmiddelen");
    return titles;
  }

  /**
   * @param category a category
   * @return its Dutch heading
   * @throws IllegalStateException when a category has none (a new category needs one here)
   */
  static String title(Category category) {
    String title = TITLES.get(category);
    if (title == null) {
      throw new IllegalStateException("RulesCatalogueNl has no Dutch heading for category " + category);
    }
    return title;
  }

  private static String family(Code code) {
    if (code == RuleCode.RULE_FAILED) {
      return "validator";
    }
    if (code instanceof RuleCode) {
      return "regel";
    }
    if (code instanceof ValueCode) {
      return "aanmaken";
    }
    return code instanceof ReadCode ? "lezen" : "opdracht";
  }

  static String render(List<Code> codes) {
    StringBuilder md = new StringBuilder();
    md.append("# Codes van meldingen\n\n")
        .append("<!-- Gegenereerd uit de catalogus (RuleCode, ValueCode, ReadCode, CommandCode en codes_nl.properties)\n")
        .append("     door RulesCatalogueTest; niet met de hand bewerken. Opnieuw maken met:\n")
        .append("     ").append(RulesCatalogueTest.REGENERATE).append(" -->\n\n")
        .append("Elke melding van kansen heeft een van de codes hieronder, per onderwerp gegroepeerd. De codes blijven")
        .append(" gelijk zodra ze zijn uitgebracht; de Engelse versie staat in [rules.md](rules.md).\n\n")
        .append("- **regel**: de validator toetst het hele programma aan de regel en meldt de code met een ernst, een")
        .append(" plaats in het bestand (JSON Pointer) en een melding. De peildatum en de drempels zijn in te stellen.\n")
        .append("- **aanmaken**: het model weigert een waarde die niet kan kloppen, zoals een code van de verkeerde vorm;")
        .append(" de JSON-lezer meldt haar met dezelfde code en de plaats.\n")
        .append("- **lezen**: de JSON-lezer meldt het probleem met de plaats en een regel- en kolomnummer.\n")
        .append("- **validator** en **opdracht**: gemeld door de validator zelf of door de opdracht `kansen`.\n\n")
        .append("Ernst: **ERROR** (fout) — de gegevens kloppen niet (het programma is niet geldig); **WARNING**")
        .append(" (waarschuwing) — waarschijnlijk onjuist of onvolledig, de moeite van een controle waard; **INFO**")
        .append(" (ter informatie) — goed om te weten, er is niets mis.\n");
    for (Category category : Category.values()) {
      List<Code> in = codes.stream().filter(c -> c.category() == category).toList();
      if (in.isEmpty()) {
        continue;
      }
      md.append("\n## ").append(title(category)).append(" (").append(in.size()).append(")\n\n")
          .append("| Code | Soort | Ernst | Wat | Waarom | Zo lost u het op |\n")
          .append("|---|---|---|---|---|---|\n");
      for (Code code : in) {
        md.append("| `").append(code.name()).append("` | ").append(family(code)).append(" | ")
            .append(code.defaultSeverity()).append(" | ").append(cell(code.what(DUTCH))).append(" | ")
            .append(cell(code.why(DUTCH))).append(" | ").append(cell(code.fix(DUTCH))).append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
