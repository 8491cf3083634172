package dev.neardup.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RewriteOperationsTest {
  private static List<String> paragraphs(int n) {
    List<String> p = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      p.add("Paragraph " + i + " says something.");
    }
    return p;
  }

  @Test
  void truncationKeepsTheFirstParagraphsInOrder() {
    for (int n = 1; n <= 12; n++) {
      List<String> original = paragraphs(n);
      for (long seed = 0; seed < 200; seed++) {
        List<String> kept = RewriteOperations.truncate(original, new SplittableRandom(seed));
        assertEquals(original.get(0), kept.get(0));
        assertEquals(
            original.subList(0, kept.size()), kept, "truncation cuts from the bottom only");
        assertTrue(
            kept.size() >= Math.min(2, n), "keeps at least two paragraphs when there are two");
      }
    }
  }

  @Test
  void paragraphDropsAndMovesNeverTouchTheLead() {
    List<String> original = paragraphs(8);
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      assertEquals(original.get(0), RewriteOperations.dropParagraphs(original, r).get(0));
      assertEquals(original.get(0), RewriteOperations.moveParagraph(original, r).get(0));
    }
  }

  @Test
  void saidClauseIsReordered() {
    assertEquals(
        "There is still some doubt about the size of the crop, the company said.",
        RewriteOperations.reorderSaid(
            "The company said there is still some doubt about the size of the crop."));
  }

  @Test
  void sentencesAreNotSplitAtAbbreviations() {
    assertEquals(2, RewriteOperations.sentences("The U.S. Treasury said so. Prices fell.").size());
  }

  @Test
  void transliterationDoublesOrUndoublesAConsonant() {
    assertEquals("Raqa", RewriteOperations.transliterate("Raqqa", new SplittableRandom(1)));
    String doubled = RewriteOperations.transliterate("Kuwait", new SplittableRandom(1));
    assertTrue(doubled == null || doubled.length() == "Kuwait".length() + 1);
  }
}
