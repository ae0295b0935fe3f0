package dev.kansen.disclosure;

import dev.kansen.analysis.Disclosure;
import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.disclosure.internal.Protection;
import dev.kansen.disclosure.internal.Ranges;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import dev.kansen.model.Partner;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.model.Programme;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disclosure control of every figure kansen publishes about a programme: each figure's
 * breakdowns are protected together as one linked table and audited as Statistics Netherlands'
 * τ-ARGUS does. See {@code docs/privacy.md} for the threat model and the guarantees.
 *
 * <ol>
 *   <li><b>Figures.</b> A baseline, target or actual that states its pupils is withheld below the
 *       threshold. One that states none is published only when its cells show its population
 *       reaches the threshold; without counts anywhere, a share of pupils measured (a baseline or
 *       actual of a {@code PERCENTAGE} indicator) is withheld, while a target, a count (e.g. of
 *       schools) or a description in words is published.
 *   <li><b>Linked table.</b> Each dimension divides the figure's pupils; a category that is a partner
 *       {@linkplain Partner#partOf() part of} another category's partner (a school of a board) divides
 *       that category's pupils, in the same dimension or another, directly or through partners that
 *       are no category (a school of a board of an umbrella). Pupils a relation's cells leave
 *       out form a group that is never published.
 *   <li><b>Primary suppression:</b> cells below the threshold, cells that state no pupils, and every
 *       cell of a withheld figure.
 *   <li><b>Complementary suppression:</b> while the withheld groups of a relation with a published
 *       parent rest together on fewer pupils than the threshold (but more than none), the published
 *       cell of that relation with the fewest pupils is withheld.
 *   <li><b>Audit:</b> for each withheld group of fewer pupils than the threshold, the least and
 *       greatest number of its pupils with the attribute an attacker can derive from the relations,
 *       the pupils of every group (public knowledge) and every published value with its rounding — an
 *       integer program for shares, a linear program for means. The range must span at least the
 *       {@linkplain #DEFAULT_PROTECTION_LEVEL protection level} times the group's pupils (at least
 *       one), unless the total alone already narrows it further (a total of 0% says it of every
 *       group); for means it must be unbounded, or, where no value of the figure is negative (an
 *       amount, at least zero), span the protection level times the group's pupils times the total's
 *       mean, unless the total alone narrows it further. Otherwise the published cell with the fewest pupils
 *       linked to the group is withheld and the audit runs again.
 * </ol>
 *
 * <p>Each figure is a table of its own: kansen publishes no relation between two figures. Results
 * are computed once, when the control is built for a programme, and looked up by figure.
 */
public final class LinkedDisclosure implements Disclosure {
  /**
   * The share of a small group's pupils the range an attacker can derive must span unless told
   * otherwise: half. Of a group of 4 pupils, an attacker must not be able to tell the number with the
   * attribute more closely than among 3 consecutive values (e.g. 1, 2 or 3).
   */
  public static final double DEFAULT_PROTECTION_LEVEL = 0.5;

  private final int threshold;
  private final double protectionLevel;
  private final Map<String, String> partOf;
  private final Ranges ranges = new Ranges();
  private final Map<Measurement, Protection.Outcome> outcomes = new IdentityHashMap<>();

  private LinkedDisclosure(Programme programme, int threshold, double protectionLevel) {
    if (threshold < 1) {
      throw new IllegalArgumentException("LinkedDisclosure.threshold must be at least 1 pupil, but was " + threshold);
    }
    if (!(protectionLevel >= 0 && protectionLevel <= 1)) {
      throw new IllegalArgumentException("LinkedDisclosure.protectionLevel must be between 0 and 1, but was "
          + protectionLevel);
    }
    this.threshold = threshold;
    this.protectionLevel = protectionLevel;
    Map<String, String> parents = new LinkedHashMap<>();
    programme.partners().forEach(p -> p.partOf().ifPresent(parent -> parents.put(p.id(), parent)));
    this.partOf = Map.copyOf(parents);
    Protection protection = new Protection(threshold, protectionLevel, ranges);
    for (Indicator indicator : programme.indicators()) {
      Measure measure = indicator.measure();
      indicator.baseline().ifPresent(b -> outcomes.put(b, protection.protect(b, measure, false, partOf)));
      for (IndicatorPeriod period : indicator.periods()) {
        period.target().ifPresent(t -> outcomes.put(t, protection.protect(t, measure, true, partOf)));
        period.actual().ifPresent(a -> outcomes.put(a, protection.protect(a, measure, false, partOf)));
      }
    }
  }

  /**
   * Summarises a programme with every figure protected by the linked control: the one way the
   * command, its report and the showcase summarise a programme they publish.
   *
   * @param programme the programme
   * @param threshold the fewest pupils a published figure may rest on; at least 1
   * @return the summary
   * @throws IllegalArgumentException when the threshold is below 1
   */
  public static ProgrammeSummary summary(Programme programme, int threshold) {
    return ProgrammeSummary.of(programme, of(programme, threshold));
  }

  /**
   * The control of a programme's figures with the {@linkplain #DEFAULT_PROTECTION_LEVEL default
   * protection level}.
   *
   * @param programme the programme whose figures are published
   * @param threshold the fewest pupils a published figure or cell may rest on; at least 1
   * @return the control
   * @throws IllegalArgumentException when the threshold is below 1
   */
  public static LinkedDisclosure of(Programme programme, int threshold) {
    return new LinkedDisclosure(programme, threshold, DEFAULT_PROTECTION_LEVEL);
  }

  /**
   * The control of a programme's figures.
   *
   * @param programme the programme whose figures are published
   * @param threshold the fewest pupils a published figure or cell may rest on; at least 1
   * @param protectionLevel the share of a small group's pupils the range an attacker can derive for it
   *     must span, from 0 (the group's count must not be pinned to one value) to 1 (nothing may be
   *     learnt)
   * @return the control
   * @throws IllegalArgumentException when the threshold is below 1 or the level outside 0..1
   */
  public static LinkedDisclosure of(Programme programme, int threshold, double protectionLevel) {
    return new LinkedDisclosure(programme, threshold, protectionLevel);
  }

  @Override
  public int threshold() {
    return threshold;
  }

  /** @return the share of a small group's pupils the range an attacker can derive for it must span */
  public double protectionLevel() {
    return protectionLevel;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A figure that is not one of the programme's is protected on its own, as an actual of a
   * {@code PERCENTAGE} indicator (the strictest reading).
   */
  @Override
  public PublishedFigure figure(Measurement figure) {
    return outcome(figure).published();
  }

  /**
   * {@inheritDoc}
   *
   * <p>A figure that is not one of the programme's is protected on its own, as an actual of a
   * {@code PERCENTAGE} indicator (the strictest reading).
   */
  @Override
  public List<PublishedCell> cells(Measurement figure) {
    return outcome(figure).cells();
  }

  /** @return how many linear or integer programs the audit has solved so far, for every figure together */
  public long solverCalls() {
    return ranges.solves();
  }

  private synchronized Protection.Outcome outcome(Measurement figure) {
    return outcomes.computeIfAbsent(figure,
        f -> new Protection(threshold, protectionLevel, ranges).protect(f, Measure.PERCENTAGE, false, partOf));
  }
}
