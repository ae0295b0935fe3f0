package dev.kansen.cli;

import dev.kansen.json.KansenJson;
import picocli.CommandLine.Option;

/** How programme files are read: strictly (the default) or leniently. */
final class ReadOptions {
  @Option(names = "--lenient",
      description = "Accept properties this version of kansen does not know; they are kept as they are and not checked."
          + " Without it, an unknown property is an error.")
  boolean lenient;

  KansenJson json() {
    return lenient ? KansenJson.lenient() : KansenJson.strict();
  }
}
