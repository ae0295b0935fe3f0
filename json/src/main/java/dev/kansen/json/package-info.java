/**
 * The JSON wire format of kansen programmes.
 *
 * <p>{@link dev.kansen.json.KansenJson} reads and writes programmes: strict by default, lenient on
 * request, one document at a time or as streamed sequences (a JSON array, or JSON Lines). A read
 * either returns a programme or throws one {@link dev.kansen.json.KansenJsonException} listing every
 * problem found as a {@link dev.kansen.validation.Violation} with a JSON Pointer, a line and a
 * column. {@link dev.kansen.json.KansenModule} brings the same format to a Jackson
 * {@code ObjectMapper}. The format is described in {@code docs/wire-format.md} and by the JSON
 * Schema that {@link dev.kansen.json.KansenJson#schema()} returns.
 */
package dev.kansen.json;
