package dev.neardup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neardup.core.text.Article;
import org.junit.jupiter.api.Test;

class PublicationTimeTest {
  private static final long MAY_31_2019_21_45_53_UTC = 1_559_339_153L;

  @Test
  void readsTheFormsFeedsAndScrapersWrite() {
    assertEquals(MAY_31_2019_21_45_53_UTC, PublicationTime.parse("2019-05-31T17:45:53-04:00"));
    assertEquals(MAY_31_2019_21_45_53_UTC, PublicationTime.parse("2019-05-31T21:45:53Z"));
    assertEquals(MAY_31_2019_21_45_53_UTC, PublicationTime.parse(" 2019-05-31 21:45:53 "));
    assertEquals(MAY_31_2019_21_45_53_UTC, PublicationTime.parse("2019-05-31T21:45:53.250Z"));
    assertEquals(1_559_260_800L, PublicationTime.parse("2019-05-31"));
  }

  @Test
  void readsSecondsAndMillisecondsSinceTheEpoch() {
    assertEquals(MAY_31_2019_21_45_53_UTC, PublicationTime.ofEpochNumber(MAY_31_2019_21_45_53_UTC));
    assertEquals(
        MAY_31_2019_21_45_53_UTC,
        PublicationTime.ofEpochNumber(MAY_31_2019_21_45_53_UTC * 1000.0 + 250));
    assertEquals(Article.NO_TIME, PublicationTime.ofEpochNumber(Double.NaN));
  }

  @Test
  void anythingElseIsNoTime() {
    for (String text :
        new String[] {"", "yesterday", "31/05/2019", "2019-13-45", "26-FEB-1987 15:01:01.79"}) {
      assertEquals(Article.NO_TIME, PublicationTime.parse(text), text);
    }
  }
}
