package dev.kansen.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's integer program, written apart from the production code: whole counts of groups,
 * each from 0 to its (public) pupils, tied by what was published — a published count, or the sum of
 * some groups' counts lying between two bounds. {@link #interval(String)} is the least and greatest
 * count of one group that agrees with all of it.
 */
final class CountInterval {
  private static final long NO_LOWER = Long.MIN_VALUE;
  private final Map<String, Long> pupils = new LinkedHashMap<>();
  private final List<Map.Entry<Map<String, Integer>, long[]>> facts = new ArrayList<>();

  /** A group whose pupils the attacker knows (a public register); its count is unknown. */
  CountInterval group(String name, long groupPupils) {
    pupils.put(name, groupPupils);
    return this;
  }

  /** The sum of the named groups' counts lies from {@code low} to {@code high}. */
  CountInterval sum(List<String> groups, long low, long high) {
    Map<String, Integer> coefficients = new LinkedHashMap<>();
    groups.forEach(g -> coefficients.merge(g, 1, Integer::sum));
    facts.add(Map.entry(coefficients, new long[] {low, high}));
    return this;
  }

  /** The count of group {@code a} is at most that of group {@code b} (e.g. at 2F at most at 1F). */
  CountInterval atMost(String a, String b) {
    Map<String, Integer> coefficients = new LinkedHashMap<>();
    coefficients.put(a, 1);
    coefficients.merge(b, -1, Integer::sum);
    facts.add(Map.entry(coefficients, new long[] {NO_LOWER, 0}));
    return this;
  }

  /** The sum of the named groups' counts is exactly {@code value}. */
  CountInterval sum(List<String> groups, long value) {
    return sum(groups, value, value);
  }

  /** @return the least and the greatest count of the group; {@code null} when nothing agrees */
  long[] interval(String target) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Map<String, Variable> variables = new LinkedHashMap<>();
    pupils.forEach((name, n) -> variables.put(name, model.addVariable(name).integer(true).lower(0).upper(n)));
    for (Map.Entry<Map<String, Integer>, long[]> fact : facts) {
      Expression e = model.addExpression("f" + model.countExpressions()).upper(fact.getValue()[1]);
      if (fact.getValue()[0] != NO_LOWER) {
        e.lower(fact.getValue()[0]);
      }
      fact.getKey().forEach((g, c) -> e.set(variables.get(g), c));
    }
    variables.get(target).weight(1);
    Optimisation.Result high = model.maximise();
    Optimisation.Result low = model.minimise();
    if (!high.getState().isFeasible() || !low.getState().isFeasible()) {
      return null;
    }
    return new long[] {Math.round(low.getValue()), Math.round(high.getValue())};
  }
}
