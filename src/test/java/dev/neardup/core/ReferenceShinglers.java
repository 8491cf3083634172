package dev.neardup.core;

/**
 * {@link CharShingler} and {@link WordShingler} as they were before the character stream was
 * copied into an array (commit 1d40417, with the 32-bit set values of 3a4569c): the roll one item
 * at a time with a ring of the window's items, kept as the oracle that the array loops must match
 * exactly.
 */
final class ReferenceShinglers {
  private static final long BASE = 0x9E3779B97F4A7C15L;

  private final int size;
  private final long sampleMask;
  private final long basePowSize;

  ReferenceShinglers(int size, int sampling) {
    this.size = size;
    this.sampleMask = sampling - 1;
    long pow = 1;
    for (int i = 0; i < size; i++) {
      pow *= BASE;
    }
    this.basePowSize = pow;
  }

  ShingleSet charShingles(CharSequence text, Tokens tokens) {
    int n = tokens.size();
    int[] starts = tokens.starts();
    int[] ends = tokens.ends();
    Roll roll = new Roll(text.length());
    for (int t = 0; t < n; t++) {
      if (t > 0) {
        roll.push(' ');
      }
      for (int i = starts[t]; i < ends[t]; i++) {
        roll.push(text.charAt(i));
      }
    }
    return roll.finish();
  }

  ShingleSet wordShingles(Tokens tokens) {
    Roll roll = new Roll(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      roll.push(tokens.hashes()[i]);
    }
    return roll.finish();
  }

  private final class Roll {
    private final long[] window;
    private final int windowMask;
    private int[] out;
    private int count;
    private int kept;
    private long rolling;
    private long smallest = Long.MAX_VALUE;

    private Roll(int expectedItems) {
      window = new long[Integer.highestOneBit(size) << 1];
      windowMask = window.length - 1;
      out = new int[Math.max(16, (int) (expectedItems / (sampleMask + 1) * 5 / 4))];
    }

    void push(long item) {
      int i = count++;
      if (i < size) {
        rolling = rolling * BASE + item;
        window[i & windowMask] = item;
        if (i == size - 1) {
          emit(Hashing64.mix(rolling));
        }
        return;
      }
      rolling = rolling * BASE + item - basePowSize * window[(i - size) & windowMask];
      window[i & windowMask] = item;
      emit(Hashing64.mix(rolling));
    }

    private void emit(long hash) {
      smallest = Math.min(smallest, hash);
      if (kept == out.length) {
        out = java.util.Arrays.copyOf(out, kept * 2);
      }
      out[kept] = RollingShingles.value(hash);
      kept += (hash & sampleMask) == 0 ? 1 : 0;
    }

    ShingleSet finish() {
      if (count == 0) {
        return ShingleSet.of();
      }
      if (count < size) {
        out[0] = RollingShingles.value(Hashing64.mix(rolling));
        return ShingleSet.ofOwned(out, 1);
      }
      if (kept == 0) {
        out[kept++] = RollingShingles.value(smallest);
      }
      return ShingleSet.ofOwned(out, kept);
    }
  }
}
