package dev.kansen.examples.integration.schoolregister;

/**
 * The codes a school-register import gives the rows it skips, in one place. A row that the model
 * refuses (a name with a control character, say) keeps the model's own code instead.
 */
public final class RowCodes {
  private RowCodes() {}

  /** The row has another number of fields than the header. */
  public static final String FIELD_COUNT = "FIELD_COUNT";
  /** The row's school lies in another municipality than the one imported. */
  public static final String OTHER_MUNICIPALITY = "OTHER_MUNICIPALITY";
  /** GEMEENTENUMMER is not a CBS municipality number. */
  public static final String MALFORMED_GEMEENTENUMMER = "MALFORMED_GEMEENTENUMMER";
  /** BEVOEGD GEZAG NUMMER is not a number. */
  public static final String MALFORMED_BEVOEGD_GEZAG_NUMMER = "MALFORMED_BEVOEGD_GEZAG_NUMMER";
  /** INSTELLINGSCODE and VESTIGINGSCODE do not form a BRIN code. */
  public static final String MALFORMED_BRIN = "MALFORMED_BRIN";
  /** An earlier row has the same vestiging. */
  public static final String DUPLICATE_VESTIGING = "DUPLICATE_VESTIGING";
  /** SOORT PO is none of the kinds DUO uses. */
  public static final String UNKNOWN_SCHOOL_KIND = "UNKNOWN_SCHOOL_KIND";
  /**
   * A value is longer than kansen reads back with its default limits, so a document holding it
   * could be written but not validated.
   */
  public static final String VALUE_TOO_LONG = "VALUE_TOO_LONG";

  /**
   * @param column a required column
   * @return the code of a row where it is empty, such as {@code MISSING_INSTELLINGSCODE}
   */
  public static String missing(DuoColumn column) {
    return "MISSING_" + column.name();
  }
}
