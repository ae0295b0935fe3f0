package dev.kansen.examples.integration.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.examples.integration.Fixtures;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidationEndpointTest {
  private static final long LIMIT = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static ValidationEndpoint endpoint;

  @BeforeAll
  static void start() throws IOException {
    endpoint = ValidationEndpoint.start(EndpointConfig.onPort(0)
        .withMaxBodyBytes(LIMIT)
        .withClock(Clock.fixed(Instant.parse("2021-06-01T12:00:00Z"), ZoneOffset.UTC)));
  }

  @AfterAll
  static void stop() {
    endpoint.close();
  }

  private static HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(endpoint.uri().resolve(path))
        .timeout(Duration.ofSeconds(20))
        .method(method, body)
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(byte[] body) throws Exception {
    return send("POST", "/validate", HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return post(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Checks the answer is a report in the documented shape and returns it. */
  private static JsonNode report(HttpResponse<String> response, int status) throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode report = JSON.readTree(response.body());
    assertTrue(report.get("valid").isBoolean(), response.body());
    for (JsonNode violation : report.get("violations")) {
      for (String field : new String[] {"code", "severity", "path", "message"}) {
        assertTrue(violation.get(field).isTextual(), field + " in " + violation);
      }
    }
    return report;
  }

  @Test
  void listensOnTheLoopbackAddressOnAnEphemeralPort() {
    assertTrue(endpoint.port() > 0);
    assertEquals("127.0.0.1", endpoint.boundAddress().getAddress().getHostAddress());
    assertEquals(endpoint.port(), endpoint.boundAddress().getPort());
    assertEquals(URI.create("http://127.0.0.1:" + endpoint.port() + "/"), endpoint.uri());
  }

  @Test
  void aValidProgrammeGetsAValidReport() throws Exception {
    JsonNode report = report(post(KansenJson.strict().write(Fixtures.bossche())), 200);

    assertTrue(report.get("valid").booleanValue(), report.toString());
  }

  @Test
  void anInvalidProgrammeGetsItsViolationsWithPaths() throws Exception {
    Programme broken = Programme.builder().from(Fixtures.bossche())
        .addInterventions(Intervention.builder()
            .id("zomerschool")
            .title("Zomerschool")
            .type(dev.kansen.model.InterventionType.SUMMER_SCHOOL)
            .lead("niet-bestaande-partner")
            .planned(dev.kansen.model.DateRange.of("2021-07-01", "2021-08-31"))
            .status(dev.kansen.model.InterventionStatus.PIPELINE)
            .build())
        .build();

    JsonNode report = report(post(KansenJson.strict().write(broken)), 200);

    assertFalse(report.get("valid").booleanValue());
    assertTrue(report.get("violations").findValuesAsText("path").contains("/interventions/0/lead"), report.toString());
  }

  @Test
  void anUnusableValueDoesNotHideTheOtherProblemsOfTheDocument() throws Exception {
    Intervention.Builder summer = Intervention.builder()
        .title("Zomerschool")
        .type(dev.kansen.model.InterventionType.SUMMER_SCHOOL)
        .lead("niet-bestaande-partner")
        .planned(dev.kansen.model.DateRange.of("2021-07-01", "2021-08-31"))
        .status(dev.kansen.model.InterventionStatus.PIPELINE);
    Programme two = Programme.builder().from(Fixtures.bossche())
        .addInterventions(summer.id("zomerschool").build(), summer.id("tweede").build()).build();
    com.fasterxml.jackson.databind.node.ObjectNode doc =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(KansenJson.strict().write(two));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/interventions/1/planned"))
        .put("start", "2021-08-31").put("end", "2021-07-01");

    JsonNode report = report(post(JSON.writeValueAsString(doc)), 400);

    assertFalse(report.get("valid").booleanValue());
    java.util.List<String> paths = report.get("violations").findValuesAsText("path");
    assertTrue(paths.contains("/interventions/1/planned/end"), report.toString());
    assertTrue(paths.contains("/interventions/0/lead"), "reported in the same answer: " + report);
  }

  @Test
  void unreadableDocumentsGet400InTheSameViolationFormat() throws Exception {
    byte[] invalidUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    for (byte[] body : new byte[][] {
        "{ not json".getBytes(StandardCharsets.UTF_8),
        new byte[0],
        invalidUtf8,
        "[]".getBytes(StandardCharsets.UTF_8),
        "{\"id\": 42}".getBytes(StandardCharsets.UTF_8)}) {
      JsonNode report = report(post(body), 400);

      assertFalse(report.get("valid").booleanValue());
      assertFalse(report.get("violations").isEmpty(), report.toString());
      assertEquals("ERROR", report.get("violations").get(0).get("severity").asText());
    }
  }

  @Test
  void deeplyNestedDocumentsAreRejectedWithoutHarmingTheServer() throws Exception {
    String deep = "{\"id\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}";

    report(post(deep), 400);
    report(post(KansenJson.strict().write(Fixtures.bossche())), 200);
  }

  @Test
  void aBodyOverTheLimitGets413() throws Exception {
    HttpResponse<String> response = post(new byte[(int) LIMIT + 1]);

    assertEquals(413, response.statusCode());
    assertEquals("DOCUMENT_TOO_LARGE", JSON.readTree(response.body()).get("code").asText());
  }

  @Test
  void aStreamedBodyWithoutLengthIsCutOffAtTheLimit() throws Exception {
    HttpResponse<String> response = send("POST", "/validate",
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[(int) LIMIT * 2])));

    assertEquals(413, response.statusCode());
  }

  @Test
  void aHugeAnnouncedBodyIsRefusedBeforeItIsSent() throws Exception {
    try (Socket socket = new Socket(endpoint.uri().getHost(), endpoint.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: 10000000000\r\n\r\n{\"id\":").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);

      assertEquals("HTTP/1.1 413", statusLine);
    }
  }

  @Test
  void theSchemaIsServedAsJsonSchema() throws Exception {
    HttpResponse<String> response = send("GET", "/schema", HttpRequest.BodyPublishers.noBody());

    assertEquals(200, response.statusCode());
    assertEquals("application/schema+json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(JSON.readTree(KansenJson.schema()), JSON.readTree(response.body()));
  }

  @Test
  void wrongMethodsGet405WithTheAllowedOnes() throws Exception {
    HttpResponse<String> getValidate = send("GET", "/validate", HttpRequest.BodyPublishers.noBody());
    HttpResponse<String> postSchema = send("POST", "/schema", HttpRequest.BodyPublishers.ofString("{}"));

    assertEquals(405, getValidate.statusCode());
    assertEquals("POST", getValidate.headers().firstValue("Allow").orElseThrow());
    assertEquals("METHOD_NOT_ALLOWED", JSON.readTree(getValidate.body()).get("code").asText());
    assertEquals(405, postSchema.statusCode());
    assertEquals("GET, HEAD", postSchema.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void otherPathsGet404() throws Exception {
    for (String path : new String[] {"/", "/validate/extra", "/admin", "/schema.json"}) {
      HttpResponse<String> response = send("GET", path, HttpRequest.BodyPublishers.noBody());

      assertEquals(404, response.statusCode(), path);
      assertEquals("NOT_FOUND", JSON.readTree(response.body()).get("code").asText());
    }
  }

  @Test
  void theExampleStartsFromItsCommandLineArgumentsAndAnnouncesItsAddress() throws Exception {
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    try (ValidationEndpoint started = ValidationEndpointExample.start(new String[] {"0", "1024"},
        new java.io.PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertTrue(printed.toString(StandardCharsets.UTF_8).contains("POST programme documents to " + started.uri() + "validate"),
          printed.toString(StandardCharsets.UTF_8));
      HttpResponse<String> tooLarge = CLIENT.send(HttpRequest.newBuilder(started.uri().resolve("/validate"))
          .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1025])).build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(413, tooLarge.statusCode(), "the limit from the command line applies");
    }
  }
}
