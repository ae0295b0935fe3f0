package dev.kansen.examples.integration.endpoint;

import java.io.IOException;
import java.io.PrintStream;

/**
 * Command-line example: runs the validation endpoint until the process is stopped (Ctrl-C).
 *
 * <pre>
 * ValidationEndpointExample [PORT [MAX_BODY_BYTES]]
 * </pre>
 *
 * <p>PORT defaults to 8080; 0 picks a free port. MAX_BODY_BYTES defaults to
 * {@value EndpointConfig#DEFAULT_MAX_BODY_BYTES}.
 */
public final class ValidationEndpointExample {
  private ValidationEndpointExample() {}

  /**
   * Starts the endpoint and blocks until the process is stopped.
   *
   * @param args optionally the port and the body size limit
   * @throws IOException when the port cannot be bound
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    ValidationEndpoint endpoint;
    try {
      endpoint = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("usage: ValidationEndpointExample [PORT [MAX_BODY_BYTES]]");
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(endpoint::close, "validation-endpoint-shutdown"));
    endpoint.awaitStop();
  }

  /**
   * Starts the endpoint from command-line arguments and says where it listens.
   *
   * @param args optionally the port and the body size limit
   * @param out where to announce the address
   * @return the running endpoint
   * @throws IOException when the port cannot be bound
   * @throws IllegalArgumentException when an argument is not a valid number
   */
  public static ValidationEndpoint start(String[] args, PrintStream out) throws IOException {
    if (args.length > 2) {
      throw new IllegalArgumentException("expected at most two arguments, got " + args.length);
    }
    EndpointConfig config = EndpointConfig.onPort(args.length > 0 ? number("PORT", args[0]) : 8080);
    if (args.length > 1) {
      config = config.withMaxBodyBytes(number("MAX_BODY_BYTES", args[1]));
    }
    ValidationEndpoint endpoint = ValidationEndpoint.start(config);
    out.println("POST programme documents to " + endpoint.uri() + "validate; the JSON Schema is at "
        + endpoint.uri() + "schema; Ctrl-C stops");
    return endpoint;
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, but was \"" + value + "\"", e);
    }
  }
}
