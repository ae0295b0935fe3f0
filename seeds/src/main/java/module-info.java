/**
 * kansen-seeds: the two seed programmes ({@link dev.kansen.seeds.SeedProgrammes}) built from the news
 * articles kansen started from, and one illustrative programme
 * ({@link dev.kansen.seeds.illustrative.IllustrativeProgramme}) whose every name and figure is
 * invented. Depends on kansen-core only.
 */
module dev.kansen.seeds {
  requires transitive dev.kansen.core;

  exports dev.kansen.seeds;
  exports dev.kansen.seeds.illustrative;
}
