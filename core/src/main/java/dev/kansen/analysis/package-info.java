/**
 * The figures computed about a programme, in one place so that every output — plain text, JSON,
 * HTML — shows the same numbers and withholds the same ones: {@link dev.kansen.analysis.FundingOverview}
 * (money per grant, funder and intervention, per currency), {@link dev.kansen.analysis.IndicatorProgress}
 * (baseline, targets, actuals, progress toward the target, on or off track, and the trend — never
 * across a break in method) and {@link dev.kansen.analysis.CohortEquity}
 * and {@link dev.kansen.analysis.BreakdownGaps} (the gap between groups of pupils, such as by parental
 * education, with its confidence interval; see {@code docs/equity.md}).
 *
 * <p>Pupil data is personal data: {@link dev.kansen.analysis.Disclosure} is the one rule that decides
 * which figures and breakdown cells may be published — small cells are suppressed, and so are
 * complementary cells from which a small one could be worked out — and every computation here goes
 * through it, so that no derived figure gives away a suppressed one.
 *
 * <p>Every result is an immutable record without {@code null}s: what is not known or may not be
 * shown is an empty {@link java.util.Optional}. Money is added exactly with
 * {@link dev.kansen.model.Money}, never across currencies; the divisions of indicator progress (the
 * progress fraction, the expected value on the path to a target, the trend's slope) are rounded to
 * {@value dev.kansen.analysis.IndicatorProgress#FRACTION_SCALE} decimals, half-even, and on track is
 * decided before rounding.
 */
package dev.kansen.analysis;
