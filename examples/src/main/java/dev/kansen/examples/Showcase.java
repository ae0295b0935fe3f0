package dev.kansen.examples;

import dev.kansen.seeds.SeedProgrammes;
import dev.kansen.model.Programme;
import java.io.PrintStream;
import java.util.List;

/**
 * Prints a readable summary of each seed programme. From a fresh clone, with nothing installed:
 * {@code ./mvnw -q -pl examples -am package -DskipTests -Pshowcase}; once kansen-core resolves
 * (in a reactor build), {@code exec:java} in this module runs it too.
 */
public final class Showcase {
  private Showcase() {}

  /**
   * Prints both seed programmes to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(SeedProgrammes.all(), System.out);
  }

  /**
   * Prints the summaries of programmes, separated by a blank line.
   *
   * @param programmes the programmes
   * @param out where to print
   */
  public static void print(List<Programme> programmes, PrintStream out) {
    for (int i = 0; i < programmes.size(); i++) {
      if (i > 0) {
        out.println();
      }
      out.print(ProgrammeListing.of(programmes.get(i)));
    }
    out.flush();
  }
}
