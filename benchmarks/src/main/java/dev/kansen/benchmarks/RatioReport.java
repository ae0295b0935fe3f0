package dev.kansen.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Benchmark scores turned into ratios against their baselines and judged against {@link Target}s.
 * Pure computation: the numbers come from a JMH run (see {@link Ratios}) or from a test.
 */
public final class RatioReport {
  /** How a target fared. */
  public enum Outcome {
    /** Every judged ratio is at most the limit. */
    MET,
    /** A judged ratio exceeds the limit. */
    MISSED,
    /** The scores needed to judge the target were not measured in this run. */
    NOT_RUN
  }

  /**
   * A ratio of two measured times with its error bar, propagated from the two JMH errors as
   * {@code ratio * sqrt((ea/a)^2 + (eb/b)^2)}.
   *
   * @param value the ratio
   * @param error the half-width of its error bar; {@code NaN} when a score had none
   */
  public record Ratio(double value, double error) {
    /**
     * @param a the numerator
     * @param errorA its error
     * @param b the denominator, greater than 0
     * @param errorB its error
     * @return {@code a / b} with its propagated error
     */
    public static Ratio of(double a, double errorA, double b, double errorB) {
      double value = a / b;
      double relative = Math.hypot(a == 0 ? 0 : errorA / a, errorB / b);
      return new Ratio(value, value * relative);
    }
  }

  /**
   * One score in the report, with its ratio to its baseline when it has one.
   *
   * @param score the score
   * @param units the units of input at the score's size (1 for relative targets)
   * @param ratio the ratio to the baseline; empty when this score is the baseline or has no target
   * @param allocationRatio the same ratio of bytes allocated per operation, {@code NaN} when either
   *     side was not measured; not judged, but far less noisy than time on a busy machine
   * @param against what the ratio is relative to, e.g. {@code baseline} or {@code JsonBenchmark.jacksonReadTree}
   */
  public record Line(Score score, long units, Optional<Ratio> ratio, double allocationRatio, String against) {}

  /**
   * The judgement of one target.
   *
   * @param target the target
   * @param outcome met, missed or not run
   * @param lines the scores the target compares, baselines first
   * @param reason the ratio that decided, in words
   */
  public record Verdict(Target target, Outcome outcome, List<Line> lines, String reason) {}

  private final List<Verdict> verdicts;
  private final List<Score> others;

  private RatioReport(List<Verdict> verdicts, List<Score> others) {
    this.verdicts = List.copyOf(verdicts);
    this.others = List.copyOf(others);
  }

  /**
   * Computes the ratios and judges the targets.
   *
   * @param scores the scores of one run
   * @param targets the targets
   * @return the report
   */
  public static RatioReport of(Collection<Score> scores, List<Target> targets) {
    Objects.requireNonNull(scores, "scores");
    Map<String, Map<Integer, Score>> byBenchmark = new TreeMap<>();
    for (Score score : scores) {
      byBenchmark.computeIfAbsent(score.benchmark(), b -> new TreeMap<>()).put(score.size(), score);
    }
    List<Verdict> verdicts = new ArrayList<>();
    Set<String> judged = new HashSet<>();
    for (Target target : targets) {
      judged.add(target.subject());
      target.baseline().ifPresent(judged::add);
      Map<Integer, Score> subject = byBenchmark.getOrDefault(target.subject(), Map.of());
      verdicts.add(target.isLinear()
          ? linear(target, subject)
          : relative(target, subject, byBenchmark.getOrDefault(target.baseline().get(), Map.of())));
    }
    List<Score> others = scores.stream().filter(s -> !judged.contains(s.benchmark()))
        .sorted(Comparator.comparing(Score::benchmark).thenComparingInt(Score::size)).collect(Collectors.toList());
    return new RatioReport(verdicts, others);
  }

