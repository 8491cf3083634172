package dev.neardup.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private static Figures figures(String raw) {
    String text = new NewsNormalizer().normalize(raw);
    return Figures.of(text, new Tokenizer().spans(text));
  }

  private static final String REPORT =
      "Avery Inc is raising 150 mln dlrs via an offering of debentures due 2012 "
          + "with a 5-1/2 pct coupon, the company said on March 11.";

  @Test
  void aResendAgreesInEveryPlace() {
    Figures.Comparison c = figures(REPORT).compare(figures(REPORT));
    assertEquals(0, c.conflicts());
    assertEquals(figures(REPORT).size(), c.agreements());
    assertFalse(c.differ());
  }

  @Test
  void aCorrectionOfOneFigureIsStillTheSameReport() {
    Figures.Comparison c = figures(REPORT).compare(figures(REPORT.replace("150 mln", "175 mln")));
    assertEquals(1, c.conflicts());
    assertFalse(c.differ());
  }

  @Test
  void theSameTemplateWithOtherFiguresIsAnotherReport() {
    String other =
        REPORT.replace("150 mln", "75 mln").replace("2012", "2011").replace("5-1/2", "6");
    assertTrue(figures(REPORT).compare(figures(other)).differ());
  }

  @Test
  void anUpdateRevisingTwoOfManyFiguresIsStillTheSameStory() {
    StringBuilder story = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      story.append("Section ").append(i).append(" reported ").append(100 + i).append(" cases. ");
    }
    String first = story + "The storm killed 12 people and injured 30 more.";
    String update = story + "The storm killed 15 people and injured 41 more.";
    Figures.Comparison c = figures(first).compare(figures(update));
    assertEquals(2, c.conflicts());
    assertFalse(c.differ());
    Figures.Comparison alone =
        figures("The storm killed 12 people and injured 30 more.")
            .compare(figures("The storm killed 15 people and injured 41 more."));
    assertTrue(alone.differ());
  }

  @Test
  void figuresWithDecimalPointsAndFractionsAreComparedWhole() {
    String witco =
        "The debentures are convertible into the stock at 54.55 dlrs per share, a premium of 25.76"
            + " pct, with a 5-1/2 pct coupon.";
    String micropolis =
        witco.replace("54.55", "48.50").replace("25.76", "23.6").replace("5-1/2", "6-1/4");
    Figures.Comparison c = figures(witco).compare(figures(micropolis));
    assertEquals(3, c.conflicts());
    assertEquals(0, c.agreements());
    assertTrue(c.differ());
  }

  @Test
  void aFigureWithThousandsCommasIsTheSameFigureWithout() {
    Figures.Comparison c =
        figures("It sold 12,500 tonnes of wheat to Egypt.")
            .compare(figures("It sold 12500 tonnes of wheat to Egypt."));
    assertEquals(0, c.conflicts());
    assertEquals(1, c.agreements());
  }

  @Test
  void aClockTimeBesideAFigureStaysOutOfIt() {
    // The clock times differ and stay out; "2.5" is one figure, in one place, the same in both.
    Figures.Comparison c =
        figures("The index rose 2.5 pct by 10:15 on Monday.")
            .compare(figures("The index rose 2.5 pct by 11:45 on Monday."));
    assertEquals(0, c.conflicts());
    assertEquals(1, c.agreements());
  }

  @Test
  void clockTimesAndFiguresInOtherPlacesDoNotCount() {
    Figures.Comparison c =
        figures("Updated 3:56 pm. " + REPORT)
            .compare(figures("Updated 4:56 pm. " + REPORT + " Shares rose 4 pct in 1986."));
    assertEquals(0, c.conflicts());
  }

  @Test
  void everyPlaceBothTextsHaveIsComparedWhateverItsContextHashes() {
    // Shared places beside places only one text has, their context hashes spread over the whole
    // 64-bit range: the merge that pairs places must meet every shared one, whichever side of the
    // sign bit its key falls. Twenty batches, so a merge that loses the places past the sign bit
    // cannot pass by luck.
    for (int batch = 0; batch < 20; batch++) {
      StringBuilder before = new StringBuilder();
      StringBuilder after = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        String word = "" + (char) ('a' + batch) + (char) ('a' + i / 26) + (char) ('a' + i % 26);
        before.append("lot ").append(word).append(" at ").append(i + 1).append(" pct.\n");
        before.append("bin ").append(word).append(" on ").append(i + 1).append(" pct.\n");
        after.append("lot ").append(word).append(" at ").append(i + 101).append(" pct.\n");
        after.append("box ").append(word).append(" by ").append(i + 1).append(" pct.\n");
      }
      Figures.Comparison c = figures(before.toString()).compare(figures(after.toString()));
      assertEquals(40, c.conflicts(), "batch " + batch);
      assertEquals(0, c.agreements(), "batch " + batch);
    }
  }
}
