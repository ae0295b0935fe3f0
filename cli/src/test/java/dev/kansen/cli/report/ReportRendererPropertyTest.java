package dev.kansen.cli.report;

import dev.kansen.disclosure.LinkedDisclosure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.cli.summary.SummaryJson;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report and the summary over generated programmes. */
class ReportRendererPropertyTest {
  private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);
  private static final ReportRenderer RENDERER =
      new ReportRenderer(new ReportOptions(ProgrammeGenerator.AS_OF, 10, "kansen test"));

  @ParameterizedTest
  @MethodSource("dev.kansen.testing.Seeds#cases")
  void everyChartIsWellFormedSvgWithATextAlternative(long seed) throws Exception {
    Programme programme = ProgrammeGenerator.programme(new SplittableRandom(seed));
    String html = RENDERER.render(List.of(new ReportedProgramme(programme, ValidationReport.empty())));
    Matcher svg = SVG.matcher(html);
    var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    while (svg.find()) {
      var root = parser.parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
      assertEquals("img", root.getAttribute("role"));
      assertTrue(!root.getAttribute("aria-label").isBlank());
      assertEquals("title", root.getElementsByTagName("title").item(0).getNodeName());
      assertEquals(1, root.getElementsByTagName("desc").getLength());
    }
    for (Partner partner : programme.partners()) {
      assertTrue(html.contains(Html.escape(partner.name())), partner.name());
    }
  }

  @ParameterizedTest
  @MethodSource("dev.kansen.testing.Seeds#cases")
  void summaryJsonAllocatedAndUnallocatedAddUpToGranted(long seed) {
    Programme programme = ProgrammeGenerator.programme(new SplittableRandom(seed));
    JsonNode funding = SummaryJson.of(LinkedDisclosure.summary(programme, 10)).get("funding");
    for (JsonNode funder : funding) {
      assertEquals(0, new BigDecimal(funder.get("granted").textValue())
          .compareTo(new BigDecimal(funder.get("allocated").textValue()).add(new BigDecimal(funder.get("unallocated").textValue()))),
          funder::toString);
    }
  }
}
