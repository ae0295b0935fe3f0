package dev.kansen.validation;

/**
 * What a {@link Code} is about; {@code docs/rules.md} groups the catalogue by category, in the order
 * of the constants.
 */
public enum Category {
  /** References between entities and the ids they use. */
  REFERENCES("References and identity"),
  /** Partners' identifiers, roles and the municipalities of the programme and its alliance. */
  IDENTIFIERS("Partners, identifiers and municipalities"),
  /** Periods and dates. */
  DATES("Periods and dates"),
  /** An intervention's status against its dates. */
  STATUS("Status"),
  /** Grants, budget lines, allocations and transactions. */
  FUNDING("Funding"),
  /** How many an intervention reaches. */
  REACH("Reach"),
  /** Indicators, their figures and breakdowns. */
  OUTCOMES("Outcomes"),
  /** Figures about too few pupils. */
  PRIVACY("Privacy"),
  /** Whether the programme holds what it should. */
  COMPLETENESS("Completeness"),
  /** Single values refused when they are built, such as an identifier of the wrong shape. */
  VALUES("Values"),
  /** The JSON text and its wire format. */
  FORMAT("Format"),
  /** The validator and the command line themselves. */
  TOOLING("Tooling");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  /** @return the heading of the category in {@code docs/rules.md}, e.g. {@code References and identity} */
  public String title() {
    return title;
  }
}
