package dev.neardup.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageFinderTest {
  @Test
  void passagesMapBackToTheOriginalTextsWhateverTheirCaseAndQuotes() {
    String a =
        "Home > World > Europe\nThe minister said on Monday that “talks will resume next week in Vienna”, officials said.\n"
            + "An unrelated closing paragraph written only for this outlet today.";
    String b =
        "ADVERTISEMENT\n\nBreaking: THE MINISTER said on Monday that \"talks will resume next week in Vienna\" and more.";
    PassageFinder.Explanation e = new PassageFinder(5).explain(a, b);
    assertEquals(1, e.passages().size(), e.toString());
    PassageFinder.Passage p = e.passages().get(0);
    assertEquals(
        "The minister said on Monday that “talks will resume next week in Vienna",
        a.substring(p.startA(), p.endA()));
    assertEquals(
        "THE MINISTER said on Monday that \"talks will resume next week in Vienna",
        b.substring(p.startB(), p.endB()));
    assertEquals(13, p.words());
    List<PassageFinder.Paragraph> pa = e.paragraphsA();
    assertEquals(3, pa.size());
    assertTrue(pa.get(0).ignored(), "breadcrumb is chrome");
    assertEquals(0, pa.get(2).sharedWords());
    assertTrue(e.paragraphsB().get(0).ignored(), "ADVERTISEMENT is chrome");
  }

  @Test
  void aListOfLinksIsIgnoredLikeTheNormaliserDoes() {
    String a =
        "Storm hits the coast of Norway tonight.\n\nMost read stories this week\n\nJobs and careers"
            + " at the paper\r\n\r\nObituaries and family notices today\n\nWinds reached record"
            + " speeds.\nThe wrapped lines of a paragraph\nare never taken for a list\nof links at"
            + " all by anyone";
    PassageFinder.Explanation e = new PassageFinder(3).explain(a, a);
    List<PassageFinder.Paragraph> pa = e.paragraphsA();
    assertEquals(8, pa.size());
    for (int i = 1; i <= 3; i++) {
      assertTrue(pa.get(i).ignored(), "list entry " + i);
    }
    for (int i : new int[] {0, 4, 5, 6, 7}) {
      assertTrue(!pa.get(i).ignored(), "line " + i + " is compared");
    }
  }

  @Test
  void repeatedLinesAreIgnoredLikeTheNormaliserDoes() {
    String a =
        "Storm hits the coast of Norway tonight.\nStorm hits the coast of Norway tonight.\nWinds reached record speeds.";
    PassageFinder.Explanation e = new PassageFinder(3).explain(a, a);
    assertTrue(e.paragraphsA().get(1).ignored());
    assertEquals(e.tokensA(), e.sharedWords());
    assertThrows(IllegalArgumentException.class, () -> new PassageFinder(0));
  }
}
