package dev.neardup.corpus;

import dev.neardup.corpus.ReutersStories.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up stories of random words, so generator tests (and the report's browser test) can run
 * without the Reuters file.
 */
public final class Synthetic {
  private static final String[] TOPICS = {"grain", "crude", "acq", "money-fx", "trade"};

  private Synthetic() {}

  public static List<Story> stories(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Story> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      StringBuilder body = new StringBuilder();
      int paragraphs = 3 + r.nextInt(6);
      for (int p = 0; p < paragraphs; p++) {
        body.append(p == 0 ? "" : "    ")
            .append(sentence(r))
            .append(' ')
            .append(sentence(r))
            .append('\n');
      }
      String topic = TOPICS[r.nextInt(TOPICS.length)];
      out.add(
          Story.fromRaw(
              "synthetic-" + i,
              i,
              "3-MAR-1987 10:00:00.00",
              "STORY NUMBER " + i + " ON " + topic.toUpperCase(),
              "LONDON, March 3 -",
              body.toString(),
              List.of(topic),
              List.of("uk")));
    }
    return out;
  }

  static String sentence(SplittableRandom r) {
    StringBuilder s = new StringBuilder("The");
    int words = 12 + r.nextInt(10);
    for (int w = 0; w < words; w++) {
      s.append(' ').append("w").append(r.nextInt(5000));
    }
    return s.append(" said.").toString();
  }
}
