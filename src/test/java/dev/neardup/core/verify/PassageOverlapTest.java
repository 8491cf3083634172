package dev.neardup.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.Fingerprinter;
import dev.neardup.core.Settings;
import dev.neardup.core.shingle.CommonShingles;
import dev.neardup.core.shingle.ShingleSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PassageOverlapTest {
  private static final Fingerprinter PRINTS = Fingerprinter.of(Settings.DEFAULTS);

  private static ShingleSet shingles(String text) {
    return PRINTS.shingle(text).shingles();
  }

  private static final String SENTENCE =
      "The ministers agreed late on Tuesday to extend the ceasefire around the northern city by two weeks. ";

  @Test
  void sharedSentenceIsOnePassage() {
    ShingleSet a =
        shingles(
            SENTENCE + "Officials from both sides were said to be cautious about the outcome.");
    ShingleSet b =
        shingles(
            "Markets barely moved in early trade. "
                + SENTENCE
                + "Analysts expect more talks in March.");
    PassageOverlap p = PassageOverlap.of(a, b);
    assertTrue(
        p.ofA() > 0.4 && p.ofA() < 0.75, "about half of A is the shared sentence: " + p.ofA());
    assertEquals(0, p.leadOfA(), 1e-9, "A starts with the shared sentence");
    assertTrue(p.leadOfB() > 0.1, "B's shared sentence comes after its own lead: " + p.leadOfB());
  }

  @Test
  void namesScatteredThroughTwoTextsAreNoPassage() {
    String names = "Vladimir Putin";
    ShingleSet a =
        shingles(
            "Yesterday "
                + names
                + " spoke about farming subsidies and rain. Later "
                + names
                + " left for the coast where fishermen waited.");
    ShingleSet b =
        shingles(
            "A new bridge opened while "
                + names
                + " watched the river. Critics of "
                + names
                + " questioned its cost to taxpayers.");
    PairScores scores = PairScores.of(a, b);
    assertTrue(
        scores.containment() > 0, "plain containment counts the names: " + scores.containment());
    assertEquals(0, scores.passage(), 1e-9, "a name is shorter than a passage");
  }

  @Test
  void identicalTextsAreOnePassageFromTheirLead() {
    ShingleSet a = shingles(SENTENCE + SENTENCE.toUpperCase());
    PassageOverlap p = PassageOverlap.of(a, a);
    assertEquals(1, p.ofA(), 1e-9);
    assertEquals(1, p.ofB(), 1e-9);
    assertEquals(0, p.leadOfA(), 1e-9);
  }

  @Test
  void setsWithoutOrderHaveNoPassages() {
    assertNull(PassageOverlap.of(ShingleSet.of(1, 2, 3), shingles(SENTENCE)));
    PairScores scores = PairScores.of(ShingleSet.of(1, 2, 3), ShingleSet.of(2, 3, 4));
    assertEquals(scores.containment(), scores.passage(), 1e-12, "falls back to containment");
  }

  @Test
  void passagesNeverExceedPlainContainmentAndSwapConsistently() {
    SplittableRandom random = new SplittableRandom(7);
    String[] words =
        "the a ceasefire talks city minister said on monday rebels army north south aid".split(" ");
    for (int round = 0; round < 200; round++) {
      String a = RandomText.of(random, words, 20 + random.nextInt(200));
      String b =
          random.nextBoolean()
              ? a.substring(random.nextInt(a.length() / 2)) + RandomText.of(random, words, 30)
              : RandomText.of(random, words, 20 + random.nextInt(200));
      ShingleSet sa = shingles(a);
      ShingleSet sb = shingles(b);
      PairScores ab = PairScores.of(sa, sb);
      PairScores ba = PairScores.of(sb, sa);
      // Occurrences include repeats, so compare with the share of occurrences that are shared at
      // all.
      PassageOverlap loose = PassageOverlap.of(sa, sb, 1);
      assertTrue(ab.passages().ofA() <= loose.ofA() + 1e-12);
      assertTrue(ab.passages().ofB() <= loose.ofB() + 1e-12);
      assertEquals(ab.passages(), ba.passages().swapped());
      assertEquals(ab.passage(), ba.passage(), 1e-12);
    }
  }

  @Test
  void maxShareBoundsEverySidesPassageShareAndOfReachingDropsOnlyPairsBelowTheLevel() {
    SplittableRandom random = new SplittableRandom(13);
    String[] words =
        "the a ceasefire talks city minister said on monday rebels army north south aid".split(" ");
    String footer = "Copyright the daily north. All rights reserved. Follow us on the web.";
    CommonShingles boilerplate =
        CommonShingles.find(java.util.List.of(shingles(footer), shingles(footer)), 2, 1);
    for (int round = 0; round < 300; round++) {
      String a = RandomText.of(random, words, 10 + random.nextInt(150));
      String b =
          switch (random.nextInt(3)) {
            case 0 ->
                a.substring(random.nextInt(a.length() / 2 + 1))
                    + RandomText.of(random, words, random.nextInt(60));
            case 1 ->
                RandomText.of(random, words, random.nextInt(40))
                    + a
                    + a.substring(0, a.length() / 3);
            default -> RandomText.of(random, words, 10 + random.nextInt(150));
          };
      ShingleSet sa = shingles(a + (random.nextBoolean() ? footer : ""));
      ShingleSet sb = shingles(b + (random.nextBoolean() ? footer : ""));
      if (random.nextBoolean()) {
        sa = boilerplate.ownText(sa);
        sb = boilerplate.ownText(sb);
      }
      PairScores exact = PairScores.of(sa, sb);
      assertTrue(exact.passages().ofA() <= PassageOverlap.maxShare(sa, exact.intersection()));
      assertTrue(exact.passages().ofB() <= PassageOverlap.maxShare(sb, exact.intersection()));
      double level = random.nextDouble();
      double best =
          Math.max(exact.containment(), Math.max(exact.passages().ofA(), exact.passages().ofB()));
      PairScores reaching = PairScores.ofReaching(sa, sb, level, null);
      if (best >= level) {
        assertEquals(
            exact, reaching, "a pair that reaches the level by some measure is kept as it is");
      }
      if (reaching != null) {
        assertEquals(exact, reaching);
      }
      // The merge that stops early drops exactly the pairs a check after the whole merge drops.
      boolean below =
          exact.containment() < level
              && PassageOverlap.maxShare(sa, exact.intersection()) < level
              && PassageOverlap.maxShare(sb, exact.intersection()) < level;
      assertEquals(below, reaching == null, "round " + round + " at level " + level);
    }
  }

  /** Random word salad, so runs of shared shingles arise only from copied stretches. */
  private static final class RandomText {
    static String of(SplittableRandom random, String[] words, int count) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < count; i++) {
        s.append(words[random.nextInt(words.length)]).append(i % 12 == 11 ? ". " : " ");
      }
      return s.toString();
    }
  }
}