  private static Verdict linear(Target target, Map<Integer, Score> bySize) {
    if (bySize.size() < 2) {
      return new Verdict(target, Outcome.NOT_RUN, List.of(),
          target.subject() + " needs at least two sizes, but " + bySize.size() + " were measured");
    }
    List<Score> sizes = List.copyOf(bySize.values());
    Score smallest = sizes.get(0);
    long baseUnits = units(target, smallest.size());
    double base = smallest.score() / baseUnits;
    double baseError = smallest.error() / baseUnits;
    String against = "per " + target.unitName() + " at size " + smallest.size();
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(smallest, baseUnits, Optional.empty(), 1.0, "baseline"));
    Ratio last = null;
    for (Score score : sizes.subList(1, sizes.size())) {
      long units = units(target, score.size());
      last = Ratio.of(score.score() / units, score.error() / units, base, baseError);
      double allocation = (score.allocated() / units) / (smallest.allocated() / baseUnits);
      lines.add(new Line(score, units, Optional.of(last), allocation, against));
    }
    Score largest = sizes.get(sizes.size() - 1);
    boolean met = last.value() <= target.limit();
    return new Verdict(target, met ? Outcome.MET : Outcome.MISSED, lines, String.format(Locale.ROOT,
        "time per %s at size %d is %s times that at size %d (limit %.2f)%s", target.unitName(), largest.size(),
        format(last), smallest.size(), target.limit(), caution(last, target)));
  }

  private static Verdict relative(Target target, Map<Integer, Score> subject, Map<Integer, Score> baseline) {
    List<Line> lines = new ArrayList<>();
    Ratio worst = null;
    int worstSize = 0;
    for (Map.Entry<Integer, Score> entry : subject.entrySet()) {
      Score base = baseline.get(entry.getKey());
      if (base == null) {
        continue;
      }
      Score score = entry.getValue();
      Ratio ratio = Ratio.of(score.score(), score.error(), base.score(), base.error());
      lines.add(new Line(base, 1, Optional.empty(), 1.0, "baseline"));
      lines.add(new Line(score, 1, Optional.of(ratio), score.allocated() / base.allocated(), base.benchmark()));
      if (worst == null || ratio.value() > worst.value()) {
        worst = ratio;
        worstSize = entry.getKey();
      }
    }
    if (worst == null) {
      return new Verdict(target, Outcome.NOT_RUN, List.of(), target.subject() + " and "
          + target.baseline().get() + " were not both measured at any one size");
    }
    boolean met = worst.value() <= target.limit();
    return new Verdict(target, met ? Outcome.MET : Outcome.MISSED, lines, String.format(Locale.ROOT,
        "%s takes %s times as long as %s at size %d (limit %.2f)%s", target.subject(), format(worst),
        target.baseline().get(), worstSize, target.limit(), caution(worst, target)));
  }

  /** @return a warning when the error bar reaches across the limit, so that the verdict could go either way */
  private static String caution(Ratio ratio, Target target) {
    boolean spans = Double.isNaN(ratio.error())
        || ratio.value() - ratio.error() <= target.limit() && target.limit() <= ratio.value() + ratio.error();
    return spans ? "; the error bar spans the limit: rerun with more forks and iterations on a quieter machine" : "";
  }

  private static long units(Target target, int size) {
    long units = target.units().applyAsLong(size);
    if (units < 1) {
      throw new IllegalArgumentException(target.name() + ": the input of size " + size + " holds " + units
          + " " + target.unitName() + "s; at least 1 is needed to divide by");
    }
    return units;
  }

  /** @return the verdict of every target, in the order the targets were given */
  public List<Verdict> verdicts() {
    return verdicts;
  }

  /** @return whether no target was missed; a target not run is not missed */
  public boolean targetsMet() {
    return verdicts.stream().noneMatch(v -> v.outcome() == Outcome.MISSED);
  }

  /** @return the report as a plain-text table, one section per target, then the verdicts */
  public String render() {
    StringBuilder out = new StringBuilder();
    String header = String.format(Locale.ROOT, "  %-32s %7s %12s %28s %18s %14s %12s  %s%n",
        "benchmark", "size", "units", "score \u00b1 error", "ratio \u00b1 error", "allocated", "alloc ratio",
        "against");
    for (Verdict verdict : verdicts) {
      out.append(verdict.target().name()).append('\n');
      if (verdict.lines().isEmpty()) {
        out.append("  (not measured in this run)\n");
      } else {
        out.append(header);
      }
      for (Line line : verdict.lines()) {
        Score s = line.score();
        out.append(String.format(Locale.ROOT, "  %-32s %7d %12s %28s %18s %14s %12s  %s%n", s.benchmark(), s.size(),
            verdict.target().isLinear() ? String.format(Locale.ROOT, "%,d", line.units()) : "",
            String.format(Locale.ROOT, "%,.1f \u00b1 %s %s", s.score(), error(s.error()), s.unit()),
            line.ratio().map(RatioReport::format).orElse("1.00"), bytes(s.allocated()),
            Double.isNaN(line.allocationRatio()) ? "?" : String.format(Locale.ROOT, "%.2f", line.allocationRatio()),
            line.against()));
      }
      out.append('\n');
    }
    if (!others.isEmpty()) {
      out.append("Other results (no target)\n");
      for (Score s : others) {
        out.append(String.format(Locale.ROOT, "  %-40s %7d %28s %14s%n", s.benchmark(), s.size(),
            String.format(Locale.ROOT, "%,.1f \u00b1 %s %s", s.score(), error(s.error()), s.unit()),
            bytes(s.allocated())));
      }
      out.append('\n');
    }
    out.append("Verdicts\n");
    for (Verdict verdict : verdicts) {
      out.append(String.format(Locale.ROOT, "  %-8s %s: %s%n", verdict.outcome().name().replace('_', ' '),
          verdict.target().name(), verdict.reason()));
    }
    return out.toString();
  }

  private static String format(Ratio ratio) {
    return String.format(Locale.ROOT, "%.2f \u00b1 %s", ratio.value(),
        Double.isNaN(ratio.error()) ? "?" : String.format(Locale.ROOT, "%.2f", ratio.error()));
  }

  private static String bytes(double allocated) {
    return Double.isNaN(allocated) ? "?" : String.format(Locale.ROOT, "%,.0f B/op", allocated);
  }

  private static String error(double error) {
    return Double.isNaN(error) ? "?" : String.format(Locale.ROOT, "%,.1f", error);
  }
}
