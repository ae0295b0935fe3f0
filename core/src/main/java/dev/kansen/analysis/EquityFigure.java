package dev.kansen.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One equity measure of one cohort table as it may be published: the share of all pupils, each
 * group's share, and each published group's gap against the reference group with its interval.
 *
 * @param table the cohort table's id
 * @param measure the measure
 * @param total the share of all pupils of the table
 * @param groups each parental-education group with pupils, in the order low, middle, high, unknown
 * @param gaps the gap of every published group against the published reference group
 */
public record EquityFigure(String table, EquityMeasure measure, GroupShare total, List<GroupShare> groups,
    List<ProportionGap> gaps) {
  /** Checks that no component is {@code null} and copies the lists. */
  public EquityFigure {
    Objects.requireNonNull(table, "EquityFigure.table must not be null");
    Objects.requireNonNull(measure, "EquityFigure.measure must not be null");
    Objects.requireNonNull(total, "EquityFigure.total must not be null");
    groups = List.copyOf(groups);
    gaps = List.copyOf(gaps);
  }

  /**
   * @param group a group, e.g. {@code low}
   * @return the group's share; a withheld one when the group has no pupils in the table
   */
  public GroupShare group(String group) {
    return groups.stream().filter(g -> g.group().equals(group)).findFirst()
        .orElse(new GroupShare(group, java.util.Optional.empty(), Suppression.SMALL_CELL));
  }
}
