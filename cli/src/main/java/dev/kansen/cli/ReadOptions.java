package dev.kansen.cli;

import dev.kansen.json.KansenJson;
import picocli.CommandLine.Option;

/** How programme files are read: strictly (the default) or leniently; as JSON or as JSON Lines. */
final class ReadOptions {
  @Option(names = "--lenient",
      description = "Accept properties this version of kansen does not know; they are kept as they are and not checked."
          + " Without it, an unknown property is an error.")
  boolean lenient;

  @Option(names = "--lines",
      description = "Read every FILE, standard input included, as JSON Lines: one programme per line."
          + " Without it, only files whose names end in .jsonl are.")
  boolean lines;

  KansenJson json() {
    return lenient ? KansenJson.lenient() : KansenJson.strict();
  }

  /**
   * @param argument a file argument
   * @return whether to read it as JSON Lines
   */
  boolean jsonLines(String argument) {
    return lines || Input.isJsonLines(argument);
  }
}
