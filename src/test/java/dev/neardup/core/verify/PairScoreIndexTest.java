package dev.neardup.core.verify;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairScoreIndexTest {
  private static List<ScoredPair> randomPairs(Random random, int count, int articles) {
    List<ScoredPair> pairs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int a = random.nextInt(articles - 1);
      int b = a + 1 + random.nextInt(articles - a - 1);
      pairs.add(new ScoredPair(a, b, new PairScores(random.nextInt(50), 50, 60)));
    }
    return pairs;
  }

  /** What clustering looked pairs up in before: a map in which the last of equal pairs counts. */
  private static Map<Long, PairScores> asMap(List<ScoredPair> pairs) {
    Map<Long, PairScores> map = new HashMap<>();
    for (ScoredPair p : pairs) {
      map.put(((long) p.a() << 32) | p.b(), p.scores());
    }
    return map;
  }

  private static void assertSameLookUps(List<ScoredPair> pairs, int articles) {
    Map<Long, PairScores> expected = asMap(pairs);
    PairScoreIndex index = PairScoreIndex.of(pairs);
    for (int a = 0; a < articles; a++) {
      for (int b = a + 1; b < articles; b++) {
        assertSame(expected.get(((long) a << 32) | b), index.get(a, b), a + "," + b);
      }
    }
  }

  @Test
  void findsEveryPairOfASortedListAndNoOther() {
    List<ScoredPair> pairs = randomPairs(new Random(1), 300, 60);
    pairs.sort(
        (x, y) -> x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
    assertSameLookUps(pairs, 60);
  }

  @Test
  void findsThePairsOfAnyOrderAsAMapWouldWithTheLastOfRepeatsCounting() {
    Random random = new Random(2);
    for (int round = 0; round < 20; round++) {
      List<ScoredPair> pairs = randomPairs(random, 200, 30); // 200 of 435 pairs: many repeats
      Collections.shuffle(pairs, random);
      assertSameLookUps(pairs, 30);
    }
  }

  @Test
  void anEmptyListFindsNothing() {
    assertNull(PairScoreIndex.of(List.of()).get(0, 1));
  }
}
