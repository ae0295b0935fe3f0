package dev.kansen.examples.integration.schoolregister;

import java.util.List;

/**
 * The columns of DUO's open data on school locations ("Adressen alle vestigingen", published per
 * sector on onderwijsdata.duo.nl) that the import reads, by their header text. The files hold more
 * columns (PROVINCIE, STRAATNAAM, POSTCODE, TELEFOONNUMMER, INTERNETADRES…); the import ignores them.
 */
public enum DuoColumn {
  /** The number of the school board (bevoegd gezag), e.g. {@code 41234}. Required. */
  BEVOEGD_GEZAG_NUMMER("BEVOEGD GEZAG NUMMER", true),
  /** The BRIN instellingscode, e.g. {@code 16SW}. Required. */
  INSTELLINGSCODE("INSTELLINGSCODE", true),
  /**
   * The vestiging: in the address files the full six-character code ({@code 16SW00}), in other
   * files the two-digit vestigingsnummer ({@code 00} or {@code 0}); both are accepted. Required.
   */
  VESTIGINGSCODE("VESTIGINGSCODE", true),
  /** The location's name. Required. */
  VESTIGINGSNAAM("VESTIGINGSNAAM", true),
  /** The CBS municipality number without the {@code GM} prefix, e.g. {@code 0796} or {@code 796}. Required. */
  GEMEENTENUMMER("GEMEENTENUMMER", true),
  /** The place the location is in. Optional; goes into the partner's description. */
  PLAATSNAAM("PLAATSNAAM", false),
  /** The municipality's name. Optional; used in messages. */
  GEMEENTENAAM("GEMEENTENAAM", false),
  /** The denomination (openbaar, rooms-katholiek…). Optional; goes into the partner's description. */
  DENOMINATIE("DENOMINATIE", false),
  /**
   * The kind of primary school in the primary-education file ({@code Bo}, {@code Sbo}…). Optional;
   * when present it decides between a primary and a special school.
   */
  SOORT_PO("SOORT PO", false),
  /** The school board's name, found in DUO's board files and some joined extracts. Optional. */
  BESTUURSNAAM("BESTUURSNAAM", false);

  private final String header;
  private final boolean required;

  DuoColumn(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /** @return the header text as DUO writes it */
  public String header() {
    return header;
  }

  /** @return whether a file without this column cannot be imported */
  public boolean required() {
    return required;
  }

  /** @return the columns a file must have */
  public static List<DuoColumn> requiredColumns() {
    return List.of(values()).stream().filter(DuoColumn::required).toList();
  }
}
