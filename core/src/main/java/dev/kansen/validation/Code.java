package dev.kansen.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * A finding's code: a stable UPPER_SNAKE_CASE {@link #name()} with the default severity, category
 * and the texts that explain it. kansen's own codes are the constants of {@link RuleCode},
 * {@link ValueCode}, {@link ReadCode} and {@link CommandCode}, so a misspelt code does not compile;
 * {@code docs/rules.md} lists them all.
 *
 * <p>A {@link Rule} of your own needs a code of your own: implement this interface (an enum of your
 * codes is the natural way) or call {@link #of}. {@link Violation#code()} is the code's
 * {@link #name()}, a plain string, so JSON output and applications keep comparing strings.
 */
public interface Code {
  /** @return the stable UPPER_SNAKE_CASE code, e.g. {@code UNRESOLVED_FUNDER} */
  String name();

  /** @return the severity of findings with this code unless a {@link Validator.Builder} changes it */
  Severity defaultSeverity();

  /** @return what the code is about, for grouping */
  Category category();

  /**
   * @param locale the language wanted; English when the code has no text in that language
   * @return what a finding with this code means, in one or two sentences
   */
  String what(Locale locale);

  /**
   * @param locale the language wanted; English when the code has no text in that language
   * @return why it matters and has its severity: the IATI rule, 360Giving check, law or domain reason
   */
  String why(Locale locale);

  /**
   * @param locale the language wanted; English when the code has no text in that language
   * @return how to fix it, in one line
   */
  String fix(Locale locale);

  /**
   * A code of your own, with texts in one language.
   *
   * @param name the stable UPPER_SNAKE_CASE code
   * @param defaultSeverity the default severity
   * @param category the category
   * @param what what a finding means
   * @param why why it matters
   * @param fix how to fix it
   * @return the code
   * @throws IllegalArgumentException when the name is not UPPER_SNAKE_CASE or a text is blank
   */
  static Code of(String name, Severity defaultSeverity, Category category, String what, String why, String fix) {
    return new CustomCode(name, defaultSeverity, category, what, why, fix);
  }

  /**
   * A code made by {@link Code#of}; equal when the names are equal.
   *
   * @param name the stable UPPER_SNAKE_CASE code
   * @param defaultSeverity the default severity
   * @param category the category
   * @param what what a finding means
   * @param why why it matters
   * @param fix how to fix it
   */
  record CustomCode(String name, Severity defaultSeverity, Category category, String what, String why, String fix)
      implements Code {
    /**
     * Checks the parts.
     *
     * @param name the stable UPPER_SNAKE_CASE code
     * @param defaultSeverity the default severity
     * @param category the category
     * @param what what a finding means
     * @param why why it matters
     * @param fix how to fix it
     */
    public CustomCode {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(defaultSeverity, "defaultSeverity");
      Objects.requireNonNull(category, "category");
      if (!Violation.isCode(name)) {
        throw new IllegalArgumentException("Code name must be UPPER_SNAKE_CASE, but was \"" + name + "\"");
      }
      for (String text : new String[] {what, why, fix}) {
        if (Objects.requireNonNull(text, "text").isBlank()) {
          throw new IllegalArgumentException("Code " + name + " needs a what, a why and a fix that are not blank");
        }
      }
    }

    @Override
    public String what(Locale locale) {
      return what;
    }

    @Override
    public String why(Locale locale) {
      return why;
    }

    @Override
    public String fix(Locale locale) {
      return fix;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CustomCode c && name.equals(c.name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
