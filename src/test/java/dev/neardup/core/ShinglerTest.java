package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
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
      long[] windows = new long[Math.max(1, tokens.length - k + 1)];
      for (int i = 0; i + k <= tokens.length; i++) {
        String window = String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + k));
        ShingleSet single = shingles(shingler, window);
        assertEquals(1, single.size());
        windows[i] = single.get(0);
      }
      assertEquals(ShingleSet.of(windows).size(), rolled.size());
      for (long w : windows) {
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
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WordShingler(0));
    assertTrue(e.getMessage().contains("0"));
    assertThrows(IllegalArgumentException.class, () -> new CharShingler(1));
  }
}
