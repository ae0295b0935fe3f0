package dev.kansen.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * One municipality (or area) in a {@link Funnel}: its published proportion, or the reason it is
 * withheld.
 *
 * @param area the municipality code, with the area where the table has one
 * @param name a name for people, e.g. the municipality's
 * @param proportion the published proportion; empty when withheld
 * @param suppression whether, and why, the area is withheld
 */
public record FunnelPoint(String area, String name, Optional<Proportion> proportion, Suppression suppression) {
  /** Checks that no component is {@code null} and that a proportion is present exactly when published. */
  public FunnelPoint {
    Objects.requireNonNull(area, "FunnelPoint.area must not be null");
    Objects.requireNonNull(name, "FunnelPoint.name must not be null");
    Objects.requireNonNull(proportion, "FunnelPoint.proportion must not be null");
    Objects.requireNonNull(suppression, "FunnelPoint.suppression must not be null");
    if (suppression.suppressed() == proportion.isPresent()) {
      throw new IllegalArgumentException("A FunnelPoint holds a proportion exactly when published: " + area);
    }
  }

  /** @return whether the area is withheld */
  public boolean suppressed() {
    return suppression.suppressed();
  }
}
