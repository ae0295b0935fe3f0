package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lean pass finds a constant in the parser's buffer, without making a string: every constant
 * of every enumeration of the model is found by its name, and every text that is not a name is
 * refused as unknown, names that differ from one in a single character, a character more or less,
 * or the case included.
 */
class ConstantLookupTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);

  /** @return the enumerations of the model, found among its source files */
  @SuppressWarnings("unchecked")
  private static List<Class<? extends Enum<?>>> enumerations() throws IOException {
    List<Class<? extends Enum<?>>> found = new ArrayList<>();
    for (String pkg : List.of("dev.kansen.model", "dev.kansen.model.id")) {
      Path dir = Path.of("..", "core", "src", "main", "java").resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          String name = file.getFileName().toString();
          if (!name.endsWith(".java") || name.equals("package-info.java")) {
            continue;
          }
          try {
            Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - 5));
            if (type.isEnum()) {
              found.add((Class<? extends Enum<?>>) type);
            }
          } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return found;
  }

  /** @return the constant read from a JSON string, or null when it was refused as unknown */
  private static <E extends Enum<E>> E read(Values.ValueReader<E> reader, String text) {
    try (JsonParser p = JsonFactories.lean(LIMITS, -1).createParser("\"" + text + "\"")) {
      ReadSession s = new ReadSession(p, false, 10, -1, true);
      s.next();
      E value = reader.read(s, JsonPointer.root());
      assertEquals(value == null ? 1 : 0, s.violations().size(), text);
      if (value == null) {
        assertEquals("UNKNOWN_ENUM_VALUE", s.violations().get(0).code(), text);
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void findsEveryConstantOfEveryEnumerationAndRefusesEveryNearName() throws IOException {
    List<Class<? extends Enum<?>>> enumerations = enumerations();
    assertEquals(true, enumerations.size() > 20, enumerations.toString());
    for (Class<? extends Enum<?>> type : enumerations) {
      check(type);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void check(Class type) {
    Values.ValueReader reader = Values.constant(type);
    List<String> names = Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      assertSame(constant, read(reader, name), name);
      List<String> near = new ArrayList<>(List.of(name + "_", "_" + name, name.substring(1),
          name.substring(0, name.length() - 1), name.toLowerCase(java.util.Locale.ROOT), " " + name));
      for (int i = 0; i < name.length(); i++) {
        char[] changed = name.toCharArray();
        changed[i] = changed[i] == 'X' ? 'Y' : 'X';
        near.add(new String(changed));
      }
      for (String text : near) {
        Object found = read(reader, text);
        if (names.contains(text)) {
          assertSame(Enum.valueOf(type, text), found, text);
        } else {
          assertNull(found, text);
        }
      }
    }
    assertNull(read(reader, ""));
  }
}
