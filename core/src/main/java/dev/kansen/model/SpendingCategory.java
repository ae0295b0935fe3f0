package dev.kansen.model;

import java.util.List;

/**
 * Well-known spending categories of the specific grant for educational disadvantage policy
 * (specifieke uitkering onderwijsachterstandenbeleid, OAB), as plain texts a budget line, a
 * transaction or a repayment can carry in its {@code category}.
 *
 * <p>Categories are data, not a closed list: any non-blank text is a category, so a municipality
 * uses the words of its own accounts. These constants only spare the common ones from typing
 * errors. They are the ordinary Dutch names of the kinds of spending, not official SiSa indicator
 * codes, which kansen does not define.
 */
public final class SpendingCategory {
  /** Preschool education for toddlers (voorschoolse educatie, VE). */
  public static final String PRESCHOOL_EDUCATION = "voorschoolse educatie";
  /** Transition classes for pupils with a language deficit (schakelklassen). */
  public static final String TRANSITION_CLASSES = "schakelklassen";
  /** Summer schools (zomerscholen). */
  public static final String SUMMER_SCHOOLS = "zomerscholen";
  /** Other spending under the OAB grant (overige OAB-besteding). */
  public static final String OTHER_OAB = "overige OAB-besteding";

  /** The well-known categories, in the order above. */
  public static final List<String> WELL_KNOWN = List.of(PRESCHOOL_EDUCATION, TRANSITION_CLASSES, SUMMER_SCHOOLS,
      OTHER_OAB);

  private SpendingCategory() {}
}
