package dev.kansen.cli.report;

import dev.kansen.model.InterventionStatus;

/**
 * The report's colours, from the Okabe–Ito palette, which readers with the common forms of colour
 * blindness can tell apart. Colour never carries meaning alone: every mark also has a label.
 */
final class Palette {
  private Palette() {}

  static final String BLUE = "#0072B2";
  static final String SKY_BLUE = "#56B4E9";
  static final String BLUISH_GREEN = "#009E73";
  static final String ORANGE = "#E69F00";
  static final String VERMILLION = "#D55E00";
  static final String REDDISH_PURPLE = "#CC79A7";
  static final String GREY = "#8C8C8C";
  static final String LIGHT_GREY = "#D9D9D9";
  static final String INK = "#1F2328";
  static final String MUTED = "#59636E";

  static String status(InterventionStatus status) {
    return switch (status) {
      case PIPELINE -> GREY;
      case IMPLEMENTATION -> BLUE;
      case FINALISATION -> SKY_BLUE;
      case CLOSED -> BLUISH_GREEN;
      case CANCELLED -> VERMILLION;
      case SUSPENDED -> ORANGE;
    };
  }
}
