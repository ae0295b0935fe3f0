/**
 * kansen-json: the versioned JSON wire format of kansen programmes. {@link dev.kansen.json.KansenJson}
 * reads and writes programmes (strict or lenient, one at a time or as streamed sequences),
 * {@link dev.kansen.json.KansenModule} plugs the same format into a Jackson {@code ObjectMapper},
 * and {@link dev.kansen.json.KansenJson#schema()} gives the JSON Schema of the format.
 */
module dev.kansen.json {
  requires transitive dev.kansen.core;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.kansen.json;

  provides com.fasterxml.jackson.databind.Module with dev.kansen.json.KansenModule;
}
