package dev.kansen.cli;

import dev.kansen.json.KansenJson;
import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programme files for the process tests, written into a test's temporary directory. */
final class ProgrammeFiles {
  private ProgrammeFiles() {}

  /** @return a file with the fixture programme, which is valid */
  static Path valid(Path dir) throws IOException {
    return Files.writeString(dir.resolve("valid.json"), KansenJson.strict().write(Fixture.programme()));
  }

  /** @return a file that reads as a programme but whose first intervention is led by a partner that does not exist */
  static Path invalid(Path dir) throws IOException {
    Programme p = Fixture.programme();
    Intervention first = Intervention.builder().from(p.interventions().get(0)).lead("nobody").build();
    Programme broken = Programme.builder().from(p)
        .interventions(java.util.List.of(first, p.interventions().get(1))).build();
    return Files.writeString(dir.resolve("invalid.json"), KansenJson.strict().write(broken));
  }

  /** @return a file that is not JSON: the object is never closed, on line 3 */
  static Path malformed(Path dir) throws IOException {
    return Files.writeString(dir.resolve("malformed.json"), "{\n  \"id\": \"x\",\n  \"title\": ");
  }
}
