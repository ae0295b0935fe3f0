package dev.kansen.cli.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes an HTML document with inline SVG, the one way the report makes markup. Elements and
 * attributes are written through methods; every text and every attribute value is escaped; the
 * only markup written as it is comes from {@link #styleSheet}, for the report's own style sheet.
 * Element and attribute names are checked to be plain names, elements must be closed in order,
 * and numbers must be finite, so that a mistake in the report's code fails its tests instead of
 * making a broken page.
 *
 * <p>Text is escaped as {@link Html#escape} does: {@code & < > " '} become character references,
 * and characters that HTML and UTF-8 cannot carry (control characters, and halves of surrogate
 * pairs standing alone, which a programme built through the API may hold) become U+FFFD.
 */
final class HtmlWriter {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*(:[a-zA-Z][a-zA-Z0-9-]*)?");

  private final StringBuilder out;
  private final Deque<String> open = new ArrayDeque<>();
  /** The start tag written last and not yet closed with {@code >} or {@code />}, or null. */
  private String pendingTag;
  /** How the pending tag ends: {@code ">"} for a start tag or void element, {@code "/>"} for an empty SVG element. */
  private String pendingEnd;

  /** @param capacity the number of characters to make room for */
  HtmlWriter(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /** Writes the document type, {@code <!DOCTYPE html>}, and a line break. */
  HtmlWriter doctype() {
    closePending();
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /**
   * Starts an element that will hold content and be closed with {@link #end}; attributes follow.
   *
   * @param name the element's name
   */
  HtmlWriter start(String name) {
    closePending();
    out.append('<').append(checkedName(name));
    open.push(name);
    pendingTag = name;
    pendingEnd = ">";
    return this;
  }

  /**
   * Writes an HTML void element such as {@code <br>} or {@code <meta>}, which has no content and no
   * end tag; attributes follow.
   *
   * @param name the element's name
   */
  HtmlWriter voidElement(String name) {
    closePending();
    out.append('<').append(checkedName(name));
    pendingTag = name;
    pendingEnd = ">";
    return this;
  }

  /**
   * Writes an empty SVG element such as {@code <rect/>}, closed with {@code />}; attributes follow.
   *
   * @param name the element's name
   */
  HtmlWriter empty(String name) {
    closePending();
    out.append('<').append(checkedName(name));
    pendingTag = name;
    pendingEnd = "/>";
    return this;
  }

  /**
   * Adds an attribute to the element just started.
   *
   * @param name the attribute's name
   * @param value its value, escaped
   * @throws IllegalStateException when no start tag is open for attributes
   */
  HtmlWriter attr(String name, String value) {
    if (pendingTag == null) {
      throw new IllegalStateException("The attribute " + name + " must follow a start tag");
    }
    out.append(' ').append(checkedName(name)).append("=\"");
    Html.escape(value, out);
    out.append('"');
    return this;
  }

  /**
   * @param name the attribute's name
   * @param value a whole number
   */
  HtmlWriter attr(String name, long value) {
    return attr(name, Long.toString(value));
  }

  /**
   * @param name the attribute's name
   * @param value a finite number, written with one decimal, as SVG coordinates are
   * @throws IllegalArgumentException when the number is not finite
   */
  HtmlWriter attr(String name, double value) {
    return attr(name, number(value));
  }

  /**
   * Writes text, escaped.
   *
   * @param text any text
   */
  HtmlWriter text(String text) {
    closePending();
    Html.escape(text, out);
    return this;
  }

  /**
   * Writes a whole number as text.
   *
   * @param value the number
   */
  HtmlWriter text(long value) {
    return text(Long.toString(value));
  }

  /**
   * Writes an element holding only text: {@code start(name).text(text).end(name)}.
   *
   * @param name the element's name
   * @param text its text, escaped
   */
  HtmlWriter element(String name, String text) {
    return start(name).text(text).end(name);
  }

  /**
   * Closes the element opened last.
   *
   * @param name the element's name, which must be that of the element opened last
   * @throws IllegalStateException when another element, or none, is open
   */
  HtmlWriter end(String name) {
    closePending();
    String last = open.poll();
    if (!name.equals(last)) {
      throw new IllegalStateException("Cannot end " + name + ": the element open is " + last);
    }
    out.append("</").append(name).append('>');
    return this;
  }

  /** Writes a line break between elements, to keep the page's source readable. */
  HtmlWriter newline() {
    closePending();
    out.append('\n');
    return this;
  }

  /**
   * Writes a {@code <style>} element with the report's own style sheet as it is: the one place
   * where markup is not escaped. A style sheet that could end its element early is refused.
   *
   * @param css the style sheet, read from the report's resources
   * @throws IllegalArgumentException when the style sheet holds {@code </}
   */
  HtmlWriter styleSheet(String css) {
    if (css.contains("</")) {
      throw new IllegalArgumentException("A style sheet must not hold \"</\": it would end the style element");
    }
    start("style").newline();
    out.append(css);
    return end("style");
  }

  /**
   * @return the document written
   * @throws IllegalStateException when an element is still open
   */
  String finish() {
    closePending();
    if (!open.isEmpty()) {
      throw new IllegalStateException("Elements are still open: " + open);
    }
    return out.toString();
  }

  /**
   * @param value a finite number
   * @return the number with one decimal, as the report writes coordinates: {@code 12.0}
   * @throws IllegalArgumentException when the number is NaN or infinite
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("A coordinate must be a finite number, but was " + value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private void closePending() {
    if (pendingTag != null) {
      out.append(pendingEnd);
      pendingTag = null;
    }
  }

  private static String checkedName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not an element or attribute name: " + name);
    }
    return name;
  }
}
