package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.DocumentKind;
import dev.kansen.model.FigureSource;
import dev.kansen.model.FigureStatus;
import dev.kansen.model.Indicator;
import dev.kansen.model.Programme;
import dev.kansen.model.ProgrammeRelation;
import dev.kansen.model.SchoolYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wire names of the 1.1 parts about time and sources, read, written back and kept when unknown. */
class TimeAndSourcesJsonTest {
  private static final String DOC = """
      {
        "formatVersion": "@VERSION@",
        "id": "den-bosch",
        "title": "Gelijke kansen 's-Hertogenbosch",
        "alliance": {"name": "Gelijke Kansen Alliantie"},
        "period": {"start": "2019-01-01", "end": "2025-12-31"},
        "partners": [{"id": "gm", "name": "Gemeente", "type": "MUNICIPALITY",
          "contactPoints": [{"role": "Onderwijs", "telephone": "14 073"}]}],
        "goals": [{"id": "advies", "title": "Een passend schooladvies"}],
        "indicators": [{"id": "f1", "title": "1F lezen", "measure": "PERCENTAGE",
          "baseline": {"schoolYear": "2022-2023", "value": 61.5, "pupils": 412, "source": "DUO",
            "measuredOn": "2023-09-15", "status": "FINAL"},
          "periods": [{"schoolYear": "2024-2025", "actual": {"value": 63.0, "pupils": 398,
            "source": "GGD monitor", "status": "PROVISIONAL"}}],
          "methodBreaks": [{"schoolYear": "2023-2024", "description": "De doorstroomtoets verving de eindtoets"}]}],
        "phases": [
          {"title": "Actieagenda 2019-2021", "period": {"start": "2019-01-01", "end": "2021-12-31"}, "goals": ["advies"]},
          {"title": "Actieagenda 2022-2025", "period": {"start": "2022-01-01", "end": "2025-12-31"}}],
        "relatedProgrammes": [{"relation": "SUCCESSOR", "title": "Kansrijk 2026", "programme": "den-bosch-2026"}],
        "documents": [{"title": "Actieagenda", "address": "https://www.example.nl/actieagenda.pdf",
          "date": "2019-07-01", "kind": "ACTION_AGENDA"}],
        "contactPoints": [{"role": "Programmacoördinatie", "email": "kansen@example.nl", "name": "Wethouder onderwijs"}]
      }
      """.replace("@VERSION@", KansenJson.FORMAT_VERSION);

  @Test
  void everyPartIsReadUnderItsWireName() {
    Programme p = KansenJson.strict().read(DOC);
    Indicator f1 = p.indicators().get(0);
    assertEquals(FigureSource.DUO, f1.baseline().orElseThrow().source().orElseThrow());
    assertEquals(LocalDate.parse("2023-09-15"), f1.baseline().get().measuredOn().orElseThrow());
    assertEquals(FigureStatus.FINAL, f1.baseline().get().status().orElseThrow());
    assertEquals(FigureSource.of("GGD monitor"), f1.periods().get(0).actual().orElseThrow().source().orElseThrow());
    assertEquals(SchoolYear.of(2023), f1.methodBreaks().get(0).schoolYear());
    assertEquals(List.of("advies"), p.phases().get(0).goals());
    assertEquals(LocalDate.parse("2025-12-31"), p.phases().get(1).period().end());
    assertEquals(ProgrammeRelation.SUCCESSOR, p.relatedProgrammes().get(0).relation());
    assertEquals("den-bosch-2026", p.relatedProgrammes().get(0).programme().orElseThrow());
    assertEquals(DocumentKind.ACTION_AGENDA, p.documents().get(0).kind());
    assertEquals("Wethouder onderwijs", p.contactPoints().get(0).name().orElseThrow());
    assertEquals("14 073", p.partners().get(0).contactPoints().get(0).telephone().orElseThrow());
  }

  @Test
  void whatIsWrittenReadsBackToTheSameProgrammeAndTheSameBytes() {
    Programme p = KansenJson.strict().read(DOC);
    String written = KansenJson.strict().write(p);
    assertEquals(p, KansenJson.strict().read(written));
    assertEquals(written, KansenJson.strict().write(KansenJson.strict().read(written)));
    assertTrue(written.indexOf("\"phases\"") > written.indexOf("\"indicators\""), "1.1 lists come after 1.0's: " + written);
    assertTrue(written.contains("\"source\": \"DUO\",\n"), written);
    assertTrue(written.indexOf("\"measuredOn\"") > written.indexOf("\"pupils\": 412"), written);
  }

  @Test
  void theNewObjectsKeepUnknownPropertiesOfALaterVersion() {
    String later = DOC.replace("\"role\": \"Programmacoördinatie\",", "\"role\": \"Programmacoördinatie\", \"hours\": \"ma-vr 9-17\",")
        .replace("\"kind\": \"ACTION_AGENDA\"", "\"kind\": \"ACTION_AGENDA\", \"language\": \"nl\"");
    Programme p = KansenJson.lenient().read(later);
    assertEquals(Map.of("hours", "\"ma-vr 9-17\""), p.contactPoints().get(0).unknownProperties());
    assertEquals(Map.of("language", "\"nl\""), p.documents().get(0).unknownProperties());
    assertEquals(p, KansenJson.lenient().read(KansenJson.lenient().write(p)));
  }
}
