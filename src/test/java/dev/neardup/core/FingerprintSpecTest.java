package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.FingerprintSpec.Part;
import dev.neardup.core.minhash.MinHasher;
import dev.neardup.core.shingle.ShingleKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprintSpecTest {

  @Test
  void storedFieldsReadBackToTheSameSpec() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      ShingleKind kind = random.nextBoolean() ? ShingleKind.WORD : ShingleKind.CHAR;
      FingerprintSpec spec =
          new FingerprintSpec(
              kind,
              2 + random.nextInt(11),
              1 << random.nextInt(7),
              1 + random.nextInt(4096),
              random.nextLong(),
              1 + random.nextInt(5),
              1 + random.nextInt(5));
      assertEquals(spec, FingerprintSpec.fromFields(spec.fields()));
    }
  }

  @Test
  void storesFromBeforeSamplingAndMinHashVersionsReadAsTheirDefaults() {
    Map<String, String> old =
        Map.of(
            "normalizer_version",
            "1",
            "shingle_kind",
            "word",
            "shingle_size",
            "5",
            "permutations",
            "128",
            "seed",
            "1");
    FingerprintSpec spec = FingerprintSpec.fromFields(old);
    assertEquals(1, spec.sampling());
    assertEquals(1, spec.minhashVersion());
    assertTrue(spec.unsignableReason("old.db").contains("MinHash algorithm version 1"));
  }

  @Test
  void missingOrBadFieldsAreNamed() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> FingerprintSpec.fromFields(Map.of("shingle_kind", "word", "seed", "1")));
    assertTrue(missing.getMessage().contains("shingle_size"), missing.getMessage());
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                FingerprintSpec.fromFields(
                    Map.of("shingle_kind", "word", "seed", "1", "shingle_size", "five")));
    assertTrue(bad.getMessage().contains("shingle_size"), bad.getMessage());
  }

  @Test
  void differencesNameEachUserChosenPart() {
    FingerprintSpec a = FingerprintSpec.of(ShingleKind.CHAR, 9, 4, 128, 1);
    assertEquals(EnumSet.noneOf(Part.class), a.differences(a));
    assertEquals(
        EnumSet.of(Part.SHINGLING), a.differences(a.withShingling(ShingleKind.CHAR, 9, 1)));
    assertEquals(
        EnumSet.of(Part.PERMUTATIONS, Part.SEED),
        a.differences(a.withPermutations(64).withSeed(2)));
    assertNull(a.unsignableReason("x"));
    assertEquals(MinHasher.ALGORITHM_VERSION, a.minhashVersion());
  }

  @Test
  void settingsKeepTheirBandingAcrossChangesThatCannotMoveIt() {
    Settings s =
        Settings.DEFAULTS
            .withSeed(5)
            .withSampling(1)
            .withMatching(
                dev.neardup.core.verify.Measure.JACCARD,
                0.5,
                dev.neardup.core.cluster.Linkage.SINGLE);
    assertEquals(Settings.DEFAULTS.lshParams(), s.lshParams());
    Settings fewer = Settings.DEFAULTS.withPermutations(64);
    assertEquals(
        dev.neardup.core.lsh.LshParams.optimal(
            Settings.DEFAULTS.lshThreshold(),
            64,
            dev.neardup.core.lsh.LshParams.DEFAULT_FALSE_POSITIVE_WEIGHT),
        fewer.lshParams());
  }
}
