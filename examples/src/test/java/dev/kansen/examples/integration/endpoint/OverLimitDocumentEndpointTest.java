package dev.kansen.examples.integration.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * With a body limit above the reader's 16 MiB document limit, a well-formed document over the
 * document limit is a client error naming the limit, not an internal error (issue 9, item 1).
 */
class OverLimitDocumentEndpointTest {
  @Test
  void aDocumentOverTheReadersLimitWithinTheBodyLimitGetsA400NamingTheLimit() throws Exception {
    byte[] body = new byte[2 + 17_000_000];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[1] = '}';
    try (ValidationEndpoint endpoint = ValidationEndpoint.start(EndpointConfig.onPort(0).withMaxBodyBytes(32L << 20))) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(endpoint.uri().resolve("/validate"))
              .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, () -> response.statusCode() + " " + response.body());
      JsonNode violation = new ObjectMapper().readTree(response.body()).get("violations").get(0);
      assertEquals("INPUT_TOO_LARGE", violation.get("code").asText(), response.body());
      assertTrue(violation.get("message").asText().contains("16777216"), response.body());
    }
  }
}
