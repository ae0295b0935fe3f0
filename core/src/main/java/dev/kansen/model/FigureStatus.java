package dev.kansen.model;

/** Whether a figure may still change. */
public enum FigureStatus {
  /** A first figure that its source may still revise, such as DUO's or CBS's provisional figures. */
  PROVISIONAL,
  /** The definitive figure. */
  FINAL
}
