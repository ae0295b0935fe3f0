package dev.kansen.model;

import dev.kansen.model.id.ProvinceCode;

/** The twelve Dutch provinces with their CBS codes {@code PV20}..{@code PV31}. */
public enum Province {
  /** Groningen, PV20. */
  GRONINGEN("PV20", "Groningen"),
  /** Fryslân, PV21. */
  FRYSLAN("PV21", "Fryslân"),
  /** Drenthe, PV22. */
  DRENTHE("PV22", "Drenthe"),
  /** Overijssel, PV23. */
  OVERIJSSEL("PV23", "Overijssel"),
  /** Flevoland, PV24. */
  FLEVOLAND("PV24", "Flevoland"),
  /** Gelderland, PV25. */
  GELDERLAND("PV25", "Gelderland"),
  /** Utrecht, PV26. */
  UTRECHT("PV26", "Utrecht"),
  /** Noord-Holland, PV27. */
  NOORD_HOLLAND("PV27", "Noord-Holland"),
  /** Zuid-Holland, PV28. */
  ZUID_HOLLAND("PV28", "Zuid-Holland"),
  /** Zeeland, PV29. */
  ZEELAND("PV29", "Zeeland"),
  /** Noord-Brabant, PV30. */
  NOORD_BRABANT("PV30", "Noord-Brabant"),
  /** Limburg, PV31. */
  LIMBURG("PV31", "Limburg");

  private final ProvinceCode code;
  private final String displayName;

  Province(String code, String displayName) {
    this.code = ProvinceCode.of(code);
    this.displayName = displayName;
  }

  /** @return the CBS code, e.g. {@code PV31} */
  public ProvinceCode code() {
    return code;
  }

  /** @return the province's name as written in Dutch, e.g. {@code Noord-Brabant} */
  public String displayName() {
    return displayName;
  }

  /**
   * @param code a CBS province code
   * @return the province with that code
   */
  public static Province of(ProvinceCode code) {
    return values()[Integer.parseInt(code.value().substring(2)) - 20];
  }
}
