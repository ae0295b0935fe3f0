package dev.kansen.analysis;

import dev.kansen.model.AdviceLevel;
import java.util.Map;
import java.util.Objects;

/**
 * The school advice distribution of one group within one test result, as it may be published: e.g.
 * of the pupils of parents with a low education in band 537-544, how many got each school advice.
 *
 * @param group the group, e.g. {@code low}
 * @param testResult the band label (final test) or test advice label (doorstroomtoets)
 * @param advice pupils by school advice; empty when withheld
 * @param suppression whether, and why, the distribution is withheld
 */
public record BandAdvice(String group, String testResult, Map<AdviceLevel, Long> advice, Suppression suppression) {
  /** Checks that no component is {@code null} and copies the map. */
  public BandAdvice {
    Objects.requireNonNull(group, "BandAdvice.group must not be null");
    Objects.requireNonNull(testResult, "BandAdvice.testResult must not be null");
    Objects.requireNonNull(suppression, "BandAdvice.suppression must not be null");
    advice = Map.copyOf(advice);
  }

  /** @return the pupils of the group with this test result; 0 when withheld */
  public long pupils() {
    return advice.values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return whether the distribution is withheld */
  public boolean suppressed() {
    return suppression.suppressed();
  }
}
