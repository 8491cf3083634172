package dev.neardup.core.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neardup.core.minhash.LowBitsJaccard;
import dev.neardup.core.minhash.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LshIndexTest {
  /** Random values from a small alphabet, so bands collide often; high bits differ freely. */
  private static Signature random(SplittableRandom r, int permutations) {
    int[] values = new int[permutations];
    for (int i = 0; i < permutations; i++) {
      values[i] = r.nextInt(3) | (r.nextInt() << 16);
    }
    return new Signature(values);
  }

  /**
   * The candidates by definition: every added signature equal to the query on a band's low bits.
   */
  private static int[] bandMates(List<Signature> added, Signature query, LshParams params) {
    List<Integer> mates = new ArrayList<>();
    for (int n = 0; n < added.size(); n++) {
      for (int b = 0; b < params.bands(); b++) {
        boolean same = true;
        for (int i = b * params.rows(); i < (b + 1) * params.rows(); i++) {
          same &= (char) added.get(n).value(i) == (char) query.value(i);
        }
        if (same) {
          mates.add(n);
          break;
        }
      }
    }
    return mates.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int equalLowBits(Signature a, Signature b) {
    int equal = 0;
    for (int i = 0; i < a.length(); i++) {
      equal += (char) a.value(i) == (char) b.value(i) ? 1 : 0;
    }
    return equal;
  }

  @Test
  void oddRowsAndValuesPastTheBandsFindExactlyTheBandMatesAndCountEveryValueOnce() {
    // Three rows leave half an int empty in every band, and 13 - 9 = 4 values lie past the bands
    // (11: 2 of them, 12: an odd 3): the empty halves must count neither as agreement nor as a
    // value.
    for (int permutations : new int[] {9, 11, 12, 13}) {
      LshParams params = new LshParams(3, 3);
      LshIndex index = new LshIndex(params, permutations);
      SplittableRandom r = new SplittableRandom(permutations);
      List<Signature> added = new ArrayList<>();
      for (int n = 0; n < 200; n++) {
        Signature query = random(r, permutations);
        int[] found = index.candidates(query);
        java.util.Arrays.sort(found);
        assertArrayEquals(bandMates(added, query, params), found, "query " + n);
        for (int m = 0; m < added.size(); m += 7) {
          assertEquals(
              LowBitsJaccard.estimate(
                  equalLowBits(query, added.get(m)), permutations, LshIndex.VALUE_BITS),
              index.estimateJaccard(query, m));
        }
        assertEquals(n, index.add(query));
        added.add(query);
      }
    }
  }

  @Test
  void anArticleIsMoreThanItsValuesAndLinksOnlyWhenRowsAreOdd() {
    // 2 bytes per value and 4 per link, plus the heads' and marks' shares: 192 + 6 at 64 bands.
    assertEquals(2 * 128 + 4 * 64 + 198, LshIndex.bytesPerArticle(new LshParams(64, 2), 128));
    // Three rows take two ints, a value more than they hold; one odd value past the bands too.
    assertEquals(4 * (10 * 3 + 1) + 30 + 6, LshIndex.bytesPerArticle(new LshParams(10, 3), 31));
  }
}
