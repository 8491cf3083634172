package dev.neardup.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.core.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
  private static final String GRAIN_SHIPS =
      "GRAIN SHIPS WAITING AT HARBOURTON\n\n"
          + "HARBOURTON, April 3 - There were four grain ships loading and\n"
          + "two ships were waiting to load at Harbourton, the port exchange said.";

  private static int day(String raw) {
    return Dateline.dayOf(new NewsNormalizer().normalize(raw.replace('¶', '\n')));
  }

  private static Figures figures(String raw) {
    String text = new NewsNormalizer().normalize(raw);
    return Figures.of(text, new Tokenizer().spans(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PORTLAND, April 3 - There were five ships.|93",
        "SAN MATEO, Calif., March 2 - Mthly div 7.1 cts vs 7.1 cts prior.|61",
        "WASHINGTON, March 5 (Reuters) - The Senate voted on Tuesday.|64",
        "MOSCOW, 3 April (Reuters) — Talks resumed.|93",
        "LONDON, Sept. 30, 2019 (AFP) – Markets fell.|273",
        "Jan 1 is no place for a dateline.¶NEW YORK, Jan 1 - Shares rose.|1",
        "TOKYO, Dec 31 - The yen fell.|365",
      })
  void readsTheDayOfACommonDatelineShape(String raw, int expected) {
    assertEquals(expected, day(raw));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "BUENOS AIRES, ABR 9 - Temperaturas en la zona.|99",
        "MADRID, 3 abr (Reuters) - El Gobierno aprobó.|93",
        "PARIS, 3 avril (AFP) - Le gouvernement a annoncé.|93",
        "BERLIN, 3. April (Reuters) - Die Regierung sagte.|93",
        "ROMA, 12 dicembre (Reuters) - Il governo ha detto.|346",
        "SÃO PAULO, 5 out (Reuters) - O governo disse.|278",
        "PARIS, 15 août (AFP) - Le marché a baissé.|227",
      })
  void readsDatelinesOfAgencyServicesInOtherLanguages(String raw, int expected) {
    assertEquals(expected, day(raw));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The company said on March 11 - as expected - that it would pay.",
        "Updated March 5, 2019",
        "WASHINGTON (AP) — The Senate voted on Tuesday.",
        "PORTLAND, April 31 - Not a day.",
        "The first line of the story.¶The second line.¶The third line.¶The fourth line.¶PARIS, May 3 - Too far down.",
      })
  void findsNoDatelineInSentencesStampsOrLaterLines(String raw) {
    assertEquals(Dateline.NONE, day(raw));
  }

  @Test
  void daysAreCountedTheShortWayRoundTheYear() {
    assertEquals(1, Dateline.daysApart(365, 1));
    assertEquals(2, Dateline.daysApart(93, 91));
    assertEquals(-1, Dateline.daysApart(Dateline.NONE, 91));
  }

  @Test
  void theSameDailyReportTwoDaysLaterIsAnotherReport() {
    Figures.Comparison c =
        figures(GRAIN_SHIPS).compare(figures(GRAIN_SHIPS.replace("April 3", "April 1")));
    assertEquals(2, c.datelineDaysApart());
    assertTrue(c.differ());
  }

  @Test
  void aReportResentOvernightUnderTheNextDaysDatelineIsTheSameReport() {
    Figures.Comparison c =
        figures(GRAIN_SHIPS).compare(figures(GRAIN_SHIPS.replace("April 3", "April 4")));
    assertEquals(1, c.datelineDaysApart());
    assertFalse(c.differ());
  }

  @Test
  void textsWithoutDatelinesAreNotJudgedByThem() {
    Figures.Comparison c = figures("Shares rose 4 pct on March 3.").compare(figures(GRAIN_SHIPS));
    assertEquals(-1, c.datelineDaysApart());
    assertFalse(c.differ());
  }
}
