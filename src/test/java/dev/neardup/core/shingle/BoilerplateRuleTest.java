package dev.neardup.core.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateRuleTest {
  /**
   * A set whose occurrences, in text order, are distinct increasing values, so occurrence i is
   * value index i; {@code shape} gives each occurrence as 'o' (own) or 'c' (common in the batch).
   */
  private static boolean[] common(String shape) {
    boolean[] common = new boolean[shape.length()];
    for (int i = 0; i < common.length; i++) {
      common[i] = shape.charAt(i) == 'c';
    }
    return common;
  }

  private static ShingleSet inOrder(int count) {
    int[] hashes = new int[count];
    for (int i = 0; i < count; i++) {
      hashes[i] = 1000 + i;
    }
    return ShingleSet.ofOwnedInOrder(hashes, count);
  }

  private static List<Integer> marked(String shape) {
    long[] bits = BoilerplateRule.marks(inOrder(shape.length()), common(shape));
    List<Integer> out = new ArrayList<>();
    for (int i = 0; bits != null && i < shape.length(); i++) {
      if ((bits[i >>> 6] >>> i & 1) != 0) {
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void aTopicsWordsInsideTheTextAreNotChrome() {
    String shape = "oooooooooo" + "c" + "oooooooooo" + "ccc" + "oooooooooo";
    assertNull(BoilerplateRule.marks(inOrder(shape.length()), common(shape)));
  }

  @Test
  void aPassageOfCommonTextInsideTheTextIsChrome() {
    String shape = "oooooooooo" + "cccc" + "oooooooooo" + "cc" + "oooooooooo";
    assertArrayEquals(new Integer[] {10, 11, 12, 13}, marked(shape).toArray());
  }

  @Test
  void commonTextAtTheEdgesIsChromeHoweverShort() {
    String shape = "cc" + "oooooooooo" + "c" + "oooooooooo" + "c";
    assertArrayEquals(new Integer[] {0, 1, 23}, marked(shape).toArray());
  }

  @Test
  void insideMostlyCommonTextOnlyTheEdgesAreChrome() {
    // A story printed by many sites: common from its first own run to its last.
    String shape = "ccc" + "oooooooo" + "cccccccccccccccccccc" + "oooooooo" + "cc";
    assertArrayEquals(new Integer[] {0, 1, 2, 39, 40}, marked(shape).toArray());
  }
}
