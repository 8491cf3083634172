package dev.neardup.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private String[] words(String text) {
    Tokens t = tokenizer.tokenize(text);
    String[] out = new String[t.size()];
    for (int i = 0; i < t.size(); i++) {
      out[i] = text.substring(t.starts()[i], t.ends()[i]);
    }
    return out;
  }

  @Test
  void lettersAndDigitsOfAnyScriptFormTokens() {
    assertArrayEquals(new String[] {"москва", "2017", "دمشق", "café", "naïve"},
        words("москва, 2017 — دمشق; café (naïve)"));
  }

  @Test
  void combiningMarksStayInsideTheirWord() {
    assertArrayEquals(new String[] {"हिन्दी", "भाषा"}, words("हिन्दी भाषा"));
  }

  @Test
  void hanAndKanaCharactersAreTokensEach() {
    assertArrayEquals(new String[] {"東", "京", "ニ", "ュ", "abc"}, words("東京ニュabc"));
  }

  @Test
  void equalWordsHashEquallyAndDifferentWordsDiffer() {
    Tokens t = tokenizer.tokenize("talks talks talk");
    assertEquals(t.hashes()[0], t.hashes()[1]);
    assertNotEquals(t.hashes()[0], t.hashes()[2]);
  }

  @Test
  void textWithoutWordsHasNoTokens() {
    assertEquals(0, tokenizer.tokenize(" ... -- !! ").size());
  }
}
