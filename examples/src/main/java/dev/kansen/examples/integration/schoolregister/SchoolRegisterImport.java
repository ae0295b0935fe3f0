package dev.kansen.examples.integration.schoolregister;

import dev.kansen.json.KansenJson;
import dev.kansen.model.EducationSector;
import dev.kansen.model.InvalidValueException;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.id.BrinCode;
import dev.kansen.model.id.Identifier;
import dev.kansen.model.id.MunicipalityCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports the schools of one municipality from a file in the layout of DUO's open data on school
 * locations, and merges them into a programme as partners: each school board (bevoegd gezag) as a
 * {@link OrganisationType#SCHOOL_BOARD}, each school location as a primary, special or secondary
 * school with its six-character {@link BrinCode}, part of its board and located in the municipality.
 *
 * <p>Partners the programme already has are not added again: a school is matched by its BRIN code,
 * then by id; a board by id. Rows that cannot be imported — a missing or malformed code, another
 * municipality, a duplicate — are skipped and reported with their line number; the other rows are
 * imported; the first {@value ImportResult#PROBLEMS_KEPT} are kept with their lines, the rest only
 * counted. A value longer than kansen's JSON reader accepts by default skips its row too
 * ({@link RowCodes#VALUE_TOO_LONG}, naming the column), so that every document the import produces
 * reads back. A file that cannot be read at all fails as a whole with a {@link RegisterReadException}
 * and nothing is merged. The programme passed in is immutable and is never changed.
 *
 * <p>Rows are read one at a time and dropped once looked at: an import holds the file's bytes, the
 * schools it imports and a bounded account of the rows it skips, however many rows the file has.
 *
 * <pre>{@code
 * ImportResult result = SchoolRegisterImport.forMunicipality(MunicipalityCode.of("GM0796"))
 *     .importInto(programme, Path.of("vestigingenbo.csv"));
 * result.problems().forEach(System.err::println);
 * Programme merged = result.programme();
 * }</pre>
 */
public final class SchoolRegisterImport {
  /** Files larger than this are refused: DUO's national files are a few megabytes. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private static final String BOARD_ID_PREFIX = "bevoegd-gezag-";
  private static final String SCHOOL_ID_PREFIX = "brin-";
  private static final Pattern GEMEENTENUMMER = Pattern.compile("(?:GM)?([0-9]{1,4})");
  private static final Pattern BEVOEGD_GEZAG = Pattern.compile("[0-9]{1,10}");
  private static final Pattern VESTIGINGSNUMMER = Pattern.compile("[0-9]{1,2}");
  /**
   * The longest text a partner may get: what kansen's JSON reader accepts with its default limits,
   * so that what the import writes, {@code kansen validate} reads back.
   */
  private static final int MAX_STRING_LENGTH = KansenJson.strict().maxStringLength();

  private final MunicipalityCode municipality;
  private final OrganisationType schoolType;
  private final long maxBytes;

  private SchoolRegisterImport(MunicipalityCode municipality, OrganisationType schoolType, long maxBytes) {
    this.municipality = Objects.requireNonNull(municipality, "municipality");
    this.schoolType = requireSchoolType(schoolType);
    this.maxBytes = maxBytes;
  }

  /**
   * An import of the rows of one municipality; schools become primary schools unless the file's
   * {@code SOORT PO} column or {@link #withSchoolType(OrganisationType)} says otherwise.
   *
   * @param municipality the municipality whose rows are imported
   * @return the import
   */
  public static SchoolRegisterImport forMunicipality(MunicipalityCode municipality) {
    return new SchoolRegisterImport(municipality, OrganisationType.PRIMARY_SCHOOL, DEFAULT_MAX_BYTES);
  }

  /**
   * @param type the type for schools whose row does not say: {@code PRIMARY_SCHOOL} for DUO's
   *     primary file, {@code SECONDARY_SCHOOL} for the secondary file, {@code SPECIAL_SCHOOL} for
   *     the (v)so file
   * @return an import that uses that type
   * @throws IllegalArgumentException when the type is not one of those three
   */
  public SchoolRegisterImport withSchoolType(OrganisationType type) {
    return new SchoolRegisterImport(municipality, type, maxBytes);
  }

  /**
   * @param bytes the largest file accepted, in bytes
   * @return an import with that limit
   */
  public SchoolRegisterImport withMaxBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, but was " + bytes);
    }
    return new SchoolRegisterImport(municipality, schoolType, bytes);
  }

  /**
   * Reads a register file and merges its schools into a programme.
   *
   * @param programme the programme to merge into; never changed
   * @param file the register file
   * @return the merged programme, the partners added and the rows skipped
   * @throws RegisterReadException when the file is missing, too large, or not a register file
   */
  public ImportResult importInto(Programme programme, Path file) throws RegisterReadException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new RegisterReadException(file + ": " + size + " bytes is more than the limit of " + maxBytes, null);
      }
      bytes = Files.readAllBytes(file);
    } catch (RegisterReadException e) {
      throw e;
    } catch (IOException e) {
      throw new RegisterReadException(file + ": cannot be read: " + e, e);
    }
    return importInto(programme, file.toString(), bytes);
  }

  /**
   * Parses register content and merges its schools into a programme.
   *
   * @param programme the programme to merge into; never changed
   * @param source the content's name, for messages
   * @param bytes the content
   * @return the merged programme, the partners added and the rows skipped
   * @throws RegisterReadException when the content is too large or not a register file
   */
  public ImportResult importInto(Programme programme, String source, byte[] bytes) throws RegisterReadException {
    if (bytes.length > maxBytes) {
      throw new RegisterReadException(source + ": " + bytes.length + " bytes is more than the limit of " + maxBytes, null);
    }
    Rows rows = new Rows();
    RegisterFile.read(source, bytes, rows::accept);
    return merge(programme, rows);
  }

  /**
   * What is kept while the rows stream past: the schools of the municipality, and about skipped
   * rows only the first {@value ImportResult#PROBLEMS_KEPT} and a count per code.
   */
  private final class Rows {
    final Map<String, List<Partner>> schoolsByBoard = new LinkedHashMap<>();
    final Map<String, String> boardNames = new HashMap<>();
    final Map<BrinCode, Long> seen = new HashMap<>();
    final List<RowProblem> problems = new ArrayList<>();
    final Map<String, Long> skippedByCode = new HashMap<>();

    void accept(RegisterRow row) {
      try {
        School school = school(row, seen);
        seen.put(school.brin(), row.line());
        String board = school.partner().partOf().orElseThrow();
        schoolsByBoard.computeIfAbsent(board, b -> new ArrayList<>()).add(school.partner());
        boardNames.putIfAbsent(board, school.boardName());
      } catch (SkippedRow skipped) {
        skippedByCode.merge(skipped.code, 1L, Long::sum);
        if (problems.size() < ImportResult.PROBLEMS_KEPT) {
          problems.add(new RowProblem(row.line(), skipped.code, skipped.getMessage()));
        }
      }
    }
  }

  private ImportResult merge(Programme programme, Rows rows) {
    List<Partner> partners = new ArrayList<>(programme.partners());
    Set<String> ids = new HashSet<>();
    Set<Identifier> identifiers = new HashSet<>();
    partners.forEach(p -> {
      ids.add(p.id());
      identifiers.addAll(p.identifiers());
    });
    List<Partner> added = new ArrayList<>();
    int alreadyPresent = 0;
    for (Map.Entry<String, List<Partner>> entry : rows.schoolsByBoard.entrySet()) {
      String boardId = entry.getKey();
      if (ids.contains(boardId)) {
        alreadyPresent++;
      } else {
        Partner board = board(boardId, rows.boardNames.get(boardId), entry.getValue());
        partners.add(board);
        added.add(board);
        ids.add(boardId);
      }
      for (Partner school : entry.getValue()) {
        // A school is present when a partner has its BRIN code, or else its id.
        if (identifiers.containsAll(school.identifiers()) || ids.contains(school.id())) {
          alreadyPresent++;
        } else {
          partners.add(school);
          added.add(school);
          ids.add(school.id());
          identifiers.addAll(school.identifiers());
        }
      }
    }
    Programme merged = added.isEmpty() ? programme : Programme.builder().from(programme).partners(partners).build();
    return new ImportResult(merged, added, alreadyPresent, rows.problems, rows.skippedByCode);
  }

  private Partner board(String id, String name, List<Partner> schools) {
    Partner.Builder board = Partner.builder()
        .id(id)
        .name(name)
        .type(OrganisationType.SCHOOL_BOARD)
        .description("School board (bevoegd gezag) " + id.substring(BOARD_ID_PREFIX.length())
            + ", imported from the DUO school register");
    schools.forEach(s -> board.addAllSectors(s.sectors()));
    return board.build();
  }

  private School school(RegisterRow row, Map<BrinCode, Long> seen) throws SkippedRow {
    int headerSize = row.header().size();
    if (row.fieldCount() != headerSize) {
      throw new SkippedRow(RowCodes.FIELD_COUNT, "the row has " + row.fieldCount() + " fields but the header has "
          + headerSize + " (a stray semicolon or quote?)");
    }
    MunicipalityCode rowMunicipality = municipality(row);
    if (!rowMunicipality.equals(municipality)) {
      String name = row.get(DuoColumn.GEMEENTENAAM);
      throw new SkippedRow(RowCodes.OTHER_MUNICIPALITY, "the school lies in " + rowMunicipality
          + (name.isEmpty() ? "" : " (" + name + ")") + ", not in " + municipality);
    }
    String boardNumber = required(row, DuoColumn.BEVOEGD_GEZAG_NUMMER);
    if (!BEVOEGD_GEZAG.matcher(boardNumber).matches()) {
      throw new SkippedRow(RowCodes.MALFORMED_BEVOEGD_GEZAG_NUMMER, DuoColumn.BEVOEGD_GEZAG_NUMMER.header()
          + " must be digits, but was \"" + InvalidValueException.shorten(boardNumber) + "\"");
    }
    BrinCode brin = brin(row);
    Long earlier = seen.get(brin);
    if (earlier != null) {
      throw new SkippedRow(RowCodes.DUPLICATE_VESTIGING, "vestiging " + brin + " is already on line " + earlier);
    }
    String name = required(row, DuoColumn.VESTIGINGSNAAM);
    notTooLong(row, DuoColumn.VESTIGINGSNAAM, DuoColumn.PLAATSNAAM, DuoColumn.DENOMINATIE, DuoColumn.BESTUURSNAAM);
    String description = description(row);
    if (description.length() > MAX_STRING_LENGTH) {
      throw new SkippedRow(RowCodes.VALUE_TOO_LONG, "the description made of " + DuoColumn.PLAATSNAAM.header()
          + " (column " + row.header().columnNumber(DuoColumn.PLAATSNAAM) + ") and " + DuoColumn.DENOMINATIE.header()
          + " would have " + description.length() + " characters, more than the " + MAX_STRING_LENGTH
          + " kansen reads");
    }
    OrganisationType type = type(row);
    Partner partner;
    try {
      partner = Partner.builder()
          .id(SCHOOL_ID_PREFIX + brin.value())
          .name(name)
          .type(type)
          .addIdentifiers(brin)
          .addSectors(sector(type))
          .partOf(BOARD_ID_PREFIX + boardNumber)
          .municipality(municipality)
          .description(description)
          .build();
    } catch (InvalidValueException e) {
      throw new SkippedRow(e.code(), e.getMessage());
    }
    String boardName = row.get(DuoColumn.BESTUURSNAAM);
    return new School(brin, partner, boardName.isEmpty() ? "Bevoegd gezag " + boardNumber : boardName);
  }

  /** Refuses a row with a value longer than kansen reads back with its default limits. */
  private static void notTooLong(RegisterRow row, DuoColumn... columns) throws SkippedRow {
    for (DuoColumn column : columns) {
      int length = row.get(column).length();
      if (length > MAX_STRING_LENGTH) {
        throw new SkippedRow(RowCodes.VALUE_TOO_LONG, column.header() + " (column " + row.header().columnNumber(column)
            + ") has " + length + " characters, more than the " + MAX_STRING_LENGTH + " kansen reads");
      }
    }
  }

  private static MunicipalityCode municipality(RegisterRow row) throws SkippedRow {
    String number = required(row, DuoColumn.GEMEENTENUMMER);
    var matcher = GEMEENTENUMMER.matcher(number.toUpperCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new SkippedRow(RowCodes.MALFORMED_GEMEENTENUMMER, DuoColumn.GEMEENTENUMMER.header()
          + " must be a CBS municipality number of up to four digits, such as 0796, but was \""
          + InvalidValueException.shorten(number) + "\"");
    }
    return MunicipalityCode.of("GM" + "0".repeat(4 - matcher.group(1).length()) + matcher.group(1));
  }

  private static BrinCode brin(RegisterRow row) throws SkippedRow {
    String instelling = required(row, DuoColumn.INSTELLINGSCODE);
    String vestiging = required(row, DuoColumn.VESTIGINGSCODE);
    String full;
    if (VESTIGINGSNUMMER.matcher(vestiging).matches()) {
      full = instelling + (vestiging.length() == 1 ? "0" + vestiging : vestiging);
    } else if (vestiging.length() == 6 && vestiging.startsWith(instelling)) {
      full = vestiging;
    } else {
      throw new SkippedRow(RowCodes.MALFORMED_BRIN, DuoColumn.VESTIGINGSCODE.header() + " must be a two-digit "
          + "vestigingsnummer or the instellingscode " + InvalidValueException.shorten(instelling)
          + " followed by one, but was \"" + InvalidValueException.shorten(vestiging) + "\"");
    }
    try {
      return BrinCode.of(full);
    } catch (InvalidValueException e) {
      throw new SkippedRow(RowCodes.MALFORMED_BRIN, DuoColumn.INSTELLINGSCODE.header() + " and "
          + DuoColumn.VESTIGINGSCODE.header() + " do not form a BRIN code: " + e.getMessage());
    }
  }

  private OrganisationType type(RegisterRow row) throws SkippedRow {
    String kind = row.get(DuoColumn.SOORT_PO).toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "" -> schoolType;
      case "bo", "basisonderwijs" -> OrganisationType.PRIMARY_SCHOOL;
      case "sbo", "speciaal basisonderwijs", "so", "vso", "so/vso", "speciaal onderwijs",
          "voortgezet speciaal onderwijs" -> OrganisationType.SPECIAL_SCHOOL;
      default -> throw new SkippedRow(RowCodes.UNKNOWN_SCHOOL_KIND, DuoColumn.SOORT_PO.header()
          + " must be Bo, Sbo, So or Vso, but was \"" + InvalidValueException.shorten(row.get(DuoColumn.SOORT_PO)) + "\"");
    };
  }

  private static EducationSector sector(OrganisationType type) {
    return switch (type) {
      case PRIMARY_SCHOOL -> EducationSector.PRIMARY;
      case SECONDARY_SCHOOL -> EducationSector.SECONDARY;
      default -> EducationSector.SPECIAL;
    };
  }

  private static String description(RegisterRow row) {
    StringBuilder b = new StringBuilder("School location");
    String place = row.get(DuoColumn.PLAATSNAAM);
    if (!place.isEmpty()) {
      b.append(" in ").append(place);
    }
    String denomination = row.get(DuoColumn.DENOMINATIE);
    if (!denomination.isEmpty()) {
      b.append(", denominatie ").append(denomination);
    }
    return b.append(", imported from the DUO school register").toString();
  }

  private static String required(RegisterRow row, DuoColumn column) throws SkippedRow {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw new SkippedRow(RowCodes.missing(column), column.header() + " is empty");
    }
    return value;
  }

  private static OrganisationType requireSchoolType(OrganisationType type) {
    if (type != OrganisationType.PRIMARY_SCHOOL && type != OrganisationType.SECONDARY_SCHOOL
        && type != OrganisationType.SPECIAL_SCHOOL) {
      throw new IllegalArgumentException("schoolType must be PRIMARY_SCHOOL, SECONDARY_SCHOOL or SPECIAL_SCHOOL, but was " + type);
    }
    return type;
  }

  private record School(BrinCode brin, Partner partner, String boardName) {}

  /** A row that is skipped; caught inside this class and turned into a {@link RowProblem}. */
  private static final class SkippedRow extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    SkippedRow(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }
}
