package dev.kansen.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.InvalidValueException;
import org.junit.jupiter.api.function.Executable;

/** Assertions about the model's construction invariants. */
public final class ModelAssertions {
  private ModelAssertions() {}

  /**
   * Asserts that the construction fails with an {@link InvalidValueException} of the given code and
   * attribute whose message contains the given text.
   *
   * @param construction what should fail
   * @param code the expected {@link InvalidValueException#code()}
   * @param attribute the expected {@link InvalidValueException#attribute()}
   * @param messagePart text the message must contain, such as the attribute and the bad value
   * @return the exception, for further assertions
   */
  public static InvalidValueException assertInvalid(Executable construction, String code, String attribute,
      String messagePart) {
    InvalidValueException e = assertThrows(InvalidValueException.class, construction);
    assertAll(
        () -> assertEquals(code, e.code(), () -> "code of: " + e.getMessage()),
        () -> assertEquals(attribute, e.attribute(), () -> "attribute of: " + e.getMessage()),
        () -> assertTrue(e.getMessage().contains(messagePart),
            () -> "message \"" + e.getMessage() + "\" should contain \"" + messagePart + "\""));
    return e;
  }
}
