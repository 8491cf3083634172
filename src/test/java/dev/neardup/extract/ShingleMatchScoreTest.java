package dev.neardup.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMatchScoreTest {
  @Test
  void identicalTextsScoreOneAndDisjointOnesZero() {
    assertEquals(
        1.0, ShingleMatchScore.page("one two three four five", "one two three four five").tp());
    ShingleMatchScore.PageScore none =
        ShingleMatchScore.page("one two three four", "five six seven eight");
    assertEquals(0.0, none.tp());
    assertEquals(0.5, none.fp());
    assertEquals(0.5, none.fn());
  }

  @Test
  void extraPredictedTextCostsPrecisionNotRecall() {
    // Truth has 2 four-grams; the prediction has those 2 and 2 more.
    ShingleMatchScore.PageScore s = ShingleMatchScore.page("a b c d e", "a b c d e f g");
    assertEquals(0.5, s.precision(), 1e-12);
    assertEquals(1.0, s.recall(), 1e-12);
  }

  @Test
  void pagesWeighEquallyWhateverTheirLengthAndEmptyAgainstEmptyCountsOne() {
    ShingleMatchScore.PageScore empty = ShingleMatchScore.page("", "");
    ShingleMatchScore.PageScore half = ShingleMatchScore.page("a b c d e", "a b c d");
    ShingleMatchScore.Totals t = ShingleMatchScore.totals(List.of(empty, half));
    // tp shares 1 and 0.5, fn shares 0 and 0.5: recall 1.5 / 2.0.
    assertEquals(1.0, t.precision(), 1e-12);
    assertEquals(0.75, t.recall(), 1e-12);
  }
}
