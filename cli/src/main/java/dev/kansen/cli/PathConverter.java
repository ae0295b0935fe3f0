package dev.kansen.cli;

import dev.kansen.cli.text.Texts;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a path option ({@code -o}, {@code --out}). A name that the computer's character set for
 * file names cannot hold — {@code rapport-één.html} where {@code LANG=C} makes it ASCII — is refused
 * with a message that says so and how to run kansen instead, without the exception's class name.
 */
final class PathConverter implements ITypeConverter<Path> {
  private final Texts texts;

  PathConverter(Texts texts) {
    this.texts = texts;
  }

  @Override
  public Path convert(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      if (unmappable(e)) {
        throw new TypeConversionException(texts.get("error.pathCharset", value, fileNameCharset()));
      }
      throw new TypeConversionException("\"" + value + "\": " + e.getReason());
    }
  }

  /** @return whether the path was refused because the file-name character set cannot write it */
  static boolean unmappable(InvalidPathException e) {
    return e.getReason() != null && e.getReason().contains("unmappable characters");
  }

  /** @return the character set the Java runtime writes file names in, such as {@code ANSI_X3.4-1968} */
  static String fileNameCharset() {
    return System.getProperty("sun.jnu.encoding", "unknown");
  }
}
