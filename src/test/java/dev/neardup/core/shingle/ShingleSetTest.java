package dev.neardup.core.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShingleSetTest {
  private static final int[] EXTREMES = {
    Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE
  };

  private static int[] values(ShingleSet set) {
    return IntStream.range(0, set.size()).map(set::get).toArray();
  }

  private static int[] sortedDistinct(int[] hashes, int count) {
    return IntStream.of(hashes).limit(count).sorted().distinct().toArray();
  }

  /**
   * Random hashes of the shapes that stress a sort by top bits: well mixed, few distinct values,
   * small signed numbers (all in two buckets), one shared top half, extremes, and presorted runs.
   */
  private static int[] randomHashes(SplittableRandom random) {
    int size =
        switch (random.nextInt(4)) {
          case 0 -> random.nextInt(70); // around the small-array cutoff
          case 1 -> 60 + random.nextInt(10);
          default -> random.nextInt(5001);
        };
    int[] pool = new int[1 + random.nextInt(8)];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = random.nextBoolean() ? random.nextInt() : EXTREMES[random.nextInt(EXTREMES.length)];
    }
    int topHalf = random.nextInt() & 0xFFFF0000;
    int shape = random.nextInt(7);
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] =
          switch (shape) {
            case 0 -> pool[random.nextInt(pool.length)];
            case 1 -> random.nextInt(201) - 100;
            case 2 -> topHalf | random.nextInt(1 << 10);
            case 3 ->
                random.nextInt(10) == 0
                    ? EXTREMES[random.nextInt(EXTREMES.length)]
                    : random.nextInt();
            default -> random.nextInt(4) == 0 && i > 0 ? out[random.nextInt(i)] : random.nextInt();
          };
    }
    if (random.nextInt(4) == 0) {
      Arrays.sort(out);
      if (random.nextBoolean()) {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
          int t = out[i];
          out[i] = out[j];
          out[j] = t;
        }
      }
    }
    return out;
  }

  @Test
  void ofYieldsExactlyTheSortedDistinctValuesAndLeavesItsArgumentAlone() {
    SplittableRandom random = new SplittableRandom(31);
    for (int trial = 0; trial < 400; trial++) {
      int[] hashes = randomHashes(random);
      int[] before = hashes.clone();
      ShingleSet set = ShingleSet.of(hashes);
      assertArrayEquals(sortedDistinct(before, before.length), values(set), "trial " + trial);
      assertArrayEquals(before, hashes);
      assertEquals(set.size() == 0, set.isEmpty());
    }
  }

  @Test
  void ofOwnedSortsOnlyTheCountedPrefix() {
    // The shinglers hand over arrays with stale entries past the count.
    SplittableRandom random = new SplittableRandom(32);
    for (int trial = 0; trial < 300; trial++) {
      int[] hashes = randomHashes(random);
      int count = hashes.length == 0 ? 0 : random.nextInt(hashes.length + 1);
      int[] expected = sortedDistinct(hashes, count);
      assertArrayEquals(expected, values(ShingleSet.ofOwned(hashes, count)), "trial " + trial);
    }
  }

  @Test
  void textOrderIndexesEachOccurrenceIntoTheSortedValues() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      int count = 1 + random.nextInt(round < 150 ? 80 : 3000);
      // Few distinct values in some rounds, so that repeats are common.
      int range = random.nextBoolean() ? 1 + random.nextInt(40) : Integer.MAX_VALUE;
      int[] hashes = new int[count + random.nextInt(5)];
      for (int i = 0; i < count; i++) {
        int v = range == Integer.MAX_VALUE ? random.nextInt() : random.nextInt(range);
        hashes[i] = range == Integer.MAX_VALUE ? v : v * 0x9E3779B9;
      }
      int[] text = Arrays.copyOf(hashes, count);
      ShingleSet set = ShingleSet.ofOwnedInOrder(hashes, count);
      assertArrayEquals(
          IntStream.of(text).sorted().distinct().toArray(),
          IntStream.range(0, set.size()).map(set::get).toArray());
      assertEquals(count, set.occurrences());
      for (int i = 0; i < count; i++) {
        assertEquals(text[i], set.get(set.occurrence(i)), "occurrence " + i);
      }
    }
  }

  @Test
  void intersectionSizeEqualsABruteForceCount() {
    SplittableRandom random = new SplittableRandom(33);
    for (int trial = 0; trial < 300; trial++) {
      int[] a = randomHashes(random);
      int[] b = randomHashes(random);
      // Share a random part of a with b, so that overlaps are not only the shapes' coincidences.
      if (a.length > 0 && random.nextBoolean()) {
        b = Arrays.copyOf(b, b.length + a.length / 2);
        for (int i = b.length - a.length / 2; i < b.length; i++) {
          b[i] = a[random.nextInt(a.length)];
        }
      }
      Set<Integer> inA = new HashSet<>();
      for (int h : a) {
        inA.add(h);
      }
      Set<Integer> inBoth = new HashSet<>();
      for (int h : b) {
        if (inA.contains(h)) {
          inBoth.add(h);
        }
      }
      ShingleSet setA = ShingleSet.of(a);
      ShingleSet setB = ShingleSet.of(b);
      assertEquals(inBoth.size(), setA.intersectionSize(setB), "trial " + trial);
      assertEquals(inBoth.size(), setB.intersectionSize(setA), "trial " + trial);
      assertEquals(setA.size(), setA.intersectionSize(setA));
      assertEquals(0, setA.intersectionSize(ShingleSet.of()));
    }
  }

  @Test
  void markSharedGivesUpExactlyWhenTooFewValuesAreShared() {
    SplittableRandom random = new SplittableRandom(35);
    for (int trial = 0; trial < 300; trial++) {
      int[] a = randomHashes(random);
      int[] b = Arrays.copyOf(randomHashes(random), a.length / 2 + 1);
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextBoolean() && a.length > 0 ? a[random.nextInt(a.length)] : b[i];
      }
      ShingleSet setA = ShingleSet.of(a);
      ShingleSet setB = ShingleSet.of(b);
      boolean[] mineAll = new boolean[setA.size()];
      boolean[] theirsAll = new boolean[setB.size()];
      int shared = setA.markShared(setB, mineAll, theirsAll);
      assertEquals(setA.intersectionSize(setB), shared);
      int needed = random.nextInt(shared + 3);
      boolean[] mine = new boolean[setA.size()];
      boolean[] theirs = new boolean[setB.size()];
      int got = setA.markShared(setB, mine, theirs, needed);
      if (shared < needed) {
        assertEquals(-1, got, "trial " + trial);
      } else {
        assertEquals(shared, got, "trial " + trial);
        assertArrayEquals(mineAll, mine);
        assertArrayEquals(theirsAll, theirs);
      }
    }
  }

  @Test
  void withoutKeepsExactlyTheValuesThePredicateRejects() {
    SplittableRandom random = new SplittableRandom(34);
    for (int trial = 0; trial < 200; trial++) {
      ShingleSet set = ShingleSet.of(randomHashes(random));
      int modulus = 1 + random.nextInt(5);
      IntPredicate drop = h -> Math.floorMod(h, modulus) == 0;
      int[] expected = IntStream.of(values(set)).filter(drop.negate()).toArray();
      ShingleSet kept = set.without(drop);
      assertArrayEquals(expected, values(kept), "trial " + trial);
      for (int h : expected) {
        assertTrue(kept.contains(h));
      }
    }
    assertTrue(ShingleSet.of(1, 2, 3).without(h -> true).isEmpty());
  }

  @Test
  void compareIsZeroExactlyForEqualSetsAndATotalOrder() {
    SplittableRandom random = new SplittableRandom(11);
    ShingleSet[] sets = new ShingleSet[60];
    for (int i = 0; i < sets.length; i++) {
      sets[i] =
          i % 3 == 0 && i > 0
              ? ShingleSet.of(values(sets[i - 1]))
              : ShingleSet.of(random.ints(random.nextInt(4)).toArray());
    }
    for (ShingleSet a : sets) {
      for (ShingleSet b : sets) {
        int ab = ShingleSet.compare(a, b);
        assertEquals(Arrays.equals(values(a), values(b)), ab == 0);
        assertEquals(Integer.signum(ab), -Integer.signum(ShingleSet.compare(b, a)));
        for (ShingleSet c : sets) {
          if (ab < 0 && ShingleSet.compare(b, c) < 0) {
            assertTrue(ShingleSet.compare(a, c) < 0);
          }
        }
      }
    }
  }

  @Test
  void withoutReturnsTheSameSetWhenNothingIsDropped() {
    ShingleSet set = ShingleSet.of(5, -3, Integer.MIN_VALUE, Integer.MAX_VALUE);
    assertSame(set, set.without(h -> false));
    assertSame(set, set.without(h -> h == 4));
    ShingleSet empty = ShingleSet.of();
    assertSame(empty, empty.without(h -> true));
  }
}
