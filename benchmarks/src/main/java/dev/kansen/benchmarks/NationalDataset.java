package dev.kansen.benchmarks;

import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The national dataset of the benchmarks: one generated programme per municipality, each of the
 * realistic shape {@link ProgrammeGenerator.Shape#REALISTIC} (25 interventions, 40 partners, 6
 * grants, 12 indicators, about 39 KB), as kansen's canonical compact JSON without unknown properties
 * (what the strict reader and
 * databind into plain classes both read). The same seed gives the same bytes in every run.
 */
public final class NationalDataset {
  /** The number of programmes: about one per Dutch municipality. */
  public static final int PROGRAMMES = 342;
  /** The counts of each programme's parts. */
  public static final ProgrammeGenerator.Shape SHAPE = ProgrammeGenerator.Shape.REALISTIC;

  private NationalDataset() {}

  /**
   * @param count how many programmes
   * @return the documents, in UTF-8, programme {@code i} generated from seed {@code SEED + i}
   */
  public static List<byte[]> documents(int count) {
    List<byte[]> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      documents.add(document(i));
    }
    return documents;
  }

  /**
   * @param i the programme's number
   * @return its canonical compact JSON, in UTF-8
   */
  public static byte[] document(int i) {
    Programme generated = ProgrammeGenerator.programme(new SplittableRandom(Workloads.SEED + i), SHAPE);
    Programme strict = KansenJson.strict().read(Documents.strict(generated));
    return KansenJson.strict().writeCompact(strict).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * @param documents documents
   * @return their total length in bytes
   */
  public static long bytes(List<byte[]> documents) {
    return documents.stream().mapToLong(d -> d.length).sum();
  }
}
