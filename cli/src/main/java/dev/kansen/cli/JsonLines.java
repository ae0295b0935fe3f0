package dev.kansen.cli;

import dev.kansen.validation.Position;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ReadCode;
import dev.kansen.validation.Violation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The documents of a JSON Lines input ({@code .jsonl}): one programme per line, blank lines
 * skipped, each line limited to {@link Input#MAX_BYTES} like a single document. Lines are read one
 * at a time, so the input may be longer than any one document; a line over the limit is skipped to
 * its end without being kept.
 */
final class JsonLines {
  private static final String LINE = "line";
  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int start;
  private int end;
  private long number;
  private boolean atEnd;

  JsonLines(InputStream in) {
    this.in = in;
  }

  /**
   * One line of the input.
   *
   * @param number its line number, from 1
   * @param bytes its content without the line end; {@code null} when the line is longer than the limit
   */
  record Line(long number, byte[] bytes) {
    /** @return whether the line is longer than {@link Input#MAX_BYTES} */
    boolean tooLong() {
      return bytes == null;
    }

    /**
     * Places violations found in this line's document on this line of the input.
     *
     * @param violations violations whose positions are in the line's document (its line 1)
     * @return the violations with this line's number, and column 1 where they had no position
     */
    List<Violation> place(List<Violation> violations) {
      return violations.stream().map(v -> lineInMessage(Violation.builder().from(v)
          .position(new Position(number, v.position().map(Position::column).orElse(1L))).build())).toList();
    }

    /**
     * A reading problem whose message names a line (a bad byte, an object left open) names it in the
     * line's document, always line 1: it is given this line's number, as the position is.
     */
    private Violation lineInMessage(Violation v) {
      if (!v.arguments().containsKey(LINE) || !(v.code().equals(ReadCode.INVALID_ENCODING.name())
          || v.code().equals(ReadCode.JSON_SYNTAX.name()))) {
        return v;
      }
      CodeMessage before = new CodeMessage(ReadCode.valueOf(v.code()), v.variant(), v.arguments());
      if (!before.english().equals(v.message())) {
        return v;
      }
      Map<String, String> arguments = new LinkedHashMap<>(v.arguments());
      arguments.put(LINE, Long.toString(number));
      CodeMessage placed = new CodeMessage(before.code(), v.variant(), arguments);
      return Violation.builder().from(v).arguments(arguments).message(placed.english()).build();
    }
  }

  /**
   * @return the next line that is not blank, or {@code null} at the end of the input
   * @throws IOException when reading the input fails
   */
  Line next() throws IOException {
    while (true) {
      if (atEnd && start == end) {
        return null;
      }
      number++;
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      boolean ended = false;
      while (!ended) {
        if (start == end && !fill()) {
          break;
        }
        int newline = start;
        while (newline < end && buffer[newline] != '\n') {
          newline++;
        }
        int length = newline - start;
        if (!tooLong && line.size() + (long) length > Input.MAX_BYTES + 1) {
          tooLong = true;
          line = null;
        }
        if (!tooLong) {
          line.write(buffer, start, length);
        }
        ended = newline < end;
        start = ended ? newline + 1 : end;
      }
      if (tooLong) {
        return new Line(number, null);
      }
      byte[] bytes = line.toByteArray();
      int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
      if (length > Input.MAX_BYTES) {
        return new Line(number, null);
      }
      if (!blank(bytes, length)) {
        return new Line(number, length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length));
      }
      if (!ended && atEnd) {
        return null;
      }
    }
  }

  private boolean fill() throws IOException {
    if (atEnd) {
      return false;
    }
    int n = in.read(buffer);
    if (n < 0) {
      atEnd = true;
      start = end = 0;
      return false;
    }
    start = 0;
    end = n;
    return true;
  }

  private static boolean blank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
