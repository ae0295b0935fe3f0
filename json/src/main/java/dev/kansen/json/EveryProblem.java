package dev.kansen.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.StrictUtf8Reader;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One run reports every problem of a document: when a read fails on unusable values, the
 * document is read again with those values left out, and the validator checks the rest with
 * every rule that cannot depend on them. Only the error path comes here.
 */
final class EveryProblem {
  private EveryProblem() {}

  /**
   * @param refused the failure of the plain read
   * @param json the document's UTF-8 bytes, without a byte-order mark
   * @param documents the factory of single documents
   * @param reader the document reader
   * @param validator the validator
   * @param context the date and thresholds to validate against
   * @return the failure to throw: the read's violations and, when the rest of the document could
   *     be read, the validator's findings on it at the document's paths, positioned
   */
  static KansenJsonException of(KansenJsonException refused, byte[] json, JsonFactory documents,
      DocumentReader reader, Validator validator, ValidationContext context) {
    DocumentReader.Salvaged salvaged;
    try (JsonParser p = documents.createParser(new StrictUtf8Reader(new ByteArrayInputStream(json)))) {
      salvaged = reader.salvage(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Reading from a byte array cannot fail", e);
    } catch (RuntimeException e) {
      // the document defeats even the plain read's limits in a way the salvage does not handle
      return refused;
    }
    if (salvaged.programme() == null || salvaged.violations().isEmpty()) {
      return refused;
    }
    List<Violation> all = new ArrayList<>(salvaged.violations());
    List<Violation> findings = validator.validate(salvaged.programme(), context, salvaged.leftOut()).violations();
    all.addAll(ValidatedReading.placed(documents, findings, json));
    return new KansenJsonException(all);
  }
}
