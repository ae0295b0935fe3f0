package dev.kansen.disclosure.internal;

import dev.kansen.model.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's program, solved with ojAlgo: the range of the secret of one group of a table —
 * its number of pupils with the attribute for a share (an integer from 0 to its pupils), or the sum
 * of its values for a mean — given the additive relations and every published value with its
 * rounding. Shares are solved as integer programs, means as linear programs (over sums of at least
 * zero where the amount is never negative). Counts every solve.
 */
public final class Ranges {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final double EPSILON = 1e-6;

  static {
    // ojAlgo greets on standard output the first time it is used, unless told not to; kansen's
    // commands write JSON there.
    if (System.getProperty("shut.up.ojAlgo") == null) {
      System.setProperty("shut.up.ojAlgo", "true");
    }
  }

  private long solves;

  /** @return how many programs were solved so far (two per range) */
  public long solves() {
    return solves;
  }

  /**
   * @param low the least value, {@code -∞} when unbounded
   * @param high the greatest value, {@code +∞} when unbounded
   * @param feasible whether the published values and relations agree at all
   */
  record Range(double low, double high, boolean feasible) {
    double width() {
      return high - low;
    }

    boolean bounded() {
      return !Double.isInfinite(low) && !Double.isInfinite(high);
    }
  }

  /**
   * The range of one node's secret.
   *
   * @param table the table
   * @param target the node's index
   * @param published which nodes are published, by index
   * @return the range an attacker can derive
   */
  Range range(Table table, int target, boolean[] published) {
    boolean share = table.measure == Measure.PERCENTAGE;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Map<Integer, Variable> variables = new HashMap<>();
    for (Node node : table.nodes) {
      if (!node.known()) {
        continue;
      }
      Variable v = model.addVariable("n" + node.index);
      if (share) {
        v.integer(true).lower(0).upper(node.pupils);
        if (published[node.index] && node.value.isPresent()) {
          long[] bounds = shareBounds(node.pupils, node.value.get());
          v.lower(bounds[0]).upper(bounds[1]);
        }
      } else {
        v.lower(table.nonNegative ? BigDecimal.ZERO : null).upper(null);
        if (published[node.index] && node.value.isPresent()) {
          BigDecimal half = halfUnit(node.value.get());
          BigDecimal n = BigDecimal.valueOf(node.pupils);
          BigDecimal lower = n.multiply(node.value.get().subtract(half));
          v.lower(table.nonNegative ? lower.max(BigDecimal.ZERO) : lower).upper(n.multiply(node.value.get().add(half)));
        }
      }
      variables.put(node.index, v);
    }
    for (Row row : table.rows) {
      Expression e = model.addExpression("r" + model.countExpressions()).level(0);
      e.set(variables.get(row.parent()), 1);
      for (int m : row.members()) {
        e.set(variables.get(m), -1);
      }
    }
    Variable objective = variables.get(target);
    objective.weight(1);
    double high = bound(model.maximise(), true);
    double low = bound(model.minimise(), false);
    if (Double.isNaN(high) || Double.isNaN(low)) {
      return new Range(0, 0, false);
    }
    if (share) {
      high = Math.floor(high + EPSILON);
      low = Math.ceil(low - EPSILON);
    }
    return new Range(low, high, true);
  }

  /**
   * @return a whole count within 0 and the group's pupils: a share outside 0 to 100 % (which
   *     validation reports) stands for none or all of them, however far outside it is
   */
  private static long count(BigDecimal whole, BigDecimal pupils) {
    return whole.max(BigDecimal.ZERO).min(pupils).longValueExact();
  }

  private double bound(Optimisation.Result result, boolean max) {
    solves++;
    if (result.getState() == Optimisation.State.UNBOUNDED) {
      return max ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    if (!result.getState().isFeasible()) {
      return Double.NaN;
    }
    return result.getValue();
  }

  /**
   * The integer counts a published share of a group can stand for, given its rounding.
   *
   * @param pupils the group's pupils
   * @param percent the published share, in percent
   * @return the least and the greatest count
   */
  static long[] shareBounds(long pupils, BigDecimal percent) {
    BigDecimal n = BigDecimal.valueOf(pupils);
    BigDecimal half = halfUnit(percent);
    long low = count(n.multiply(percent.subtract(half)).divide(HUNDRED, 0, RoundingMode.CEILING), n);
    long high = count(n.multiply(percent.add(half)).divide(HUNDRED, 0, RoundingMode.FLOOR), n);
    if (low > high) {
      // The value does not match any count at its stated precision: take the counts around it.
      BigDecimal centre = n.multiply(percent).divide(HUNDRED, 6, RoundingMode.HALF_EVEN);
      low = count(centre.setScale(0, RoundingMode.FLOOR), n);
      high = count(centre.setScale(0, RoundingMode.CEILING), n);
    }
    return new long[] {low, high};
  }

  /** @return half a unit of the value's last stated digit: the most rounding can have moved it */
  static BigDecimal halfUnit(BigDecimal value) {
    return BigDecimal.ONE.scaleByPowerOfTen(-value.scale()).divide(BigDecimal.valueOf(2));
  }
}
