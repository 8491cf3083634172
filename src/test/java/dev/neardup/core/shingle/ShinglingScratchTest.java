package dev.neardup.core.shingle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neardup.core.text.Tokenizer;
import dev.neardup.core.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShinglingScratchTest {
  private final Tokenizer tokenizer = new Tokenizer();

  /** Texts of very different lengths, past the kept arrays' limit, some with quotations. */
  private static List<String> texts() {
    SplittableRandom random = new SplittableRandom(11);
    List<String> texts = new ArrayList<>();
    for (int words : new int[] {3, 2_000, 1, 40, 0, 90_000, 12, 700, 5}) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < words; i++) {
        text.append(i % 97 == 5 ? "\"" : "").append("w").append(random.nextInt(5_000)).append(' ');
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static String described(ShingleSet set) {
    StringBuilder out = new StringBuilder().append(set.size()).append(':');
    for (int i = 0; i < set.size(); i++) {
      out.append(set.get(i)).append(',');
    }
    out.append('|').append(set.occurrences()).append(':');
    for (int i = 0; i < set.occurrences(); i++) {
      out.append(set.occurrence(i)).append(set.isQuoted(i) ? "q," : ",");
    }
    return out.toString();
  }

  @Test
  void oneScratchReusedAcrossArticlesGivesTheSetsOfAFreshOneEach() {
    for (Shingler shingler :
        new Shingler[] {Shingler.of(ShingleKind.CHAR, 9, 4), Shingler.of(ShingleKind.WORD, 5)}) {
      ShinglingScratch reused = new ShinglingScratch();
      for (String text : texts()) {
        Tokens tokens =
            shingler.usesTokenHashes() ? tokenizer.tokenize(text) : tokenizer.spans(text);
        ShingleSet fresh = shingler.shingles(text, tokens, new ShinglingScratch());
        ShingleSet again = shingler.shingles(text, tokens, reused);
        assertEquals(described(fresh), described(again), shingler.describe());
      }
    }
  }

  @Test
  void aSetKeepsItsValuesWhenTheScratchIsReusedAfterIt() {
    Shingler shingler = Shingler.of(ShingleKind.CHAR, 9, 1);
    ShinglingScratch scratch = new ShinglingScratch();
    List<String> texts = texts();
    List<ShingleSet> made = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String text : texts) {
      ShingleSet set = shingler.shingles(text, tokenizer.spans(text), scratch);
      made.add(set);
      expected.add(described(set));
    }
    for (int i = 0; i < made.size(); i++) {
      assertEquals(expected.get(i), described(made.get(i)), "text " + i);
    }
  }
}
