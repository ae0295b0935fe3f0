package dev.kansen.validation;


/**
 * The codes of values the model refuses to build: an {@link dev.kansen.model.InvalidValueException}
 * carries one, and the JSON reader reports it with a path.
 *
 * <p>The texts ({@link #what}, {@link #why}, {@link #fix}) come from the message bundle
 * {@code codes.properties}; {@code docs/rules.md} lists every constant.
 */
public enum ValueCode implements CatalogueCode {
  /** An intervention has an actualEnd but no actualStart. */
  ACTUAL_END_WITHOUT_START(Severity.ERROR, Category.DATES),
  /** A money amount has more decimals than its currency has (2 for EUR). */
  AMOUNT_PRECISION(Severity.ERROR, Category.FUNDING),
  /** A money amount has more than 1,000 digits before the decimal point. */
  AMOUNT_TOO_LARGE(Severity.ERROR, Category.FUNDING),
  /** A name, title, description or other text is empty or only white space. */
  BLANK_TEXT(Severity.ERROR, Category.COMPLETENESS),
  /** A date range (a period, a planned range, an intervention's actual dates) ends before it starts. */
  DATE_RANGE_INVERTED(Severity.ERROR, Category.DATES),
  /** An age range has a negative bound, a bound above 27, or min above max. */
  INVALID_AGE_RANGE(Severity.ERROR, Category.VALUES),
  /** A BRIN code is not two digits and two capital letters, optionally followed by a two-digit vestiging. */
  INVALID_BRIN_CODE(Severity.ERROR, Category.IDENTIFIERS),
  /** A currency is not an ISO 4217 code. */
  INVALID_CURRENCY(Severity.ERROR, Category.FUNDING),
  /** An entity id or reference does not start with a letter or digit, holds other characters than letters, digits and . */
  INVALID_ID(Severity.ERROR, Category.REFERENCES),
  /** A KvK number is not eight digits. */
  INVALID_KVK_NUMBER(Severity.ERROR, Category.IDENTIFIERS),
  /** An LRK number is not 6 to 12 digits. */
  INVALID_LRK_NUMBER(Severity.ERROR, Category.IDENTIFIERS),
  /** A CBS municipality code is not GM followed by four digits. */
  INVALID_MUNICIPALITY_CODE(Severity.ERROR, Category.IDENTIFIERS),
  /** A CBS district code is not WK followed by six digits. */
  INVALID_DISTRICT_CODE(Severity.ERROR, Category.IDENTIFIERS),
  /** A CBS neighbourhood code is not BU followed by eight digits. */
  INVALID_NEIGHBOURHOOD_CODE(Severity.ERROR, Category.IDENTIFIERS),
  /** An OIN is not twenty digits. */
  INVALID_OIN(Severity.ERROR, Category.IDENTIFIERS),
  /** An org-id.guide identifier is not PREFIX-ID (an NL-KVK id must be eight digits). */
  INVALID_ORGANISATION_ID(Severity.ERROR, Category.IDENTIFIERS),
  /** A CBS province code is not PV20 to PV31. */
  INVALID_PROVINCE_CODE(Severity.ERROR, Category.IDENTIFIERS),
  /** A RIO code is not three digits, A (onderwijsaanbieder) or X (onderwijslocatie), three digits. */
  INVALID_RIO_CODE(Severity.ERROR, Category.IDENTIFIERS),
  /** A target group names a school group outside 1 to 8. */
  INVALID_SCHOOL_GROUP(Severity.ERROR, Category.VALUES),
  /** A school year is not two consecutive years such as 2023-2024, or starts outside 1900 to 2199. */
  INVALID_SCHOOL_YEAR(Severity.ERROR, Category.DATES),
  /** A value is built without one or more of its required attributes; the finding names them. */
  MISSING_ATTRIBUTE(Severity.ERROR, Category.COMPLETENESS),
  /** A money amount is negative. */
  NEGATIVE_AMOUNT(Severity.ERROR, Category.FUNDING),
  /** A count — pupils of a figure or breakdown cell, a reach — is negative. */
  NEGATIVE_COUNT(Severity.ERROR, Category.VALUES);

  private final Severity defaultSeverity;
  private final Category category;

  ValueCode(Severity defaultSeverity, Category category) {
    this.defaultSeverity = defaultSeverity;
    this.category = category;
  }

  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public Category category() {
    return category;
  }
}
