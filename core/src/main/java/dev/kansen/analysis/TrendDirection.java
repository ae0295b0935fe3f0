package dev.kansen.analysis;

/** Which way an indicator's actuals move, judged by the indicator's direction. */
public enum TrendDirection {
  /** The actuals move the way the indicator wants: up when higher is better, down when lower is. */
  IMPROVING,
  /** The actuals do not move: the slope is zero at the trend's scale. */
  FLAT,
  /** The actuals move away from what the indicator wants. */
  WORSENING
}
