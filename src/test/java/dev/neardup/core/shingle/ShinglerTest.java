package dev.neardup.core.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neardup.core.hash.Hashing64;
import dev.neardup.core.text.NewsNormalizer;
import dev.neardup.core.text.Tokenizer;
import dev.neardup.core.text.Tokens;
import dev.neardup.core.verify.PairScores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ShinglerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private ShingleSet shingles(Shingler s, String text) {
    return s.shingles(text, tokenizer.tokenize(text));
  }

  @Test
  void rollingWordShinglesEqualShinglesOfEachWindowAlone() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 50; trial++) {
      StringBuilder text = new StringBuilder();
      int words = 5 + random.nextInt(60);
      for (int i = 0; i < words; i++) {
        text.append("w").append(random.nextInt(12)).append(' ');
      }
      String[] tokens = text.toString().trim().split(" ");
      int k = 1 + random.nextInt(6);
      Shingler shingler = new WordShingler(k);
      ShingleSet rolled = shingles(shingler, text.toString());
      int[] windows = new int[Math.max(1, tokens.length - k + 1)];
      for (int i = 0; i + k <= tokens.length; i++) {
        String window = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + k));
        ShingleSet single = shingles(shingler, window);
        assertEquals(1, single.size());
        windows[i] = single.get(0);
      }
      assertEquals(ShingleSet.of(windows).size(), rolled.size());
      for (int w : windows) {
        assertTrue(rolled.contains(w));
      }
    }
  }

  @Test
  void punctuationAndLineBreaksDoNotChangeCharacterShingles() {
    Shingler chars = new CharShingler(5);
    ShingleSet a = shingles(chars, "peace talks, in astana\nopen today");
    ShingleSet b = shingles(chars, "peace talks in -- astana open today!");
    assertEquals(a.size(), a.intersectionSize(b));
    assertEquals(a.size(), b.size());
  }

  @Test
  void textShorterThanOneShingleStillHasOneShingle() {
    assertEquals(1, shingles(new WordShingler(5), "too short").size());
    assertEquals(0, shingles(new WordShingler(5), " ... ").size());
  }

  @Test
  void badSizesAreRejectedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new WordShingler(0));
    assertTrue(e.getMessage().contains("0"));
    assertThrows(IllegalArgumentException.class, () -> new CharShingler(1));
  }

  private static int[] values(ShingleSet set) {
    return IntStream.range(0, set.size()).map(set::get).toArray();
  }

  /**
   * The 64-bit hash of every window of {@code size} items by its definition, a polynomial in BASE
   * mixed to 64 bits: its low bits decide sampling and its top 32 are the value a set keeps.
   */
  private static long[] windowHashes(long[] items, int size) {
    long[] windows = new long[items.length - size + 1];
    for (int p = 0; p < windows.length; p++) {
      long polynomial = 0;
      for (int i = p; i < p + size; i++) {
        polynomial = polynomial * RollingShingles.BASE + items[i];
      }
      windows[p] = Hashing64.mix(polynomial);
    }
    return windows;
  }

  private static String word(SplittableRandom random) {
    char[] letters = new char[3 + random.nextInt(7)];
    for (int i = 0; i < letters.length; i++) {
      letters[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(letters);
  }

  @Test
  void rollingHashOfEveryWindowEqualsTheHashOfThatWindowAloneForAnySizeAndSampling() {
    // The roll keeps only the last window of items in a ring; sizes that are and are not powers of
    // two wrap it differently, and an underestimated item count makes the output grow.
    SplittableRandom random = new SplittableRandom(41);
    for (int size : new int[] {1, 2, 3, 5, 8, 9, 16, 17, 31, 32, 64}) {
      for (int sampling : new int[] {1, 4, 64}) {
        RollingShingles rolling = new RollingShingles(size, sampling);
        RollingShingles single = new RollingShingles(size, 1);
        for (int trial = 0; trial < 10; trial++) {
          int count = size + random.nextInt(400);
          long[] items = new long[count];
          for (int i = 0; i < count; i++) {
            items[i] = random.nextBoolean() ? 'a' + random.nextInt(4) : random.nextLong();
          }
          long[] windows = windowHashes(items, size);
          for (int p = 0; p < windows.length; p++) {
            ShingleSet alone =
                single.shingles(java.util.Arrays.copyOfRange(items, p, p + size), size);
            assertArrayEquals(new int[] {RollingShingles.value(windows[p])}, values(alone));
          }
          int[] expected =
              LongStream.of(windows)
                  .filter(h -> h % sampling == 0)
                  .mapToInt(RollingShingles::value)
                  .sorted()
                  .distinct()
                  .toArray();
          if (expected.length == 0) {
            expected = new int[] {RollingShingles.value(LongStream.of(windows).min().getAsLong())};
          }
          String label = "size " + size + " sampling " + sampling + " trial " + trial;
          assertArrayEquals(expected, values(rolling.shingles(items, count)), label);
          RollingShingles.Roll roll = rolling.start(random.nextInt(3));
          for (long item : items) {
            roll.push(item);
          }
          assertArrayEquals(expected, values(roll.finish()), label);
        }
      }
    }
  }

  @Test
  void sampledShinglesAreExactlyTheFullShinglesDivisibleByTheSampling() throws IOException {
    String text =
        new NewsNormalizer()
            .normalize(Files.readString(Path.of("samples/001_d3e627cf6393b863.txt")));
    Tokens tokens = tokenizer.tokenize(text);
    for (ShingleKind kind : ShingleKind.values()) {
      int size = kind == ShingleKind.CHAR ? 9 : 5;
      ShingleSet full = Shingler.of(kind, size).shingles(text, tokens);
      ShingleSet finer = full;
      for (int sampling : new int[] {1, 2, 4, 8, 64}) {
        ShingleSet sampled = Shingler.of(kind, size, sampling).shingles(text, tokens);
        String label = kind + "/" + sampling;
        // Each sample keeps the shingles whose hash is divisible by the sampling, so it is the
        // next finer one's subset and about 1/sampling of the full set (within 5 sigma).
        assertEquals(sampled.size(), sampled.intersectionSize(finer), label);
        double expected = (double) full.size() / sampling;
        assertTrue(
            Math.abs(sampled.size() - expected) <= 5 * Math.sqrt(expected) + 1,
            label + ": " + sampled.size());
        // Enough survive even 1 in 64 that this is the sampling, not the keep-one fallback.
        assertTrue(sampled.size() > 1, label);
        Shingler direct =
            kind == ShingleKind.CHAR
                ? new CharShingler(size, sampling)
                : new WordShingler(size, sampling);
        assertArrayEquals(values(sampled), values(direct.shingles(text, tokens)), label);
        finer = sampled;
      }
    }
  }

  @Test
  void textWithNoShingleDivisibleByTheSamplingKeepsItsSmallestHash() {
    // An article must not look empty just because the sample missed all its shingles.
    SplittableRandom random = new SplittableRandom(17);
    for (ShingleKind kind : ShingleKind.values()) {
      int size = kind == ShingleKind.CHAR ? 9 : 2;
      Shingler sampled = Shingler.of(kind, size, 64);
      int found = 0;
      while (found < 20) {
        List<String> words = new ArrayList<>();
        for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
          words.add(word(random));
        }
        String text = String.join(" ", words);
        // Items as the shinglers see them: the characters of the space-joined words, or the words'
        // hashes.
        long[] items =
            kind == ShingleKind.CHAR
                ? text.chars().asLongStream().toArray()
                : tokenizer.tokenize(text).hashes();
        long[] all = windowHashes(items, size);
        if (all.length < 2 || LongStream.of(all).anyMatch(h -> h % 64 == 0)) {
          continue;
        }
        int smallest = RollingShingles.value(LongStream.of(all).min().getAsLong());
        assertArrayEquals(new int[] {smallest}, values(shingles(sampled, text)), text);
        found++;
      }
    }
    // Shorter than one shingle: the single whole-text shingle stays, divisible or not.
    for (String text : List.of("one two", "alpha", "x y z")) {
      assertArrayEquals(
          values(shingles(new WordShingler(5), text)),
          values(shingles(new WordShingler(5, 64), text)));
      assertArrayEquals(
          values(shingles(new CharShingler(9), text)),
          values(shingles(new CharShingler(9, 64), text)));
    }
    assertEquals(0, shingles(new CharShingler(9, 64), " ... ").size());
  }

  @Test
  void describeNamesKindSizeAndSamplingButNoSamplingOfOne() {
    assertEquals("char:9", new CharShingler(9).describe());
    assertEquals("char:9", Shingler.of(ShingleKind.CHAR, 9, 1).describe());
    assertEquals("char:9/4", Shingler.of(ShingleKind.CHAR, 9, 4).describe());
    assertEquals("word:5/2", new WordShingler(5, 2).describe());
    assertEquals("word:5", Shingler.of(ShingleKind.WORD, 5).describe());
  }

  @Test
  void samplingOtherThanAPowerOfTwoUpTo64IsRejectedWithTheValue() {
    for (int sampling : new int[] {0, 3, 128, -4}) {
      for (ShingleKind kind : ShingleKind.values()) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> Shingler.of(kind, 5, sampling));
        assertTrue(e.getMessage().contains(String.valueOf(sampling)), e.getMessage());
      }
      assertThrows(IllegalArgumentException.class, () -> new CharShingler(9, sampling));
      assertThrows(IllegalArgumentException.class, () -> new WordShingler(5, sampling));
    }
  }

  @Test
  void sampledContainmentEstimatesFullContainmentWithoutBias() {
    // Property: the sample picks the same shingles in both articles, so the containment of two
    // samples is an unbiased estimate of the full containment. A per-article or per-position
    // choice would pick different shingles in A and B and fall far below.
    SplittableRandom random = new SplittableRandom(2025);
    Shingler full = new CharShingler(9);
    Shingler sampled = new CharShingler(9, 4);
    int pairs = 200;
    double sum = 0;
    double sumSquares = 0;
    double fullSum = 0;
    for (int p = 0; p < pairs; p++) {
      List<String> a = new ArrayList<>();
      for (int i = 0, n = 60 + random.nextInt(200); i < n; i++) {
        a.add(word(random));
      }
      // B quotes a contiguous share of A among words of its own.
      int quoted = (int) Math.round(a.size() * (0.1 + 0.8 * random.nextDouble()));
      int start = random.nextInt(a.size() - quoted + 1);
      List<String> b = new ArrayList<>();
      for (int i = 0, n = random.nextInt(150); i < n; i++) {
        b.add(word(random));
      }
      b.addAll(a.subList(start, start + quoted));
      for (int i = 0, n = random.nextInt(150); i < n; i++) {
        b.add(word(random));
      }
      String textA = String.join(" ", a);
      String textB = String.join(" ", b);
      double exact = PairScores.of(shingles(full, textA), shingles(full, textB)).containmentOfA();
      double estimate =
          PairScores.of(shingles(sampled, textA), shingles(sampled, textB)).containmentOfA();
      sum += estimate - exact;
      sumSquares += (estimate - exact) * (estimate - exact);
      fullSum += exact;
    }
    double mean = sum / pairs;
    double standardError = Math.sqrt((sumSquares / pairs - mean * mean) / (pairs - 1));
    assertTrue(standardError > 0.001, "sampling changed nothing: " + standardError);
    assertTrue(
        Math.abs(mean) <= 4 * standardError,
        "bias " + mean + " with standard error " + standardError);
    assertTrue(fullSum / pairs > 0.3, "pairs overlap too little to test: " + fullSum / pairs);
  }
}
