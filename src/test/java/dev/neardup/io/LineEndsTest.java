package dev.neardup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search finds the same line feed as a byte-at-a-time one. */
class LineEndsTest {
  @Test
  void findsTheFirstLineFeedOfEveryRange() {
    SplittableRandom random = new SplittableRandom(5);
    // Bytes next to '\n' in value (0x09, 0x0B, 0x8A) and with the high bit set catch a test that
    // flags the wrong byte.
    byte[] palette = {'\n', '\t', 0x0B, (byte) 0x8A, (byte) 0xFF, 0, 'a', '{'};
    for (int round = 0; round < 2000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = palette[random.nextInt(random.nextInt(8) == 0 ? 1 : palette.length)];
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);
      assertEquals(naive(bytes, from, to), LineEnds.next(bytes, from, to));
    }
  }

  private static int naive(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
