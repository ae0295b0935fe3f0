package dev.kansen.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One document of the negative corpus with what reading it must report, from
 * {@code negative/manifest.tsv}.
 *
 * @param file the document's file name
 * @param lenient whether it is read leniently
 * @param code the code of a violation that must be reported
 * @param path that violation's JSON Pointer, or {@code *} for any
 * @param schema {@code reject}, {@code accept} (a rule the schema cannot express) or {@code n/a} (not JSON)
 */
record NegativeCase(String file, boolean lenient, String code, String path, String schema) {
  static List<NegativeCase> all() {
    try {
      return Files.readAllLines(TestResources.resources("negative/manifest.tsv")).stream()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .map(line -> line.split("\t", -1))
          .map(f -> new NegativeCase(f[0], f[1].equals("lenient"), f[2], f[3], f[4]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path location() {
    return TestResources.resources("negative").resolve(file);
  }

  byte[] bytes() {
    return TestResources.bytes(location());
  }

  KansenJson reader() {
    return lenient ? KansenJson.lenient() : KansenJson.strict();
  }

  @Override
  public String toString() {
    return file;
  }
}
