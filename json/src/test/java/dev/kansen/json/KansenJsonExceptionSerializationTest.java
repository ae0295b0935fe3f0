package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class KansenJsonExceptionSerializationTest {

  @Test
  void survivesJavaSerializationWithItsMessage() throws Exception {
    KansenJsonException thrown = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read("{"));
    assertFalse(thrown.violations().isEmpty());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    KansenJsonException copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (KansenJsonException) in.readObject();
    }

    assertEquals(thrown.getMessage(), copy.getMessage());
    assertTrue(copy.violations().isEmpty(), "violations do not cross a serialization boundary");
  }
}
