package dev.kansen.model;

/**
 * The highest level of education of a pupil's parents, the grouping of every equity measure. The
 * constant names in lower case are the categories of a {@link Breakdown} by
 * {@link Breakdown#PARENTAL_EDUCATION}.
 */
public enum ParentalEducation {
  /** At most primary education, vmbo or mbo level 1. */
  LOW,
  /** Havo, vwo or mbo levels 2 to 4. */
  MIDDLE,
  /** Hbo or university. */
  HIGH,
  /** Not known. */
  UNKNOWN;

  /** @return the breakdown category, e.g. {@code low} */
  public String category() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
