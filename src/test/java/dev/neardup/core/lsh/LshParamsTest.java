package dev.neardup.core.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LshParamsTest {
  @Test
  void matchesDatasketchOptimumForHighThreshold() {
    assertEquals(new LshParams(5, 25), LshParams.optimal(0.9, 128, 0.5));
  }

  @Test
  void matchesDatasketchOptimumForMiddleThreshold() {
    assertEquals(new LshParams(25, 5), LshParams.optimal(0.5, 128, 0.5));
  }

  @Test
  void lowThresholdsUseManyShortBands() {
    LshParams p = LshParams.optimal(0.1, 128, 0.5);
    assertTrue(p.width() <= 128);
    assertTrue(p.candidateProbability(0.2) > 0.9, p.toString());
  }

  @Test
  void invalidArgumentsAreRejectedNamingTheValue() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> LshParams.optimal(1.5, 128, 0.5))
            .getMessage()
            .contains("1.5"));
    assertThrows(IllegalArgumentException.class, () -> new LshParams(0, 4));
    assertThrows(IllegalArgumentException.class, () -> LshParams.optimal(0.5, 0, 0.5));
  }
}
