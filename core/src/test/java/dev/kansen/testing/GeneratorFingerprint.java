package dev.kansen.testing;

import dev.kansen.model.Programme;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A digest of the programmes {@link ProgrammeGenerator} makes from given seeds, so that a test can
 * compare what two JVMs generate: a generator whose draws depend on anything but its seed (such as
 * the identity hash codes of enumeration constants) gives another digest in another JVM.
 */
public final class GeneratorFingerprint {
  private GeneratorFingerprint() {}

  /**
   * @param seeds the seeds of the programmes, each of the realistic shape
   * @return the SHA-256 of the programmes' texts, in hex
   */
  public static String of(long... seeds) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (long seed : seeds) {
        Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed), ProgrammeGenerator.Shape.REALISTIC);
        digest.update(p.toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a standard algorithm of every JVM", e);
    }
  }

  /**
   * Prints the digest of the programmes of the seeds given as arguments.
   *
   * @param args the seeds
   */
  public static void main(String[] args) {
    long[] seeds = new long[args.length];
    for (int i = 0; i < args.length; i++) {
      seeds[i] = Long.parseLong(args[i]);
    }
    System.out.println(of(seeds));
  }
}
