package dev.kansen.testing;

import dev.kansen.model.Programme;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every class of kansen-core's main code, for tests that scan them all (public API, labels of every
 * enum, messages naming no constant): read from where {@link Programme} was loaded, a directory or a
 * jar, and loaded without being initialised.
 */
public final class MainClasses {
  private MainClasses() {}

  /** @return every class of the main code, in name order */
  public static List<Class<?>> all() {
    try {
      Path location = Path.of(Programme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(location)) {
        names.addAll(classNames(location));
      } else {
        try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
          names.addAll(classNames(jar.getPath("/")));
        }
      }
      List<Class<?>> out = new ArrayList<>();
      for (String name : names) {
        out.add(Class.forName(name, false, Programme.class.getClassLoader()));
      }
      return out;
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException("Cannot list kansen-core's main classes", e);
    }
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(root::relativize).map(Path::toString)
          .filter(f -> f.endsWith(".class") && f.startsWith("dev") && !f.endsWith("module-info.class")
              && !f.endsWith("package-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .sorted()
          .toList();
    }
  }
}
