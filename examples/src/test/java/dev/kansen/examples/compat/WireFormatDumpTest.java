package dev.kansen.examples.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import dev.kansen.seeds.SeedProgrammes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writes every programme kansen ships — the seeds and every class of {@code dev.kansen.seeds.illustrative}
 * with a public static {@code programme()} — as a current-format JSON document into
 * {@code target/compat-documents/}, one file per programme id, and proves each reads back and writes the same document again.
 * {@code .ci/compat-0.1.0.sh} runs this test and hands the directory to the kansen 0.1.0 reader.
 */
class WireFormatDumpTest {
  static final Path OUT = Paths.get("target", "compat-documents");

  @Test
  void writesEveryShippedProgrammeAsACurrentDocumentThatReadsBackUnchanged() throws IOException {
    List<Programme> programmes = new ArrayList<>(SeedProgrammes.all());
    programmes.addAll(illustrative());
    // the illustrative cohort tables travel inside the programmes of their municipalities
    List<Programme> withCohorts = programmes.stream().map(dev.kansen.seeds.illustrative.IllustrativeCohorts::addedTo)
        .filter(p -> !p.cohortTables().isEmpty())
        .map(p -> Programme.builder().from(p).id(p.id() + "-cohorts").build()).toList();
    assertTrue(!withCohorts.isEmpty(), "the illustrative cohort tables are written too");
    programmes.addAll(withCohorts);
    // generated programmes carry every optional part of the format, 1.1's included, in seeded variety
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261129L);
    for (int i = 0; i < 100; i++) {
      Programme generated = dev.kansen.testing.ProgrammeGenerator.programme(random.split());
      programmes.add(Programme.builder().from(generated).id("generated-" + i).build());
    }
    assertTrue(programmes.size() >= 4, "both seeds and at least two illustrative programmes: " + programmes.size());
    Files.createDirectories(OUT);
    try (Stream<Path> old = Files.list(OUT)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    for (Programme programme : programmes) {
      String json = KansenJson.strict().write(programme);
      assertEquals(KansenJson.FORMAT_VERSION, new ObjectMapper().readTree(json).path("formatVersion").asText(),
          programme.id());
      assertEquals(json, KansenJson.strict().write(KansenJson.lenient().read(json)), programme.id());
      Files.writeString(OUT.resolve(programme.id() + ".json"), json, StandardCharsets.UTF_8);
    }
    try (Stream<Path> written = Files.list(OUT)) {
      assertEquals(programmes.size(), written.count(), "one file per programme id");
    }
  }

  /** Every programme of the illustrative package, found by its classes, so that new ones are covered unlisted. */
  static List<Programme> illustrative() throws IOException {
    String dir = "dev/kansen/seeds/illustrative";
    URL url = SeedProgrammes.class.getClassLoader().getResource(dir);
    if (url == null) {
      url = SeedProgrammes.class.getResource("/" + dir);
    }
    assertTrue(url != null, "the illustrative package is on the class path");
    List<String> names = new ArrayList<>();
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          names.addAll(classNames(jar.getPath(dir)));
        }
      } else {
        names.addAll(classNames(Paths.get(uri)));
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<Programme> found = new ArrayList<>();
    for (String name : names.stream().sorted().toList()) {
      found.addAll(programmeOf("dev.kansen.seeds.illustrative." + name));
    }
    return found;
  }

  private static List<String> classNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> n.substring(0, n.length() - ".class".length())).toList();
    }
  }

  private static List<Programme> programmeOf(String className) {
    try {
      Class<?> type = Class.forName(className);
      if (!Modifier.isPublic(type.getModifiers())) {
        return List.of();
      }
      Method method = type.getMethod("programme");
      if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != Programme.class) {
        return List.of();
      }
      return List.of((Programme) method.invoke(null));
    } catch (NoSuchMethodException e) {
      return List.of();
    } catch (ReflectiveOperationException e) {
      throw new UncheckedIOException(new IOException(className + ".programme() failed", e));
    }
  }
}
