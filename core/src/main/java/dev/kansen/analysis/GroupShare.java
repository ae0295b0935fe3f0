package dev.kansen.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * A group's share as it may be published: the exact proportion when published, nothing but the reason
 * when withheld.
 *
 * @param group the group, e.g. {@code low}; {@code all} for every pupil of the table
 * @param proportion the proportion; empty exactly when withheld
 * @param suppression whether, and why, the share is withheld
 */
public record GroupShare(String group, Optional<Proportion> proportion, Suppression suppression) {
  /** The group name of a table's total. */
  public static final String ALL = "all";

  /**
   * Checks that a withheld share holds nothing and a published one its proportion.
   *
   * @throws IllegalArgumentException when they disagree
   */
  public GroupShare {
    Objects.requireNonNull(group, "GroupShare.group must not be null");
    Objects.requireNonNull(proportion, "GroupShare.proportion must not be null");
    Objects.requireNonNull(suppression, "GroupShare.suppression must not be null");
    if (suppression.suppressed() == proportion.isPresent()) {
      throw new IllegalArgumentException("A GroupShare holds a proportion exactly when published: " + group);
    }
  }

  /** @return whether the share is withheld */
  public boolean suppressed() {
    return suppression.suppressed();
  }
}
