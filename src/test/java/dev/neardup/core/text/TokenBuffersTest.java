package dev.neardup.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenBuffersTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private static String text(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append("w").append(random.nextInt(1_000)).append(i % 7 == 0 ? ", " : " ");
    }
    return text.toString();
  }

  @Test
  void tokensInReusedBuffersAreTheTokensOfEachTextAlone() {
    SplittableRandom random = new SplittableRandom(3);
    TokenBuffers buffers = new TokenBuffers();
    // Lengths up and down, past the kept arrays' limit; spans and hashes in turn.
    int[] lengths = {5, 3_000, 0, 80_000, 40, 1, 12_000, 7};
    for (int i = 0; i < lengths.length * 2; i++) {
      String text = text(random, lengths[i % lengths.length]);
      boolean hashed = i % 3 != 1;
      Tokens fresh = hashed ? tokenizer.tokenize(text) : tokenizer.spans(text);
      Tokens reused = hashed ? tokenizer.tokenize(text, buffers) : tokenizer.spans(text, buffers);
      int n = fresh.size();
      assertEquals(n, reused.size(), text);
      assertArrayEquals(fresh.starts(), Arrays.copyOf(reused.starts(), n));
      assertArrayEquals(fresh.ends(), Arrays.copyOf(reused.ends(), n));
      if (hashed) {
        assertArrayEquals(fresh.hashes(), Arrays.copyOf(reused.hashes(), n));
      } else {
        assertNull(reused.hashes(), "spans only");
      }
    }
  }
}
