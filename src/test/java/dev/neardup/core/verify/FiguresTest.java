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
  void clockTimesAndFiguresInOtherPlacesDoNotCount() {
    Figures.Comparison c =
        figures("Updated 3:56 pm. " + REPORT)
            .compare(figures("Updated 4:56 pm. " + REPORT + " Shares rose 4 pct in 1986."));
    assertEquals(0, c.conflicts());
  }
}
